"""The benchmark's own loopback stand-in for text to speech, which the fake server does not answer.

`POST /v1/text-to-speech/{voice_id}` and `POST /v1/text-to-speech/{voice_id}/stream` (any query string)
answer a fixed AUDIO_BYTES audio/mpeg body when the `xi-api-key` header is right and the JSON body has
a `text`; anything else gets the status a real server would give (401, 404, 411, 422). It runs as
threads of the benchmark's server process, next to the fake (benchmarks/run.py --serve). FIRST_CALL
holds what each fresh process of the `import + first text_to_speech.convert` row runs against it.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

AUDIO_BYTES = 64 * 1024
AUDIO = bytes(range(256)) * (AUDIO_BYTES // 256)
PATH = re.compile(r"/v1/text-to-speech/[^/?]+(?:/stream)?(?:\?.*)?")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, with Content-Length on every answer
    server: TextToSpeechServer

    def do_POST(self) -> None:
        length = self.headers.get("content-length")
        if length is None:
            self.answer(411, b'{"detail": "Content-Length required"}', "application/json")
            return
        body = self.rfile.read(int(length))
        if not PATH.fullmatch(self.path):
            self.answer(404, b'{"detail": "Not Found"}', "application/json")
        elif self.headers.get("xi-api-key") != self.server.api_key:
            self.answer(401, b'{"detail": {"status": "invalid_api_key"}}', "application/json")
        elif not has_text(body):
            self.answer(422, b'{"detail": "text is required"}', "application/json")
        else:
            self.answer(200, AUDIO, "audio/mpeg")

    def answer(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass


def has_text(body: bytes) -> bool:
    try:
        document = json.loads(body)
    except ValueError:
        return False
    return isinstance(document, dict) and isinstance(document.get("text"), str)


class TextToSpeechServer(ThreadingHTTPServer):
    """`with TextToSpeechServer(api_key) as server:` serves on a free 127.0.0.1 port (`server.base_url`)."""

    daemon_threads = True

    def __init__(self, api_key: str) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.api_key = api_key
        self.base_url = f"http://127.0.0.1:{self.server_address[1]}"
        self._thread = threading.Thread(target=self.serve_forever, name="tts-server", daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.shutdown()
        self.server_close()


# What a fresh process runs for the `import + first text_to_speech.convert` row: import, make the client,
# call `convert` and read the whole body, checking its size (a failed check fails the benchmark).
FIRST_CALL = {
    "ours": (
        "from elevenlabs_client import ElevenLabs\n"
        "c = ElevenLabs(api_key={key!r}, base_url={url!r})\n"
        "audio = c.text_to_speech.convert({voice!r}, text={text!r}, model_id={model!r}, output_format={fmt!r})\n"
        "n = sum(len(chunk) for chunk in audio)\n"
        "assert n == {size}, n"
    ),
    "official": (
        "from elevenlabs import ElevenLabs\n"
        "c = ElevenLabs(api_key={key!r}, base_url={url!r})\n"
        "audio = c.text_to_speech.convert({voice!r}, text={text!r}, model_id={model!r}, output_format={fmt!r})\n"
        "n = sum(len(chunk) for chunk in audio)\n"
        "assert n == {size}, n"
    ),
    "floor": (
        "import httpx\n"
        "r = httpx.post({url!r} + '/v1/text-to-speech/' + {voice!r}, params={{'output_format': {fmt!r}}},\n"
        "               json={{'text': {text!r}, 'model_id': {model!r}}}, headers={{'xi-api-key': {key!r}}})\n"
        "r.raise_for_status()\n"
        "assert len(r.content) == {size}, len(r.content)"
    ),
}


def first_call_statements(base_url: str, api_key: str) -> dict[str, str]:
    """The FIRST_CALL statements of ours, the official SDK and plain httpx, filled in for this server."""
    values = {
        "key": api_key,
        "url": base_url,
        "voice": "JBFqnCBsd6RMkjVDRZzb",
        "text": "The first moments of a fresh process, read aloud.",
        "model": "eleven_multilingual_v2",
        "fmt": "mp3_44100_128",
        "size": AUDIO_BYTES,
    }
    return {who: code.format(**values) for who, code in FIRST_CALL.items()}
