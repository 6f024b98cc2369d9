"""The test server's agents channel (/v1/convai/conversation) and its scripted agent, over real sockets,
through the public client's generated method and its generic session, sync and async."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Callable, Iterable
from typing import Any, cast

import pytest
from elevenlabs_api.models import (
    AgentResponse,
    AgentResponseCorrection,
    AudioResponse,
    ClientToolCall,
    ClientToolResult,
    ContextualUpdate,
    ConversationInitiationClientDataConversationConfigOverride,
    ConversationInitiationClientDataConversationConfigOverrideAgent,
    ConversationInitiationMetadata,
    Interruption,
    Ping,
    Pong,
    UserActivity,
    UserAudioChunk,
    UserMessage,
    UserTranscript,
)
from elevenlabs_client import APIConnectionError, AsyncElevenLabs, ElevenLabs, RealtimeError
from elevenlabs_client.testing import FakeElevenLabs, SocketFault

AGENT = "agent"
GREETING = "Hello! How can I help you today?"
Answer = Callable[[Any], Iterable[Any]]
Until = Callable[[list[Any]], bool]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def is_a(message: Any, kind: type) -> bool:
    """isinstance, without narrowing: the events' optional fields are read as the test expects them."""
    return isinstance(message, kind)


def of(kind: type, received: list[Any]) -> list[Any]:
    return [message for message in received if isinstance(message, kind)]


def no_answer(message: Any) -> list[Any]:
    return []


def said(text: str) -> Until:
    """Read until the audio of the agent's line `text`."""

    def done(received: list[Any]) -> bool:
        spoken = lines(received)
        return bool(spoken) and spoken[-1] == text and is_a(received[-1], AudioResponse)

    return done


def talk(
    server: FakeElevenLabs,
    mode: str,
    sends: list[Any],
    answer: Answer = no_answer,
    until: Until | None = None,
    **opening: Any,
) -> list[Any]:
    """Open a conversation, send `sends`, answer each server message with what answer() returns, and read
    until until(what was received) holds (or the server closes); what was received."""
    received: list[Any] = []
    until = until or said(GREETING)
    if mode == "sync":
        with (
            ElevenLabs(api_key=server.api_key, base_url=server.base_url, timeout=10) as client,
            cast(Any, client.conversational_ai.realtime_session(agent_id=AGENT, **opening)) as session,
        ):
            assert type(session).__name__ == "GenericSession"
            for message in sends:
                session.send(message)
            for message in session:
                received.append(message)
                for reply in answer(message):
                    session.send(reply)
                if until(received):
                    break
        return received

    async def run() -> list[Any]:
        async with (
            AsyncElevenLabs(api_key=server.api_key, base_url=server.base_url, timeout=10) as client,
            cast(Any, await client.conversational_ai.realtime_session(agent_id=AGENT, **opening)) as session,
        ):
            assert type(session).__name__ == "AsyncGenericSession"
            for message in sends:
                await session.send(message)
            async for message in session:
                received.append(message)
                for reply in answer(message):
                    await session.send(reply)
                if until(received):
                    break
        return received

    return asyncio.run(run())


def lines(received: list[Any]) -> list[str]:
    return [message.agent_response_event.agent_response for message in of(AgentResponse, received)]


def test_a_text_chat_gets_metadata_then_the_greeting_and_a_spoken_reply(
    fresh_server: FakeElevenLabs, mode: str
) -> None:
    received = talk(fresh_server, mode, [UserMessage(text="Hi there")], until=said("You said: Hi there"))
    record = fresh_server.sockets[-1]
    assert is_a(received[0], ConversationInitiationMetadata)
    metadata = received[0].conversation_initiation_metadata_event
    assert record.agent is not None and metadata.conversation_id == record.agent.conversation_id
    assert metadata.agent_output_audio_format == "pcm_16000"
    assert lines(received) == [GREETING, "You said: Hi there"]
    audio = received[-1].audio_event
    assert base64.b64decode(audio.audio_base_64) == fresh_server.realtime_audio(
        AGENT, "You said: Hi there", "pcm_16000"
    )
    assert "".join(audio.alignment.chars) == "You said: Hi there"
    assert record.messages[0]["type"] == "conversation_initiation_client_data"
    assert record.messages[1:] == [{"type": "user_message", "text": "Hi there"}]
    assert record.query == {"agent_id": AGENT}


def test_the_first_message_override_replaces_the_greeting(fresh_server: FakeElevenLabs, mode: str) -> None:
    override = ConversationInitiationClientDataConversationConfigOverride(
        agent=ConversationInitiationClientDataConversationConfigOverrideAgent(first_message="Bonjour !")
    )
    received = talk(fresh_server, mode, [], until=said("Bonjour !"), conversation_config_override=override)
    assert lines(received) == ["Bonjour !"]


def test_the_same_connection_gets_the_same_conversation_id(mode: str) -> None:
    ids = []
    for _ in range(2):
        with FakeElevenLabs() as server:
            talk(server, mode, [])
            assert server.sockets[-1].agent is not None
            ids.append(server.sockets[-1].agent.conversation_id)
    assert ids[0] == ids[1] and str(ids[0]).startswith("conv_")


def pong(message: Any) -> list[Any]:
    return [Pong(event_id=message.ping_event.event_id)] if is_a(message, Ping) else []


def test_a_ping_answered_with_its_pong_lets_the_agent_go_on(fresh_server: FakeElevenLabs, mode: str) -> None:
    received = talk(fresh_server, mode, [UserMessage(text="Are you still there?")], pong, said("Yes, I am still here."))
    (ping,) = of(Ping, received)
    assert ping.ping_event.ping_ms == 42
    record = fresh_server.sockets[-1]
    assert record.agent is not None and record.agent.pongs == [ping.ping_event.event_id]
    assert {"type": "pong", "event_id": ping.ping_event.event_id} in record.messages


def test_an_unanswered_ping_keeps_the_agent_waiting(fresh_server: FakeElevenLabs, mode: str) -> None:
    received = talk(
        fresh_server, mode, [UserMessage(text="Are you still there?")], until=lambda got: is_a(got[-1], Ping)
    )
    assert lines(received) == [GREETING]
    assert fresh_server.sockets[-1].sent[-1]["type"] == "ping"  # nothing after it: the agent waits for the pong


def weather(is_error: bool) -> Answer:
    def answer(message: Any) -> list[Any]:
        if not is_a(message, ClientToolCall):
            return []
        call = message.client_tool_call
        assert (call.tool_name, call.parameters.to_dict()) == ("get_weather", {"city": "Paris"})
        return [ClientToolResult(tool_call_id=call.tool_call_id, result="Sunny, 21 degrees", is_error=is_error)]

    return answer


@pytest.mark.parametrize("is_error", [False, True])
def test_a_client_tool_call_answered_reaches_the_agent(fresh_server: FakeElevenLabs, mode: str, is_error: bool) -> None:
    line = f"The weather tool {'failed' if is_error else 'says'}: Sunny, 21 degrees"
    received = talk(
        fresh_server, mode, [UserMessage(text="What is the weather like in Paris?")], weather(is_error), said(line)
    )
    assert lines(received) == [GREETING, line]
    record = fresh_server.sockets[-1]
    assert record.agent is not None
    assert record.agent.tool_results == [
        {"tool_call_id": "call_weather_1", "result": "Sunny, 21 degrees", "is_error": is_error}
    ]


def test_user_audio_then_silence_is_a_turn_with_its_transcript(fresh_server: FakeElevenLabs, mode: str) -> None:
    speech, silence = base64.b64encode(b"\x01\x02" * 1600).decode(), base64.b64encode(bytes(3200)).decode()
    sends = [UserAudioChunk(user_audio_chunk=silence), UserAudioChunk(user_audio_chunk=speech)]
    sends.append(UserAudioChunk(user_audio_chunk=silence))
    line = "The weather tool says: Sunny, 21 degrees"
    received = talk(fresh_server, mode, sends, weather(False), said(line))
    (transcript,) = of(UserTranscript, received)
    assert transcript.user_transcription_event.user_transcript == "What is the weather like in Paris?"
    assert lines(received) == [GREETING, line]


def test_an_interruption_comes_with_the_correction_of_what_was_cut(fresh_server: FakeElevenLabs, mode: str) -> None:
    received = talk(
        fresh_server,
        mode,
        [UserMessage(text="Tell me a long story.")],
        until=lambda got: is_a(got[-1], AgentResponseCorrection),
    )
    audio = of(AudioResponse, received)[-1]
    interruption, correction = received[-2:]
    assert is_a(interruption, Interruption)
    assert interruption.interruption_event.event_id == audio.audio_event.event_id
    event = correction.agent_response_correction_event
    assert event.original_agent_response == lines(received)[-1]
    assert event.corrected_agent_response == "Once upon a time,"


def test_every_message_the_agent_sends_fits_the_channel_schemas(fresh_server: FakeElevenLabs) -> None:
    from elevenlabs_client._spec_routes import load_spec
    from openapi_schema_validator import OAS31Validator

    spec = load_spec()
    channel = spec["x-realtime"]["channels"]["conversation"]
    kinds = [{"$ref": "#/components/schemas/" + message["schema"]} for message in channel["receives"]]
    validator = OAS31Validator({"oneOf": kinds, "components": spec["components"]})
    turns = ["Are you still there?", "What is the weather like in Paris?", "Tell me a long story.", "Hi"]
    received = talk(
        fresh_server,
        "sync",
        [UserMessage(text=turn) for turn in turns],
        lambda m: [*pong(m), *weather(False)(m)],
        said("You said: Hi"),
    )
    sent = fresh_server.sockets[-1].sent
    assert len(sent) == len(received) and {message["type"] for message in sent} == {
        "conversation_initiation_metadata",
        "agent_response",
        "audio",
        "ping",
        "client_tool_call",
        "interruption",
        "agent_response_correction",
    }
    for message in sent:
        assert list(validator.iter_errors(message)) == [], message["type"]


def test_contextual_updates_and_user_activity_are_taken_and_recorded(fresh_server: FakeElevenLabs, mode: str) -> None:
    sends = [ContextualUpdate(text="The user opened the pricing page."), UserActivity(), UserMessage(text="Hi")]
    received = talk(fresh_server, mode, sends, until=said("You said: Hi"))
    assert lines(received) == [GREETING, "You said: Hi"]
    assert fresh_server.sockets[-1].messages[1:] == [
        {"type": "contextual_update", "text": "The user opened the pricing page."},
        {"type": "user_activity"},
        {"type": "user_message", "text": "Hi"},
    ]


def test_a_conversation_must_open_with_its_client_data(fresh_server: FakeElevenLabs) -> None:
    from websockets.exceptions import ConnectionClosedError
    from websockets.sync.client import connect

    url = fresh_server.base_url.replace("http", "ws", 1) + "/v1/convai/conversation?agent_id=agent"
    with connect(url, additional_headers={"xi-api-key": fresh_server.api_key}) as socket:
        socket.send(json.dumps({"type": "user_message", "text": "Hi"}))
        error = json.loads(socket.recv(timeout=10))
        with pytest.raises(ConnectionClosedError) as closed:
            socket.recv(timeout=10)
    assert error["error"] == "invalid_input_message" and "/type" in error["message"]
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008
    assert fresh_server.sockets[-1].sent == [error]  # no metadata, no greeting


def test_a_message_that_fits_no_schema_is_refused_with_an_error_and_a_close(
    fresh_server: FakeElevenLabs, mode: str
) -> None:
    with pytest.raises(RealtimeError, match=r"invalid_input_message: .*\(/text: 5 is not of type") as caught:
        talk(fresh_server, mode, [{"type": "user_message", "text": 5}], until=lambda got: False)
    assert caught.value.code == 1008
    record = fresh_server.sockets[-1]
    assert record.close_code == 1008 and record.messages[-1] == {"type": "user_message", "text": 5}
    assert record.sent[-1]["error"] == "invalid_input_message"  # and nothing after it


def test_user_audio_that_is_not_base64_is_refused(fresh_server: FakeElevenLabs, mode: str) -> None:
    with pytest.raises(RealtimeError, match="user_audio_chunk: it is not base64") as caught:
        talk(fresh_server, mode, [UserAudioChunk(user_audio_chunk="not base64!")], until=lambda got: False)
    assert caught.value.code == 1008 and fresh_server.sockets[-1].close_code == 1008


def test_a_drop_after_the_greeting_raises_a_connection_error(fresh_server: FakeElevenLabs, mode: str) -> None:
    fresh_server.add_fault(SocketFault(path="/v1/convai/conversation", after=1, drop=True))
    with pytest.raises(APIConnectionError, match="dropped"):
        talk(fresh_server, mode, [UserMessage(text="Hi there")], until=lambda got: False)
    assert fresh_server.sockets[-1].fault is not None


def test_a_server_error_raises_it_typed(fresh_server: FakeElevenLabs, mode: str) -> None:
    fresh_server.add_fault(SocketFault(path="/v1/convai/conversation", error="internal_error", close_code=1011))
    with pytest.raises(RealtimeError, match="internal_error") as caught:
        talk(fresh_server, mode, [], until=lambda got: False)
    assert caught.value.code == 1011
