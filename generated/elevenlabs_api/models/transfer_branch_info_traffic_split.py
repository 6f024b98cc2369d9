from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    FLOAT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class TransferBranchInfoTrafficSplit(Lazy, AdditionalProperties[Any]):
    branch_reason: Literal["traffic_split"] = _attrs_field(
        default="traffic_split",
        kw_only=True,
        validator=types.tag("TransferBranchInfoTrafficSplit", "branch_reason", "traffic_split"),
    )

    branch_id: str

    traffic_percentage: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("branch_reason", "branch_reason", const("traffic_split"), required=True),
        Field("branch_id", "branch_id", STR, required=True),
        Field("traffic_percentage", "traffic_percentage", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
