from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class WorkflowEdgeModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    source: ID of the source node.
    target: ID of the target node.
    forward_condition: Condition that must be met for the edge to be traversed in the forward direction (source to
        target).
    backward_condition: Condition that must be met for the edge to be traversed in the backward direction (target to
        source).
    """

    source: str

    target: str

    forward_condition: (
        None
        | UnknownVariant
        | WorkflowExpressionConditionModelOutput
        | WorkflowLlmConditionModelOutput
        | WorkflowResultConditionModelOutput
        | WorkflowUnconditionalModelOutput
    ) = None

    backward_condition: (
        None
        | UnknownVariant
        | WorkflowExpressionConditionModelOutput
        | WorkflowLlmConditionModelOutput
        | WorkflowResultConditionModelOutput
        | WorkflowUnconditionalModelOutput
    ) = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("source", "source", STR, required=True),
        Field("target", "target", STR, required=True),
        Field(
            "forward_condition",
            "forward_condition",
            union(
                object_of("WorkflowUnconditionalModelOutput"),
                object_of("WorkflowLlmConditionModelOutput"),
                object_of("WorkflowResultConditionModelOutput"),
                object_of("WorkflowExpressionConditionModelOutput"),
                object_of("UnknownVariant"),
                NULL,
            ),
            required=True,
        ),
        Field(
            "backward_condition",
            "backward_condition",
            union(
                object_of("WorkflowUnconditionalModelOutput"),
                object_of("WorkflowLlmConditionModelOutput"),
                object_of("WorkflowResultConditionModelOutput"),
                object_of("WorkflowExpressionConditionModelOutput"),
                object_of("UnknownVariant"),
                NULL,
            ),
            required=True,
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.unknown_variant import UnknownVariant
from ..models.workflow_expression_condition_model_output import WorkflowExpressionConditionModelOutput
from ..models.workflow_llm_condition_model_output import WorkflowLlmConditionModelOutput
from ..models.workflow_result_condition_model_output import WorkflowResultConditionModelOutput
from ..models.workflow_unconditional_model_output import WorkflowUnconditionalModelOutput
