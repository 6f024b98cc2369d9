from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    union,
)
from ..models._literals import Llm
from ..types import Unset


@_attrs_define(slots=False)
class BackupLlmOverride(Lazy, AdditionalProperties[Any]):
    """Attributes:
    preference:  Default: 'override'.
    """

    order: list[Llm | str]

    preference: Literal["override"] | Unset = _attrs_field(
        default="override",
        kw_only=True,
        validator=types.tag("BackupLlmOverride", "preference", "override"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("order", "order", list_of(union(literal("Llm"), STR)), required=True),
        Field("preference", "preference", const("override")),
        Field("additional_properties", None, dict_of(ANY)),
    )
