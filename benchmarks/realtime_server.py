"""The benchmark's own TLS WebSocket server for the realtime rows (realtime_rows.py).

The official SDK's `convert_realtime` always dials `wss://`, so every contender talks TLS to this
server: a self-signed certificate for 127.0.0.1 is made at bench time with the `openssl` command (no
certificate library is installed; `make_certificate`) and the clients trust it through SSL_CERT_FILE,
which Python's default SSL context reads, with no change to anyone's code.

It answers `wss://127.0.0.1:PORT/v1/text-to-speech/{voice_id}/stream-input` when `xi-api-key` is right
(401 otherwise, 404 off that path); the voice id says what to do:

- `delay-N`: each text message that is not blank is answered after ANSWER_DELAY seconds by one audio
  message of DELAY_AUDIO bytes whose first 8 bytes are the server's `time.monotonic_ns()` taken just
  before the send (CLOCK_MONOTONIC is one clock for every process on a Linux machine), so the caller
  can tell how long the message took to reach its hands. N is unused (it tells runs apart in logs).
- `long-N`: on the first text that is not blank, N audio messages of LONG_AUDIO bytes each, as fast
  as the connection takes them (the websockets library waits while the client's side is full).

The text "" (end of input) is answered, once every audio message is out, by `{"isFinal": true}` and a
normal close, as the vendor's stream-input channel does. Compression is off: the messages carry
audio, which does not compress, and zlib would be timed on both sides instead of the clients.

    realtime_server.py CERT KEY API_KEY CORES     # prints {"base_url": ...} once listening; stops when stdin closes
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
import ssl
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus
from typing import Any

from children import ServerChild
from websockets.asyncio.server import Request, Response, ServerConnection, serve

ANSWER_DELAY = 0.05
DELAY_AUDIO = 16_000  # one second of mp3_44100_128 (128 kbit/s) per sentence
LONG_AUDIO = 1_600  # 100 ms of audio per message: 6,000 messages make 10 minutes (9.6 MB)
STAMP = 9  # bytes of the time stamp (8) and a pad byte: a multiple of 3, so its base64 ends cleanly
PATH = re.compile(r"/v1/text-to-speech/(delay|long)-(\d+)/stream-input(?:\?.*)?")
FINAL = json.dumps({"isFinal": True})


def audio_message(audio_base64: str) -> str:
    return '{"audio":"' + audio_base64 + '","isFinal":false}'


# The audio after the stamp, encoded once: the stamp is a multiple of 3 bytes, so its base64 and
# this one joined are the base64 of the whole.
DELAY_REST = base64.b64encode(os.urandom(DELAY_AUDIO - STAMP)).decode()
LONG_MESSAGE = audio_message(base64.b64encode(os.urandom(LONG_AUDIO)).decode())


def stamped_message() -> str:
    """An audio message of DELAY_AUDIO bytes that starts with the time it is sent."""
    stamp = time.monotonic_ns().to_bytes(8, "big") + b"\0"
    return audio_message(base64.b64encode(stamp).decode() + DELAY_REST)


async def answer_after_delay(socket: ServerConnection) -> None:
    await asyncio.sleep(ANSWER_DELAY)
    await socket.send(stamped_message())


async def stream(socket: ServerConnection, count: int) -> None:
    for _ in range(count):
        await socket.send(LONG_MESSAGE)


async def session(socket: ServerConnection) -> None:
    match = PATH.fullmatch(socket.request.path if socket.request else "")
    assert match is not None  # check() refused any other path
    mode, count = match.group(1), int(match.group(2))
    pending: list[asyncio.Task[None]] = []
    async for raw in socket:
        text = json.loads(raw).get("text")
        if text == "":
            break
        if not isinstance(text, str) or not text.strip():
            continue  # the first message, a keep-alive
        if mode == "delay":
            pending.append(asyncio.create_task(answer_after_delay(socket)))
        elif not pending:
            pending.append(asyncio.create_task(stream(socket, count)))
    else:
        return  # closed before the end of the text: nothing more to send
    await asyncio.gather(*pending)
    await socket.send(FINAL)
    await socket.close()


def check(api_key: str) -> Any:
    def process_request(socket: ServerConnection, request: Request) -> Response | None:
        if not PATH.fullmatch(request.path):
            return socket.respond(HTTPStatus.NOT_FOUND, "Not Found\n")
        if request.headers.get("xi-api-key") != api_key:
            return socket.respond(HTTPStatus.UNAUTHORIZED, "invalid_api_key\n")
        return None

    return process_request


async def main(cert: str, key: str, api_key: str) -> None:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    async with serve(
        session, "127.0.0.1", 0, ssl=context, process_request=check(api_key), compression=None, max_size=None
    ) as server:
        port = server.sockets[0].getsockname()[1]
        print(json.dumps({"base_url": f"https://127.0.0.1:{port}"}), flush=True)
        await asyncio.to_thread(sys.stdin.read)  # until the parent closes stdin


def make_certificate(folder: str) -> tuple[str, str]:
    """A self-signed certificate for 127.0.0.1 (P-256, one day), made by the openssl command: (cert, key)."""
    cert, key = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        + ["-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1"]
        + ["-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
    )
    return cert, key


@contextmanager
def tls_server(script: str, arguments: list[str], cores: set[int]) -> Iterator[tuple[str, dict[str, str]]]:
    """Runs the benchmark server `script` (this file's directory) on `cores` with a fresh certificate, its
    `arguments` after the certificate's files, until the block ends: yields its base URL and the environment
    a contender runs in. Every contender trusts the certificate through Python's default SSL context, which
    reads SSL_CERT_FILE, so the official SDK's code is used as it is."""
    with tempfile.TemporaryDirectory(prefix="elevenlabs-bench-tls-") as folder:
        cert, key = make_certificate(folder)
        pinned = ",".join(str(core) for core in sorted(cores))
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), script)
        with ServerChild([sys.executable, path, cert, key, *arguments, pinned]) as server:
            yield server.info["base_url"], {**os.environ, "SSL_CERT_FILE": cert}


if __name__ == "__main__":
    if len(sys.argv) > 4:
        os.sched_setaffinity(0, {int(core) for core in sys.argv[4].split(",")})
    asyncio.run(main(*sys.argv[1:4]))
