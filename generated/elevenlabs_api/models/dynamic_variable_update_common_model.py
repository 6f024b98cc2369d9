from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class DynamicVariableUpdateCommonModel(Lazy, AdditionalProperties[Any]):
    variable_name: str

    old_value: None | str = _attrs_field(default=None, kw_only=True)

    new_value: str

    updated_at: float

    tool_name: str

    tool_request_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("variable_name", "variable_name", STR, required=True),
        Field("old_value", "old_value", union(STR, NULL), required=True),
        Field("new_value", "new_value", STR, required=True),
        Field("updated_at", "updated_at", FLOAT, required=True),
        Field("tool_name", "tool_name", STR, required=True),
        Field("tool_request_id", "tool_request_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
