from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CaptionStyleTemplateModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    requires_high_fps: Defaults to False on the server.
    """

    key: str

    label: str

    requires_high_fps: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("key", "key", STR, required=True),
        Field("label", "label", STR, required=True),
        Field("requires_high_fps", "requires_high_fps", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
