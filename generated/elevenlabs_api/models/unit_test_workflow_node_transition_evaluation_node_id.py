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
)
from ..types import Unset


@_attrs_define(slots=False)
class UnitTestWorkflowNodeTransitionEvaluationNodeId(Lazy, AdditionalProperties[Any]):
    """Attributes:
    agent_id: The ID of the agent whose workflow contains the target node.
    target_node_id: The ID of the workflow node that the agent should transition to.
    type_:  Default: 'node_id'.
    """

    agent_id: str

    target_node_id: str

    type_: Literal["node_id"] | Unset = _attrs_field(
        default="node_id",
        kw_only=True,
        alias="type",
        validator=types.tag("UnitTestWorkflowNodeTransitionEvaluationNodeId", "type", "node_id"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_id", "agent_id", STR, required=True),
        Field("target_node_id", "target_node_id", STR, required=True),
        Field("type_", "type", const("node_id")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(UnitTestWorkflowNodeTransitionEvaluationNodeId, type_="type")
