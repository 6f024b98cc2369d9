from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
)


@_attrs_define(slots=False)
class ToolMockConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    default_return_value: Defaults to 'Tool Called.' on the server.
    default_is_error: Defaults to False on the server.
    """

    default_return_value: str | Unset = UNSET

    default_is_error: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("default_return_value", "default_return_value", STR),
        Field("default_is_error", "default_is_error", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
