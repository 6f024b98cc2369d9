from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    BOOL,
    FLOAT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    list_of,
    object_of,
    union,
)


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
from ..models.conversation_history_transcript_workflow_tools_result_common_model_output import (
    ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput,
)
from ..models.unknown_variant import UnknownVariant
