from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class AgentWorkflowRequestModelNodes(
    Lazy,
    AdditionalProperties[
        "WorkflowEndNodeModelInput | WorkflowOverrideAgentNodeModelInput | WorkflowPhoneNumberNodeModelInput | WorkflowStandaloneAgentNodeModelInput | WorkflowStartNodeModelInput | WorkflowToolNodeModelInput"
    ],
):
    additional_properties: dict[
        str,
        WorkflowEndNodeModelInput
        | WorkflowOverrideAgentNodeModelInput
        | WorkflowPhoneNumberNodeModelInput
        | WorkflowStandaloneAgentNodeModelInput
        | WorkflowStartNodeModelInput
        | WorkflowToolNodeModelInput,
    ] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "additional_properties",
            None,
            dict_of(
                union(
                    object_of("WorkflowStartNodeModelInput"),
                    object_of("WorkflowEndNodeModelInput"),
                    object_of("WorkflowPhoneNumberNodeModelInput"),
                    object_of("WorkflowOverrideAgentNodeModelInput"),
                    object_of("WorkflowStandaloneAgentNodeModelInput"),
                    object_of("WorkflowToolNodeModelInput"),
                )
            ),
        ),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.workflow_end_node_model_input import WorkflowEndNodeModelInput
from ..models.workflow_override_agent_node_model_input import WorkflowOverrideAgentNodeModelInput
from ..models.workflow_phone_number_node_model_input import WorkflowPhoneNumberNodeModelInput
from ..models.workflow_standalone_agent_node_model_input import WorkflowStandaloneAgentNodeModelInput
from ..models.workflow_start_node_model_input import WorkflowStartNodeModelInput
from ..models.workflow_tool_node_model_input import WorkflowToolNodeModelInput
