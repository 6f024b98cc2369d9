from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class UnitTestToolCallEvaluationModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    parameters: Parameters to evaluate for the agent's tool call. If empty, the tool call parameters are not
        evaluated.
    referenced_tool: The tool to evaluate a call against.
    verify_absence: Whether to verify that the tool was NOT called. Defaults to False on the server.
    workflow_node_transition: Configuration for testing workflow node transitions. When set, the test will verify
        the agent transitions to the specified workflow node.
    """

    parameters: list[UnitTestToolCallParameter] | Unset = UNSET

    referenced_tool: None | ReferencedToolCommonModel | Unset = UNSET

    verify_absence: bool | Unset = UNSET

    workflow_node_transition: None | UnitTestWorkflowNodeTransitionEvaluationNodeId | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("parameters", "parameters", list_of(object_of("UnitTestToolCallParameter"))),
        Field("referenced_tool", "referenced_tool", union(object_of("ReferencedToolCommonModel"), NULL)),
        Field("verify_absence", "verify_absence", BOOL),
        Field(
            "workflow_node_transition",
            "workflow_node_transition",
            union(object_of("UnitTestWorkflowNodeTransitionEvaluationNodeId"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.referenced_tool_common_model import ReferencedToolCommonModel
from ..models.unit_test_tool_call_parameter import UnitTestToolCallParameter
from ..models.unit_test_workflow_node_transition_evaluation_node_id import (
    UnitTestWorkflowNodeTransitionEvaluationNodeId,
)
