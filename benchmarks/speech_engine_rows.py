"""The Speech Engine row run.py adds: from a transcript arriving at a Speech Engine server to the first
text of its answer going back, for a handler that answers at once (`session.send_response("...")`).

Each contender's server runs in a process of its own on the server core, on loopback: ours
(`elevenlabs_client.speech_engine.SpeechEngineServer`), the official SDK's (`elevenlabs.speech_engine
.SpeechEngineServer`) and the floor, a plain websockets asyncio server that answers each transcript with
one `agent_response` (json in, json out, no token check). The driver plays ElevenLabs on the other
core(s): one connection per run with a signed token, `init`, then TRANSCRIPTS transcripts one after
another, each timed from just before it is sent to the first `agent_response` for its event_id in the
driver's hands (the final chunk is read before the next transcript goes). The first WARM_UP of each run
are not counted. Median and p99 over RUNS runs, the contenders interleaved.

    .venv/bin/python benchmarks/speech_engine_rows.py      # this row alone (a few seconds)
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from children import CLIENT_CORES, SERVER_CORES

API_KEY = "bench-key"
CONTENDERS = ("ours", "official", "floor")
TRANSCRIPTS = 220
WARM_UP = 20
RUNS = 3
HEADER = "X-Elevenlabs-Speech-Engine-Authorization"


def token() -> str:
    import jwt

    now = int(time.time())
    claims = {
        "iss": "https://api.elevenlabs.io/convai/speech-engine",
        "sub": "convai_speech_engine_upstream",
        "iat": now,
        "exp": now + 600,
    }
    return str(jwt.encode(claims, hashlib.sha256(API_KEY.encode()).digest(), algorithm="HS256"))


# ---- the servers, each in its own process (`--serve WHO PORT`) ------------------------------------


async def serve(who: str, port: int) -> None:
    async def on_transcript(transcript: Any, session: Any) -> None:
        await session.send_response("Right away.")

    if who == "floor":
        from websockets.asyncio.server import serve as plain

        async def answer(connection: Any) -> None:
            async for raw in connection:
                message = json.loads(raw)
                if message.get("type") == "user_transcript":
                    event = message.get("event_id")
                    await connection.send(
                        json.dumps(
                            {"type": "agent_response", "content": "Right away.", "event_id": event, "is_final": False}
                        )
                    )
                    await connection.send(
                        json.dumps({"type": "agent_response", "content": "", "event_id": event, "is_final": True})
                    )

        async with plain(answer, "127.0.0.1", port):
            await asyncio.Future()
    if who == "ours":
        from elevenlabs_client.speech_engine import SpeechEngineServer as Ours

        await Ours(port=port, host="127.0.0.1", api_key=API_KEY, on_transcript=on_transcript).serve()
    if who == "official":
        from elevenlabs.speech_engine import SpeechEngineServer as Official

        await Official(port=port, api_key=API_KEY, on_transcript=on_transcript).serve()


# ---- the driver -----------------------------------------------------------------------------------


async def drive(port: int) -> list[float]:
    """One conversation: the delays, in ms, of the counted transcripts."""
    from websockets.asyncio.client import connect

    for _ in range(500):  # until the server process listens
        try:
            connection = await connect(f"ws://127.0.0.1:{port}/", additional_headers={HEADER: token()})
            break
        except OSError:
            await asyncio.sleep(0.02)
    else:
        raise RuntimeError(f"no Speech Engine server on port {port}")
    delays = []
    async with connection:
        await connection.send(json.dumps({"type": "init", "conversation_id": "conv_bench"}))
        transcript = []
        for event in range(1, TRANSCRIPTS + 1):
            transcript.append({"role": "user", "content": f"Question number {event}?"})
            message = json.dumps({"type": "user_transcript", "user_transcript": transcript, "event_id": event})
            start = time.perf_counter()
            await connection.send(message)
            first = None
            while True:
                reply = json.loads(await connection.recv())
                if reply.get("type") != "agent_response" or reply.get("event_id") != event:
                    continue
                if first is None:
                    first = time.perf_counter() - start
                if reply.get("is_final"):
                    break
            transcript.append({"role": "agent", "content": "Right away."})
            if event > WARM_UP:
                delays.append(first * 1000)
    return delays


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def run_once(who: str) -> list[float]:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", who, str(port)],
        preexec_fn=lambda: os.sched_setaffinity(0, SERVER_CORES),  # noqa: PLW1509 (no threads yet)
        env={**os.environ, "ELEVENLABS_API_KEY": API_KEY},
        stderr=subprocess.DEVNULL,
    )
    try:
        return asyncio.run(drive(port))
    finally:
        server.terminate()
        server.wait()


def measure() -> dict[str, Any]:
    """Each contender's median and p99 delay (ms) over RUNS interleaved runs."""
    os.sched_setaffinity(0, CLIENT_CORES)
    delays: dict[str, list[float]] = {who: [] for who in CONTENDERS}
    for _ in range(RUNS):
        for who in CONTENDERS:
            delays[who] += run_once(who)
    return {
        who: {
            "median_ms": statistics.median(found),
            "p99_ms": statistics.quantiles(found, n=100)[98],
            "count": len(found),
        }
        for who, found in delays.items()
    }


def rows(measured: dict[str, Any], row: Callable[..., dict[str, Any]]) -> list[dict[str, Any]]:
    """run.py's rows (its `row` function): ours, the official SDK's server, the floor."""
    ours, official, floor = (measured[who] for who in CONTENDERS)
    return [
        row(
            "speech engine: transcript -> first text, median",
            "ms",
            ours["median_ms"],
            official["median_ms"],
            floor["median_ms"],
            "<= official",
            ours["median_ms"] <= official["median_ms"],
        ),
        row("  p99", "ms", ours["p99_ms"], official["p99_ms"], floor["p99_ms"], "-", None),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--serve", nargs=2, metavar=("WHO", "PORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        asyncio.run(serve(args.serve[0], int(args.serve[1])))
    else:
        result = measure()
        for who in CONTENDERS:
            print(
                f"{who:9} median {result[who]['median_ms']:.3f} ms, p99 {result[who]['p99_ms']:.3f} ms ({result[who]['count']})"
            )
