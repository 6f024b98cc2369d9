from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ToolExecutionResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ToolExecutionResponseModel(Lazy):
    """Attributes:
    tool_id (str): The ID of the tool that was executed
    tool_request_id (str): The request/call ID associated with this tool execution
    conversation_id (str): The ID of the conversation where the tool was executed
    agent_id (str): The ID of the agent that ran the tool
    timestamp (float): Unix timestamp when the tool was executed
    latency_secs (float): How long the tool execution took
    id (str):
    branch_id (None | str | Unset): The branch ID if the agent has branches
    is_error (bool | Unset): Whether the tool execution failed Defaults to False on the server.
    request_payload (None | str | Unset): LLM-extracted parameters sent to the tool (JSON string)
    response_payload (None | str | Unset): Response returned by the tool
    error_message (None | str | Unset): Error message if the tool execution failed
    error_type (None | str | Unset): Error category (internal, customer_config, customer_auth, external_server,
        external_client, client_timeout, unknown)
    tool_call_details (ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput |
        ConversationHistoryTranscriptToolCallClientDetails | ConversationHistoryTranscriptToolCallMcpDetails |
        ConversationHistoryTranscriptToolCallWebhookDetails | None | UnknownVariant | Unset):
    """

    tool_id: str

    tool_request_id: str

    conversation_id: str

    agent_id: str

    timestamp: float

    latency_secs: float

    id: str

    branch_id: None | str | Unset = UNSET

    is_error: bool | Unset = UNSET

    request_payload: None | str | Unset = UNSET

    response_payload: None | str | Unset = UNSET

    error_message: None | str | Unset = UNSET

    error_type: None | str | Unset = UNSET

    tool_call_details: (
        ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput
        | ConversationHistoryTranscriptToolCallClientDetails
        | ConversationHistoryTranscriptToolCallMcpDetails
        | ConversationHistoryTranscriptToolCallWebhookDetails
        | None
        | UnknownVariant
        | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "tool_id",
        "tool_request_id",
        "conversation_id",
        "agent_id",
        "timestamp",
        "latency_secs",
        "id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        tool_id = self.tool_id

        tool_request_id = self.tool_request_id

        conversation_id = self.conversation_id

        agent_id = self.agent_id

        timestamp = self.timestamp

        latency_secs = self.latency_secs

        id = self.id

        branch_id: Any
        try:
            branch_id = self.branch_id

        except (AttributeError, TypeError):
            branch_id = self.branch_id

        is_error = self.is_error

        request_payload: Any
        try:
            request_payload = self.request_payload

        except (AttributeError, TypeError):
            request_payload = self.request_payload

        response_payload: Any
        try:
            response_payload = self.response_payload

        except (AttributeError, TypeError):
            response_payload = self.response_payload

        error_message: Any
        try:
            error_message = self.error_message

        except (AttributeError, TypeError):
            error_message = self.error_message

        error_type: Any
        try:
            error_type = self.error_type

        except (AttributeError, TypeError):
            error_type = self.error_type

        tool_call_details: Any
        try:
            if isinstance(self.tool_call_details, Unset):
                tool_call_details = UNSET
            elif (
                isinstance(self.tool_call_details, ConversationHistoryTranscriptToolCallWebhookDetails)
                or isinstance(self.tool_call_details, ConversationHistoryTranscriptToolCallClientDetails)
                or isinstance(self.tool_call_details, ConversationHistoryTranscriptToolCallMcpDetails)
                or isinstance(
                    self.tool_call_details, ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput
                )
                or isinstance(self.tool_call_details, UnknownVariant)
            ):
                tool_call_details = self.tool_call_details.to_dict()
            else:
                tool_call_details = self.tool_call_details

        except (AttributeError, TypeError):
            tool_call_details = self.tool_call_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tool_id is not None or "tool_id" not in self._missing_fields:
            field_dict["tool_id"] = tool_id
        if tool_request_id is not None or "tool_request_id" not in self._missing_fields:
            field_dict["tool_request_id"] = tool_request_id
        if conversation_id is not None or "conversation_id" not in self._missing_fields:
            field_dict["conversation_id"] = conversation_id
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if timestamp is not None or "timestamp" not in self._missing_fields:
            field_dict["timestamp"] = timestamp
        if latency_secs is not None or "latency_secs" not in self._missing_fields:
            field_dict["latency_secs"] = latency_secs
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if is_error is not UNSET:
            field_dict["is_error"] = is_error
        if request_payload is not UNSET:
            field_dict["request_payload"] = request_payload
        if response_payload is not UNSET:
            field_dict["response_payload"] = response_payload
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if tool_call_details is not UNSET:
            field_dict["tool_call_details"] = tool_call_details
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        tool_execution_response_model = cls.__new__(cls)
        tool_execution_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return tool_execution_response_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_read_tool_id = plain_reader("tool_id", (str,), "a string", True)

_read_tool_request_id = plain_reader("tool_request_id", (str,), "a string", True)

_read_conversation_id = plain_reader("conversation_id", (str,), "a string", True)

_read_agent_id = plain_reader("agent_id", (str,), "a string", True)

_read_timestamp = plain_reader(
    "timestamp",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_latency_secs = plain_reader(
    "latency_secs",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_id = plain_reader("id", (str,), "a string", True)

_read_branch_id = plain_reader(
    "branch_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_is_error = plain_reader("is_error", (bool,), "a boolean", False)

_read_request_payload = plain_reader(
    "request_payload",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_response_payload = plain_reader(
    "response_payload",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_error_message = plain_reader(
    "error_message",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_error_type = plain_reader(
    "error_type",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_tool_call_details(cls: type[ToolExecutionResponseModel], d: Mapping[str, Any]) -> Any:
    tool_call_details_raw = d.get("tool_call_details", UNSET)
    try:

        def _parse_tool_call_details(
            data: object,
        ) -> (
            ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput
            | ConversationHistoryTranscriptToolCallClientDetails
            | ConversationHistoryTranscriptToolCallMcpDetails
            | ConversationHistoryTranscriptToolCallWebhookDetails
            | None
            | UnknownVariant
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_tool_call_details_member, data)

        def _parse_tool_call_details_member(
            data: object,
        ) -> (
            ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput
            | ConversationHistoryTranscriptToolCallClientDetails
            | ConversationHistoryTranscriptToolCallMcpDetails
            | ConversationHistoryTranscriptToolCallWebhookDetails
            | None
            | UnknownVariant
            | Unset
        ):
            if isinstance(data, dict):
                for known in (
                    ConversationHistoryTranscriptToolCallWebhookDetails,
                    ConversationHistoryTranscriptToolCallClientDetails,
                    ConversationHistoryTranscriptToolCallMcpDetails,
                    ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                tool_call_details_type_0_type_0 = ConversationHistoryTranscriptToolCallWebhookDetails.from_dict(data)

                return tool_call_details_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                tool_call_details_type_0_type_1 = ConversationHistoryTranscriptToolCallClientDetails.from_dict(data)

                return tool_call_details_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                tool_call_details_type_0_type_2 = ConversationHistoryTranscriptToolCallMcpDetails.from_dict(data)

                return tool_call_details_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                tool_call_details_type_0_type_3 = (
                    ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput.from_dict(data)
                )

                return tool_call_details_type_0_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            tool_call_details_type_0_type_4 = UnknownVariant.from_dict(data)

            return tool_call_details_type_0_type_4

        tool_call_details = _parse_tool_call_details(tool_call_details_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_call_details = deviating_field(cls, "tool_call_details", tool_call_details_raw)

    return tool_call_details


_FIELDS: frozenset[str] = frozenset(
    (
        "tool_id",
        "tool_request_id",
        "conversation_id",
        "agent_id",
        "timestamp",
        "latency_secs",
        "id",
        "branch_id",
        "is_error",
        "request_payload",
        "response_payload",
        "error_message",
        "error_type",
        "tool_call_details",
    )
)


def _read_additional_properties(cls: type[ToolExecutionResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ToolExecutionResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    tool_id = d.get("tool_id", MISSING)
    if tool_id.__class__ is not str:
        tool_id = _read_tool_id(cls, d)

    tool_request_id = d.get("tool_request_id", MISSING)
    if tool_request_id.__class__ is not str:
        tool_request_id = _read_tool_request_id(cls, d)

    conversation_id = d.get("conversation_id", MISSING)
    if conversation_id.__class__ is not str:
        conversation_id = _read_conversation_id(cls, d)

    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    timestamp = d.get("timestamp", MISSING)
    if timestamp.__class__ is not float and timestamp.__class__ is not int:
        timestamp = _read_timestamp(cls, d)

    latency_secs = d.get("latency_secs", MISSING)
    if latency_secs.__class__ is not float and latency_secs.__class__ is not int:
        latency_secs = _read_latency_secs(cls, d)

    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    branch_id = d.get("branch_id", UNSET)
    if branch_id.__class__ is not str and branch_id is not None and branch_id is not UNSET:
        branch_id = _read_branch_id(cls, d)

    is_error = d.get("is_error", UNSET)
    if is_error.__class__ is not bool and is_error is not UNSET:
        is_error = _read_is_error(cls, d)

    request_payload = d.get("request_payload", UNSET)
    if request_payload.__class__ is not str and request_payload is not None and request_payload is not UNSET:
        request_payload = _read_request_payload(cls, d)

    response_payload = d.get("response_payload", UNSET)
    if response_payload.__class__ is not str and response_payload is not None and response_payload is not UNSET:
        response_payload = _read_response_payload(cls, d)

    error_message = d.get("error_message", UNSET)
    if error_message.__class__ is not str and error_message is not None and error_message is not UNSET:
        error_message = _read_error_message(cls, d)

    error_type = d.get("error_type", UNSET)
    if error_type.__class__ is not str and error_type is not None and error_type is not UNSET:
        error_type = _read_error_type(cls, d)

    if "tool_call_details" in known:
        tool_call_details = known["tool_call_details"]
    else:
        tool_call_details = d.get("tool_call_details", UNSET)
        if tool_call_details is not UNSET and tool_call_details is not None:
            tool_call_details = _read_tool_call_details(cls, d)

    return {
        "tool_id": tool_id,
        "tool_request_id": tool_request_id,
        "conversation_id": conversation_id,
        "agent_id": agent_id,
        "timestamp": timestamp,
        "latency_secs": latency_secs,
        "id": id,
        "branch_id": branch_id,
        "is_error": is_error,
        "request_payload": request_payload,
        "response_payload": response_payload,
        "error_message": error_message,
        "error_type": error_type,
        "tool_call_details": tool_call_details,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ToolExecutionResponseModel,
    _all_fields,
    {
        "tool_id": _read_tool_id,
        "tool_request_id": _read_tool_request_id,
        "conversation_id": _read_conversation_id,
        "agent_id": _read_agent_id,
        "timestamp": _read_timestamp,
        "latency_secs": _read_latency_secs,
        "id": _read_id,
        "branch_id": _read_branch_id,
        "is_error": _read_is_error,
        "request_payload": _read_request_payload,
        "response_payload": _read_response_payload,
        "error_message": _read_error_message,
        "error_type": _read_error_type,
        "tool_call_details": _read_tool_call_details,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_tool_call_api_integration_webhook_details_output import (
    ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetailsOutput,
)
from ..models.conversation_history_transcript_tool_call_client_details import (
    ConversationHistoryTranscriptToolCallClientDetails,
)
from ..models.conversation_history_transcript_tool_call_mcp_details import (
    ConversationHistoryTranscriptToolCallMcpDetails,
)
from ..models.conversation_history_transcript_tool_call_webhook_details import (
    ConversationHistoryTranscriptToolCallWebhookDetails,
)
from ..models.unknown_variant import UnknownVariant
