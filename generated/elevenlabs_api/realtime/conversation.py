"""The `/v1/convai/conversation` WebSocket channel, from its AsyncAPI document (openapi/asyncapi/).

Establish a WebSocket connection for real-time conversations with an AI agent.

Sends UserAudioChunk, Pong, ConversationInitiationClientData (first), ClientToolResult, ContextualUpdate, UserMessage, UserActivity, MultimodalMessage, Feedback;
receives ConversationInitiationMetadata, UserTranscript, AgentResponse, AgentResponseCorrection, AudioResponse, Interruption, Ping, ClientToolCall, ContextualUpdate, VadScore, InternalTentativeAgentResponse, AgentChatResponsePart, AgentToolResponse.
The I/O is the client's (a group's generated method hands `opening(...)` and `CHANNEL` to its requester):
this module only says what the channel is.
"""

from __future__ import annotations

from typing import Any

from ..models.agent_chat_response_part import AgentChatResponsePart
from ..models.agent_response import AgentResponse
from ..models.agent_response_correction import AgentResponseCorrection
from ..models.agent_tool_response import AgentToolResponse
from ..models.audio_response import AudioResponse
from ..models.client_tool_call import ClientToolCall
from ..models.client_tool_result import ClientToolResult
from ..models.contextual_update import ContextualUpdate
from ..models.conversation_initiation_client_data import ConversationInitiationClientData
from ..models.conversation_initiation_client_data_conversation_config_override import (
    ConversationInitiationClientDataConversationConfigOverride,
)
from ..models.conversation_initiation_client_data_custom_llm_extra_body import (
    ConversationInitiationClientDataCustomLlmExtraBody,
)
from ..models.conversation_initiation_client_data_dynamic_variables import (
    ConversationInitiationClientDataDynamicVariables,
)
from ..models.conversation_initiation_client_data_source_info import ConversationInitiationClientDataSourceInfo
from ..models.conversation_initiation_metadata import ConversationInitiationMetadata
from ..models.feedback import Feedback
from ..models.internal_tentative_agent_response import InternalTentativeAgentResponse
from ..models.interruption import Interruption
from ..models.multimodal_message import MultimodalMessage
from ..models.ping import Ping
from ..models.pong import Pong
from ..models.user_activity import UserActivity
from ..models.user_audio_chunk import UserAudioChunk
from ..models.user_message import UserMessage
from ..models.user_transcript import UserTranscript
from ..models.vad_score import VadScore
from ..types import UNSET, Unset
from . import Channel, Opening, query_of

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


CHANNEL = Channel(
    name="conversation",
    group="conversational_ai",
    kind="single",
    path=PATH,
    sends=SENDS,
    receives=RECEIVES,
    parse=parse,
)
