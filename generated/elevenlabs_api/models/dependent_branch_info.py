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


@_attrs_define(slots=False)
class DependentBranchInfo(Lazy, AdditionalProperties[Any]):
    agent_id: str

    agent_name: str

    branch_id: str

    branch_name: str

    is_main: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_id", "agent_id", STR, required=True),
        Field("agent_name", "agent_name", STR, required=True),
        Field("branch_id", "branch_id", STR, required=True),
        Field("branch_name", "branch_name", STR, required=True),
        Field("is_main", "is_main", BOOL, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
