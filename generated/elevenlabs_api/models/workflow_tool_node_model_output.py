from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class WorkflowToolNodeModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'tool'.
    edge_order: The ids of outgoing edges in the order they should be evaluated.
    tools: List of tools to execute in parallel. The entire node is considered successful if all tools are executed
        successfully.
    """

    position: PositionOutput

    edge_order: list[str]

    tools: list[WorkflowToolLocator]

    type_: Literal["tool"] = _attrs_field(
        default="tool",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowToolNodeModelOutput", "type", "tool"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("tool"), required=True),
        Field("position", "position", object_of("PositionOutput"), required=True),
        Field("edge_order", "edge_order", list_of(STR), required=True),
        Field("tools", "tools", list_of(object_of("WorkflowToolLocator")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowToolNodeModelOutput, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.position_output import PositionOutput
from ..models.workflow_tool_locator import WorkflowToolLocator
