from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import Unset


@_attrs_define(slots=False)
class BackupLlmDisabled(Lazy, AdditionalProperties[Any]):
    """Attributes:
    preference:  Default: 'disabled'.
    """

    preference: Literal["disabled"] | Unset = _attrs_field(
        default="disabled",
        kw_only=True,
        validator=types.tag("BackupLlmDisabled", "preference", "disabled"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("preference", "preference", const("disabled")),
        Field("additional_properties", None, dict_of(ANY)),
    )
