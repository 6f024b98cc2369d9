"""The `/speech-engine/upstream` WebSocket channel, from its AsyncAPI document (openapi/asyncapi/).

The conversation protocol of a Speech Engine: ElevenLabs listens to the user and speaks the replies;
your server, at the engine's WebSocket URL, writes the replies. ElevenLabs opens one connection per
conversation, with a short-lived HS256 JWT in the X-Elevenlabs-Speech-Engine-Authorization header
(keyed with the SHA-256 digest of the engine's API key) that the server checks before accepting it.

Sends AgentResponsePayload, PongPayload;
receives InitPayload, UserTranscriptPayload, PingPayload, ClosePayload, ErrorPayload.
ElevenLabs opens this channel to your server (x-direction: server): no group method opens it; your server
reads what it receives with `parse` and sends the SENDS models.
"""

from __future__ import annotations

from typing import Any

from ..models.agent_response_payload import AgentResponsePayload
from ..models.close_payload import ClosePayload
from ..models.error_payload import ErrorPayload
from ..models.init_payload import InitPayload
from ..models.ping_payload import PingPayload
from ..models.pong_payload import PongPayload
from ..models.user_transcript_payload import UserTranscriptPayload
from . import AsyncSession as AnyAsyncSession
from . import Channel
from . import Session as AnySession

PATH = "/speech-engine/upstream"
SENDS = (
    AgentResponsePayload,
    PongPayload,
)
RECEIVES = (
    InitPayload,
    UserTranscriptPayload,
    PingPayload,
    ClosePayload,
    ErrorPayload,
)
QUERY_PARAMETERS = ()
FIRST_MESSAGE_FIELDS = ()
Sent = AgentResponsePayload | PongPayload | dict[str, Any]
Received = InitPayload | UserTranscriptPayload | PingPayload | ClosePayload | ErrorPayload | dict[str, Any]


def parse(data: dict[str, Any]) -> Received:
    """An incoming message as its model; one of a kind the document does not describe stays a dict."""
    if data.get("type") == "init":
        return InitPayload.from_dict(data)
    if data.get("type") == "user_transcript":
        return UserTranscriptPayload.from_dict(data)
    if data.get("type") == "ping":
        return PingPayload.from_dict(data)
    if data.get("type") == "close":
        return ClosePayload.from_dict(data)
    if data.get("type") == "error":
        return ErrorPayload.from_dict(data)
    return data


CHANNEL: Channel[AnySession, AnyAsyncSession] = Channel(
    name="speech_engine_upstream",
    group="speech_engine",
    kind="single",
    path=PATH,
    sends=SENDS,
    receives=RECEIVES,
    parse=parse,
    session=AnySession,
    async_session=AnyAsyncSession,
)
