"""Realtime transcription as a user writes it, over real sockets against the test server, sync and async:
the official `client.speech_to_text.realtime.connect(options)` (every option, each event's callback with
the server's message as it came, send/commit/close), the typed session, `transcribe_realtime` from
chunks, a WAV file, another file and a URL (through ffmpeg, skipped where it is not installed), and each
scribe error and error close as its typed error."""

from __future__ import annotations

import asyncio
import base64
import io
import shutil
import threading
import wave
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from elevenlabs_api.models import (
    CommittedTranscriptPayload,
    CommittedTranscriptWithTimestampsPayload,
    PartialTranscriptPayload,
    SessionStartedPayload,
)
from elevenlabs_api.models._literals import AUDIO_FORMAT_ENUM_VALUES, COMMIT_STRATEGY_VALUES
from elevenlabs_client import (
    ApiError,
    AsyncElevenLabs,
    AuthenticationError,
    BadRequestError,
    ElevenLabs,
    InternalServerError,
    PermissionDeniedError,
    RateLimitError,
    RealtimeError,
)
from elevenlabs_client.realtime import (
    COMMIT,
    AsyncTranscriptionSession,
    AudioFormat,
    CommitStrategy,
    FFmpegNotFoundError,
    RealtimeConnection,
    RealtimeEvents,
    TranscriptionSession,
)
from elevenlabs_client.testing import FakeElevenLabs, SocketFault
from test_realtime_transcription import EVERY_PARAMETER, silence, speech

MODEL = "scribe_v2_realtime"
PATH = "/v1/speech-to-text/realtime"
FFMPEG = shutil.which("ffmpeg")
WAIT = 10.0  # seconds a test waits for a callback before it fails (never reached when it passes)


def needs_ffmpeg() -> None:
    if FFMPEG is None:
        pytest.skip("ffmpeg is not installed on this machine: the file and URL paths through it are not tested")


def wav(audio: bytes, rate: int, channels: int = 1) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as file:
        file.setnchannels(channels)
        file.setsampwidth(2)
        file.setframerate(rate)
        file.writeframes(audio)
    return out.getvalue()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def settings(server: FakeElevenLabs) -> dict[str, Any]:
    return {"api_key": server.api_key, "base_url": server.base_url, "max_retries": 0}


def collect(server: FakeElevenLabs, mode: str, source: Any, **arguments: Any) -> list[Any]:
    """Everything transcribe_realtime yields for `source`, through the sync or the async client."""
    arguments.setdefault("model_id", MODEL)
    if mode == "sync":
        with ElevenLabs(**settings(server)) as client:
            return list(client.speech_to_text.transcribe_realtime(source, **arguments))

    async def run() -> list[Any]:
        async with AsyncElevenLabs(**settings(server)) as client:
            return [event async for event in client.speech_to_text.transcribe_realtime(source, **arguments)]

    return asyncio.run(run())


# The official shape -------------------------------------------------------------------------------


async def connect(client: ElevenLabs | AsyncElevenLabs, options: Any) -> RealtimeConnection:
    return await client.speech_to_text.realtime.connect(options)


def run_official(server: FakeElevenLabs, client_class: type, scenario: Any) -> Any:
    """`scenario(client)` in an event loop, with a client of `client_class` (connect() is a coroutine on both)."""

    async def main() -> Any:
        client = client_class(**settings(server))
        try:
            return await scenario(client)
        finally:
            closed = client.close()
            if asyncio.iscoroutine(closed):
                await closed

    return asyncio.run(main())


class Recorder:
    """Registers a callback for each of `events` and records (event, payload) in order."""

    def __init__(self, connection: RealtimeConnection, events: list[RealtimeEvents], until: RealtimeEvents) -> None:
        self.seen: list[tuple[str, Any]] = []
        self.done = asyncio.Event()
        for event in events:
            connection.on(event, self._recorder(event, until))

    def _recorder(self, event: RealtimeEvents, until: RealtimeEvents) -> Any:
        def record(*payload: Any) -> None:
            self.seen.append((event.value, payload[0] if payload else None))
            if event is until:
                self.done.set()

        return record

    async def wait(self) -> None:
        await asyncio.wait_for(self.done.wait(), WAIT)


CLIENTS = pytest.mark.parametrize("client_class", [ElevenLabs, AsyncElevenLabs], ids=["sync-client", "async-client"])


@CLIENTS
def test_connect_calls_back_each_event_with_the_servers_message_as_it_came(
    fresh_server: FakeElevenLabs, client_class: type
) -> None:
    events = [
        RealtimeEvents.OPEN,
        RealtimeEvents.SESSION_STARTED,
        RealtimeEvents.PARTIAL_TRANSCRIPT,
        RealtimeEvents.COMMITTED_TRANSCRIPT,
        RealtimeEvents.COMMITTED_TRANSCRIPT_WITH_TIMESTAMPS,
        RealtimeEvents.CLOSE,
    ]

    async def scenario(client: Any) -> Recorder:
        connection = await connect(
            client,
            {
                "model_id": MODEL,
                "audio_format": AudioFormat.PCM_16000,
                "sample_rate": 16000,
                "include_timestamps": True,
            },
        )
        recorder = Recorder(connection, events, until=RealtimeEvents.COMMITTED_TRANSCRIPT_WITH_TIMESTAMPS)
        await connection.send({"audio_base_64": base64.b64encode(speech(0.2, level=7)).decode()})
        await connection.commit()
        await recorder.wait()
        await connection.close()
        return recorder

    recorder = run_official(fresh_server, client_class, scenario)
    record = fresh_server.sockets[-1]
    # Each callback got the message the server sent, as the JSON object it sent; OPEN and CLOSE nothing.
    assert recorder.seen == [("open", None), *((sent["message_type"], sent) for sent in record.sent), ("close", None)]
    assert [kind for kind, _ in recorder.seen[1:-1]] == [
        "session_started",
        "partial_transcript",
        "committed_transcript",
        "committed_transcript_with_timestamps",
    ]
    assert recorder.seen[3][1]["text"] == "speech speech"
    assert record.messages == [
        {"message_type": "input_audio_chunk", "audio_base_64": base64.b64encode(speech(0.2, level=7)).decode(),
         "commit": False, "sample_rate": 16000},
        {"message_type": "input_audio_chunk", "audio_base_64": "", "commit": True, "sample_rate": 16000},
    ]  # fmt: skip
    assert record.close_code == 1000  # close() closed it


@CLIENTS
def test_connect_sends_every_option_in_the_query(fresh_server: FakeElevenLabs, client_class: type) -> None:
    options = {
        "model_id": MODEL,
        "audio_format": AudioFormat.ULAW_8000,
        "sample_rate": 8000,
        "commit_strategy": CommitStrategy.VAD,
        "vad_silence_threshold_secs": 0.5,
        "vad_threshold": 0.3,
        "min_speech_duration_ms": 120,
        "min_silence_duration_ms": 130,
        "language_code": "es",
        "include_timestamps": True,
        "include_language_detection": True,
        "keyterms": ["ElevenLabs", "Scribe"],
        "no_verbatim": False,
        "enable_logging": False,
    }

    async def scenario(client: Any) -> Any:
        connection = await connect(client, options)
        recorder = Recorder(connection, [RealtimeEvents.SESSION_STARTED], until=RealtimeEvents.SESSION_STARTED)
        await recorder.wait()
        await connection.send({"audio_base_64": base64.b64encode(b"\x05" * 800).decode(), "previous_text": "Hola."})
        await connection.send({"audio_base_64": "", "commit": True, "sample_rate": 8000})
        await connection.close()
        return recorder.seen[0][1]

    started = run_official(fresh_server, client_class, scenario)
    record = fresh_server.sockets[-1]
    expected = {name: str(value).lower() if isinstance(value, bool) else str(value) for name, value in options.items()}
    del expected["sample_rate"]  # what each chunk says, not a query parameter
    assert record.query == expected | {"keyterms": "Scribe"}  # `query` keeps a repeated parameter's last value
    assert parse_qs(urlsplit(record.target).query)["keyterms"] == ["ElevenLabs", "Scribe"]
    assert started["config"]["commit_strategy"] == "vad" and started["config"]["sample_rate"] == 8000
    assert record.messages[0]["previous_text"] == "Hola." and record.messages[0]["sample_rate"] == 8000
    assert [message["commit"] for message in record.messages] == [False, True]


def test_the_official_defaults_are_sent_as_the_official_sdk_sends_them(fresh_server: FakeElevenLabs) -> None:
    async def scenario(client: Any) -> None:
        connection = await connect(
            client, {"model_id": MODEL, "audio_format": AudioFormat.PCM_16000, "sample_rate": 16000}
        )
        await connection.close()

    run_official(fresh_server, AsyncElevenLabs, scenario)
    assert fresh_server.sockets[-1].query == {
        "model_id": MODEL,
        "audio_format": "pcm_16000",
        "commit_strategy": "manual",
        "include_timestamps": "false",
    }


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"audio_format": AudioFormat.PCM_16000, "sample_rate": 16000}, "model_id is required"),
        ({"model_id": MODEL}, "audio_format and sample_rate are required"),
        ({"model_id": MODEL, "sample_rate": 16000}, "audio_format and sample_rate are required"),
        ({"model_id": MODEL, "audio_format": AudioFormat.PCM_16000, "sample_rate": 44100}, "sample_rate 44100"),
        ({"model_id": MODEL, "audio_format": "mp3", "sample_rate": 16000}, "audio_format 'mp3'"),
        ({"model_id": MODEL, "url": ""}, "url is required"),
        ({"model_id": MODEL, "url": "http://x", "sample_rate": 16000}, "not both"),
        ({"model_id": MODEL, "audio_format": "pcm_16000", "sample_rate": 16000, "modelId": "x"}, "no option modelId"),
    ],
)
def test_bad_options_are_refused_before_connecting(
    fresh_server: FakeElevenLabs, options: dict[str, Any], problem: str
) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(ValueError, match=problem):
            await connect(client, options)

    run_official(fresh_server, AsyncElevenLabs, scenario)
    assert fresh_server.sockets == []


def test_send_refuses_a_key_the_official_send_does_not_take(fresh_server: FakeElevenLabs) -> None:
    async def scenario(client: Any) -> None:
        connection = await connect(client, {"model_id": MODEL, "audio_format": "pcm_16000", "sample_rate": 16000})
        with pytest.raises(ValueError, match="audioBase64"):
            await connection.send({"audioBase64": "AAAA"})
        await connection.close()

    run_official(fresh_server, AsyncElevenLabs, scenario)
    assert fresh_server.sockets[-1].messages == []


def test_a_callback_may_be_a_coroutine_and_one_that_raises_does_not_stop_the_others(
    fresh_server: FakeElevenLabs, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario(client: Any) -> list[str]:
        connection = await connect(client, {"model_id": MODEL, "audio_format": "pcm_16000", "sample_rate": 16000})
        texts: list[str] = []
        done = asyncio.Event()

        def broken(data: Any) -> None:
            raise KeyError("transcript")  # the official SDK's docstring reads data["transcript"]

        async def committed(data: Any) -> None:
            texts.append(data["text"])
            await connection.close()  # from inside a callback, as the official SDK's docstring does
            done.set()

        connection.on(RealtimeEvents.COMMITTED_TRANSCRIPT, broken)
        connection.on("committed_transcript", committed)
        await connection.send({"audio_base_64": base64.b64encode(speech(0.1)).decode(), "commit": True})
        await asyncio.wait_for(done.wait(), WAIT)
        return texts

    assert run_official(fresh_server, AsyncElevenLabs, scenario) == ["is"]
    assert "the committed_transcript callback of a realtime transcription raised" in caplog.text
    assert fresh_server.sockets[-1].close_code == 1000


# Every error message the channel defines, by its message_type: what it is raised as, and the event it is
# called back as in the official shape (unaccepted_terms is the official SDK's UNACCEPTED_TERMS_ERROR).
SCRIBE_ERRORS = [
    ("auth_error", AuthenticationError, "auth_error"),
    ("quota_exceeded", RateLimitError, "quota_exceeded"),
    ("commit_throttled", RateLimitError, "commit_throttled"),
    ("rate_limited", RateLimitError, "rate_limited"),
    ("queue_overflow", RateLimitError, "queue_overflow"),
    ("resource_exhausted", RateLimitError, "resource_exhausted"),
    ("unaccepted_terms", PermissionDeniedError, "unaccepted_terms_error"),
    ("input_error", BadRequestError, "input_error"),
    ("chunk_size_exceeded", BadRequestError, "chunk_size_exceeded"),
    ("transcriber_error", InternalServerError, "transcriber_error"),
    ("error", InternalServerError, "error"),
    ("session_time_limit_exceeded", RealtimeError, "session_time_limit_exceeded"),
    ("insufficient_audio_activity", RealtimeError, "insufficient_audio_activity"),
]


@CLIENTS
@pytest.mark.parametrize(("kind", "raised", "event"), SCRIBE_ERRORS, ids=[kind for kind, _, _ in SCRIBE_ERRORS])
def test_each_error_message_calls_back_its_event_then_error_then_close(
    fresh_server: FakeElevenLabs, client_class: type, kind: str, raised: type, event: str
) -> None:
    fresh_server.add_fault(SocketFault(path=PATH, error=kind, message=f"Went wrong: {kind}.", after=1))
    watched = [RealtimeEvents(event), RealtimeEvents.ERROR, RealtimeEvents.CLOSE]

    async def scenario(client: Any) -> list[tuple[str, Any]]:
        connection = await connect(client, {"model_id": MODEL, "audio_format": "pcm_16000", "sample_rate": 16000})
        recorder = Recorder(connection, list(dict.fromkeys(watched)), until=RealtimeEvents.CLOSE)
        await connection.send({"audio_base_64": base64.b64encode(speech(0.1)).decode()})
        await connection.send({"audio_base_64": base64.b64encode(speech(0.1)).decode()})
        await recorder.wait()
        return recorder.seen

    seen = run_official(fresh_server, client_class, scenario)
    payload = {"message_type": kind, "error": f"Went wrong: {kind}."}
    assert fresh_server.sockets[-1].sent[-1] == payload
    specific = [] if kind == "error" else [(event, payload)]
    assert seen == [*specific, ("error", payload), ("close", None)]


@CLIENTS
def test_an_error_close_calls_back_error_with_what_happened_then_close(
    fresh_server: FakeElevenLabs, client_class: type
) -> None:
    fresh_server.add_fault(SocketFault(path=PATH, close_code=1011, close_reason="internal"))

    async def scenario(client: Any) -> list[tuple[str, Any]]:
        connection = await connect(client, {"model_id": MODEL, "audio_format": "pcm_16000", "sample_rate": 16000})
        recorder = Recorder(connection, [RealtimeEvents.ERROR, RealtimeEvents.CLOSE], until=RealtimeEvents.CLOSE)
        await recorder.wait()
        return recorder.seen

    seen = run_official(fresh_server, client_class, scenario)
    assert seen == [
        ("error", {"error": "the server closed the realtime connection with code 1011: internal"}),
        ("close", None),
    ]


@CLIENTS
def test_a_url_is_streamed_through_ffmpeg_and_its_end_committed(
    fresh_server: FakeElevenLabs, client_class: type, audio_url: Any
) -> None:
    needs_ffmpeg()
    url = audio_url(wav(speech(0.5, level=5, rate=16000), 16000))

    async def scenario(client: Any) -> list[tuple[str, Any]]:
        connection = await connect(client, {"model_id": MODEL, "url": url, "commit_strategy": CommitStrategy.MANUAL})
        recorder = Recorder(
            connection, [RealtimeEvents.COMMITTED_TRANSCRIPT], until=RealtimeEvents.COMMITTED_TRANSCRIPT
        )
        await recorder.wait()
        await connection.close()
        return recorder.seen

    ((_, committed),) = run_official(fresh_server, client_class, scenario)
    assert committed["text"] == "test test test test test"  # 0.5 s: five words, 5 % 12 is "test"
    record = fresh_server.sockets[-1]
    assert record.query["audio_format"] == "pcm_16000"
    assert all(message["sample_rate"] == 16000 for message in record.messages)


def test_a_url_without_ffmpeg_is_a_clear_error_before_connecting(
    fresh_server: FakeElevenLabs, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no ffmpeg there

    async def scenario(client: Any) -> None:
        with pytest.raises(RuntimeError, match="ffmpeg is needed to read the URL http://127.0.0.1/a.mp3") as raised:
            await connect(client, {"model_id": MODEL, "url": "http://127.0.0.1/a.mp3"})
        assert isinstance(raised.value, FFmpegNotFoundError)

    run_official(fresh_server, AsyncElevenLabs, scenario)
    assert fresh_server.sockets == []


def test_the_official_enums_are_the_channels_values() -> None:
    assert {member.value for member in AudioFormat} == AUDIO_FORMAT_ENUM_VALUES
    assert {member.value for member in CommitStrategy} == COMMIT_STRATEGY_VALUES
    assert str(AudioFormat.PCM_16000) == "pcm_16000"  # as a query value, not "AudioFormat.PCM_16000"


# The typed session ----------------------------------------------------------------------------------


def test_the_typed_session_sends_audio_at_the_formats_rate_and_yields_typed_events(
    fresh_server: FakeElevenLabs, mode: str
) -> None:
    audio = b"\xff" * 800 + b"\x05" * 800  # mu-law at 8000 Hz: a silent tenth of a second, then a word
    query: dict[str, Any] = {"model_id": MODEL, "audio_format": "ulaw_8000", "include_timestamps": True}
    if mode == "sync":
        with ElevenLabs(**settings(fresh_server)) as client, client.speech_to_text.realtime_session(**query) as session:
            assert isinstance(session, TranscriptionSession) and session.sample_rate == 8000
            session.send_audio(audio, previous_text="Earlier.")
            session.commit()
            events = [event for _, event in zip(range(4), session, strict=False)]
    else:

        async def run() -> list[Any]:
            async with (
                AsyncElevenLabs(**settings(fresh_server)) as client,
                await client.speech_to_text.realtime_session(**query) as session,
            ):
                assert isinstance(session, AsyncTranscriptionSession) and session.sample_rate == 8000
                await session.send_audio(audio, previous_text="Earlier.")
                await session.commit()
                received = []
                async for event in session:
                    received.append(event)
                    if len(received) == 4:
                        break
                return received

        events = asyncio.run(run())
    assert [type(event) for event in events] == [
        SessionStartedPayload,
        PartialTranscriptPayload,
        CommittedTranscriptPayload,
        CommittedTranscriptWithTimestampsPayload,
    ]
    timed = events[3]
    assert isinstance(timed, CommittedTranscriptWithTimestampsPayload) and isinstance(timed.words, list)
    assert events[2].text == "test" and timed.words[0].start == 0.1  # type: ignore[union-attr]
    sent = fresh_server.sockets[-1].messages
    assert sent[0] == {
        "message_type": "input_audio_chunk",
        "audio_base_64": base64.b64encode(audio).decode(),
        "commit": False,
        "sample_rate": 8000,
        "previous_text": "Earlier.",
    }
    assert sent[1] == {"message_type": "input_audio_chunk", "audio_base_64": "", "commit": True, "sample_rate": 8000}


def test_send_audio_refuses_what_is_not_bytes(fresh_server: FakeElevenLabs) -> None:
    with (
        ElevenLabs(**settings(fresh_server)) as client,
        client.speech_to_text.realtime_session(model_id=MODEL) as session,
        pytest.raises(TypeError, match="audio must be bytes"),
    ):
        session.send_audio("AAAA")  # type: ignore[arg-type]


@pytest.mark.parametrize(("kind", "raised", "event"), SCRIBE_ERRORS, ids=[kind for kind, _, _ in SCRIBE_ERRORS])
def test_each_error_message_raises_its_typed_error(
    fresh_server: FakeElevenLabs, mode: str, kind: str, raised: type, event: str
) -> None:
    fresh_server.add_fault(SocketFault(path=PATH, error=kind, message="Went wrong.", after=1))
    with pytest.raises(raised) as caught:
        collect(fresh_server, mode, [speech(0.1), speech(0.1)])
    error = caught.value
    assert isinstance(error, RealtimeError)
    assert (error.error, error.message, error.body) == (
        kind,
        "Went wrong.",
        {"message_type": kind, "error": "Went wrong."},
    )
    assert str(error) == f"the server sent an error: {kind}: Went wrong."
    if isinstance(error, ApiError):  # as the HTTP status it means says it
        statuses: dict[type, int] = {
            AuthenticationError: 401,
            PermissionDeniedError: 403,
            BadRequestError: 400,
            RateLimitError: 429,
        }
        assert error.status_code == statuses.get(raised, 500)
    else:
        assert type(error) is RealtimeError  # the session's own limits: no HTTP status says them
    assert fresh_server.api_key not in repr(error) + str(error)


@pytest.mark.parametrize(
    ("code", "raised"),
    [(1011, InternalServerError), (1013, InternalServerError), (3000, AuthenticationError), (4001, RealtimeError)],
)
def test_an_error_close_is_typed_by_its_code(fresh_server: FakeElevenLabs, mode: str, code: int, raised: type) -> None:
    fresh_server.add_fault(SocketFault(path=PATH, close_code=code, close_reason="closing"))
    with pytest.raises(raised, match=f"code {code}: closing") as caught:
        collect(fresh_server, mode, [speech(0.1)])
    assert isinstance(caught.value, RealtimeError) and caught.value.code == code


# transcribe_realtime ---------------------------------------------------------------------------------


def committed(events: list[Any]) -> list[str]:
    return [event.text for event in events if isinstance(event, CommittedTranscriptPayload)]


def test_chunks_are_committed_at_each_marker_and_at_the_end(fresh_server: FakeElevenLabs, mode: str) -> None:
    chunks = [speech(0.1), speech(0.1, level=7), COMMIT, COMMIT, speech(0.2, level=1)]
    events = collect(fresh_server, mode, chunks)
    assert isinstance(events[0], SessionStartedPayload)
    assert committed(events) == ["is speech", "world world"]
    assert isinstance(events[-1], CommittedTranscriptPayload)  # it ends at the answer to the last commit
    record = fresh_server.sockets[-1]
    # A marker with nothing sent since the last commit commits nothing.
    assert [message["commit"] for message in record.messages] == [False, False, True, False, True]
    assert record.close_code == 1000


def test_an_async_iterable_of_chunks(fresh_server: FakeElevenLabs) -> None:
    async def chunks() -> Any:
        yield speech(0.1, level=9)
        yield COMMIT
        yield speech(0.1, level=10)

    async def run() -> list[Any]:
        async with AsyncElevenLabs(**settings(fresh_server)) as client:
            return [event async for event in client.speech_to_text.transcribe_realtime(chunks(), model_id=MODEL)]

    assert committed(asyncio.run(run())) == ["text", "one"]


def test_with_vad_the_server_commits_and_the_end_is_committed_too(fresh_server: FakeElevenLabs, mode: str) -> None:
    chunks = [speech(0.1) + silence(0.3), speech(0.2, level=4)]  # the silence ends the first segment
    events = collect(fresh_server, mode, chunks, commit_strategy="vad", vad_silence_threshold_secs=0.3)
    assert committed(events) == ["is", "a a"]
    assert [message["commit"] for message in fresh_server.sockets[-1].messages] == [False, False, True]


def test_with_timestamps_it_ends_at_the_timed_transcript(fresh_server: FakeElevenLabs, mode: str) -> None:
    events = collect(fresh_server, mode, [speech(0.2)], include_timestamps=True)
    assert isinstance(events[-1], CommittedTranscriptWithTimestampsPayload) and events[-1].text == "is is"


def test_every_query_parameter_reaches_the_server(fresh_server: FakeElevenLabs, mode: str) -> None:
    query = EVERY_PARAMETER  # audio_format ulaw_8000: mu-law's silence is 0xFF, so 0x03 is sound
    events = collect(fresh_server, mode, [b"\x03" * 800], **query)
    record = fresh_server.sockets[-1]
    assert record.query == {
        "model_id": MODEL,
        **{name: str(value).lower() if isinstance(value, bool) else str(value) for name, value in query.items()},
        "keyterms": "Scribe v2",
    }
    assert parse_qs(urlsplit(record.target).query)["keyterms"] == ["ElevenLabs", "Scribe v2"]
    assert all(message["sample_rate"] == 8000 for message in record.messages)
    assert committed(events) == ["is"]


def test_a_wav_file_is_sent_at_its_own_rate(fresh_server: FakeElevenLabs, mode: str, tmp_path: Path) -> None:
    path = tmp_path / "speech.wav"
    path.write_bytes(wav(speech(0.3, level=6, rate=22050), 22050))
    events = collect(fresh_server, mode, path)
    assert committed(events) == ["of of of"]
    record = fresh_server.sockets[-1]
    assert record.query["audio_format"] == "pcm_22050"
    sent = b"".join(base64.b64decode(message["audio_base_64"]) for message in record.messages)
    assert sent == speech(0.3, level=6, rate=22050)  # the samples as they are, no header


def test_another_file_goes_through_ffmpeg(fresh_server: FakeElevenLabs, mode: str, tmp_path: Path) -> None:
    needs_ffmpeg()
    path = tmp_path / "stereo.wav"  # not 16-bit mono: ffmpeg converts it to the session's format
    path.write_bytes(wav(speech(0.4, level=5, rate=44100) * 2, 44100, channels=2))
    events = collect(fresh_server, mode, str(path), audio_format="pcm_16000")
    (text,) = committed(events)
    assert len(text.split()) == 4  # 0.4 s: four words, whatever ffmpeg's resampling did to the first byte
    assert fresh_server.sockets[-1].query["audio_format"] == "pcm_16000"


def test_a_url_goes_through_ffmpeg(fresh_server: FakeElevenLabs, mode: str, audio_url: Any) -> None:
    needs_ffmpeg()
    url = audio_url(wav(speech(0.3, level=5, rate=8000), 8000))
    events = collect(fresh_server, mode, url, audio_format="ulaw_8000")
    assert len(committed(events)[0].split()) == 3
    assert fresh_server.sockets[-1].query["audio_format"] == "ulaw_8000"


def test_a_file_ffmpeg_cannot_read_is_an_error_naming_it(
    fresh_server: FakeElevenLabs, mode: str, tmp_path: Path
) -> None:
    needs_ffmpeg()
    path = tmp_path / "notes.txt"
    path.write_text("not audio")
    with pytest.raises(Exception, match=r"ffmpeg could not read .*notes\.txt"):
        collect(fresh_server, mode, path)


def test_without_ffmpeg_a_file_it_would_read_is_a_clear_error_before_connecting(
    fresh_server: FakeElevenLabs, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "speech.mp3"
    path.write_bytes(b"ID3" + bytes(100))
    monkeypatch.setenv("PATH", str(tmp_path))  # no ffmpeg there
    missing = r"ffmpeg is needed to read speech\.mp3 .*apt install ffmpeg"
    with ElevenLabs(**settings(fresh_server)) as client, pytest.raises(FFmpegNotFoundError, match=missing):
        client.speech_to_text.transcribe_realtime(path, model_id=MODEL)
    assert fresh_server.sockets == []


def test_a_failing_source_raises_its_error_and_closes_the_connection(fresh_server: FakeElevenLabs, mode: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield speech(0.1)
        raise OSError("the microphone went away")

    with pytest.raises(OSError, match="the microphone went away"):
        collect(fresh_server, mode, chunks())
    assert fresh_server.sockets[-1].close_code == 1000


def test_leaving_early_closes_the_connection(fresh_server: FakeElevenLabs) -> None:
    with ElevenLabs(**settings(fresh_server)) as client:
        events = client.speech_to_text.transcribe_realtime([speech(0.1)] * 50, model_id=MODEL)
        first = next(events)
        events.close()  # type: ignore[attr-defined]
    assert isinstance(first, SessionStartedPayload)
    assert fresh_server.sockets[-1].close_code == 1000
    assert not [thread for thread in threading.enumerate() if thread.name == "elevenlabs-transcription-sender"]


@pytest.mark.parametrize(("source", "problem"), [(b"\x00\x00", "one chunk of bytes"), (5, "not int")])
def test_a_source_of_another_kind_is_refused(fresh_server: FakeElevenLabs, source: Any, problem: str) -> None:
    with ElevenLabs(**settings(fresh_server)) as client, pytest.raises(TypeError, match=problem):
        client.speech_to_text.transcribe_realtime(source, model_id=MODEL)


def test_an_async_iterable_needs_the_async_client(fresh_server: FakeElevenLabs) -> None:
    async def chunks() -> Any:
        yield speech(0.1)

    with ElevenLabs(**settings(fresh_server)) as client, pytest.raises(TypeError, match="with AsyncElevenLabs"):
        client.speech_to_text.transcribe_realtime(chunks(), model_id=MODEL)


def test_a_missing_file_is_refused_before_connecting(fresh_server: FakeElevenLabs, tmp_path: Path) -> None:
    with ElevenLabs(**settings(fresh_server)) as client, pytest.raises(FileNotFoundError):
        client.speech_to_text.transcribe_realtime(tmp_path / "nothing.wav", model_id=MODEL)
    assert fresh_server.sockets == []


def test_a_chunk_of_another_kind_is_refused(fresh_server: FakeElevenLabs, mode: str) -> None:
    with pytest.raises(TypeError, match="must be bytes or COMMIT, not str"):
        collect(fresh_server, mode, [speech(0.1), "AAAA"])


def test_an_unread_transcription_opens_nothing(fresh_server: FakeElevenLabs) -> None:
    with ElevenLabs(**settings(fresh_server)) as client:
        client.speech_to_text.transcribe_realtime([speech(0.1)], model_id=MODEL)
    assert fresh_server.sockets == []


@pytest.fixture
def audio_url() -> Iterator[Any]:
    """Serves bytes on loopback: `audio_url(data)` is a URL answering them (as audio/wav)."""
    served: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            data = served.get(self.path)
            self.send_response(200 if data is not None else 404)
            self.send_header("Content-Type", "audio/wav")
            self.send_header("Content-Length", str(len(data or b"")))
            self.end_headers()
            self.wfile.write(data or b"")

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def serve(data: bytes) -> str:
        path = f"/audio-{len(served)}.wav"
        served[path] = data
        return f"http://127.0.0.1:{server.server_address[1]}{path}"

    yield serve
    server.shutdown()
    server.server_close()


def test_transcripts_arrive_while_the_source_is_still_being_read(fresh_server: FakeElevenLabs, mode: str) -> None:
    heard = threading.Event()  # set by the reader: the sender has not finished, the reader is not waiting for it
    waited: list[bool] = []

    def microphone() -> Iterator[bytes | Any]:
        yield speech(0.1)
        waited.append(heard.wait(WAIT))  # the source pauses until the first partial reached the caller
        yield speech(0.1, level=7)

    events = []
    if mode == "sync":
        with ElevenLabs(**settings(fresh_server)) as client:
            for event in client.speech_to_text.transcribe_realtime(microphone(), model_id=MODEL):
                events.append(event)
                if isinstance(event, PartialTranscriptPayload):
                    heard.set()
    else:

        async def run() -> None:
            async with AsyncElevenLabs(**settings(fresh_server)) as client:
                async for event in client.speech_to_text.transcribe_realtime(microphone(), model_id=MODEL):
                    events.append(event)
                    if isinstance(event, PartialTranscriptPayload):
                        heard.set()

        asyncio.run(run())
    assert waited == [True]
    assert committed(events) == ["is speech"]


def ffmpeg_running(path: Path) -> bool:
    """Whether a process reads `path` (an ffmpeg of this test: its path is unique)."""
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if str(path).encode() in cmdline.read_bytes():
                return True
        except OSError:
            continue  # it ended meanwhile
    return False


def test_leaving_early_stops_ffmpeg(fresh_server: FakeElevenLabs, mode: str, tmp_path: Path) -> None:
    needs_ffmpeg()
    if not Path("/proc/self/cmdline").exists():
        pytest.skip("no /proc to look for the ffmpeg process in")
    path = tmp_path / "long-stereo.wav"
    path.write_bytes(wav(speech(30.0, rate=8000) * 2, 8000, channels=2))
    if mode == "sync":
        with ElevenLabs(**settings(fresh_server)) as client:
            events = client.speech_to_text.transcribe_realtime(path, model_id=MODEL)
            assert isinstance(next(events), SessionStartedPayload)
            assert isinstance(next(events), PartialTranscriptPayload)  # ffmpeg is running
            events.close()  # type: ignore[attr-defined]
    else:

        async def run() -> None:
            async with AsyncElevenLabs(**settings(fresh_server)) as client:
                events = client.speech_to_text.transcribe_realtime(path, model_id=MODEL)
                async for event in events:
                    if isinstance(event, PartialTranscriptPayload):
                        break
                await events.aclose()  # type: ignore[attr-defined]

        asyncio.run(run())
    assert not ffmpeg_running(path)
    assert fresh_server.sockets[-1].close_code == 1000


def test_cancelling_the_task_closes_the_connection_and_ends_the_sender(fresh_server: FakeElevenLabs) -> None:
    async def endless() -> Any:
        while True:
            yield speech(0.1)
            await asyncio.sleep(0)

    async def run() -> None:
        async with AsyncElevenLabs(**settings(fresh_server)) as client:
            started = asyncio.Event()

            async def consume() -> None:
                async for event in client.speech_to_text.transcribe_realtime(endless(), model_id=MODEL):
                    if isinstance(event, PartialTranscriptPayload):
                        started.set()

            task = asyncio.create_task(consume())
            await asyncio.wait_for(started.wait(), WAIT)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert [other for other in asyncio.all_tasks() if other is not asyncio.current_task()] == []

    asyncio.run(run())
    assert fresh_server.sockets[-1].close_code == 1000
