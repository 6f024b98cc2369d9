"""Conversation and AsyncConversation (the official SDK's shape) against the test server's scripted agent,
over real sockets. Each scenario is one coroutine run twice: through the sync Conversation (its calls
block the test's loop, the conversation's thread does the receiving) and through AsyncConversation."""

from __future__ import annotations

import asyncio
import base64
import signal
import threading
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest
from elevenlabs_client import APIConnectionError, AsyncElevenLabs, AuthenticationError, ElevenLabs, RealtimeError
from elevenlabs_client.conversational_ai.conversation import (
    AgentChatResponsePartType,
    AsyncAudioInterface,
    AsyncConversation,
    AudioEventAlignment,
    AudioInterface,
    ClientTools,
    Conversation,
    ConversationInitiationData,
)
from elevenlabs_client.testing import FakeElevenLabs, Fault, SocketFault

AGENT = "agent"
GREETING = "Hello! How can I help you today?"
WEATHER = "What is the weather like in Paris?"
WAIT = 10.0  # the longest a step may take before the test fails (never reached when it passes)
CALLBACKS = (
    "agent_response",
    "agent_response_correction",
    "agent_chat_response_part",
    "user_transcript",
    "latency_measurement",
    "audio_alignment",
    "end_session",
)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(autouse=True)
def no_threads_left() -> Iterator[None]:
    """Every test: the conversation's threads (receiving, tools, websockets' reader) are gone after it."""
    before = set(threading.enumerate())
    yield
    left = [t for t in set(threading.enumerate()) - before if "_serve_connection" not in t.name and t.is_alive()]
    assert left == []


class FakeAudio(AudioInterface):
    """Records what the conversation plays and interrupts; `speak` is the microphone."""

    def __init__(self) -> None:
        self.played: list[bytes] = []
        self.calls: list[str] = []
        self.microphone: Callable[[bytes], None] | None = None

    def start(self, input_callback: Callable[[bytes], None]) -> None:
        self.calls.append("start")
        self.microphone = input_callback

    def stop(self) -> None:
        self.calls.append("stop")

    def output(self, audio: bytes) -> None:
        self.played.append(audio)

    def interrupt(self) -> None:
        self.calls.append("interrupt")

    async def speak(self, audio: bytes) -> None:
        assert self.microphone is not None
        self.microphone(audio)


class AsyncFakeAudio(AsyncAudioInterface):
    def __init__(self) -> None:
        self.played: list[bytes] = []
        self.calls: list[str] = []
        self.microphone: Callable[[bytes], Awaitable[None]] | None = None

    async def start(self, input_callback: Callable[[bytes], Awaitable[None]]) -> None:
        self.calls.append("start")
        self.microphone = input_callback

    async def stop(self) -> None:
        self.calls.append("stop")

    async def output(self, audio: bytes) -> None:
        self.played.append(audio)

    async def interrupt(self) -> None:
        self.calls.append("interrupt")

    async def speak(self, audio: bytes) -> None:
        assert self.microphone is not None
        await self.microphone(audio)


class Talk:
    """One conversation, either class, with every callback recorded in `events` as (name, *arguments)."""

    def __init__(self, server: FakeElevenLabs, mode: str, *, audio: bool = False, **options: Any) -> None:
        self.mode = mode
        self.events: list[tuple[Any, ...]] = []
        self.audio: Any = (FakeAudio() if mode == "sync" else AsyncFakeAudio()) if audio else None
        client_class = ElevenLabs if mode in ("sync", "async-with-sync-client") else AsyncElevenLabs
        self.client: Any = client_class(api_key=server.api_key, base_url=server.base_url, timeout=WAIT)
        callbacks = {f"callback_{name}": self._callback(name) for name in CALLBACKS}
        conversation_class: Any = Conversation if mode == "sync" else AsyncConversation
        options.setdefault("requires_auth", False)
        self.conversation = conversation_class(
            self.client, AGENT, audio_interface=self.audio, **{**callbacks, **options}
        )

    def _callback(self, name: str) -> Callable[..., Any]:
        def record(*arguments: Any) -> None:
            self.events.append((name, *arguments))

        async def record_async(*arguments: Any) -> None:
            record(*arguments)

        return record if self.mode == "sync" else record_async

    def of(self, name: str) -> list[Any]:
        return [event[1] if len(event) == 2 else event[1:] for event in self.events if event[0] == name]

    def said(self) -> list[str]:
        return list(self.of("agent_response"))

    async def call(self, method: str, *arguments: Any) -> Any:
        answer = getattr(self.conversation, method)(*arguments)
        return answer if self.mode == "sync" else await answer

    async def until(self, done: Callable[[Talk], bool]) -> None:
        """Wait until done(self) holds (what the callbacks recorded, or what the server did), looking
        again every few milliseconds: the async conversation's task runs meanwhile, the sync one's thread
        regardless."""
        async with asyncio.timeout(WAIT):
            while not done(self):
                await asyncio.sleep(0.005)

    async def until_said(self, line: str) -> None:
        await self.until(lambda talk: line in talk.said())

    async def close(self) -> None:
        closing = self.client.close()
        if asyncio.iscoroutine(closing):
            await closing


def run(server: FakeElevenLabs, mode: str, scenario: Callable[[Talk], Awaitable[None]], **options: Any) -> Talk:
    """Run `scenario` on a new conversation, then check that nothing of it is left running."""
    return run_talk(Talk(server, mode, **options), scenario)


def run_talk(talk: Talk, scenario: Callable[[Talk], Awaitable[None]]) -> Talk:
    async def main() -> None:
        try:
            await scenario(talk)
        finally:
            await talk.close()
        assert asyncio.all_tasks() == {asyncio.current_task()}

    asyncio.run(main())
    return talk


async def start_and_hear_the_greeting(talk: Talk) -> None:
    await talk.call("start_session")
    await talk.until_said(GREETING)


async def end(talk: Talk) -> str | None:
    await talk.call("end_session")
    conversation_id: str | None = await talk.call("wait_for_session_end")
    return conversation_id


def test_a_text_chat_hears_the_greeting_and_the_reply_and_ends_with_the_conversation_id(
    fresh_server: FakeElevenLabs, mode: str
) -> None:
    ended: list[str | None] = []

    async def scenario(talk: Talk) -> None:
        await start_and_hear_the_greeting(talk)
        await talk.call("send_user_message", "Hi there")
        await talk.until_said("You said: Hi there")
        ended.append(await end(talk))

    talk = run(fresh_server, mode, scenario)
    record = fresh_server.sockets[-1]
    assert record.agent is not None and ended == [record.agent.conversation_id]
    assert talk.said() == [GREETING, "You said: Hi there"]
    assert talk.events[-1] == ("end_session",) and talk.of("end_session") == [()]  # once
    assert record.messages[0]["type"] == "conversation_initiation_client_data"
    assert record.messages[0]["source_info"]["source"] == "elevenlabs_client"
    assert record.messages[1:] == [{"type": "user_message", "text": "Hi there"}]
    assert record.query == {"agent_id": AGENT} and record.headers["xi-api-key"] == fresh_server.api_key
    assert record.close_code == 1000  # end_session closed it cleanly


def test_the_initiation_data_reaches_the_first_message(fresh_server: FakeElevenLabs, mode: str) -> None:
    config = ConversationInitiationData(
        extra_body={"temperature": 0.2, "vendor_flag": True},
        conversation_config_override={"agent": {"first_message": "Bonjour !"}},
        dynamic_variables={"name": "Ada", "visits": 3},
    )

    async def scenario(talk: Talk) -> None:
        await talk.call("start_session")
        await talk.until_said("Bonjour !")
        await end(talk)

    talk = run(fresh_server, mode, scenario, config=config, user_id="user-1", environment="staging")
    first = fresh_server.sockets[-1].messages[0]
    assert talk.said() == ["Bonjour !"]
    assert first["custom_llm_extra_body"] == {"temperature": 0.2, "vendor_flag": True}
    assert first["conversation_config_override"] == {"agent": {"first_message": "Bonjour !"}}
    assert first["dynamic_variables"] == {"name": "Ada", "visits": 3}
    assert first["user_id"] == "user-1"
    assert fresh_server.sockets[-1].query == {"agent_id": AGENT, "environment": "staging"}


def test_a_ping_is_answered_with_its_event_id_and_its_latency_reported(fresh_server: FakeElevenLabs, mode: str) -> None:
    async def scenario(talk: Talk) -> None:
        await start_and_hear_the_greeting(talk)
        await talk.call("send_user_message", "Are you still there?")
        await talk.until_said("Yes, I am still here.")  # said only after the pong
        await end(talk)

    talk = run(fresh_server, mode, scenario)
    (ping,) = [message for message in fresh_server.sockets[-1].sent if message["type"] == "ping"]
    record = fresh_server.sockets[-1].agent
    assert record is not None and record.pongs == [ping["ping_event"]["event_id"]]
    assert talk.of("latency_measurement") == [42]


def weather_talk(server: FakeElevenLabs, mode: str, tools: ClientTools | None, line: str) -> Talk:
    async def scenario(talk: Talk) -> None:
        await start_and_hear_the_greeting(talk)
        await talk.call("send_user_message", WEATHER)
        await talk.until(lambda talk: any(said.startswith("The weather tool") for said in talk.said()))
        await end(talk)

    talk = run(server, mode, scenario, client_tools=tools)
    assert talk.said()[-1] == line
    return talk


def test_a_client_tool_call_is_answered_with_the_tools_result(fresh_server: FakeElevenLabs, mode: str) -> None:
    tools = ClientTools()
    calls: list[dict[str, Any]] = []

    def weather(parameters: dict[str, Any]) -> str:
        calls.append(parameters)
        return f"Sunny in {parameters['city']}"

    tools.register("get_weather", weather)
    weather_talk(fresh_server, mode, tools, "The weather tool says: Sunny in Paris")
    assert calls == [{"tool_call_id": "call_weather_1", "city": "Paris"}]
    record = fresh_server.sockets[-1].agent
    assert record is not None
    assert record.tool_results == [{"tool_call_id": "call_weather_1", "result": "Sunny in Paris", "is_error": False}]


def test_an_async_tool_and_a_result_that_is_not_text(fresh_server: FakeElevenLabs, mode: str) -> None:
    async def weather(parameters: dict[str, Any]) -> dict[str, Any]:
        await asyncio.sleep(0)
        return {"city": parameters["city"], "sky": "clear"}

    tools = ClientTools()
    tools.register("get_weather", weather, is_async=True)
    weather_talk(fresh_server, mode, tools, 'The weather tool says: {"city": "Paris", "sky": "clear"}')


def test_a_tool_that_raises_answers_is_error_with_its_message(fresh_server: FakeElevenLabs, mode: str) -> None:
    def weather(parameters: dict[str, Any]) -> str:
        raise LookupError("no forecast for Paris")

    tools = ClientTools()
    tools.register("get_weather", weather)
    weather_talk(fresh_server, mode, tools, "The weather tool failed: no forecast for Paris")
    record = fresh_server.sockets[-1].agent
    assert record is not None
    assert record.tool_results == [
        {"tool_call_id": "call_weather_1", "result": "no forecast for Paris", "is_error": True}
    ]


def test_an_unknown_tool_answers_is_error_rather_than_leaving_the_agent_waiting(
    fresh_server: FakeElevenLabs, mode: str
) -> None:
    weather_talk(fresh_server, mode, None, "The weather tool failed: no client tool named 'get_weather' is registered")
    record = fresh_server.sockets[-1].agent
    assert record is not None and [result["is_error"] for result in record.tool_results] == [True]


def test_a_running_tool_blocks_neither_receiving_nor_the_microphone(fresh_server: FakeElevenLabs, mode: str) -> None:
    """The tool returns only once the user's transcript has arrived, which needs the microphone's audio
    sent and the server's next message received while the tool runs."""
    heard = threading.Event()
    tools = ClientTools()
    tools.register("get_weather", lambda parameters: "Rainy" if heard.wait(WAIT) else "never heard")
    speech, silence = b"\x01\x02" * 1600, bytes(3200)

    async def scenario(talk: Talk) -> None:
        await start_and_hear_the_greeting(talk)
        await talk.call("send_user_message", WEATHER)
        await talk.until(lambda talk: any(m.get("type") == "client_tool_call" for m in fresh_server.sockets[-1].sent))
        await talk.audio.speak(speech)
        await talk.audio.speak(silence)  # the end of the user's turn: the server sends its transcript
        await talk.until(lambda talk: bool(talk.of("user_transcript")))
        heard.set()
        await talk.until(lambda talk: talk.said().count("The weather tool says: Rainy") == 2)  # two turns asked
        await end(talk)

    talk = run(fresh_server, mode, scenario, client_tools=tools, audio=True)
    assert talk.of("user_transcript") == [WEATHER]
    chunks = [m["user_audio_chunk"] for m in fresh_server.sockets[-1].messages if "user_audio_chunk" in m]
    assert chunks == [base64.b64encode(speech).decode(), base64.b64encode(silence).decode()]


def test_the_agents_audio_is_played_with_its_alignment(fresh_server: FakeElevenLabs, mode: str) -> None:
    async def scenario(talk: Talk) -> None:
        await talk.call("start_session")
        await talk.until(lambda talk: bool(talk.of("audio_alignment")))
        await end(talk)

    talk = run(fresh_server, mode, scenario, audio=True)
    assert talk.audio.played == [fresh_server.realtime_audio(AGENT, GREETING, "pcm_16000")]
    (alignment,) = talk.of("audio_alignment")
    assert isinstance(alignment, AudioEventAlignment) and "".join(alignment.chars) == GREETING
    assert alignment.char_start_times_ms[:2] == [0, 50] and len(alignment.char_durations_ms) == len(GREETING)
    assert talk.audio.calls == ["start", "stop"]


def test_an_interruption_interrupts_the_audio_and_the_correction_reaches_its_callback(
    fresh_server: FakeElevenLabs, mode: str
) -> None:
    story = "Once upon a time, in a land far away, there lived a very patient robot."

    async def scenario(talk: Talk) -> None:
        await start_and_hear_the_greeting(talk)
        await talk.call("send_user_message", "Tell me a long story.")
        await talk.until(lambda talk: bool(talk.of("agent_response_correction")))
        await end(talk)

    talk = run(fresh_server, mode, scenario, audio=True)
    assert talk.audio.calls == ["start", "interrupt", "stop"]
    assert talk.of("agent_response_correction") == [(story, "Once upon a time,")]


def test_requires_auth_opens_through_a_signed_url_without_the_key(fresh_server: FakeElevenLabs, mode: str) -> None:
    async def scenario(talk: Talk) -> None:
        await start_and_hear_the_greeting(talk)
        await end(talk)

    run(fresh_server, mode, scenario, requires_auth=True)
    (request,) = [r for r in fresh_server.requests if r.path == "/v1/convai/conversation/get-signed-url"]
    assert request.query == {"agent_id": AGENT} and request.headers["xi-api-key"] == fresh_server.api_key
    socket = fresh_server.sockets[-1]
    assert socket.status == 101 and "xi-api-key" not in socket.headers
    assert socket.query["conversation_signature"].startswith("sig_")
    assert fresh_server.api_key not in socket.target


@pytest.mark.parametrize(
    "url",
    [
        "wss:///v1/convai/conversation?conversation_signature=SECRET",  # no host
        "wss://user@/v1/convai/conversation?conversation_signature=SECRET",
        "wss://127.0.0.1:99999/v1/convai/conversation?conversation_signature=SECRET",  # no such port
        "ftp://127.0.0.1/v1/convai/conversation?conversation_signature=SECRET",
    ],
)
def test_a_malformed_signed_url_is_refused_typed_without_its_token(url: str) -> None:
    from elevenlabs_api.realtime import conversation
    from elevenlabs_client import ElevenLabsError
    from elevenlabs_client._realtime._open import open_signed_session

    client = ElevenLabs(api_key="k", base_url="http://127.0.0.1:9")
    with pytest.raises(ElevenLabsError, match="signed URL") as refused:
        open_signed_session(url, client._requester.settings, conversation.CHANNEL, None)
    assert "SECRET" not in str(refused.value) and "SECRET" not in repr(refused.value.__cause__)
    client.close()


def test_a_websockets_error_that_quotes_the_url_is_reported_without_its_query() -> None:
    from elevenlabs_client._realtime._core import unreachable
    from websockets.exceptions import InvalidURI

    url = "wss://127.0.0.1/v1/convai/conversation?conversation_signature=SECRET"
    error = unreachable(url, InvalidURI(url, "hostname isn't provided"))
    assert "SECRET" not in str(error) and "wss://127.0.0.1/v1/convai/conversation" in str(error)


@pytest.mark.parametrize("requires_auth", [False, True])
def test_async_conversation_takes_a_sync_client_as_the_official_sdk_does(
    fresh_server: FakeElevenLabs, requires_auth: bool
) -> None:
    async def scenario(talk: Talk) -> None:
        await start_and_hear_the_greeting(talk)
        await end(talk)

    run(fresh_server, "async-with-sync-client", scenario, requires_auth=requires_auth)
    assert ("xi-api-key" in fresh_server.sockets[-1].headers) is not requires_auth


def test_a_signed_url_with_a_bad_token_is_refused_typed(fresh_server: FakeElevenLabs, mode: str) -> None:
    forged = (
        fresh_server.base_url.replace("http", "ws", 1)
        + "/v1/convai/conversation?agent_id=agent&conversation_signature=sig_forged"
    )
    fresh_server.add_fault(
        Fault(path="/v1/convai/conversation/get-signed-url", status=200, json_body={"signed_url": forged})
    )

    async def scenario(talk: Talk) -> None:
        with pytest.raises(AuthenticationError) as refused:
            await talk.call("start_session")
        assert fresh_server.api_key not in str(refused.value) and "sig_forged" not in str(refused.value)
        with pytest.raises(RuntimeError, match="not been started"):
            await talk.call("wait_for_session_end")

    run(fresh_server, mode, scenario, requires_auth=True)
    assert fresh_server.sockets[-1].status == 401


def test_a_server_error_ends_the_session_and_wait_raises_it(fresh_server: FakeElevenLabs, mode: str) -> None:
    fresh_server.add_fault(
        SocketFault(path="/v1/convai/conversation", after=1, error="internal_error", close_code=1011)
    )

    async def scenario(talk: Talk) -> None:
        await start_and_hear_the_greeting(talk)
        await talk.call("send_user_message", "Hi")  # its answer is due after the greeting's audio: the fault
        with pytest.raises(RealtimeError, match="internal_error") as caught:
            await talk.call("wait_for_session_end")
        assert caught.value.code == 1011
        with pytest.raises(RuntimeError, match="not running"):
            await talk.call("send_user_message", "Anyone there?")

    talk = run(fresh_server, mode, scenario, audio=True)
    assert talk.of("end_session") == [()] and talk.audio.calls == ["start", "stop"]


def test_a_dropped_connection_ends_the_session_with_a_connection_error(fresh_server: FakeElevenLabs, mode: str) -> None:
    fresh_server.add_fault(SocketFault(path="/v1/convai/conversation", after=1, drop=True))

    async def scenario(talk: Talk) -> None:
        await start_and_hear_the_greeting(talk)
        await talk.call("send_user_message", "Hi")
        with pytest.raises(APIConnectionError, match="dropped"):
            await talk.call("wait_for_session_end")

    talk = run(fresh_server, mode, scenario)
    assert talk.said() == [GREETING] and talk.of("end_session") == [()]


def test_a_callback_that_raises_ends_the_session_with_its_error(fresh_server: FakeElevenLabs, mode: str) -> None:
    def broken(text: str) -> None:
        raise ValueError(f"cannot show {text!r}")

    async def broken_async(text: str) -> None:
        broken(text)

    async def scenario(talk: Talk) -> None:
        await talk.call("start_session")
        with pytest.raises(ValueError, match="cannot show 'Hello!"):
            await talk.call("wait_for_session_end")

    run(fresh_server, mode, scenario, callback_agent_response=broken if mode == "sync" else broken_async)


@pytest.mark.timeout(120)  # a lost interrupt would leave the wait waiting: fail in minutes, not at the suite's limit
def test_ctrl_c_while_waiting_ends_the_session(fresh_server: FakeElevenLabs) -> None:
    """KeyboardInterrupt in the caller's thread, as Ctrl-C arrives: SIGINT to the main thread from another once the
    greeting came. Python's own handler for it (here one that also notes it arrived, whatever an earlier test left
    installed), and the signal again only if it has not arrived within 2 s: a whole run once hung in the wait."""
    greeted, interrupted = threading.Event(), threading.Event()

    def on_sigint(signum: int, frame: object) -> None:
        interrupted.set()
        raise KeyboardInterrupt

    def press_ctrl_c() -> None:
        greeted.wait()
        if not interrupted.is_set():
            signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)
        while not interrupted.wait(2.0):
            signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)

    previous = signal.signal(signal.SIGINT, on_sigint)
    presser = threading.Thread(target=press_ctrl_c, daemon=True)
    presser.start()
    conversation = Conversation(
        ElevenLabs(api_key=fresh_server.api_key, base_url=fresh_server.base_url, timeout=WAIT),
        AGENT,
        requires_auth=False,
        callback_agent_response=lambda text: greeted.set(),
    )
    try:
        with pytest.raises(KeyboardInterrupt):
            conversation.start_session()  # the greeting, and the interrupt, may come before it returns
            conversation.wait_for_session_end()
            threading.Event().wait(WAIT)  # the interrupt may land just after the wait
    finally:
        interrupted.set()  # in any case: the presser stops
        greeted.set()
        presser.join()
        signal.signal(signal.SIGINT, previous)
    assert fresh_server.sockets[-1].close_code == 1000  # closed by end_session, not left open
    conversation.client.close()


def test_cancelling_the_waiting_task_ends_the_session(fresh_server: FakeElevenLabs) -> None:
    async def main() -> None:
        async with AsyncElevenLabs(
            api_key=fresh_server.api_key, base_url=fresh_server.base_url, timeout=WAIT
        ) as client:
            greeted = asyncio.Event()

            async def on_response(text: str) -> None:
                greeted.set()

            conversation = AsyncConversation(client, AGENT, requires_auth=False, callback_agent_response=on_response)
            await conversation.start_session()
            waiting = asyncio.create_task(conversation.wait_for_session_end())
            await asyncio.wait_for(greeted.wait(), WAIT)
            waiting.cancel()
            with pytest.raises(asyncio.CancelledError):
                await waiting
        assert asyncio.all_tasks() == {asyncio.current_task()}

    asyncio.run(main())
    assert fresh_server.sockets[-1].close_code == 1000


def test_the_clients_read_timeout_does_not_end_a_quiet_conversation(mode: str) -> None:
    """A user may take minutes to answer: the session waits while the connection lives. Each of the
    server's messages here comes 50 ms after what triggers it, far past the client's 1 ms read timeout."""

    async def scenario(talk: Talk) -> None:
        await start_and_hear_the_greeting(talk)
        await talk.call("send_user_message", "Hi")
        await talk.until_said("You said: Hi")
        await end(talk)

    with FakeElevenLabs(realtime_delay=0.05) as server:
        talk = Talk(server, mode)
        talk.client = (ElevenLabs if mode == "sync" else AsyncElevenLabs)(
            api_key=server.api_key, base_url=server.base_url, timeout=httpx.Timeout(WAIT, read=0.001)
        )
        talk.conversation.client = talk.client
        run_talk(talk, scenario)
    assert talk.said() == [GREETING, "You said: Hi"]


def test_a_connection_websockets_gives_up_on_is_a_connection_error_not_a_normal_end() -> None:
    """A keepalive ping left unanswered (a dead peer): websockets closes with 1011 and hears no close."""
    from elevenlabs_client._realtime._core import connection_closed
    from websockets.exceptions import ConnectionClosedError
    from websockets.frames import Close

    failed = connection_closed(ConnectionClosedError(None, Close(1011, "keepalive ping timeout")))
    assert isinstance(failed, APIConnectionError) and "keepalive ping timeout" in str(failed)
    assert connection_closed(ConnectionClosedError(None, Close(1000, ""))) is None  # we closed it


def test_contextual_updates_activity_and_multimodal_messages_are_sent(fresh_server: FakeElevenLabs, mode: str) -> None:
    async def scenario(talk: Talk) -> None:
        await start_and_hear_the_greeting(talk)
        await talk.call("send_contextual_update", "The user opened the pricing page.")
        await talk.call("register_user_activity")
        await talk.call("send_multimodal_message", "Look at this", "file_1")
        with pytest.raises(ValueError, match="needs text, a file_id"):
            await talk.call("send_multimodal_message")
        await talk.call("send_user_message", "Hi")
        await talk.until_said("You said: Hi")
        await end(talk)

    run(fresh_server, mode, scenario)
    assert fresh_server.sockets[-1].messages[1:] == [
        {"type": "contextual_update", "text": "The user opened the pricing page."},
        {"type": "user_activity"},
        {
            "type": "multimodal_message",
            "text": {"type": "user_message", "text": "Look at this"},
            "file": {"type": "file_input", "file_id": "file_1"},
        },
        {"type": "user_message", "text": "Hi"},
    ]


def test_what_is_not_supported_or_not_started_says_so(server: FakeElevenLabs) -> None:
    client = ElevenLabs(api_key=server.api_key, base_url=server.base_url)
    with pytest.raises(Exception, match="on_prem_config .* is not supported"):
        Conversation(client, AGENT, requires_auth=False, on_prem_config=object())
    with pytest.raises(TypeError, match="AsyncAudioInterface goes with AsyncConversation"):
        Conversation(client, AGENT, requires_auth=False, audio_interface=AsyncFakeAudio())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes an ElevenLabs client"):
        Conversation(AsyncElevenLabs(api_key="k"), AGENT, requires_auth=False)  # type: ignore[arg-type]
    conversation = Conversation(client, AGENT, requires_auth=False)
    with pytest.raises(RuntimeError, match="not running"):
        conversation.send_user_message("Hi")
    conversation.end_session()  # before start: nothing to end
    tools = ClientTools()
    tools.register("get_weather", lambda parameters: None)
    with pytest.raises(ValueError, match="registered already"):
        tools.register("get_weather", lambda parameters: None)
    client.close()


def test_chat_response_parts_reach_their_callback_as_the_official_enum() -> None:
    from elevenlabs_api.models import AgentChatResponsePart

    conversation = Conversation(ElevenLabs(api_key="k", base_url="http://127.0.0.1:9"), AGENT, requires_auth=False)
    message = AgentChatResponsePart.from_dict(
        {"type": "agent_chat_response_part", "text_response_part": {"text": "Hel", "type": "delta"}}
    )
    assert list(conversation._reactions(message)) == [
        ("callback_agent_chat_response_part", ("Hel", AgentChatResponsePartType.DELTA))
    ]
    conversation.client.close()


def test_a_chat_response_part_of_a_kind_not_known_yet_is_a_delta_and_does_not_end_the_session() -> None:
    from elevenlabs_api.models import AgentChatResponsePart
    from elevenlabs_api.types import PARSING, Parsing

    conversation = Conversation(ElevenLabs(api_key="k", base_url="http://127.0.0.1:9"), AGENT, requires_auth=False)
    deviations: list[tuple[str, ...]] = []
    token = PARSING.set(Parsing(False, lambda *what: deviations.append(what)))  # as sessions read messages
    try:
        message = AgentChatResponsePart.from_dict(
            {"type": "agent_chat_response_part", "text_response_part": {"text": "lo", "type": "resume"}}
        )
        reactions = list(conversation._reactions(message))
    finally:
        PARSING.reset(token)
    assert reactions == [("callback_agent_chat_response_part", ("lo", AgentChatResponsePartType.DELTA))]
    conversation.client.close()


def test_importing_the_conversation_module_does_not_load_websockets() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from elevenlabs_client.conversational_ai.conversation import Conversation, AsyncConversation\n"
        "print(sorted(name for name in sys.modules if name.startswith('websockets')))"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"


def test_ending_an_async_conversation_while_a_sync_tool_runs_does_not_block_the_event_loop(
    fresh_server: FakeElevenLabs,
) -> None:
    started, gate = threading.Event(), threading.Event()
    released: list[bool] = []

    def slow_weather(parameters: dict[str, Any]) -> str:
        started.set()
        released.append(gate.wait(5))  # set by the test's task: only if the loop still runs meanwhile
        return "Sunny, eventually"

    tools = ClientTools()
    tools.register("get_weather", slow_weather)

    async def scenario(talk: Talk) -> None:
        await start_and_hear_the_greeting(talk)
        await talk.call("send_user_message", WEATHER)
        await talk.until(lambda talk: started.is_set())
        ending = asyncio.create_task(talk.conversation.end_session())
        await asyncio.sleep(0.01)  # the end begins, and waits for the tool's thread
        gate.set()
        await ending

    run(fresh_server, "async", scenario, client_tools=tools)
    assert released == [True]


@pytest.mark.parametrize(("mode", "is_async"), [("sync", False), ("sync", True), ("async", True)])
def test_a_tool_may_end_the_conversation_itself(fresh_server: FakeElevenLabs, mode: str, is_async: bool) -> None:
    """An "end the call" tool, as agents have: a sync one on its worker thread, an async one on the
    Conversation's loop thread or the AsyncConversation's loop; end_session raises nothing there, though
    it stops the very thread it runs on."""
    talk: Talk
    ended: list[str] = []

    def hang_up(parameters: dict[str, Any]) -> str:
        talk.conversation.end_session()
        ended.append("hung up")
        return "bye"

    async def hang_up_async(parameters: dict[str, Any]) -> str:
        ending = talk.conversation.end_session()
        if mode == "async":
            await ending
        ended.append("hung up")
        return "bye"

    tools = ClientTools()
    tools.register("get_weather", hang_up_async if is_async else hang_up, is_async=is_async)

    async def scenario(talk: Talk) -> None:
        await start_and_hear_the_greeting(talk)
        await talk.call("send_user_message", WEATHER)
        record = fresh_server.sockets[-1].agent
        assert record is not None and await talk.call("wait_for_session_end") == record.conversation_id

    talk = Talk(fresh_server, mode, client_tools=tools)
    run_talk(talk, scenario)  # which checks that no task of it is left, the tool's included
    assert ended == ["hung up"]
    assert talk.of("end_session") == [()]
    assert fresh_server.sockets[-1].close_code == 1000
