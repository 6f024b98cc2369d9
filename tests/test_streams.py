"""Streams of any operation over a real socket, sync and async: bytes saved whole or iterated, JSON objects
one a line parsed as each line arrives, and a line that does not parse named in its error."""

from __future__ import annotations

import asyncio
import base64
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from elevenlabs_client import (
    APIConnectionError,
    AsyncElevenLabs,
    CharacterAlignmentResponseModel,
    ElevenLabs,
    ResponseValidationError,
    ServerSentEvent,
)

KEY = "sk-streams"
VOICE = "JBFqnCBsd6RMkjVDRZzb"
AUDIO = bytes(range(256)) * 1024  # 256 KiB


def line(i: int) -> bytes:
    alignment = {"characters": ["H", "i"], "character_start_times_seconds": [i, i + 0.1]}
    alignment["character_end_times_seconds"] = [i + 0.1, i + 0.2]
    chunk = {"audio_base64": base64.b64encode(AUDIO[i * 10 : i * 10 + 10]).decode(), "alignment": alignment}
    return json.dumps(chunk).encode() + b"\n"


class Streamer(BaseHTTPRequestHandler):
    """Audio for the binary operations; for `with-timestamps`, three objects a line, the last split in two
    writes, each write flushed after a pause, as a generating server sends them."""

    protocol_version = "HTTP/1.1"
    # "": as the spec says; "wrong": line 3 lacks a required field; "garbage": line 3 is not JSON;
    # "cut": the connection drops in the middle of line 3.
    mode: ClassVar[str] = ""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        assert self.headers["xi-api-key"] == KEY
        if self.path.split("?")[0] == "/v1/music/detailed/stream":
            body = (
                b': keep-alive\r\n\r\nevent: composition_plan\r\ndata: {"sections": [1, 2]}\r\n\r\n'
                b'event: audio_chunk\nid: 7\ndata: {"audio":\ndata: "AAEC"}\n\n'
                b"data: done, no JSON\nretry: 3000\n\n"
            )
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            for start in range(0, len(body), 7):  # in small writes, splitting lines and events
                self.wfile.write(body[start : start + 7])
                self.wfile.flush()
            return
        if self.path.split("?")[0].endswith("/with-timestamps"):
            third = {"": [line(2)[:15], line(2)[15:]], "wrong": [b'{"alignment": null}\n'], "garbage": [b"<html>\n"]}
            pieces = [line(0), line(1), *third.get(self.mode, [line(2)[:15]])]
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for piece in pieces:
                self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                self.wfile.flush()
                time.sleep(0.02)
            if self.mode == "cut":
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            self.wfile.write(b"0\r\n\r\n")
            return
        self.send_response(200)
        self.send_header("Content-Type", "audio/mpeg")
        self.send_header("Content-Length", str(len(AUDIO)))
        self.end_headers()
        self.wfile.write(AUDIO)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def base_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Streamer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Streamer.mode = ""
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_binary_stream_saves_or_iterates(base_url: str, tmp_path: Path) -> None:
    with ElevenLabs(api_key=KEY, base_url=base_url) as client:
        saved = client.text_to_speech.convert(VOICE, text="Hi").save(tmp_path / "hi.mp3")
        assert saved.read_bytes() == AUDIO
        assert b"".join(client.music.compose(prompt="calm")) == AUDIO
        with client.text_to_sound_effects.convert(text="rain") as stream:
            assert next(stream)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hi.mp3"], "no temp file left"


def test_async_binary_stream_with_or_without_await(base_url: str, tmp_path: Path) -> None:
    async def run() -> None:
        async with AsyncElevenLabs(api_key=KEY, base_url=base_url) as client:
            got = b"".join([chunk async for chunk in client.text_to_speech.convert(VOICE, text="Hi")])
            assert got == AUDIO, "the official SDK's form: async for over the call"
            stream = await client.text_to_speech.stream(VOICE, text="Hi")
            assert b"".join([chunk async for chunk in stream]) == AUDIO, (
                "this client's first form: await, then async for"
            )
            saved = await client.speech_to_speech.convert(VOICE, audio=b"voice").save(tmp_path / "sts.mp3")
            assert saved.read_bytes() == AUDIO

    asyncio.run(run())


def test_json_lines_are_parsed_as_each_line_arrives(base_url: str) -> None:
    with ElevenLabs(api_key=KEY, base_url=base_url) as client:
        started = time.monotonic()
        stream = client.text_to_speech.stream_with_timestamps(VOICE, text="Hi")
        first = next(iter(stream))
        first_after = time.monotonic() - started
        rest = list(stream)
        total = time.monotonic() - started
    assert base64.b64decode(first.audio_base64) == AUDIO[:10]
    assert [base64.b64decode(c.audio_base64) for c in rest] == [AUDIO[10:20], AUDIO[20:30]]
    alignment = rest[-1].alignment
    assert isinstance(alignment, CharacterAlignmentResponseModel) and alignment.characters == ["H", "i"]
    assert first_after < total - 0.03, "the first object came before the body ended"


def test_async_json_lines(base_url: str) -> None:
    async def run() -> list[Any]:
        async with AsyncElevenLabs(api_key=KEY, base_url=base_url) as client:
            return [c async for c in client.text_to_speech.stream_with_timestamps(VOICE, text="Hi")]

    chunks = asyncio.run(run())
    assert len(chunks) == 3


def test_strict_a_line_that_does_not_match_its_model_is_named(base_url: str) -> None:
    Streamer.mode = "wrong"
    with ElevenLabs(api_key=KEY, base_url=base_url, max_retries=0, strict_response_validation=True) as client:
        stream = client.text_to_speech.stream_with_timestamps(VOICE, text="Hi")
        with pytest.raises(ResponseValidationError) as raised:
            list(stream)
    assert "line 3 of the 200 body does not match StreamingAudioChunkWithTimestampsResponse" in str(raised.value)
    assert "the required field 'audio_base64' is missing" in str(raised.value)
    assert raised.value.body == {"alignment": None}


def test_a_line_that_is_not_json_is_named(base_url: str) -> None:
    Streamer.mode = "garbage"
    with ElevenLabs(api_key=KEY, base_url=base_url, max_retries=0) as client:
        got = []
        with pytest.raises(ResponseValidationError, match="line 3 of the 200 body is not JSON") as raised:
            for chunk in client.text_to_speech.stream_with_timestamps(VOICE, text="Hi"):
                got.append(chunk)  # noqa: PERF402 (what arrived before the error)
    assert len(got) == 2, "the lines before it were handed over"
    assert raised.value.body == "<html>"


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_connection_cut_mid_stream_is_a_connection_error(base_url: str, asynchronous: bool) -> None:
    Streamer.mode = "cut"

    async def run_async() -> list[Any]:
        got: list[Any] = []
        async with AsyncElevenLabs(api_key=KEY, base_url=base_url) as client:
            with pytest.raises(APIConnectionError):
                async for chunk in client.text_to_speech.stream_with_timestamps(VOICE, text="Hi"):
                    got.append(chunk)
        return got

    if asynchronous:
        got = asyncio.run(run_async())
    else:
        got = []
        with ElevenLabs(api_key=KEY, base_url=base_url) as client, pytest.raises(APIConnectionError):
            for chunk in client.text_to_speech.stream_with_timestamps(VOICE, text="Hi"):
                got.append(chunk)
    assert len(got) == 2, "no retry once objects were handed over"


EXPECTED_EVENTS = [
    ServerSentEvent(event="composition_plan", data={"sections": [1, 2]}),
    ServerSentEvent(event="audio_chunk", data={"audio": "AAEC"}, id="7"),
    ServerSentEvent(event="message", data="done, no JSON", id="7", retry=3000),  # an id carries over
]


def test_server_sent_events_are_yielded_one_by_one(base_url: str) -> None:
    with ElevenLabs(api_key=KEY, base_url=base_url) as client:
        assert list(client.music.compose_detailed_stream(prompt="calm")) == EXPECTED_EVENTS


def test_async_server_sent_events(base_url: str) -> None:
    async def run() -> list[ServerSentEvent]:
        async with AsyncElevenLabs(api_key=KEY, base_url=base_url) as client:
            return [event async for event in client.music.compose_detailed_stream(prompt="calm")]

    assert asyncio.run(run()) == EXPECTED_EVENTS


def test_by_default_a_line_missing_a_field_is_handed_over(base_url: str) -> None:
    Streamer.mode = "wrong"
    with ElevenLabs(api_key=KEY, base_url=base_url, max_retries=0) as client:
        chunks = list(client.text_to_speech.stream_with_timestamps(VOICE, text="Hi"))
    assert [chunk.audio_base64 is None for chunk in chunks] == [False, False, True]
