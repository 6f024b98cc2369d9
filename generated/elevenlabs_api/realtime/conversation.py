"""The `/v1/convai/conversation` WebSocket channel, from its AsyncAPI document (openapi/asyncapi/).

Establish a WebSocket connection for real-time conversations with an AI agent.

Sends UserAudioChunk, Pong, ConversationInitiationClientData (first), ClientToolResult, ContextualUpdate, UserMessage, UserActivity, MultimodalMessage, Feedback;
receives ConversationInitiationMetadata, UserTranscript, AgentResponse, AgentResponseCorrection, AudioResponse, Interruption, Ping, ClientToolCall, ContextualUpdate, VadScore, InternalTentativeAgentResponse, AgentChatResponsePart, AgentToolResponse.
The I/O is the client's (a group's generated method hands `opening(...)` and `CHANNEL` to its requester):
this module only says what the channel is.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, Protocol

from ..models._literals import FeedbackScore
from ..models.agent_chat_response_part import AgentChatResponsePart
from ..models.agent_response import AgentResponse
from ..models.agent_response_correction import AgentResponseCorrection
from ..models.agent_tool_response import AgentToolResponse
from ..models.audio_response import AudioResponse
from ..models.client_tool_call import ClientToolCall
from ..models.client_tool_result import ClientToolResult
from ..models.contextual_update import ContextualUpdate
from ..models.conversation_initiation_client_data import (
    ConversationInitiationClientData,
    ConversationInitiationClientDataConversationConfigOverride,
    ConversationInitiationClientDataCustomLlmExtraBody,
    ConversationInitiationClientDataDynamicVariables,
    ConversationInitiationClientDataSourceInfo,
)
from ..models.conversation_initiation_metadata import ConversationInitiationMetadata
from ..models.feedback import Feedback
from ..models.internal_tentative_agent_response import InternalTentativeAgentResponse
from ..models.interruption import Interruption
from ..models.multimodal_message import MultimodalMessage, MultimodalMessageFile
from ..models.ping import Ping
from ..models.pong import Pong
from ..models.user_activity import UserActivity
from ..models.user_audio_chunk import UserAudioChunk
from ..models.user_message import UserMessage
from ..models.user_transcript import UserTranscript
from ..models.vad_score import VadScore
from ..types import UNSET, Unset
from . import AsyncSession as AnyAsyncSession
from . import Channel, Opening, query_of
from . import Session as AnySession

PATH = "/v1/convai/conversation"
SENDS = (
    UserAudioChunk,
    Pong,
    ConversationInitiationClientData,
    ClientToolResult,
    ContextualUpdate,
    UserMessage,
    UserActivity,
    MultimodalMessage,
    Feedback,
)
RECEIVES = (
    ConversationInitiationMetadata,
    UserTranscript,
    AgentResponse,
    AgentResponseCorrection,
    AudioResponse,
    Interruption,
    Ping,
    ClientToolCall,
    ContextualUpdate,
    VadScore,
    InternalTentativeAgentResponse,
    AgentChatResponsePart,
    AgentToolResponse,
)
QUERY_PARAMETERS = ("agent_id",)
FIRST_MESSAGE_FIELDS = (
    "conversation_config_override",
    "custom_llm_extra_body",
    "dynamic_variables",
    "user_id",
    "source_info",
)
Sent = (
    UserAudioChunk
    | Pong
    | ConversationInitiationClientData
    | ClientToolResult
    | ContextualUpdate
    | UserMessage
    | UserActivity
    | MultimodalMessage
    | Feedback
    | dict[str, Any]
)
Received = (
    ConversationInitiationMetadata
    | UserTranscript
    | AgentResponse
    | AgentResponseCorrection
    | AudioResponse
    | Interruption
    | Ping
    | ClientToolCall
    | ContextualUpdate
    | VadScore
    | InternalTentativeAgentResponse
    | AgentChatResponsePart
    | AgentToolResponse
    | dict[str, Any]
)


def opening(
    *,
    agent_id: str,
    conversation_config_override: ConversationInitiationClientDataConversationConfigOverride | Unset = UNSET,
    custom_llm_extra_body: ConversationInitiationClientDataCustomLlmExtraBody | Unset = UNSET,
    dynamic_variables: ConversationInitiationClientDataDynamicVariables | Unset = UNSET,
    user_id: str | Unset = UNSET,
    source_info: ConversationInitiationClientDataSourceInfo | Unset = UNSET,
) -> Opening:
    """The path, query and first message (ConversationInitiationClientData: the settings) that open the channel.

    A parameter left unset is not sent: the server applies its own default.

    Args:
        agent_id: The unique identifier for the voice to use in the TTS process.
        conversation_config_override: Override settings for conversation behavior
        custom_llm_extra_body: Additional LLM configuration parameters
        dynamic_variables: Dictionary of dynamic variables to be used in the conversation. Keys are the
            dynamic variable names which must be strings, values can be strings, numbers, integers, or booleans.
        user_id: Your identifier for the user of this conversation.
        source_info: Which client library opened the conversation.
    """
    query = query_of(
        agent_id=agent_id,
    )
    first_message = ConversationInitiationClientData(
        conversation_config_override=conversation_config_override,
        custom_llm_extra_body=custom_llm_extra_body,
        dynamic_variables=dynamic_variables,
        user_id=user_id,
        source_info=source_info,
    )
    path = PATH
    return Opening(path, query, first_message.to_dict())


def parse(data: dict[str, Any]) -> Received:
    """An incoming message as its model; one of a kind the document does not describe stays a dict."""
    if data.get("type") == "conversation_initiation_metadata":
        return ConversationInitiationMetadata.from_dict(data)
    if data.get("type") == "user_transcript":
        return UserTranscript.from_dict(data)
    if data.get("type") == "agent_response":
        return AgentResponse.from_dict(data)
    if data.get("type") == "agent_response_correction":
        return AgentResponseCorrection.from_dict(data)
    if data.get("type") == "audio":
        return AudioResponse.from_dict(data)
    if data.get("type") == "interruption":
        return Interruption.from_dict(data)
    if data.get("type") == "ping":
        return Ping.from_dict(data)
    if data.get("type") == "client_tool_call":
        return ClientToolCall.from_dict(data)
    if data.get("type") == "contextual_update":
        return ContextualUpdate.from_dict(data)
    if data.get("type") == "vad_score":
        return VadScore.from_dict(data)
    if data.get("type") == "internal_tentative_agent_response":
        return InternalTentativeAgentResponse.from_dict(data)
    if data.get("type") == "agent_chat_response_part":
        return AgentChatResponsePart.from_dict(data)
    if data.get("type") == "agent_tool_response":
        return AgentToolResponse.from_dict(data)
    return data


class Messages(Protocol):
    """What a client sends on this channel: `send` takes any of its messages (the model, or a dict of the
    same), and each but the opening one has a method that builds it from its fields and sends it."""

    def send(self, message: Sent) -> None: ...

    def send_user_audio_chunk(self, *, user_audio_chunk: str | Unset = UNSET) -> None:
        """Send audio data chunks from the user to the server for processing (`UserAudioChunk`).

        Args:
            user_audio_chunk: Base64-encoded audio data chunk from user input.
        """
        self.send(UserAudioChunk(user_audio_chunk=user_audio_chunk))

    def send_pong(self, *, event_id: int | Unset = UNSET) -> None:
        """Response message to server ping requests for latency measurement (`Pong`).

        Args:
            event_id: The ID of the ping event being responded to.
        """
        self.send(Pong(event_id=event_id))

    def send_client_tool_result(
        self, *, tool_call_id: str | Unset = UNSET, result: str | Unset = UNSET, is_error: bool | Unset = UNSET
    ) -> None:
        """Results from client-side tool execution requested by the server (`ClientToolResult`).

        Args:
            tool_call_id: Unique identifier of the tool call being responded to.
            result: Result data from the tool execution.
            is_error: Flag indicating if the tool execution encountered an error.
        """
        self.send(ClientToolResult(tool_call_id=tool_call_id, result=result, is_error=is_error))

    def send_contextual_update(self, *, text: str) -> None:
        """Non-interrupting content sent to update the conversation state without disrupting the flow
        (`ContextualUpdate`).

        Args:
            text: Contextual information to be added to the conversation state.
        """
        self.send(ContextualUpdate(text=text))

    def send_user_message(self, *, text: str | Unset = UNSET) -> None:
        """Text message sent by the user to the conversation (`UserMessage`).

        Args:
            text: Text message content from the user.
        """
        self.send(UserMessage(text=text))

    def send_user_activity(self) -> None:
        """Activity ping to prevent agent interruption and indicate user presence (`UserActivity`)."""
        self.send(UserActivity())

    def send_multimodal_message(
        self, *, text: UserMessage | Unset = UNSET, file: MultimodalMessageFile | Unset = UNSET
    ) -> None:
        """A user message that carries text, a previously uploaded file, or both (`MultimodalMessage`).

        Args:
            text: Schema for user text messages
            file: A file uploaded to the conversation beforehand, by its identifier.
        """
        self.send(MultimodalMessage(text=text, file=file))

    def send_feedback(self, *, score: FeedbackScore, event_id: int) -> None:
        """The user's rating of the agent's latest response (`Feedback`).

        Args:
            score: Whether the user liked the response.
            event_id: The event id of the agent response rated (the latest audio or agent response event).
        """
        self.send(Feedback(score=score, event_id=event_id))


class AsyncMessages(Protocol):
    """`Messages`, awaited."""

    async def send(self, message: Sent) -> None: ...

    async def send_user_audio_chunk(self, *, user_audio_chunk: str | Unset = UNSET) -> None:
        """Send audio data chunks from the user to the server for processing (`UserAudioChunk`).

        Args:
            user_audio_chunk: Base64-encoded audio data chunk from user input.
        """
        await self.send(UserAudioChunk(user_audio_chunk=user_audio_chunk))

    async def send_pong(self, *, event_id: int | Unset = UNSET) -> None:
        """Response message to server ping requests for latency measurement (`Pong`).

        Args:
            event_id: The ID of the ping event being responded to.
        """
        await self.send(Pong(event_id=event_id))

    async def send_client_tool_result(
        self, *, tool_call_id: str | Unset = UNSET, result: str | Unset = UNSET, is_error: bool | Unset = UNSET
    ) -> None:
        """Results from client-side tool execution requested by the server (`ClientToolResult`).

        Args:
            tool_call_id: Unique identifier of the tool call being responded to.
            result: Result data from the tool execution.
            is_error: Flag indicating if the tool execution encountered an error.
        """
        await self.send(ClientToolResult(tool_call_id=tool_call_id, result=result, is_error=is_error))

    async def send_contextual_update(self, *, text: str) -> None:
        """Non-interrupting content sent to update the conversation state without disrupting the flow
        (`ContextualUpdate`).

        Args:
            text: Contextual information to be added to the conversation state.
        """
        await self.send(ContextualUpdate(text=text))

    async def send_user_message(self, *, text: str | Unset = UNSET) -> None:
        """Text message sent by the user to the conversation (`UserMessage`).

        Args:
            text: Text message content from the user.
        """
        await self.send(UserMessage(text=text))

    async def send_user_activity(self) -> None:
        """Activity ping to prevent agent interruption and indicate user presence (`UserActivity`)."""
        await self.send(UserActivity())

    async def send_multimodal_message(
        self, *, text: UserMessage | Unset = UNSET, file: MultimodalMessageFile | Unset = UNSET
    ) -> None:
        """A user message that carries text, a previously uploaded file, or both (`MultimodalMessage`).

        Args:
            text: Schema for user text messages
            file: A file uploaded to the conversation beforehand, by its identifier.
        """
        await self.send(MultimodalMessage(text=text, file=file))

    async def send_feedback(self, *, score: FeedbackScore, event_id: int) -> None:
        """The user's rating of the agent's latest response (`Feedback`).

        Args:
            score: Whether the user liked the response.
            event_id: The event id of the agent response rated (the latest audio or agent response event).
        """
        await self.send(Feedback(score=score, event_id=event_id))


class Session(Messages, AnySession, Protocol):
    """A session of this channel, in a `with` block: `Messages` sends, and iterating yields each message
    the server sends as its model (one of a kind the document does not describe as a dict)."""

    def __iter__(self) -> Iterator[Received]: ...


class AsyncSession(AsyncMessages, AnyAsyncSession, Protocol):
    """`Session` for `async with` and `async for`."""

    def __aiter__(self) -> AsyncIterator[Received]: ...


CHANNEL: Channel[Session, AsyncSession] = Channel(
    name="conversation",
    group="conversational_ai",
    kind="single",
    path=PATH,
    sends=SENDS,
    receives=RECEIVES,
    parse=parse,
    session=Session,
    async_session=AsyncSession,
)
