"""Uploads over a real socket, sync and async: every form the official SDK takes, plus paths; a retried
upload sends the whole file again; a file that cannot be read again is not retried."""

from __future__ import annotations

import asyncio
import io
import os
import re
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from elevenlabs_client import AsyncElevenLabs, ElevenLabs, InternalServerError

KEY = "sk-uploads"
AUDIO = os.urandom(300_000)
TRANSCRIPT = {"language_code": "eng", "language_probability": 1.0, "text": "hi", "words": []}


class Receiver(BaseHTTPRequestHandler):
    """Speech to text and speech to speech; answers 503 to the first `failures` requests. Keeps each
    request's multipart parts by name."""

    failures: ClassVar[int] = 0
    received: ClassVar[list[dict[str, bytes]]] = []

    def do_POST(self) -> None:
        body = self.read_body()
        boundary = self.headers["Content-Type"].split("boundary=")[1].encode()
        parts = {}
        for part in body.split(b"--" + boundary)[1:-1]:
            head, content = part.split(b"\r\n\r\n", 1)
            parts[re.search(rb'name="([^"]+)"', head).group(1).decode()] = content[:-2]  # type: ignore[union-attr]
            if b"filename=" in head:
                parts["filename"] = re.search(rb'filename="([^"]*)"', head).group(1)  # type: ignore[union-attr]
        type(self).received.append(parts)
        if len(self.received) <= self.failures:
            payload, status, kind = b'{"detail": "busy"}', 503, "application/json"
        elif self.path.startswith("/v1/speech-to-speech/"):
            payload, status, kind = parts["audio"], 200, "audio/mpeg"
        else:
            import json

            payload, status, kind = json.dumps(TRANSCRIPT).encode(), 200, "application/json"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding") != "chunked":  # a body of unknown length comes chunked
            return self.rfile.read(int(self.headers["Content-Length"]))
        body = b""
        while size := int(self.rfile.readline().strip(), 16):
            body += self.rfile.read(size)
            self.rfile.readline()
        self.rfile.readline()
        return body

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def base_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Receiver.failures, Receiver.received = 0, []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def transcribe(base_url: str, asynchronous: bool, file: Any, **options: Any) -> Any:
    if not asynchronous:
        with ElevenLabs(api_key=KEY, base_url=base_url, **options) as client:
            return client.speech_to_text.convert(model_id="scribe_v1", file=file)

    async def run() -> Any:
        async with AsyncElevenLabs(api_key=KEY, base_url=base_url, **options) as client:
            return await client.speech_to_text.convert(model_id="scribe_v1", file=file)

    return asyncio.run(run())


both = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
FORMS: dict[str, Callable[[Path], Any]] = {
    "bytes": lambda path: AUDIO,
    "binary file": lambda path: open(path, "rb"),  # noqa: SIM115 (the client reads it)
    "BytesIO": lambda path: io.BytesIO(AUDIO),
    "tuple": lambda path: ("take.mp3", AUDIO, "audio/mpeg"),
    "path": lambda path: path,
}


@both
@pytest.mark.parametrize("form", sorted(FORMS))
def test_every_form_of_file_arrives_whole(base_url: str, tmp_path: Path, asynchronous: bool, form: str) -> None:
    path = tmp_path / "take.mp3"
    path.write_bytes(AUDIO)
    transcript = transcribe(base_url, asynchronous, FORMS[form](path))
    assert transcript.text == "hi"
    [parts] = Receiver.received
    assert parts["file"] == AUDIO
    assert parts["model_id"] == b"scribe_v1"
    # Every form is a file part with a file name (bytes and BytesIO have none of their own: "upload", as
    # httpx names them), or the vendor's server takes it for a plain field and answers 422.
    assert parts["filename"] == (b"take.mp3" if form in ("binary file", "tuple", "path") else b"upload")


@both
def test_a_retried_upload_sends_the_whole_file_again(base_url: str, tmp_path: Path, asynchronous: bool) -> None:
    Receiver.failures = 2
    path = tmp_path / "take.mp3"
    path.write_bytes(AUDIO)
    with open(path, "rb") as file:
        transcribe(base_url, asynchronous, file)
    assert [parts["file"] for parts in Receiver.received] == [AUDIO, AUDIO, AUDIO]


def test_a_retried_streaming_upload_sends_the_whole_file_again(base_url: str) -> None:
    Receiver.failures = 1
    with ElevenLabs(api_key=KEY, base_url=base_url) as client:
        echoed = b"".join(client.speech_to_speech.convert("voice", audio=io.BytesIO(AUDIO)))
    assert echoed == AUDIO
    assert len(Receiver.received) == 2


class OneShot(io.RawIOBase):
    """A stream that can be read once, as from a socket or a generator: not seekable, no length."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        size = min(len(buffer), len(self._data))
        buffer[:size], self._data = self._data[:size], self._data[size:]
        return size


@both
def test_a_file_that_cannot_be_read_again_is_not_retried(base_url: str, asynchronous: bool) -> None:
    Receiver.failures = 1
    with pytest.raises(InternalServerError):
        transcribe(base_url, asynchronous, OneShot(AUDIO))
    assert [parts["file"] for parts in Receiver.received] == [AUDIO], "sent whole once, not again"


def test_a_path_leaves_no_open_file_behind(base_url: str, tmp_path: Path) -> None:
    path = tmp_path / "take.mp3"
    path.write_bytes(AUDIO)
    Receiver.failures = 1  # and a retry reads it again from the start
    transcribe(base_url, False, path)
    assert [parts["file"] for parts in Receiver.received] == [AUDIO, AUDIO]
    descriptors = Path("/proc/self/fd")
    if descriptors.is_dir():
        open_files = {os.path.realpath(descriptors / fd) for fd in os.listdir(descriptors)}
        assert str(path.resolve()) not in open_files
