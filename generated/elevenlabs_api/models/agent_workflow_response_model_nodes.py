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
class AgentWorkflowResponseModelNodes(
    Lazy,
    AdditionalProperties[
        "UnknownVariant | WorkflowEndNodeModelOutput | WorkflowOverrideAgentNodeModelOutput | WorkflowPhoneNumberNodeModelOutput | WorkflowStandaloneAgentNodeModelOutput | WorkflowStartNodeModelOutput | WorkflowToolNodeModelOutput"
    ],
):
    additional_properties: dict[
        str,
        UnknownVariant
        | WorkflowEndNodeModelOutput
        | WorkflowOverrideAgentNodeModelOutput
        | WorkflowPhoneNumberNodeModelOutput
        | WorkflowStandaloneAgentNodeModelOutput
        | WorkflowStartNodeModelOutput
        | WorkflowToolNodeModelOutput,
    ] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "additional_properties",
            None,
            dict_of(
                union(
                    object_of("WorkflowStartNodeModelOutput"),
                    object_of("WorkflowEndNodeModelOutput"),
                    object_of("WorkflowPhoneNumberNodeModelOutput"),
                    object_of("WorkflowOverrideAgentNodeModelOutput"),
                    object_of("WorkflowStandaloneAgentNodeModelOutput"),
                    object_of("WorkflowToolNodeModelOutput"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.unknown_variant import UnknownVariant
from ..models.workflow_end_node_model_output import WorkflowEndNodeModelOutput
from ..models.workflow_override_agent_node_model_output import WorkflowOverrideAgentNodeModelOutput
from ..models.workflow_phone_number_node_model_output import WorkflowPhoneNumberNodeModelOutput
from ..models.workflow_standalone_agent_node_model_output import WorkflowStandaloneAgentNodeModelOutput
from ..models.workflow_start_node_model_output import WorkflowStartNodeModelOutput
from ..models.workflow_tool_node_model_output import WorkflowToolNodeModelOutput
