from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class WorkflowToolResponseModelOutput(Lazy, AdditionalProperties[Any]):
    steps: (
        list[
            UnknownVariant
            | WorkflowToolEdgeStepModel
            | WorkflowToolMaxIterationsExceededStepModel
            | WorkflowToolNestedToolsStepModelOutput
        ]
        | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "steps",
            "steps",
            list_of(
                union(
                    object_of("WorkflowToolEdgeStepModel"),
                    object_of("WorkflowToolNestedToolsStepModelOutput"),
                    object_of("WorkflowToolMaxIterationsExceededStepModel"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.unknown_variant import UnknownVariant
from ..models.workflow_tool_edge_step_model import WorkflowToolEdgeStepModel
from ..models.workflow_tool_max_iterations_exceeded_step_model import WorkflowToolMaxIterationsExceededStepModel
from ..models.workflow_tool_nested_tools_step_model_output import WorkflowToolNestedToolsStepModelOutput
