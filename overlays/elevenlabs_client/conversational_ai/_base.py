"""What Conversation and AsyncConversation share, with no I/O: their settings, the opening of the
session (the generated channel's first message), and what each server message asks of them."""

from __future__ import annotations

import base64
import enum
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

import httpx
from elevenlabs_api import models
from elevenlabs_api.api import RequestOptions
from elevenlabs_api.types import UNSET, Unset

from .._errors import ElevenLabsError
from ._tools import ClientTools

# A conversation's silences are the user's, however long (the official SDK waits as long): the session
# waits for the server while the connection lives, instead of the client's read timeout. A connection
# that dies is still found out: websockets pings it every 20 s and drops it when a pong is 20 s late.
NO_READ_LIMIT = 7 * 24 * 3600.0


class AgentChatResponsePartType(str, enum.Enum):
    """Where a streamed part of the agent's text response falls (callback_agent_chat_response_part)."""

    START = "start"
    DELTA = "delta"
    STOP = "stop"


@dataclass
class AudioEventAlignment:
    """When each character of the agent's text is spoken in an audio chunk (callback_audio_alignment)."""

    chars: list[str] = field(default_factory=list)
    char_start_times_ms: list[int] = field(default_factory=list)
    char_durations_ms: list[int] = field(default_factory=list)


class ConversationInitiationData:
    """What the conversation opens with (the official SDK's names): custom LLM parameters, overrides of
    the agent's configuration, dynamic variables, the user's id. Dicts, as the API takes them."""

    def __init__(
        self,
        extra_body: dict[str, Any] | None = None,
        conversation_config_override: dict[str, Any] | None = None,
        dynamic_variables: dict[str, Any] | None = None,
        user_id: str | None = None,
    ) -> None:
        self.extra_body = dict(extra_body or {})
        self.conversation_config_override = dict(conversation_config_override or {})
        self.dynamic_variables = dict(dynamic_variables or {})
        self.user_id = user_id

    def __repr__(self) -> str:
        return (
            f"ConversationInitiationData(extra_body={self.extra_body!r}, conversation_config_override="
            f"{self.conversation_config_override!r}, dynamic_variables={self.dynamic_variables!r}, "
            f"user_id={self.user_id!r})"
        )


def source_info() -> models.ConversationInitiationClientDataSourceInfo:
    """This library, as the conversation's first message names the client that opened it."""
    try:
        version = metadata.version("elevenlabs-client")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return models.ConversationInitiationClientDataSourceInfo(source="elevenlabs_client", version=version)


class Base:
    """The settings both conversations take, checked, and the state their server messages change."""

    def __init__(
        self,
        client: Any,
        agent_id: str,
        user_id: str | None,
        requires_auth: bool,
        config: ConversationInitiationData | None,
        client_tools: ClientTools | None,
        on_prem_config: Any,
        environment: str | None,
    ) -> None:
        if on_prem_config is not None:
            raise ElevenLabsError("on_prem_config (an on-premises deployment) is not supported by elevenlabs_client")
        if not isinstance(agent_id, str) or not agent_id:
            raise ValueError(f"agent_id must be the agent's id, a non-empty str, not {agent_id!r}")
        if config is not None and not isinstance(config, ConversationInitiationData):
            raise TypeError(f"config must be a ConversationInitiationData, not {type(config).__name__}")
        if client_tools is not None and not isinstance(client_tools, ClientTools):
            raise TypeError(f"client_tools must be a ClientTools, not {type(client_tools).__name__}")
        self.client = client
        self.agent_id = agent_id
        self.user_id = user_id
        self.requires_auth = requires_auth
        self.config = config or ConversationInitiationData()
        self.client_tools = client_tools or ClientTools()
        self.environment = environment
        self._conversation_id: str | None = None
        self._last_interrupt_id = 0  # audio of this event id or before was interrupted: not played

    def __repr__(self) -> str:
        return f"{type(self).__name__}(agent_id={self.agent_id!r}, conversation_id={self._conversation_id!r})"

    @property
    def conversation_id(self) -> str | None:
        """The id the server gave the conversation (None until its first message)."""
        return self._conversation_id

    def _opening(self) -> dict[str, Any]:
        """The arguments of the generated channel's opening: the agent, and the first message's fields."""
        config = self.config
        user_id = self.user_id or config.user_id
        return {
            "agent_id": self.agent_id,
            "conversation_config_override": _model(
                models.ConversationInitiationClientDataConversationConfigOverride, config.conversation_config_override
            ),
            "custom_llm_extra_body": _model(
                models.ConversationInitiationClientDataCustomLlmExtraBody, config.extra_body
            ),
            "dynamic_variables": _model(
                models.ConversationInitiationClientDataDynamicVariables, config.dynamic_variables
            ),
            "user_id": user_id if user_id else UNSET,
            "source_info": source_info(),
        }

    def _request_options(self) -> RequestOptions:
        """The session's options: the client's connect timeout for the handshake, no read limit (see
        NO_READ_LIMIT), and, opening by agent id, the environment in the query as the official SDK sends it."""
        client_timeout = self.client.timeout
        connect = client_timeout.connect if client_timeout is not None else None
        options: RequestOptions = {"timeout": httpx.Timeout(None, connect=connect, read=NO_READ_LIMIT)}
        if self.environment:
            options["additional_query_parameters"] = {"environment": self.environment}
        return options

    def _reactions(self, message: Any) -> Iterator[tuple[str, tuple[Any, ...]]]:
        """What a server message (a generated model, or a dict of a kind the channel does not describe)
        asks for, as (what, arguments): "output", "interrupt", "pong", "tool", or a callback's name."""
        if isinstance(message, models.ConversationInitiationMetadata):
            self._conversation_id = _set(_set(message.conversation_initiation_metadata_event).conversation_id) or None
        elif isinstance(message, models.AudioResponse):
            event = _set(message.audio_event)
            event_id = _set(event.event_id)
            if event_id is not None and event_id <= self._last_interrupt_id:
                return  # the user interrupted it: not to be played
            yield "output", (base64.b64decode(_set(event.audio_base_64, "")),)
            alignment = _set(event.alignment)
            if alignment is not None:
                chars, starts, durations = alignment.chars, alignment.char_start_times_ms, alignment.char_durations_ms
                yield "callback_audio_alignment", (AudioEventAlignment(_list(chars), _list(starts), _list(durations)),)
        elif isinstance(message, models.AgentResponse):
            yield "callback_agent_response", (_set(_set(message.agent_response_event).agent_response, "").strip(),)
        elif isinstance(message, models.AgentResponseCorrection):
            event = _set(message.agent_response_correction_event)
            original, corrected = _set(event.original_agent_response, ""), _set(event.corrected_agent_response, "")
            yield "callback_agent_response_correction", (original.strip(), corrected.strip())
        elif isinstance(message, models.AgentChatResponsePart):
            part = _set(message.text_response_part)
            yield "callback_agent_chat_response_part", (_set(part.text, ""), _part_type(part.type_))
        elif isinstance(message, models.UserTranscript):
            yield (
                "callback_user_transcript",
                (_set(_set(message.user_transcription_event).user_transcript, "").strip(),),
            )
        elif isinstance(message, models.Interruption):
            self._last_interrupt_id = _set(_set(message.interruption_event).event_id, self._last_interrupt_id)
            yield "interrupt", ()
        elif isinstance(message, models.Ping):
            event = _set(message.ping_event)
            yield "pong", (_set(event.event_id, 0),)
            if _set(event.ping_ms) is not None:
                yield "callback_latency_measurement", (event.ping_ms,)
        elif isinstance(message, models.ClientToolCall):
            call = _set(message.client_tool_call)
            parameters = _set(call.parameters)
            arguments = parameters.to_dict() if parameters is not None else {}
            yield "tool", (_set(call.tool_name, ""), {"tool_call_id": _set(call.tool_call_id, ""), **arguments})
        # Anything else (VAD scores, tentative responses, a kind the channel does not describe): no callback.


def _set(value: Any, default: Any = None) -> Any:
    """A field the server may leave out: its value, else `default`."""
    return default if isinstance(value, Unset) or value is None else value


def _part_type(value: Any) -> AgentChatResponsePartType:
    """A part's place; one of a kind the vendor adds later reads as a delta, as the official SDK reads it,
    rather than ending the conversation."""
    try:
        return AgentChatResponsePartType(_set(value, "delta"))
    except ValueError:
        return AgentChatResponsePartType.DELTA


def _list(value: Any) -> list[Any]:
    return list(_set(value, []))


def _model(kind: Any, value: dict[str, Any]) -> Any:
    """A ConversationInitiationData dict as the channel's model (every key kept); UNSET when empty."""
    return kind.from_dict(value) if value else UNSET


def multimodal(text: str | None, file_id: str | None) -> models.MultimodalMessage:
    """send_multimodal_message's message: text, a file uploaded earlier, or both."""
    if not text and not file_id:
        raise ValueError("send_multimodal_message needs text, a file_id, or both")
    return models.MultimodalMessage(
        text=models.UserMessage(text=text) if text else UNSET,
        file=models.MultimodalMessageFile(file_id=file_id) if file_id else UNSET,
    )
