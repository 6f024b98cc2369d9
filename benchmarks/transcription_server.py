"""The benchmark's own TLS WebSocket server for the realtime transcription row (transcription_rows.py):
`wss://127.0.0.1:PORT/v1/speech-to-text/realtime?...` with the right `xi-api-key` (401 otherwise, 404
off that path).

It answers at once and does no transcribing: `session_started` when the connection opens, a
`partial_transcript` for every `input_audio_chunk` that carries audio, and a `committed_transcript`
("Segment N: ...") for every chunk with `commit: true`, as the vendor's manual commit strategy does. So
the row times the clients: what they take to send the audio and to parse what comes back. Compression
is off, as in realtime_server.py.

    transcription_server.py CERT KEY API_KEY CORES     # prints {"base_url": ...}; stops when stdin closes
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import ssl
import sys
from http import HTTPStatus
from typing import Any

from websockets.asyncio.server import Request, Response, ServerConnection, serve

PATH = re.compile(r"/v1/speech-to-text/realtime(?:\?.*)?")
SENTENCE = "the quick brown fox jumps over the lazy dog"
STARTED = json.dumps(
    {
        "message_type": "session_started",
        "session_id": "0123456789abcdef0123456789abcdef",
        "config": {"sample_rate": 16000, "audio_format": "pcm_16000", "commit_strategy": "manual"},
    }
)
PARTIAL = json.dumps({"message_type": "partial_transcript", "text": SENTENCE})


async def session(socket: ServerConnection) -> None:
    await socket.send(STARTED)
    segments = 0
    async for raw in socket:
        message = json.loads(raw)
        if message.get("message_type") != "input_audio_chunk":
            continue
        if message.get("audio_base_64"):
            await socket.send(PARTIAL)
        if message.get("commit"):
            segments += 1
            text = f"Segment {segments}: {SENTENCE}."
            await socket.send(json.dumps({"message_type": "committed_transcript", "text": text}))


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


if __name__ == "__main__":
    if len(sys.argv) > 4:
        os.sched_setaffinity(0, {int(core) for core in sys.argv[4].split(",")})
    asyncio.run(main(*sys.argv[1:4]))
