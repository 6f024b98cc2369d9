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
from ..types import Unset


@_attrs_define(slots=False)
class WorkflowToolEdgeStepModel(Lazy, AdditionalProperties[Any]):
    step_latency_secs: float

    edge_id: str

    target_node_id: str

    type_: Literal["edge"] | Unset = _attrs_field(
        default="edge",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowToolEdgeStepModel", "type", "edge"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("step_latency_secs", "step_latency_secs", FLOAT, required=True),
        Field("edge_id", "edge_id", STR, required=True),
        Field("target_node_id", "target_node_id", STR, required=True),
        Field("type_", "type", const("edge")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowToolEdgeStepModel, type_="type")
