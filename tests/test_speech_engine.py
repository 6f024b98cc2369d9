"""Speech Engine over real sockets: a SpeechEngineServer on loopback, and the test server's
SpeechEngineCaller playing ElevenLabs (elevenlabs_client.testing). What a user notices: the replies
that come back (chunks, final, event_id), interruptions, refused connections, handlers called or not,
and what the log says. Async only, as the server is: each test runs its scenario with asyncio.run."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any, TypeVar

import pytest
from elevenlabs_api.models import SpeechEngineConfig
from elevenlabs_client import AsyncElevenLabs, ElevenLabs
from elevenlabs_client.speech_engine import (
    ConversationMessage,
    SpeechEngineResource,
    SpeechEngineServer,
    SpeechEngineSession,
)
from elevenlabs_client.testing import FakeElevenLabs, SpeechEngineCall, SpeechEngineCaller, SpeechEngineRefused

KEY = "sk_speech_engine_key_under_test"
STREAMS = Path(__file__).parent / "data" / "speech_engine"
T = TypeVar("T")


def run(scenario: Callable[[], Awaitable[T]]) -> T:
    async def bounded() -> T:
        # A bound, not a timing: a scenario that hangs fails instead of stalling the suite.
        return await asyncio.wait_for(scenario(), 30)

    return asyncio.run(bounded())


@asynccontextmanager
async def serving(**options: Any) -> AsyncIterator[str]:
    server = SpeechEngineServer(port=0, host="127.0.0.1", **{"api_key": KEY, **options})
    await server.start()
    try:
        yield f"ws://127.0.0.1:{server.port}/"
    finally:
        await server.stop()


@asynccontextmanager
async def conversation(**handlers: Any) -> AsyncIterator[SpeechEngineCall]:
    async with serving(**handlers) as url, SpeechEngineCaller(KEY).connect(url) as call:
        await call.init()
        yield call


def echo(transcript: list[ConversationMessage], session: SpeechEngineSession) -> Awaitable[None]:
    return session.send_response(f"You said: {transcript[-1].content}")


# ---- replies ----------------------------------------------------------------------------------------


def test_a_string_reply_is_one_chunk_then_the_final_one_under_the_transcripts_event_id() -> None:
    seen: list[Any] = []

    async def on_transcript(transcript: list[ConversationMessage], session: SpeechEngineSession) -> None:
        seen.append([(turn.role, turn.content) for turn in transcript])
        await session.send_response(f"You said: {transcript[-1].content}")

    async def scenario() -> SpeechEngineCall:
        async with conversation(on_transcript=on_transcript) as call:
            assert await call.say("Hello") == "You said: Hello"
            assert await call.say("Bye") == "You said: Bye"
            return call

    call = run(scenario)
    assert [(m["content"], m["is_final"]) for m in call.replies(1)] == [("You said: Hello", False), ("", True)]
    assert [m["event_id"] for m in call.received] == [1, 1, 2, 2]
    # Each transcript carries the whole conversation, the agent's turns included.
    assert seen == [[("user", "Hello")], [("user", "Hello"), ("agent", "You said: Hello"), ("user", "Bye")]]


def test_a_streamed_reply_goes_out_chunk_by_chunk_sync_or_async_iterable() -> None:
    async def pieces() -> AsyncIterator[str]:
        for piece in ("One, ", "", "two, ", "three."):
            yield piece

    async def on_transcript(transcript: list[ConversationMessage], session: SpeechEngineSession) -> None:
        await session.send_response(pieces() if transcript[-1].content == "async" else iter(["Four, ", "five."]))

    async def scenario() -> SpeechEngineCall:
        async with conversation(on_transcript=on_transcript) as call:
            assert await call.say("async") == "One, two, three."
            assert await call.say("sync") == "Four, five."
            return call

    call = run(scenario)
    # Empty pieces are not sent: an empty content is the final chunk's alone.
    assert [m["content"] for m in call.replies(1)] == ["One, ", "two, ", "three.", ""]
    assert [m["is_final"] for m in call.replies(1)] == [False, False, False, True]
    assert [m["content"] for m in call.replies(2)] == ["Four, ", "five.", ""]


def test_a_sync_stream_waiting_for_its_next_chunk_does_not_hold_up_the_server() -> None:
    """As an LLM SDK's sync client's stream does: the conversation still answers a ping meanwhile."""
    answered = threading.Event()
    released: list[bool] = []

    def blocking_stream() -> Iterator[str]:
        yield "Thinking... "
        released.append(answered.wait(5))  # the network, as the loop would wait for it if it took the chunk
        yield "done."

    async def on_transcript(transcript: list[ConversationMessage], session: SpeechEngineSession) -> None:
        await session.send_response(blocking_stream())

    async def scenario() -> str:
        async with conversation(on_transcript=on_transcript) as call:
            await call.say("Think.", wait=False)
            assert await call.reply(chunks=1) == "Thinking... "
            await call.ping()
            answered.set()
            return await call.reply()

    assert run(scenario) == "done."
    assert released == [True]


def as_objects(value: Any) -> Any:
    """JSON as an SDK's typed objects look to duck typing: attributes, not keys."""
    if isinstance(value, dict):
        return SimpleNamespace(**{key: as_objects(item) for key, item in value.items()})
    if isinstance(value, list):
        return [as_objects(item) for item in value]
    return value


@pytest.mark.parametrize("decoded", [True, False], ids=["dicts", "objects"])
@pytest.mark.parametrize("stream", sorted(path.stem for path in STREAMS.glob("*.json")))
def test_each_llm_sdks_stream_is_spoken_as_its_text_alone(stream: str, decoded: bool) -> None:
    chunks = json.loads((STREAMS / f"{stream}.json").read_text(encoding="utf-8"))
    chunks = chunks if decoded else as_objects(chunks)

    async def llm() -> AsyncIterator[Any]:
        for chunk in chunks:
            yield chunk

    async def scenario() -> SpeechEngineCall:
        async with conversation(on_transcript=lambda _, session: session.send_response(llm())) as call:
            assert await call.say("Weather in Paris?") == "Paris is sunny today."
            return call

    call = run(scenario)
    # The thoughts, the tool call, the usage and the helper's repeated text events are not spoken; a
    # chunk's text goes out as one piece (Gemini's chunk of two parts is one).
    expected = (
        ["Paris is ", "sunny today.", ""] if stream.startswith("gemini") else ["Paris is ", "sunny ", "today.", ""]
    )
    assert [m["content"] for m in call.replies(1)] == expected


def test_an_async_context_manager_stream_is_entered_as_anthropics_helper_is() -> None:
    class MessageStreamManager:
        entered = exited = False

        async def __aenter__(self) -> AsyncIterator[Any]:
            MessageStreamManager.entered = True

            async def events() -> AsyncIterator[Any]:
                yield {"type": "content_block_delta", "delta": {"type": "text_delta", "text": "Hi."}}

            return events()

        async def __aexit__(self, *exc: object) -> None:
            MessageStreamManager.exited = True

    async def scenario() -> str:
        handler = lambda _, session: session.send_response(MessageStreamManager())
        async with conversation(on_transcript=handler) as call:
            return await call.say("Hello")

    assert run(scenario) == "Hi."
    assert MessageStreamManager.entered and MessageStreamManager.exited


def test_a_failing_llm_stream_ends_the_reply_and_reaches_on_error() -> None:
    errors: list[BaseException] = []

    async def broken() -> AsyncIterator[str]:
        yield "Half a "
        raise RuntimeError("the LLM went away")

    async def scenario() -> str:
        async with conversation(
            on_transcript=lambda _, session: session.send_response(broken()),
            on_error=lambda error, session: errors.append(error),
        ) as call:
            return await call.say("Hello")

    assert run(scenario) == "Half a "
    assert [str(error) for error in errors] == ["the LLM went away"]


# ---- interruption -----------------------------------------------------------------------------------


def test_a_new_transcript_cancels_the_answer_in_flight_and_nothing_of_it_is_sent_after() -> None:
    cancelled: list[str] = []
    release = asyncio.Event()

    async def on_transcript(transcript: list[ConversationMessage], session: SpeechEngineSession) -> None:
        said = transcript[-1].content
        if said != "Tell me a long story.":
            await session.send_response(f"You said: {said}")
            return

        async def story() -> AsyncIterator[str]:
            yield "Once upon a time, "
            await release.wait()  # never set: the story goes on until interrupted
            yield "and then..."

        try:
            await session.send_response(story())
        except asyncio.CancelledError:
            cancelled.append(said)
            # A handler that catches its cancellation and goes on: what it sends now is dropped.
            await session.send_response("This must not be heard.")
            raise

    async def scenario() -> SpeechEngineCall:
        async with conversation(on_transcript=on_transcript) as call:
            await call.say("Tell me a long story.", wait=False)
            assert await call.reply(chunks=1) == "Once upon a time, "
            assert await call.say("Stop, please.") == "You said: Stop, please."
            await call.settle()  # anything the cancelled handler sent would have come before the pong
            return call

    call = run(scenario)
    assert cancelled == ["Tell me a long story."]
    assert [m["content"] for m in call.replies(1)] == ["Once upon a time, "], "no more, and no final chunk"
    first_of_second = call.received.index(call.replies(2)[0])
    assert all(m.get("event_id") != 1 for m in call.received[first_of_second:])


def test_the_same_transcript_again_while_it_is_answered_is_not_answered_twice() -> None:
    calls: list[int] = []
    gate = asyncio.Event()

    async def on_transcript(transcript: list[ConversationMessage], session: SpeechEngineSession) -> None:
        calls.append(len(transcript))
        await gate.wait()
        await session.send_response("Done.")

    async def scenario() -> SpeechEngineCall:
        async with conversation(on_transcript=on_transcript) as call:
            message = {"type": "user_transcript", "user_transcript": [{"role": "user", "content": "Hi"}], "event_id": 7}
            call.event_id = 7
            await call.send(message)
            await call.send(message)
            await call.settle()
            gate.set()
            assert await call.reply() == "Done."
            return call

    run(scenario)
    assert calls == [1]


def test_a_reply_that_came_before_the_pong_of_settle_is_still_read_by_reply() -> None:
    async def scenario() -> list[str]:
        async with conversation(on_transcript=echo) as call:
            await call.say("Hi", wait=False)
            while len(call.received) < 2:  # the reply and its final chunk have arrived, unread
                await asyncio.sleep(0.01)
            await call.settle()  # reads past them to its pong
            return [await call.reply(), await call.say("Again")]

    assert run(scenario) == ["You said: Hi", "You said: Again"]


# ---- the connection ---------------------------------------------------------------------------------


def test_init_ping_close_and_a_dropped_connection_reach_their_handlers() -> None:
    events: list[Any] = []

    async def scenario() -> None:
        dropped = asyncio.Event()

        def on_disconnect(session: SpeechEngineSession) -> None:
            events.append(("disconnect", session.conversation_id))
            dropped.set()

        async with serving(
            on_init=lambda conversation_id, session: events.append(("init", conversation_id, session.conversation_id)),
            on_close=lambda session: events.append(("close", session.conversation_id)),
            on_disconnect=on_disconnect,
        ) as url:
            caller = SpeechEngineCaller(KEY, conversation_id="conv_1")
            async with caller.connect(url) as call:
                await call.init()
                assert await call.ping() == {"type": "pong"}
                await call.close()
            caller.conversation_id = "conv_2"
            async with caller.connect(url) as call:
                await call.init()
                await call.settle()
                await call.hang_up()
            await dropped.wait()  # the server notices the drop after the caller's side has closed

    run(scenario)
    assert events == [
        ("init", "conv_1", "conv_1"),
        ("close", "conv_1"),
        ("init", "conv_2", "conv_2"),
        ("disconnect", "conv_2"),
    ]


def test_an_unreadable_message_and_an_error_from_elevenlabs_reach_on_error_and_the_session_goes_on() -> None:
    errors: list[str] = []

    async def scenario() -> str:
        async with conversation(on_transcript=echo, on_error=lambda error, _: errors.append(str(error))) as call:
            await call.send("not json")
            await call.send("[1, 2]")
            await call.send({"type": "error", "message": "quota exceeded"})
            await call.send({"type": "something_new", "x": 1})  # a kind added later: ignored
            return await call.say("Still there?")

    assert run(scenario) == "You said: Still there?"
    assert errors[0].startswith("unreadable Speech Engine message: Expecting value")
    assert errors[1:] == [
        "unreadable Speech Engine message: a message must be a JSON object, not list",
        "ElevenLabs: quota exceeded",
    ]


def test_a_message_that_deviates_from_the_document_is_read_leniently_and_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    heard: list[Any] = []

    async def on_transcript(transcript: list[ConversationMessage], session: SpeechEngineSession) -> None:
        heard.append([(turn.role, turn.content) for turn in transcript])
        await session.send_response("Heard.")

    async def scenario() -> None:
        async with conversation(on_transcript=on_transcript) as call:
            for event_id in (1, 2):  # a turn without its content, twice
                call.event_id = event_id
                turns = [{"role": "user", "content": "Hi"}, {"role": "agent"}]
                await call.send({"type": "user_transcript", "user_transcript": turns, "event_id": event_id})
                assert await call.reply() == "Heard."

    with caplog.at_level(logging.WARNING):
        run(scenario)
    assert heard == [[("user", "Hi"), ("agent", None)]] * 2
    deviations = [
        record.getMessage() for record in caplog.records if "TranscriptMessage.content" in record.getMessage()
    ]
    assert len(deviations) == 1 and "missing" in deviations[0]


def test_a_handler_may_close_the_session_which_ends_the_connection() -> None:
    ended: list[str | None] = []

    async def on_transcript(transcript: list[ConversationMessage], session: SpeechEngineSession) -> None:
        if transcript[-1].content == "Goodbye.":
            session.close()
            return
        await session.send_response("Hello!")

    async def scenario() -> None:
        async with conversation(
            on_transcript=on_transcript, on_disconnect=lambda session: ended.append(session.conversation_id)
        ) as call:
            assert await call.say("Hi") == "Hello!"
            await call.say("Goodbye.", wait=False)
            with pytest.raises(ConnectionError, match="closed the connection"):
                await call.next_message()

    run(scenario)
    assert ended == ["conv_speech_engine_test"]


def test_once_and_off_handlers_of_a_session() -> None:
    heard: list[str] = []
    engine = SpeechEngineResource("seng_1", api_key=KEY)

    async def handler(connection: Any) -> None:
        session = engine.create_session(connection)

        def first(transcript: list[ConversationMessage]) -> None:
            heard.append(f"first: {transcript[-1].content}")

        def noted(transcript: list[ConversationMessage]) -> None:
            heard.append(f"noted: {transcript[-1].content}")
            if len(transcript) > 2:
                session.off("user_transcript", noted)

        session.once("user_transcript", first).on("user_transcript", noted)
        session.on("user_transcript", lambda transcript: session.send_response("OK."))
        await session.run()

    async def scenario() -> None:
        from websockets.asyncio.server import serve

        async with serve(handler, "127.0.0.1", 0) as server:
            port = next(iter(server.sockets)).getsockname()[1]
            async with SpeechEngineCaller(KEY).connect(f"ws://127.0.0.1:{port}/") as call:
                await call.init()
                for said in ("One.", "Two.", "Three."):
                    assert await call.say(said) == "OK."

    run(scenario)
    assert heard == ["first: One.", "noted: One.", "noted: Two."]


def test_send_response_outside_a_transcript_handler_sends_nothing_and_says_so(caplog: pytest.LogCaptureFixture) -> None:
    async def on_init(conversation_id: str, session: SpeechEngineSession) -> None:
        await session.send_response("Welcome!")

    async def scenario() -> SpeechEngineCall:
        async with conversation(on_init=on_init, on_transcript=echo) as call:
            await call.say("Hi")
            return call

    with caplog.at_level(logging.WARNING, logger="elevenlabs_client.speech_engine"):
        call = run(scenario)
    assert [m["content"] for m in call.received] == ["You said: Hi", ""]
    assert "send_response() outside an on_transcript handler" in caplog.text


# ---- who may connect --------------------------------------------------------------------------------


def refused_tokens(caller: SpeechEngineCaller) -> dict[str, str | None]:
    return {
        "another key": caller.token(api_key="sk_not_the_engines"),
        "expired": caller.token(lifetime=-300),
        "not yet valid": caller.token(not_before=10**10),
        "another issuer": caller.token(issuer="https://example.com"),
        "unsigned": caller.token(algorithm="none"),
        "RS256": caller.token(algorithm="RS256"),
        "none": None,
    }


@pytest.mark.parametrize("kind", list(refused_tokens(SpeechEngineCaller(KEY))))
def test_a_bad_expired_or_missing_token_is_refused_before_any_handler_runs(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    called: list[str] = []
    caller = SpeechEngineCaller(KEY)
    token = refused_tokens(caller)[kind]

    async def scenario() -> int:
        async with serving(
            on_init=lambda *_: called.append("init"), on_transcript=lambda *_: called.append("transcript")
        ) as url:
            with pytest.raises(SpeechEngineRefused) as refused:
                async with caller.connect(url, token=token) as call:
                    await call.init()
            return refused.value.status

    with caplog.at_level(logging.DEBUG):
        assert run(scenario) == 401
    assert called == []
    (line,) = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert line.startswith("refused a Speech Engine connection from 127.0.0.1:")
    assert KEY not in caplog.text and (token is None or token not in caplog.text)


def test_another_path_is_refused_with_404_when_the_server_has_one() -> None:
    async def scenario() -> None:
        async with serving(path="/speech-engine", on_transcript=echo) as url:
            with pytest.raises(SpeechEngineRefused) as refused:
                async with SpeechEngineCaller(KEY).connect(url + "elsewhere"):
                    pass
            assert refused.value.status == 404
            async with SpeechEngineCaller(KEY).connect(url + "speech-engine") as call:
                await call.init()
                assert await call.say("Hi") == "You said: Hi"

    run(scenario)


def test_disable_auth_warns_and_accepts_a_connection_without_a_token() -> None:
    async def scenario() -> str:
        async with (
            serving(api_key=None, disable_auth=True, on_transcript=echo) as url,
            SpeechEngineCaller(KEY).connect(url, token=None) as call,
        ):
            await call.init()
            return await call.say("Hi")

    with pytest.warns(UserWarning, match="disable_auth=True"):
        assert run(scenario) == "You said: Hi"


def test_a_server_without_a_key_refuses_to_start(monkeypatch: pytest.MonkeyPatch) -> None:
    from elevenlabs_client import ElevenLabsError

    monkeypatch.delenv("ELEVENLABS_API_KEY", raising=False)
    with pytest.raises(ElevenLabsError, match="pass api_key=... or set ELEVENLABS_API_KEY"):
        run(lambda: SpeechEngineServer(port=0, host="127.0.0.1").start())


def test_the_key_and_tokens_are_in_no_log_line_even_the_librarys_handshake_lines(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caller = SpeechEngineCaller(KEY)
    token = caller.token()

    async def scenario() -> None:
        async with serving(on_transcript=echo, debug=True) as url:
            async with caller.connect(url, token=token) as call:
                await call.init()
                await call.say("Hello")
            with pytest.raises(SpeechEngineRefused):
                async with caller.connect(url, token=caller.token(lifetime=-300)):
                    pass

    with caplog.at_level(logging.DEBUG), caplog.at_level(logging.DEBUG, "elevenlabs_client.speech_engine.websockets"):
        run(scenario)
    assert "x-elevenlabs-speech-engine-authorization: <redacted>" in caplog.text.lower(), "the header line is there"
    assert KEY not in caplog.text and token not in caplog.text
    assert "conversation conv_speech_engine_test started" in caplog.text, "debug=True logs each step"


# ---- the client's resource --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_async_client_gets_an_engine_that_serves_with_the_clients_key() -> None:
    async def scenario(base_url: str) -> None:
        async with AsyncElevenLabs(api_key=KEY, base_url=base_url) as client:
            created = await client.speech_engine.create(speech_engine=SpeechEngineConfig(ws_url="ws://127.0.0.1/"))
            engine = await client.speech_engine.get(created.engine_id)
            assert isinstance(engine, SpeechEngineResource) and engine.engine_id == created.engine_id
            assert engine.config is not None and engine.config.speech_engine_id == engine.engine_id
            port = free_port()
            serving = asyncio.get_running_loop().create_task(
                engine.serve(port=port, host="127.0.0.1", on_transcript=echo)
            )
            try:
                for _ in range(1000):  # until it listens (serve() gives no signal of its own)
                    try:
                        async with SpeechEngineCaller(KEY).connect(f"ws://127.0.0.1:{port}/") as call:
                            await call.init()
                            assert await call.say("Hi") == "You said: Hi"
                        break
                    except OSError:
                        await asyncio.sleep(0.01)
                else:
                    raise AssertionError("engine.serve never listened")
                with pytest.raises(SpeechEngineRefused):
                    async with SpeechEngineCaller("sk_other").connect(f"ws://127.0.0.1:{port}/"):
                        pass
            finally:
                serving.cancel()
                await asyncio.wait([serving])

    with FakeElevenLabs(api_key=KEY) as server:
        run(lambda: scenario(server.base_url))


def test_the_sync_client_gets_the_same_engine_handle() -> None:
    with FakeElevenLabs(api_key=KEY) as server, ElevenLabs(api_key=KEY, base_url=server.base_url) as client:
        created = client.speech_engine.create(speech_engine=SpeechEngineConfig(ws_url="ws://127.0.0.1/"))
        engine = client.speech_engine.get(created.engine_id)
        updated = client.speech_engine.update(created.engine_id, name="Renamed")
    assert isinstance(engine, SpeechEngineResource) and engine.engine_id == created.engine_id
    assert updated.engine_id == created.engine_id
    assert repr(engine) == f"SpeechEngineResource(engine_id={created.engine_id!r})" and KEY not in repr(engine)


def test_create_session_runs_over_an_asgi_websocket_as_over_a_websockets_one() -> None:
    """Starlette's WebSocket as the session sees it: ASGI messages from receive(), send_text, close."""

    class ASGIWebSocket:
        def __init__(self, connection: Any) -> None:
            self._connection = connection

        async def receive(self) -> dict[str, Any]:
            from websockets.exceptions import ConnectionClosed

            try:
                return {"type": "websocket.receive", "text": await self._connection.recv()}
            except ConnectionClosed:
                return {"type": "websocket.disconnect", "code": 1000}

        async def send_text(self, text: str) -> None:
            await self._connection.send(text)

        async def close(self) -> None:
            await self._connection.close()

    engine = SpeechEngineResource("seng_1", api_key=KEY)

    async def handler(connection: Any) -> None:
        if not engine.verify_request(dict(connection.request.headers)):
            await connection.close(1008)
            return
        session = engine.create_session(ASGIWebSocket(connection))
        session.on("user_transcript", lambda transcript: session.send_response(f"ASGI: {transcript[-1].content}"))
        await session.run()

    async def scenario() -> str:
        from websockets.asyncio.server import serve

        async with serve(handler, "127.0.0.1", 0) as server:
            port = next(iter(server.sockets)).getsockname()[1]
            async with SpeechEngineCaller(KEY).connect(f"ws://127.0.0.1:{port}/") as call:
                await call.init()
                return await call.say("Hi")

    assert run(scenario) == "ASGI: Hi"


def test_a_connection_gone_before_its_pong_ends_the_session_as_a_disconnection() -> None:
    """As Starlette behaves once the peer has gone: send_text raises, receive says disconnect."""

    class GoneWebSocket:
        def __init__(self) -> None:
            self.messages = [{"type": "websocket.receive", "text": '{"type": "ping"}'}]

        async def receive(self) -> dict[str, Any]:
            return self.messages.pop(0) if self.messages else {"type": "websocket.disconnect", "code": 1006}

        async def send_text(self, text: str) -> None:
            raise RuntimeError('Cannot call "send" once a close message has been sent.')

        async def close(self) -> None:
            pass

    events: list[str] = []

    async def scenario() -> None:
        session = SpeechEngineResource("seng_1", api_key=KEY).create_session(GoneWebSocket())
        session.on("disconnected", lambda: events.append("disconnected"))
        session.on("error", lambda error: events.append(f"error: {error}"))
        await session.run()

    run(scenario)
    assert events == ["disconnected"]


def test_a_misspelt_server_option_is_refused_naming_it() -> None:
    with pytest.raises(TypeError, match="SpeechEngineServer has no option on_transcrip: port, host"):
        SpeechEngineResource("seng_1", api_key=KEY).server(on_transcrip=echo)  # type: ignore[call-arg]


def test_a_session_refuses_an_object_that_is_no_websocket_and_an_unknown_event() -> None:
    with pytest.raises(TypeError, match="not int"):
        SpeechEngineSession(5)
    session = SpeechEngineResource("seng_1").create_session(SimpleNamespace(recv=None, send=None))
    with pytest.raises(ValueError, match="unknown Speech Engine event 'transcript'"):
        session.on("transcript", print)


def test_the_served_channel_is_generated_as_models_and_parse_with_no_method_to_open_it() -> None:
    from elevenlabs_api.api.speech_engine import AsyncSpeechEngineResource
    from elevenlabs_api.models import InitPayload, UserTranscriptPayload
    from elevenlabs_api.realtime import speech_engine_upstream as channel

    assert not hasattr(channel, "opening"), "nothing of ours opens it: the vendor connects"
    assert [name for name in dir(AsyncSpeechEngineResource) if "session" in name] == []
    assert isinstance(channel.parse({"type": "init", "conversation_id": "conv_1"}), InitPayload)
    transcript = channel.parse({"type": "user_transcript", "user_transcript": [], "event_id": 1})
    assert isinstance(transcript, UserTranscriptPayload) and transcript.event_id == 1
    assert channel.parse({"type": "new_kind"}) == {"type": "new_kind"}
