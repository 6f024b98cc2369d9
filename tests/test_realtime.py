"""Realtime text to speech over real WebSockets against the test server, sync and async: the official
call, the session, multi-context with an interruption, every query parameter, the key, each failure."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from elevenlabs_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncElevenLabs,
    AuthenticationError,
    ElevenLabs,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RealtimeAudio,
    RealtimeError,
    RealtimeFinal,
)
from elevenlabs_client._realtime._core import split_at_word
from elevenlabs_client.testing import FakeElevenLabs, SocketFault

VOICE = "voice-1"
FORMAT = "mp3_44100_128"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def convert(server: FakeElevenLabs, mode: str, text: Any, **options: Any) -> list[bytes]:
    """convert_realtime's chunks, called as code written for the official SDK calls it (or its async twin)."""
    settings = {"max_retries": options.pop("max_retries", 0), "base_url": options.pop("base_url", server.base_url)}
    if mode == "sync":
        with ElevenLabs(api_key=server.api_key, **settings) as client:
            return list(client.text_to_speech.convert_realtime(VOICE, text=text, **options))

    async def run() -> list[bytes]:
        async with AsyncElevenLabs(api_key=server.api_key, **settings) as client:
            return [chunk async for chunk in client.text_to_speech.convert_realtime(VOICE, text=text, **options)]

    return asyncio.run(run())


def session_events(server: FakeElevenLabs, mode: str, texts: list[str], **arguments: Any) -> list[Any]:
    """Open a session, send `texts`, end, and collect every event."""
    if mode == "sync":
        with (
            ElevenLabs(api_key=server.api_key, base_url=server.base_url, max_retries=0) as client,
            client.text_to_speech.realtime_session(VOICE, **arguments) as session,
        ):
            for text in texts:
                session.send(text)
            session.end()
            return list(session)

    async def run() -> list[Any]:
        async with (
            AsyncElevenLabs(api_key=server.api_key, base_url=server.base_url, max_retries=0) as client,
            await client.text_to_speech.realtime_session(VOICE, **arguments) as session,
        ):
            for text in texts:
                await session.send(text)
            await session.end()
            return [event async for event in session]

    return asyncio.run(run())


def test_the_official_call_yields_the_audio_of_the_text(fresh_server: FakeElevenLabs, mode: str) -> None:
    text = iter(["Hello, how are you? ", "I am fine, thank you."])
    chunks = convert(fresh_server, mode, text, model_id="eleven_flash_v2_5")
    spoken = "Hello, how are you? I am fine, thank you. "
    assert b"".join(chunks) == fresh_server.realtime_audio(VOICE, spoken, FORMAT)
    socket = fresh_server.sockets[-1]
    assert socket.channel == "stream-input" and socket.voice_id == VOICE
    assert socket.query == {"model_id": "eleven_flash_v2_5", "output_format": FORMAT}
    assert [m["text"] for m in socket.messages] == [" ", "Hello, how are you? ", "I am fine, thank you. ", ""]


def test_text_goes_out_as_soon_as_it_ends_at_a_word_boundary(fresh_server: FakeElevenLabs, mode: str) -> None:
    convert(fresh_server, mode, ["Hel", "lo wor", "ld. ", "Bye"])
    assert [m["text"] for m in fresh_server.sockets[-1].messages] == [" ", "Hello ", "world. ", "Bye ", ""]
    assert split_at_word("one two") == ("one ", "two")
    assert split_at_word("one,") == ("one,", "")


def test_audio_reaches_the_caller_while_the_text_is_still_being_written(server: FakeElevenLabs) -> None:
    # The text waits for the first audio before it goes on: a client that held audio back until the text
    # ended (or read only after sending) would never finish, and the guard below would fail the test.
    heard = threading.Event()

    def text() -> Iterator[str]:
        yield "x" * 130 + " "  # past the first step of the chunk schedule (120): the server speaks it
        assert heard.wait(20), "no audio reached the caller while the text was open"
        yield "The end."

    with ElevenLabs(api_key=server.api_key, base_url=server.base_url) as client:
        for _ in client.text_to_speech.convert_realtime(VOICE, text=text()):
            heard.set()
    assert heard.is_set()


def test_the_async_twin_takes_an_async_iterable_and_hands_audio_over_while_it_produces(
    server: FakeElevenLabs,
) -> None:
    heard = asyncio.Event()

    async def text() -> AsyncIterator[str]:
        yield "y" * 130 + " "
        await asyncio.wait_for(heard.wait(), 20)
        yield "Done."

    async def run() -> int:
        async with AsyncElevenLabs(api_key=server.api_key, base_url=server.base_url) as client:
            chunks = [
                chunk async for chunk in _setting(heard, client.text_to_speech.convert_realtime(VOICE, text=text()))
            ]
            return len(chunks)

    assert asyncio.run(run()) == 2


async def _setting(event: asyncio.Event, chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    async for chunk in chunks:
        event.set()
        yield chunk


def test_a_session_yields_typed_events_with_alignment(fresh_server: FakeElevenLabs, mode: str) -> None:
    events = session_events(fresh_server, mode, ["Hi there"], sync_alignment=True)
    audio, final = events
    assert isinstance(audio, RealtimeAudio) and isinstance(final, RealtimeFinal)
    assert audio.audio == fresh_server.realtime_audio(VOICE, "Hi there ", FORMAT)
    assert "".join(audio.alignment.chars) == "Hi there "
    assert audio.normalized_alignment.char_start_times_ms[:2] == [0, 50]


def test_every_query_parameter_and_first_message_field_reaches_the_server(
    fresh_server: FakeElevenLabs, mode: str
) -> None:
    session_events(
        fresh_server,
        mode,
        ["Hello"],
        model_id="eleven_multilingual_v2",
        language_code="en",
        enable_logging=False,
        enable_ssml_parsing=True,
        output_format="pcm_16000",
        inactivity_timeout=60,
        sync_alignment=True,
        auto_mode=True,
        apply_text_normalization="off",
        seed=7,
        voice_settings={"stability": 0.3, "similarity_boost": 0.9},
        generation_config={"chunk_length_schedule": [50, 90]},
        pronunciation_dictionary_locators=[{"pronunciation_dictionary_id": "d", "version_id": "v"}],
    )
    socket = fresh_server.sockets[-1]
    assert socket.query == {
        "model_id": "eleven_multilingual_v2",
        "language_code": "en",
        "enable_logging": "false",
        "enable_ssml_parsing": "true",
        "output_format": "pcm_16000",
        "inactivity_timeout": "60",
        "sync_alignment": "true",
        "auto_mode": "true",
        "apply_text_normalization": "off",
        "seed": "7",
    }
    assert socket.messages[0] == {
        "text": " ",
        "voice_settings": {"stability": 0.3, "similarity_boost": 0.9},
        "generation_config": {"chunk_length_schedule": [50, 90]},
        "pronunciation_dictionary_locators": [{"pronunciation_dictionary_id": "d", "version_id": "v"}],
    }


def test_an_unknown_argument_is_refused_by_name(server: FakeElevenLabs) -> None:
    with (
        ElevenLabs(api_key=server.api_key, base_url=server.base_url) as client,
        pytest.raises(TypeError, match="speed"),
    ):
        client.text_to_speech.realtime_session(VOICE, speed=1.0)  # type: ignore[call-arg]  # mypy refuses it too


def test_the_key_travels_only_in_the_handshake_header(fresh_server: FakeElevenLabs) -> None:
    with (
        ElevenLabs(api_key=fresh_server.api_key, base_url=fresh_server.base_url) as client,
        client.text_to_speech.realtime_session(VOICE) as session,
    ):
        shown = repr(session) + repr(session._connection) + repr(client.text_to_speech)
        session.end()
        list(session)
    socket = fresh_server.sockets[-1]
    assert socket.headers["xi-api-key"] == fresh_server.api_key
    assert fresh_server.api_key not in socket.target + str(socket.query) + str(socket.messages) + shown


def multi_context(server: FakeElevenLabs, mode: str) -> list[Any]:
    """An agent's answer interrupted: close its context, answer in a new one."""
    if mode == "sync":
        with (
            ElevenLabs(api_key=server.api_key, base_url=server.base_url) as client,
            client.text_to_speech.multi_context_session(VOICE) as session,
        ):
            session.open_context("answer-1", voice_settings={"stability": 0.5})
            session.send("This answer will be cut", context_id="answer-1", flush=True)
            session.close_context("answer-1")
            session.open_context("answer-2", "Sorry, go on.")
            session.keep_alive("answer-2")
            session.flush("answer-2")
            session.close_socket()
            return list(session)

    async def run() -> list[Any]:
        async with (
            AsyncElevenLabs(api_key=server.api_key, base_url=server.base_url) as client,
            await client.text_to_speech.multi_context_session(VOICE) as session,
        ):
            await session.open_context("answer-1", voice_settings={"stability": 0.5})
            await session.send("This answer will be cut", context_id="answer-1", flush=True)
            await session.close_context("answer-1")
            await session.open_context("answer-2", "Sorry, go on.")
            await session.keep_alive("answer-2")
            await session.flush("answer-2")
            await session.close_socket()
            return [event async for event in session]

    return asyncio.run(run())


def test_multi_context_events_say_their_context(fresh_server: FakeElevenLabs, mode: str) -> None:
    events = multi_context(fresh_server, mode)
    audio = {event.context_id: event.audio for event in events if isinstance(event, RealtimeAudio)}
    assert audio == {
        "answer-1": fresh_server.realtime_audio(VOICE, "This answer will be cut ", FORMAT),
        "answer-2": fresh_server.realtime_audio(VOICE, "Sorry, go on. ", FORMAT),
    }
    assert {event.context_id for event in events if isinstance(event, RealtimeFinal)} >= {"answer-1", "answer-2"}
    socket = fresh_server.sockets[-1]
    assert socket.channel == "multi-stream-input"
    assert {"context_id": "answer-1", "close_context": True} in socket.messages
    assert socket.messages[-1] == {"close_socket": True}


def senders() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name.startswith("elevenlabs-realtime")]


# ---- failures ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error"),
    [(401, AuthenticationError), (403, Exception), (404, NotFoundError), (422, Exception), (503, InternalServerError)],
)
def test_a_refused_handshake_is_the_http_error_for_its_status(
    fresh_server: FakeElevenLabs, mode: str, status: int, error: type[Exception]
) -> None:
    fresh_server.add_fault(SocketFault(status=status))
    with pytest.raises(error) as raised:
        convert(fresh_server, mode, ["Hi"])
    assert getattr(raised.value, "status_code", None) == status
    assert fresh_server.api_key not in str(raised.value) + repr(raised.value.args)
    assert type(raised.value).__module__.startswith("elevenlabs_client")


def test_a_refused_handshake_is_retried_like_http_before_any_text(fresh_server: FakeElevenLabs, mode: str) -> None:
    fresh_server.add_fault(SocketFault(status=429, headers={"retry-after-ms": "1"}))
    assert b"".join(convert(fresh_server, mode, ["Hi"], max_retries=1)) == fresh_server.realtime_audio(
        VOICE, "Hi ", FORMAT
    )
    assert [socket.status for socket in fresh_server.sockets] == [429, 101]
    fresh_server.add_fault(SocketFault(status=429, headers={"retry-after-ms": "1"}))
    with pytest.raises(RateLimitError):
        convert(fresh_server, mode, ["Hi"])


@pytest.mark.parametrize("address", ["http://127.0.0.1:9", "http://no-such-host.invalid"])
def test_no_connection_is_an_api_connection_error(fresh_server: FakeElevenLabs, mode: str, address: str) -> None:
    with pytest.raises(APIConnectionError) as raised:
        convert(fresh_server, mode, ["Hi"], base_url=address)
    assert type(raised.value) is APIConnectionError


def test_an_error_message_from_the_server_is_a_realtime_error_naming_it(
    fresh_server: FakeElevenLabs, mode: str
) -> None:
    fresh_server.add_fault(SocketFault(error="quota_exceeded", message="Out of credits.", close_code=1008))
    with pytest.raises(RealtimeError) as raised:
        convert(fresh_server, mode, ["Hi"])
    assert (raised.value.error, raised.value.message, raised.value.code) == ("quota_exceeded", "Out of credits.", 1008)
    assert "quota_exceeded" in str(raised.value)


def test_an_error_close_code_is_a_realtime_error_naming_it(fresh_server: FakeElevenLabs, mode: str) -> None:
    fresh_server.add_fault(SocketFault(close_code=1011, close_reason="internal"))
    with pytest.raises(RealtimeError, match="1011: internal") as raised:
        convert(fresh_server, mode, ["Hi"])
    assert raised.value.code == 1011


def test_a_drop_mid_stream_is_an_error_not_a_short_stream(fresh_server: FakeElevenLabs, mode: str) -> None:
    fresh_server.add_fault(SocketFault(drop=True, after=1))
    with pytest.raises(APIConnectionError, match="dropped"):
        session_events(
            fresh_server, mode, ["One.", "Two."], generation_config={"chunk_length_schedule": [50]}, auto_mode=True
        )


def test_no_message_within_the_timeout_is_api_timeout_error(fresh_server: FakeElevenLabs, mode: str) -> None:
    fresh_server.add_fault(SocketFault(stall=True))
    with pytest.raises(APITimeoutError):
        convert(fresh_server, mode, ["Hi"], request_options={"timeout": 0.5})


def test_an_error_in_the_callers_text_reaches_the_caller_and_leaves_nothing_behind(
    fresh_server: FakeElevenLabs, mode: str
) -> None:
    def text() -> Iterator[str]:
        yield "Hello "
        raise ValueError("the LLM failed")

    with pytest.raises(ValueError, match="the LLM failed"):
        convert(fresh_server, mode, text())
    assert senders() == []
    assert closed_normally(fresh_server.sockets[-1])


def test_breaking_out_closes_the_connection_and_ends_the_thread(server: FakeElevenLabs) -> None:
    with ElevenLabs(api_key=server.api_key, base_url=server.base_url) as client:
        chunks = client.text_to_speech.convert_realtime(VOICE, text=["z" * 130 + " ", "more text"])
        for _ in chunks:
            break
        chunks.close()  # type: ignore[attr-defined]  # what dropping a generator does in CPython
    assert senders() == []


def test_cancelling_the_task_closes_the_connection_and_leaves_no_task(fresh_server: FakeElevenLabs) -> None:
    async def endless() -> AsyncIterator[str]:
        while True:
            yield "word "
            await asyncio.sleep(0.01)

    async def run() -> set[asyncio.Task[Any]]:
        async with AsyncElevenLabs(api_key=fresh_server.api_key, base_url=fresh_server.base_url) as client:

            async def consume() -> None:
                async for _ in client.text_to_speech.convert_realtime(VOICE, text=endless()):
                    pass

            task = asyncio.create_task(consume())
            while not fresh_server.sockets or len(fresh_server.sockets[-1].messages) < 3:
                await asyncio.sleep(0.01)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            return asyncio.all_tasks() - {asyncio.current_task()}

    assert asyncio.run(run()) == set()


def test_importing_the_client_does_not_import_websockets() -> None:
    code = (
        "import sys, elevenlabs_client; c = elevenlabs_client.ElevenLabs(api_key='k'); c.text_to_speech; "
        "print('websockets' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"


def test_a_channel_no_session_knows_gets_the_generic_session(
    fresh_server: FakeElevenLabs, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a channel a new AsyncAPI document adds gets until the overlay maps it: its client messages go
    as its models (or dicts), and each server message comes back as its model."""
    import base64

    from elevenlabs_api.models import AudioOutput, CloseConnection, FinalOutput, SendText
    from elevenlabs_client._realtime import _open

    monkeypatch.setattr(_open, "SESSIONS", {})  # the overlay knows no channel
    sent: list[Any] = [SendText(text="Hello there. "), CloseConnection()]
    received: list[Any]  # the session is typed as the mapped one; here it is the generic one
    if mode == "sync":
        with (
            ElevenLabs(api_key=fresh_server.api_key, base_url=fresh_server.base_url) as client,
            client.text_to_speech.realtime_session(VOICE, model_id="m") as session,
        ):
            assert type(session).__name__ == "GenericSession"
            with pytest.raises(TypeError, match=r"takes InitializeConnection, SendText, CloseConnection or a dict"):
                session.send("Hello")
            for message in sent:
                session.send(message)
            received = list(session)
    else:

        async def run() -> list[Any]:
            async with (
                AsyncElevenLabs(api_key=fresh_server.api_key, base_url=fresh_server.base_url) as client,
                await client.text_to_speech.realtime_session(VOICE, model_id="m") as session,
            ):
                assert type(session).__name__ == "AsyncGenericSession"
                for message in sent:
                    await session.send(message)
                return [message async for message in session]

        received = asyncio.run(run())
    assert [type(message) for message in received] == [AudioOutput, FinalOutput]
    spoken = base64.b64decode(received[0].audio)
    assert spoken == fresh_server.realtime_audio(VOICE, "Hello there. ")
    assert fresh_server.sockets[-1].messages[1:] == [{"text": "Hello there. "}, {"text": ""}]
    assert fresh_server.sockets[-1].query["model_id"] == "m"


def test_a_long_pause_in_the_text_keeps_the_connection_alive(fresh_server: FakeElevenLabs, mode: str) -> None:
    # The server drops a connection that hears nothing for inactivity_timeout (1 s here); the text pauses
    # for 1.5 s, so only the client's keep-alives (every read timeout, 0.2 s here) keep it open.
    def paused() -> Iterator[str]:
        yield "Wait for it. "
        threading.Event().wait(1.5)
        yield "Done."

    if mode == "sync":
        with ElevenLabs(api_key=fresh_server.api_key, base_url=fresh_server.base_url) as client:
            session = client.text_to_speech.realtime_session(
                VOICE, inactivity_timeout=1, request_options={"timeout": 0.2, "max_retries": 2}
            )
            from elevenlabs_client._realtime._sessions import RealtimeSession, convert_realtime

            assert isinstance(session, RealtimeSession)  # the session class the client maps the channel to
            chunks = list(convert_realtime(session, paused()))
    else:
        chunks = convert(fresh_server, mode, paused(), request_options={"timeout": 0.2, "max_retries": 2})
    # The stream was not dropped: it ended with the last text spoken (each keep-alive space is text to the
    # server, so the audio's length depends on how many went out).
    assert chunks and fresh_server.sockets[-1].messages[-2:] == [{"text": "Done. "}, {"text": ""}]
    assert {"text": " "} in fresh_server.sockets[-1].messages[1:]


def test_ctrl_c_while_audio_arrives_closes_the_connection_and_ends_the_thread(fresh_server: FakeElevenLabs) -> None:
    # Text at an LLM's pace, each piece spoken (past the chunk schedule's 120 characters): audio keeps
    # coming, and the caller stops reading it. A text that never pauses would queue megabytes ahead of
    # the close on the socket, and the test server speaks every piece of it first.
    def endless() -> Iterator[str]:
        while True:
            yield "word " * 30
            threading.Event().wait(0.01)

    with (
        ElevenLabs(api_key=fresh_server.api_key, base_url=fresh_server.base_url) as client,
        pytest.raises(KeyboardInterrupt),
    ):
        for _ in client.text_to_speech.convert_realtime(VOICE, text=endless()):
            raise KeyboardInterrupt  # what Ctrl-C raises in the main thread
    assert senders() == []
    assert closed_normally(fresh_server.sockets[-1])


def closed_normally(socket: Any) -> bool:
    """Whether the server saw the client's close (1000): it records it from its own thread, a moment later."""
    for _ in range(1000):
        if socket.close_code is not None:
            return bool(socket.close_code == 1000)
        threading.Event().wait(0.01)
    return False


def test_the_key_is_in_no_log_line_even_at_debug(
    fresh_server: FakeElevenLabs, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    fresh_server.add_fault(SocketFault(status=503))
    with ElevenLabs(api_key=fresh_server.api_key, base_url=fresh_server.base_url, max_retries=1) as client:
        assert list(client.text_to_speech.convert_realtime(VOICE, text=["Hi"]))
    # The test server's own websockets logger prints the headers it received: that is the server's, not ours.
    ours = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("websockets.server"))
    assert "retrying the realtime connection" in ours
    assert fresh_server.api_key not in ours, {r.name for r in caplog.records if fresh_server.api_key in r.getMessage()}
