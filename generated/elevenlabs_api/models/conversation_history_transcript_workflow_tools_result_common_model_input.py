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
class ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_blocked: Defaults to False on the server.
    tool_latency_secs: Defaults to 0 on the server.
    error_type: Defaults to empty on the server.
    raw_error_message: Defaults to empty on the server.
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
        validator=types.tag("ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput", "type", "workflow"),
    )

    is_blocked: bool | Unset = UNSET

    tool_latency_secs: float | Unset = UNSET

    error_type: str | Unset = UNSET

    raw_error_message: str | Unset = UNSET

    dynamic_variable_updates: list[DynamicVariableUpdateCommonModel] | Unset = UNSET

    result: None | Unset | WorkflowToolResponseModelInput = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("request_id", "request_id", STR, required=True),
        Field("tool_name", "tool_name", STR, required=True),
        Field("result_value", "result_value", STR, required=True),
        Field("is_error", "is_error", BOOL, required=True),
        Field("tool_has_been_called", "tool_has_been_called", BOOL, required=True),
        Field("type_", "type", const("workflow"), required=True),
        Field("is_blocked", "is_blocked", BOOL),
        Field("tool_latency_secs", "tool_latency_secs", FLOAT),
        Field("error_type", "error_type", STR),
        Field("raw_error_message", "raw_error_message", STR),
        Field(
            "dynamic_variable_updates",
            "dynamic_variable_updates",
            list_of(object_of("DynamicVariableUpdateCommonModel")),
        ),
        Field("result", "result", union(object_of("WorkflowToolResponseModelInput"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput, type_="type")


@_attrs_define(slots=False)
class WorkflowToolNestedToolsStepModelInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'nested_tools'.
    """

    step_latency_secs: float

    node_id: str

    requests: list[ConversationHistoryTranscriptToolCallCommonModelInput]

    results: list[
        ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput
        | ConversationHistoryTranscriptOtherToolsResultCommonModel
        | ConversationHistoryTranscriptSystemToolResultCommonModelInput
        | ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput
    ]

    is_successful: bool

    type_: Literal["nested_tools"] | Unset = _attrs_field(
        default="nested_tools",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowToolNestedToolsStepModelInput", "type", "nested_tools"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("step_latency_secs", "step_latency_secs", FLOAT, required=True),
        Field("node_id", "node_id", STR, required=True),
        Field(
            "requests",
            "requests",
            list_of(object_of("ConversationHistoryTranscriptToolCallCommonModelInput")),
            required=True,
        ),
        Field(
            "results",
            "results",
            list_of(
                union(
                    object_of("ConversationHistoryTranscriptSystemToolResultCommonModelInput"),
                    object_of("ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput"),
                    object_of("ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput"),
                    object_of("ConversationHistoryTranscriptOtherToolsResultCommonModel"),
                )
            ),
            required=True,
        ),
        Field("is_successful", "is_successful", BOOL, required=True),
        Field("type_", "type", const("nested_tools")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowToolNestedToolsStepModelInput, type_="type")


@_attrs_define(slots=False)
class WorkflowToolResponseModelInput(Lazy, AdditionalProperties[Any]):
    """A common model for workflow tool responses."""

    steps: (
        list[
            WorkflowToolEdgeStepModel
            | WorkflowToolMaxIterationsExceededStepModel
            | WorkflowToolNestedToolsStepModelInput
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
                    object_of("WorkflowToolNestedToolsStepModelInput"),
                    object_of("WorkflowToolMaxIterationsExceededStepModel"),
                )
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_api_integration_webhook_tools_result_common_model_input import (
    ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput,
)
from ..models.conversation_history_transcript_other_tools_result_common_model import (
    ConversationHistoryTranscriptOtherToolsResultCommonModel,
)
from ..models.conversation_history_transcript_system_tool_result_common_model_input import (
    ConversationHistoryTranscriptSystemToolResultCommonModelInput,
)
from ..models.conversation_history_transcript_tool_call_common_model_input import (
    ConversationHistoryTranscriptToolCallCommonModelInput,
)
from ..models.dynamic_variable_update_common_model import DynamicVariableUpdateCommonModel
from ..models.workflow_tool_edge_step_model import WorkflowToolEdgeStepModel
from ..models.workflow_tool_max_iterations_exceeded_step_model import WorkflowToolMaxIterationsExceededStepModel
