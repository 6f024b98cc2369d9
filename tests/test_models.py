"""The generated models against realistic response bodies (tests/payloads, written from openapi/elevenlabs.yaml).

Each body must parse into the class of its operation's 200 response and write back unchanged; in the
conversation transcript every union member must land in its own class, not in the catch-all
ConversationHistoryTranscriptOtherToolsResultCommonModel (which accepts any `type` string and so would
silently swallow a tagged kind that failed to parse).
"""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import normalized_spec
from elevenlabs_api import Client, models
from elevenlabs_api.api.conversational_ai_conversations import (
    conversational_ai_conversations_get as conversations_get,
)
from elevenlabs_api.api.conversational_ai_conversations import (
    conversational_ai_conversations_list as conversations_list,
)
from elevenlabs_api.api.history import history_delete, history_get, history_list
from elevenlabs_api.models import (
    AsyncConversationMetadata,
    ConversationHistoryBatchCallModel,
    ConversationHistoryErrorCommonModel,
    ConversationHistoryMetadataCommonModel,
    ConversationHistorySIPTrunkingPhoneCallModel,
    ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel,
    ConversationHistoryTranscriptOtherToolsResultCommonModel,
    ConversationHistoryTranscriptSystemToolResultCommonModel,
    ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails,
    ConversationHistoryTranscriptToolCallClientDetails,
    ConversationHistoryTranscriptToolCallMCPDetails,
    ConversationHistoryTranscriptToolCallWebhookDetails,
    ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput,
    ConversationHistoryTwilioPhoneCallModel,
    DefaultConversationInitiationTrigger,
    DeleteHistoryItemResponse,
    EndCallToolResultModel,
    GetConversationResponseModel,
    GetConversationsPageResponseModel,
    GetSpeechHistoryResponseModel,
    LanguageDetectionToolResultModel,
    PlayDTMFResultErrorModel,
    PlayDTMFResultSuccessModel,
    SkipTurnToolResponseModel,
    SpeechHistoryItemResponseModel,
    TransferToAgentToolResultErrorModel,
    TransferToAgentToolResultSuccessModel,
    TransferToNumberResultErrorModel,
    TransferToNumberResultSipSuccessModel,
    TransferToNumberResultTwilioSuccessModel,
    VoiceMailDetectionResultSuccessModel,
    WhatsAppConversationInfo,
    WorkflowToolEdgeStepModel,
    WorkflowToolMaxIterationsExceededStepModel,
    WorkflowToolNestedToolsStepModelOutput,
    WorkflowToolResponseModelOutput,
    ZendeskConversationInitiationTrigger,
)
from elevenlabs_api.types import UNSET, Unset

ROOT = Path(__file__).resolve().parents[1]
PAYLOADS = ROOT / "tests" / "payloads"

# payload file name -> (generated operation module, class of its 200 response)
OPERATIONS: dict[str, tuple[Any, Any]] = {
    "history_list": (history_list, GetSpeechHistoryResponseModel),
    "history_get": (history_get, SpeechHistoryItemResponseModel),
    "history_delete": (history_delete, DeleteHistoryItemResponse),
    "conversations_list": (conversations_list, GetConversationsPageResponseModel),
    "conversations_get": (conversations_get, GetConversationResponseModel),
}

OTHER = ConversationHistoryTranscriptOtherToolsResultCommonModel

# a tool result's `type` ("absent": no `type` key) -> its class, and what the catch-all keeps in `type_`
RESULT_CLASSES: dict[str | None, type[Any]] = {
    "system": ConversationHistoryTranscriptSystemToolResultCommonModel,
    "api_integration_webhook": ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel,
    "workflow": ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput,
    "client": OTHER,
    "webhook": OTHER,
    "mcp": OTHER,
    None: OTHER,
    "absent": OTHER,
}
OTHER_TYPES: dict[str | None, object] = {
    "client": "client",
    "webhook": "webhook",
    "mcp": "mcp",
    None: None,
    "absent": UNSET,
}
# a system tool result's `result.result_type` (None: `result` is null) -> class of `result`
SYSTEM_RESULT_CLASSES: dict[str | None, type[Any]] = {
    "end_call_success": EndCallToolResultModel,
    "language_detection_success": LanguageDetectionToolResultModel,
    "transfer_to_agent_success": TransferToAgentToolResultSuccessModel,
    "transfer_to_agent_error": TransferToAgentToolResultErrorModel,
    "transfer_to_number_twilio_success": TransferToNumberResultTwilioSuccessModel,
    "transfer_to_number_sip_success": TransferToNumberResultSipSuccessModel,
    "transfer_to_number_error": TransferToNumberResultErrorModel,
    "skip_turn_success": SkipTurnToolResponseModel,
    "play_dtmf_success": PlayDTMFResultSuccessModel,
    "play_dtmf_error": PlayDTMFResultErrorModel,
    "voicemail_detection_success": VoiceMailDetectionResultSuccessModel,
    "testing_tool_result": models.TestToolResultModel,  # not imported by name: pytest would collect it
    None: type(None),
}
STEP_CLASSES: dict[str, type[Any]] = {
    "edge": WorkflowToolEdgeStepModel,
    "nested_tools": WorkflowToolNestedToolsStepModelOutput,
    "max_iterations_exceeded": WorkflowToolMaxIterationsExceededStepModel,
}
# a tool call's `tool_details.type` (None: null, "absent": no `tool_details` key) -> class of `tool_details`
DETAIL_CLASSES: dict[str | None, type[Any]] = {
    "webhook": ConversationHistoryTranscriptToolCallWebhookDetails,
    "client": ConversationHistoryTranscriptToolCallClientDetails,
    "mcp": ConversationHistoryTranscriptToolCallMCPDetails,
    "api_integration_webhook": ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails,
    None: type(None),
    "absent": Unset,
}


def load(name: str) -> Any:
    return json.loads((PAYLOADS / f"{name}.json").read_text())


def walk(raw_results: list[Any], results: list[Any], depth: int = 1) -> Iterator[tuple[str, int, Any, Any]]:
    """Every tool result and workflow step under a list of tool results, as (tag, depth, raw, parsed).

    tag is "result" or "step". A transcript turn's own tool results and the steps of a workflow result
    among them are at depth 1; the results inside a nested_tools step at depth n are at depth n + 1.
    Each item is yielded before the walk goes into it, so a wrong class fails the caller's assert first.
    """
    for raw, result in zip(raw_results, results, strict=True):
        yield "result", depth, raw, result
        if raw.get("type") == "workflow":
            for raw_step, step in zip(raw["result"]["steps"], result.result.steps, strict=True):
                yield "step", depth, raw_step, step
                if raw_step["type"] == "nested_tools":
                    yield from walk(raw_step["results"], step.results, depth + 1)


@pytest.mark.parametrize("name", OPERATIONS)
def test_payload_parses_into_its_response_class_and_round_trips(name: str) -> None:
    payload = load(name)
    operation, model = OPERATIONS[name]
    client = Client(base_url="https://api.elevenlabs.io")
    parsed = operation._parse_response(client=client, response=httpx.Response(200, json=payload))
    assert type(parsed) is model
    assert parsed.to_dict() == payload


def test_every_tool_result_and_workflow_step_lands_in_its_class() -> None:
    payload = load("conversations_get")
    conversation: Any = GetConversationResponseModel.from_dict(payload)
    seen = set()
    for raw_turn, turn in zip(payload["transcript"], conversation.transcript, strict=True):
        for tag, depth, raw, parsed in walk(raw_turn["tool_results"], turn.tool_results):
            where = f"{tag} {raw.get('request_id') or raw.get('node_id') or raw.get('edge_id')} at depth {depth}"
            if tag == "step":
                kind = raw["type"]
                assert type(parsed) is STEP_CLASSES[kind], where
            else:
                kind = raw.get("type", "absent")
                assert type(parsed) is RESULT_CLASSES[kind], where
                if kind == "system":
                    result_kind = raw["result"] and raw["result"]["result_type"]
                    assert type(parsed.result) is SYSTEM_RESULT_CLASSES[result_kind], where
                    seen.add(("system_result", result_kind, depth))
                elif kind == "workflow":
                    assert type(parsed.result) is WorkflowToolResponseModelOutput, where
                elif kind != "api_integration_webhook":
                    assert parsed.type_ == OTHER_TYPES[kind], where
            seen.add((tag, kind, depth))

    kinds = {(tag, kind) for tag, kind, _ in seen}
    assert {("result", kind) for kind in RESULT_CLASSES} <= kinds
    assert {("system_result", kind) for kind in SYSTEM_RESULT_CLASSES} <= kinds
    assert {("step", kind) for kind in STEP_CLASSES} <= kinds
    # the recursion: workflow result -> nested_tools step -> workflow result ..., four workflows deep
    for depth in range(1, 5):
        assert {("result", "workflow", depth), ("step", "nested_tools", depth), ("step", "edge", depth)} <= seen
    assert {("step", "max_iterations_exceeded", 1), ("step", "max_iterations_exceeded", 4)} <= seen
    assert max(depth for _, _, depth in seen) == 5


def test_every_tool_call_detail_lands_in_its_class() -> None:
    payload = load("conversations_get")
    conversation: Any = GetConversationResponseModel.from_dict(payload)
    calls: list[tuple[Any, Any]] = []
    for raw_turn, turn in zip(payload["transcript"], conversation.transcript, strict=True):
        calls += zip(raw_turn["tool_calls"], turn.tool_calls, strict=True)
        for tag, _, raw, parsed in walk(raw_turn["tool_results"], turn.tool_results):
            if tag == "step" and raw["type"] == "nested_tools":
                calls += zip(raw["requests"], parsed.requests, strict=True)
    seen = set()
    for raw_call, call in calls:
        details = raw_call.get("tool_details", "absent")
        kind = details["type"] if isinstance(details, dict) else details
        assert type(call.tool_details) is DETAIL_CLASSES[kind], raw_call["request_id"]
        if kind == "api_integration_webhook":
            assert type(call.tool_details.webhook_details) is ConversationHistoryTranscriptToolCallWebhookDetails
        seen.add(kind)
    assert seen == set(DETAIL_CLASSES)


SIP_CALL = {
    "direction": "outbound",
    "phone_number_id": "phnum_01jx4d8f0h2k4n6q8s0u2w4y6a",
    "agent_number": "+14155550100",
    "external_number": "+12125550187",
    "type": "sip_trunking",
    "call_sid": "sip_8b3e1f7a-4c2d-4e9b-a6f0-d5c7e9b1a3f2",
}


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        pytest.param(
            {},
            {
                "phone_call": ConversationHistoryTwilioPhoneCallModel,
                "initiation_trigger": DefaultConversationInitiationTrigger,
            },
            id="twilio",
        ),
        pytest.param(
            {
                "phone_call": SIP_CALL,
                "batch_call": {
                    "batch_call_id": "btcal_01jxp9d3f5h7k9m1p3r5t7v9x1",
                    "batch_call_recipient_id": "rcp_01jxp9e4",
                },
                "error": {"code": 1002, "reason": "Callee hung up during the transfer"},
                "conversation_initiation_source": "sip_trunk",
            },
            {
                "phone_call": ConversationHistorySIPTrunkingPhoneCallModel,
                "batch_call": ConversationHistoryBatchCallModel,
                "error": ConversationHistoryErrorCommonModel,
            },
            id="sip_batch_call",
        ),
        pytest.param(
            {
                "phone_call": None,
                "text_only": True,
                "initiation_trigger": {"trigger_type": "zendesk", "ticket_id": 88213},
                "async_metadata": {
                    "delivery_status": "failed",
                    "delivery_timestamp": 1747303290,
                    "delivery_error": "Zendesk API returned 429 Too Many Requests",
                    "external_system": "zendesk",
                    "external_id": "88213",
                    "retry_count": 2,
                    "last_retry_timestamp": 1747303350,
                },
            },
            {"initiation_trigger": ZendeskConversationInitiationTrigger, "async_metadata": AsyncConversationMetadata},
            id="zendesk_ticket",
        ),
        pytest.param(
            {
                "phone_call": None,
                "authorization_method": "whatsapp",
                "conversation_initiation_source": "whatsapp",
                "whatsapp": {
                    "direction": "inbound",
                    "whatsapp_phone_number_id": "106540352242922",
                    "whatsapp_user_id": "14155550199",
                },
            },
            {"whatsapp": WhatsAppConversationInfo},
            id="whatsapp",
        ),
    ],
)
def test_metadata_variants_land_in_their_class(overrides: dict[str, Any], expected: dict[str, type]) -> None:
    raw = {**load("conversations_get")["metadata"], **overrides}
    metadata = ConversationHistoryMetadataCommonModel.from_dict(raw)
    assert metadata.to_dict() == raw
    for field, model in expected.items():
        assert type(getattr(metadata, field)) is model, field


def workflow_4(conversation: Any) -> Any:
    """The `result` of the fourth, innermost workflow in the transcript's workflow tool result."""
    result = conversation.transcript[6].tool_results[0]
    for _ in range(3):
        result = result.result.steps[1].results[1]
    return result.result


@pytest.mark.parametrize(
    ("name", "where", "x"),
    [
        pytest.param("history_list", lambda m: m, 0, id="history_list"),
        pytest.param("history_list", lambda m: m.history[0], 1, id="history_list.history[0]"),
        pytest.param("history_list", lambda m: m.history[0].feedback, 2, id="history_list.history[0].feedback"),
        pytest.param("history_list", lambda m: m.history[0].alignments.alignment, 3, id="history_list.alignment"),
        pytest.param("history_get", lambda m: m, 1, id="history_get"),
        pytest.param("conversations_list", lambda m: m.conversations[0], 1, id="conversations_list.conversations[0]"),
        pytest.param("conversations_get", lambda m: m, 0, id="conversations_get"),
        pytest.param("conversations_get", lambda m: m.transcript[1], 2, id="transcript[1]"),
        pytest.param("conversations_get", lambda m: m.transcript[5].tool_calls[2].tool_details, 3, id="mcp_details"),
        pytest.param("conversations_get", lambda m: m.transcript[9].tool_results[1].result, 4, id="twilio_result"),
        pytest.param("conversations_get", workflow_4, 5, id="workflow_4.result"),
        pytest.param("conversations_get", lambda m: workflow_4(m).steps[1], 6, id="workflow_4.nested_tools"),
        pytest.param("conversations_get", lambda m: workflow_4(m).steps[1].results[0], 7, id="workflow_4.mcp_result"),
        pytest.param("conversations_get", lambda m: m.metadata.charging, 8, id="metadata.charging"),
        pytest.param(
            "conversations_get", lambda m: m.conversation_initiation_client_data.source_info, 9, id="source_info"
        ),
    ],
)
def test_unknown_fields_are_kept(name: str, where: Any, x: int) -> None:
    parsed = OPERATIONS[name][1].from_dict(load(name))
    assert where(parsed).additional_properties == {"future_field": {"x": x}}


@pytest.mark.parametrize(
    "union",
    [
        "ConversationHistoryTranscriptCommonModelOutputToolResultsItems",
        "WorkflowToolNestedToolsStepModelOutputResultsItems",
    ],
)
def test_catch_all_tool_result_is_the_last_union_member(union: str) -> None:
    schemas = normalized_spec()["components"]["schemas"]
    members = [member["$ref"].rsplit("/", 1)[-1] for member in schemas[union]["oneOf"]]
    # the catch-all for today's tools, then the one for kinds added later (open_response_unions)
    assert members[-2:] == ["ConversationHistoryTranscriptOtherToolsResultCommonModel", "UnknownVariant"]
    assert members.count("ConversationHistoryTranscriptOtherToolsResultCommonModel") == 1
    assert len(members) == 5
