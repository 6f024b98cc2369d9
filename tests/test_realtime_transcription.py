"""Realtime speech to text over real WebSockets against the test server, sync and async, through the
public client's generated method and its generic session: the session's config, partial and committed
transcripts (manual and vad), word timings, every query parameter, a refused message, each fault."""

from __future__ import annotations

import asyncio
import base64
import itertools
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from elevenlabs_api.models import (
    CommittedTranscriptPayload,
    CommittedTranscriptWithTimestampsPayload,
    InputAudioChunkPayload,
    PartialTranscriptPayload,
    SessionStartedPayload,
)
from elevenlabs_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncElevenLabs,
    AuthenticationError,
    ElevenLabs,
    InternalServerError,
    RateLimitError,
    RealtimeError,
    UnprocessableEntityError,
)
from elevenlabs_client._testing._realtime_transcription import transcript
from elevenlabs_client.testing import FakeElevenLabs, SocketFault

MODEL = "scribe_v2_realtime"
PATH = "/v1/speech-to-text/realtime"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def speech(seconds: float, level: int = 3, rate: int = 16000) -> bytes:
    """16-bit PCM that is not silent; its first byte, `level`, picks the words the fake hears."""
    return bytes([level, 0]) * round(seconds * rate)


def silence(seconds: float, rate: int = 16000) -> bytes:
    return b"\x00\x00" * round(seconds * rate)


def chunk(audio: bytes, commit: bool = False, rate: int = 16000, **extra: Any) -> InputAudioChunkPayload:
    return InputAudioChunkPayload(
        audio_base_64=base64.b64encode(audio).decode(), commit=commit, sample_rate=rate, **extra
    )


def transcribe(server: FakeElevenLabs, mode: str, chunks: list[Any], until: int | None, **query: Any) -> list[Any]:
    """The server's messages as the client types them, for `chunks` sent through the public client: the
    first `until` of them (a manual session stays open), or all until the server closes (None)."""
    query.setdefault("model_id", MODEL)
    settings: dict[str, Any] = {"api_key": server.api_key, "base_url": server.base_url, "max_retries": 0}
    options = query.pop("request_options", None)
    if mode == "sync":
        with (
            ElevenLabs(**settings) as client,
            client.speech_to_text.realtime_session(**query, request_options=options) as opened,
        ):
            session: Any = opened  # the generic session: typed as the channel's protocol, which has no send
            for message in chunks:
                session.send(message)
            return list(itertools.islice(session, until))

    async def run() -> list[Any]:
        received: list[Any] = []
        async with (
            AsyncElevenLabs(**settings) as client,
            await client.speech_to_text.realtime_session(**query, request_options=options) as opened,
        ):
            session: Any = opened
            for message in chunks:
                await session.send(message)
            async for message in session:
                received.append(message)
                if len(received) == until:
                    break
        return received

    return asyncio.run(run())


# Happy paths ---------------------------------------------------------------------------------------


def test_chunks_get_partial_transcripts_and_a_commit_gets_the_committed_one(
    fresh_server: FakeElevenLabs, mode: str
) -> None:
    first, second = speech(0.2), speech(0.1, level=7)
    chunks = [chunk(first), chunk(second), chunk(b"", commit=True), chunk(speech(0.1, level=1), commit=True)]
    started, *rest = transcribe(fresh_server, mode, chunks, until=6)
    assert isinstance(started, SessionStartedPayload) and started.session_id
    config = started.config.to_dict()
    assert config == config | {"model_id": MODEL, "audio_format": "pcm_16000", "sample_rate": 16000}
    assert config["commit_strategy"] == "manual" and config["include_timestamps"] is False
    # One word per 0.1 s, picked by the audio's first byte: 3 is "is", 7 is "speech", 1 is "world".
    assert [(type(message), message.text) for message in rest] == [
        (PartialTranscriptPayload, "is is"),
        (PartialTranscriptPayload, "is is speech"),
        (CommittedTranscriptPayload, "is is speech"),
        (PartialTranscriptPayload, "world"),  # a new segment: the commit started it afresh
        (CommittedTranscriptPayload, "world"),
    ]
    assert transcript(first + second) == "is is speech"
    record = fresh_server.sockets[-1]
    assert record.status == 101 and record.path == PATH
    assert [message["commit"] for message in record.messages] == [False, False, True, True]


def test_include_timestamps_times_each_word_from_its_place_in_the_audio(
    fresh_server: FakeElevenLabs, mode: str
) -> None:
    # At 8000 Hz a word is 1600 bytes; the silent tenth of a second in the middle is no word.
    audio = speech(0.1, rate=8000) + silence(0.1, rate=8000) + speech(0.05, level=4, rate=8000)
    chunks = [chunk(speech(0.1, rate=8000), commit=True, rate=8000), chunk(audio, commit=True, rate=8000)]
    messages = transcribe(
        fresh_server, mode, chunks, until=7, audio_format="pcm_8000", include_timestamps=True, language_code="fr"
    )
    assert messages[0].config.sample_rate == 8000 and messages[0].config.language_code == "fr"
    timed = [message for message in messages if isinstance(message, CommittedTranscriptWithTimestampsPayload)]
    assert [message.text for message in timed] == ["is", "is a"]
    assert all(message.language_code == "fr" for message in timed)
    # Times count from the session's start: the second segment starts after the first's 0.1 s.
    words = timed[1].words
    assert isinstance(words, list)
    assert [(word.text, word.start, word.end, word.type_) for word in words] == [
        ("is", 0.1, 0.2, "word"),
        ("a", 0.3, 0.35, "word"),
    ]
    assert [type(message) for message in messages[1:4]] == [
        PartialTranscriptPayload,
        CommittedTranscriptPayload,
        CommittedTranscriptWithTimestampsPayload,
    ]


def test_language_detection_says_the_language_with_the_timestamps(fresh_server: FakeElevenLabs, mode: str) -> None:
    chunks = [chunk(speech(0.1), commit=True)]
    messages = transcribe(fresh_server, mode, chunks, until=4, include_timestamps=True, include_language_detection=True)
    assert isinstance(messages[3], CommittedTranscriptWithTimestampsPayload) and messages[3].language_code == "en"


def test_vad_commits_after_the_silence_threshold_without_a_commit(fresh_server: FakeElevenLabs, mode: str) -> None:
    # 0.2 s of silence does not end the segment; 0.3 s does, even split across chunks.
    chunks = [
        chunk(speech(0.1) + silence(0.2) + speech(0.1, level=5)),
        chunk(silence(0.2)),
        chunk(silence(0.1) + speech(0.1, level=9)),
    ]
    messages = transcribe(
        fresh_server,
        mode,
        chunks,
        until=5,
        commit_strategy="vad",
        vad_silence_threshold_secs=0.3,
        vad_threshold=0.5,
        min_speech_duration_ms=50,
        min_silence_duration_ms=60,
    )
    config = messages[0].config
    assert (config.commit_strategy, config.vad_silence_threshold_secs, config.vad_threshold) == ("vad", 0.3, 0.5)
    assert (config.min_speech_duration_ms, config.min_silence_duration_ms) == (50, 60)
    assert [(type(message).__name__, message.text) for message in messages[1:]] == [
        ("PartialTranscriptPayload", "is test"),
        ("PartialTranscriptPayload", "is test"),
        ("CommittedTranscriptPayload", "is test"),
        ("PartialTranscriptPayload", "text"),  # what followed the silence: a new segment
    ]
    assert not any(message["commit"] for message in fresh_server.sockets[-1].messages)


# A value for each of the channel's query parameters but model_id (tests/test_stt_realtime.py sends them too).
EVERY_PARAMETER: dict[str, Any] = {
    "audio_format": "ulaw_8000",
    "language_code": "de",
    "commit_strategy": "manual",
    "vad_silence_threshold_secs": 2.5,
    "vad_threshold": 0.3,
    "min_speech_duration_ms": 200,
    "min_silence_duration_ms": 300,
    "include_timestamps": False,
    "include_language_detection": True,
    "keyterms": ["ElevenLabs", "Scribe v2"],
    "no_verbatim": True,
    "enable_logging": False,
}


def test_every_query_parameter_reaches_the_server(fresh_server: FakeElevenLabs, mode: str) -> None:
    query = EVERY_PARAMETER
    # mu-law silence is 0xFF: the silent first tenth of a second is no word.
    audio = b"\xff" * 800 + b"\x05" * 800
    (started, partial, committed) = transcribe(
        fresh_server, mode, [chunk(audio, commit=True, rate=8000)], until=3, **query
    )
    record = fresh_server.sockets[-1]
    assert record.query == {
        "model_id": MODEL,
        "audio_format": "ulaw_8000",
        "language_code": "de",
        "commit_strategy": "manual",
        "vad_silence_threshold_secs": "2.5",
        "vad_threshold": "0.3",
        "min_speech_duration_ms": "200",
        "min_silence_duration_ms": "300",
        "include_timestamps": "false",
        "include_language_detection": "true",
        "keyterms": "Scribe v2",  # `query` keeps a repeated parameter's last value
        "no_verbatim": "true",
        "enable_logging": "false",
    }
    assert parse_qs(urlsplit(record.target).query)["keyterms"] == ["ElevenLabs", "Scribe v2"]
    assert started.config.to_dict() == {"model_id": MODEL, "sample_rate": 8000, **query}
    assert (partial.text, committed.text) == ("test", "test")


# What the server refuses ---------------------------------------------------------------------------


def test_a_missing_model_id_is_refused_with_the_vendors_422(server: FakeElevenLabs) -> None:
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    url = server.base_url.replace("http://", "ws://") + PATH + "?audio_format=pcm_16000"
    with pytest.raises(InvalidStatus) as raised:
        connect(url, additional_headers={"xi-api-key": server.api_key}, open_timeout=10)
    response = raised.value.response
    assert response.status_code == 422
    assert b'"loc": ["query", "model_id"]' in response.body and b'"msg": "Field required"' in response.body


def test_a_bad_query_value_is_a_typed_422(fresh_server: FakeElevenLabs, mode: str) -> None:
    with pytest.raises(UnprocessableEntityError) as raised:
        transcribe(
            fresh_server, mode, [], until=1, request_options={"additional_query_parameters": {"vad_threshold": "x"}}
        )
    assert "vad_threshold" in str(raised.value.body)
    assert fresh_server.sockets[-1].status == 422


@pytest.mark.parametrize(
    ("message", "problem"),
    [
        ({"message_type": "input_audio_chunk", "audio_base_64": "", "commit": "yes", "sample_rate": 16000}, "/commit"),
        ({"message_type": "input_audio_chunk", "audio_base_64": "", "commit": True}, "sample_rate"),
        ({"message_type": "input_audio_chunk", "audio_base_64": "%%%", "commit": True, "sample_rate": 16000}, "base64"),
        (chunk(speech(0.1), rate=44100), "sample_rate 44100"),
        (chunk(speech(0.1), previous_text="Earlier."), "previous_text"),
    ],
)
def test_a_bad_message_gets_an_input_error_and_a_close(
    fresh_server: FakeElevenLabs, mode: str, message: Any, problem: str
) -> None:
    with pytest.raises(RealtimeError) as raised:
        transcribe(fresh_server, mode, [chunk(speech(0.1)), message], until=None)
    assert problem in str(raised.value)
    record = fresh_server.sockets[-1]
    error = record.sent[-1]
    assert error["message_type"] == "input_error" and problem in error["error"]
    assert record.close_code == 1008
    assert [sent["message_type"] for sent in record.sent] == ["session_started", "partial_transcript", "input_error"]


# Faults --------------------------------------------------------------------------------------------


def test_an_error_fault_sends_the_channels_error_shape_and_closes(fresh_server: FakeElevenLabs, mode: str) -> None:
    fresh_server.add_fault(SocketFault(path=PATH, error="transcriber_error", message="Transcriber failed.", after=1))
    with pytest.raises(RealtimeError, match="Transcriber failed.") as raised:
        transcribe(fresh_server, mode, [chunk(speech(0.1)), chunk(speech(0.1))], until=None)
    # Typed by its kind (tests/test_stt_realtime.py has each): the transcriber failed, as a 500 would say.
    assert isinstance(raised.value, InternalServerError) and raised.value.error == "transcriber_error"
    record = fresh_server.sockets[-1]
    # `after` counts transcripts: the first partial went out, then the error instead of the second.
    assert [sent["message_type"] for sent in record.sent] == [
        "session_started",
        "partial_transcript",
        "transcriber_error",
    ]
    assert record.sent[-1] == {"message_type": "transcriber_error", "error": "Transcriber failed."}
    assert record.close_code == 1008


def test_a_close_code_fault_is_a_realtime_error_with_the_code(fresh_server: FakeElevenLabs, mode: str) -> None:
    fresh_server.add_fault(SocketFault(path=PATH, close_code=1011, close_reason="internal"))
    with pytest.raises(RealtimeError, match="1011: internal") as raised:
        transcribe(fresh_server, mode, [chunk(speech(0.1))], until=None)
    assert raised.value.code == 1011


def test_a_drop_mid_stream_is_a_connection_error(fresh_server: FakeElevenLabs, mode: str) -> None:
    fresh_server.add_fault(SocketFault(path=PATH, drop=True, after=1))
    with pytest.raises(APIConnectionError, match="dropped"):
        transcribe(fresh_server, mode, [chunk(speech(0.1)), chunk(speech(0.1), commit=True)], until=None)


def test_a_stalled_server_is_a_timeout(fresh_server: FakeElevenLabs, mode: str) -> None:
    fresh_server.add_fault(SocketFault(path=PATH, stall=True, after=1))
    with pytest.raises(APITimeoutError):
        transcribe(
            fresh_server, mode, [chunk(speech(0.1)), chunk(speech(0.1))], until=None, request_options={"timeout": 0.5}
        )
    assert [sent["message_type"] for sent in fresh_server.sockets[-1].sent] == ["session_started", "partial_transcript"]


@pytest.mark.parametrize(("status", "error"), [(401, AuthenticationError), (429, RateLimitError)])
def test_a_refused_handshake_is_the_statuss_typed_error(
    fresh_server: FakeElevenLabs, mode: str, status: int, error: type[Exception]
) -> None:
    fresh_server.add_fault(SocketFault(path=PATH, status=status))
    with pytest.raises(error) as raised:
        transcribe(fresh_server, mode, [chunk(speech(0.1))], until=None)
    assert getattr(raised.value, "status_code", None) == status
    assert fresh_server.api_key not in str(raised.value) + repr(raised.value.args)
