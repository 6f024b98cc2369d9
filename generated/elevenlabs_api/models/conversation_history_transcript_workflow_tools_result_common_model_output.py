from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    tool_latency_secs: Defaults to 0 on the server.
    """

    request_id: str

    tool_name: str

    result_value: str

    is_error: bool

    tool_has_been_called: bool

    type_: Literal["workflow"] = _attrs_field(
        default="workflow",
        kw_only=True,
        alias="type",
        validator=types.tag("ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput", "type", "workflow"),
    )

    tool_latency_secs: float | Unset = UNSET

    dynamic_variable_updates: list[DynamicVariableUpdateCommonModel] | Unset = UNSET

    result: None | Unset | WorkflowToolResponseModelOutput = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("request_id", "request_id", STR, required=True),
        Field("tool_name", "tool_name", STR, required=True),
        Field("result_value", "result_value", STR, required=True),
        Field("is_error", "is_error", BOOL, required=True),
        Field("tool_has_been_called", "tool_has_been_called", BOOL, required=True),
        Field("type_", "type", const("workflow"), required=True),
        Field("tool_latency_secs", "tool_latency_secs", FLOAT),
        Field(
            "dynamic_variable_updates",
            "dynamic_variable_updates",
            list_of(object_of("DynamicVariableUpdateCommonModel")),
        ),
        Field("result", "result", union(object_of("WorkflowToolResponseModelOutput"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput, type_="type")


@_attrs_define(slots=False)
class WorkflowToolNestedToolsStepModelOutput(Lazy, AdditionalProperties[Any]):
    step_latency_secs: float

    node_id: str

    requests: list[ConversationHistoryTranscriptToolCallCommonModelOutput]

    results: list[
        ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel
        | ConversationHistoryTranscriptOtherToolsResultCommonModel
        | ConversationHistoryTranscriptSystemToolResultCommonModel
        | ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput
        | UnknownVariant
    ]

    is_successful: bool

    type_: Literal["nested_tools"] | Unset = _attrs_field(
        default="nested_tools",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowToolNestedToolsStepModelOutput", "type", "nested_tools"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("step_latency_secs", "step_latency_secs", FLOAT, required=True),
        Field("node_id", "node_id", STR, required=True),
        Field(
            "requests",
            "requests",
            list_of(object_of("ConversationHistoryTranscriptToolCallCommonModelOutput")),
            required=True,
        ),
        Field(
            "results",
            "results",
            list_of(
                union(
                    object_of("ConversationHistoryTranscriptSystemToolResultCommonModel"),
                    object_of("ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel"),
                    object_of("ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput"),
                    object_of("ConversationHistoryTranscriptOtherToolsResultCommonModel"),
                    object_of("UnknownVariant"),
                )
            ),
            required=True,
        ),
        Field("is_successful", "is_successful", BOOL, required=True),
        Field("type_", "type", const("nested_tools")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowToolNestedToolsStepModelOutput, type_="type")


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
from ..models.conversation_history_transcript_api_integration_webhook_tools_result_common_model import (
    ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel,
)
from ..models.conversation_history_transcript_other_tools_result_common_model import (
    ConversationHistoryTranscriptOtherToolsResultCommonModel,
)
from ..models.conversation_history_transcript_system_tool_result_common_model import (
    ConversationHistoryTranscriptSystemToolResultCommonModel,
)
from ..models.conversation_history_transcript_tool_call_common_model_output import (
    ConversationHistoryTranscriptToolCallCommonModelOutput,
)
from ..models.dynamic_variable_update_common_model import DynamicVariableUpdateCommonModel
from ..models.unknown_variant import UnknownVariant
from ..models.workflow_tool_edge_step_model import WorkflowToolEdgeStepModel
from ..models.workflow_tool_max_iterations_exceeded_step_model import WorkflowToolMaxIterationsExceededStepModel
