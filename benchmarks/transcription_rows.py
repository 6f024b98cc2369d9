"""The realtime transcription row run.py adds: committed transcripts per second for 10 minutes of 16 kHz
PCM sent as fast as the client takes it, through this client's `speech_to_text.realtime_session(...)`
(sync: a thread sends while the loop reads; async: a task), the official SDK's
`speech_to_text.realtime.connect(...)` (async only: `send`, `commit`, an `on(committed_transcript)`
callback) and a plain loop on websockets (the floor: its sync client and a thread, its asyncio client
and a task), all over TLS to the benchmark's own server (transcription_server.py, in a process of its
own on the server core), which answers every chunk with a partial transcript and every commit with a
committed one at once.

A segment is 4 chunks of 250 ms (8,000 bytes each, base64-encoded by the caller, as the official
`send` wants it) and a commit; 600 segments are 10 minutes. The rate runs from the first chunk sent to
the 600th committed transcript in the caller's hands. Each run is a fresh process
(`transcription_rows.py --stream WHO URL SEGMENTS`) that makes its client and runs a 5-segment session
first; the contenders' runs are interleaved.

    .venv/bin/python benchmarks/transcription_rows.py      # this row alone (about a minute)
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from children import CLIENT_CORES, SERVER_CORES, run_child
from peak_rss import measure_transfer
from realtime_server import tls_server

API_KEY = "bench-key"
MODEL = "scribe_v2_realtime"
RATE = 16_000
CONTENDERS = ("ours_sync", "ours_async", "official", "floor", "floor_async")
CHUNK = os.urandom(8_000)  # 250 ms of 16-bit mono PCM at 16 kHz
CHUNKS_PER_SEGMENT = 4
SEGMENTS = 600  # 10 minutes
WARM_UP = 5
RUNS = 5
TIMEOUT = 120.0

Stream = Callable[[int], tuple[int, int]]  # segments -> (first chunk sent, last committed transcript read)


def audio() -> str:
    """What the caller sends for a chunk: each chunk encoded as it comes, as a microphone's would be."""
    return base64.b64encode(CHUNK).decode()


# ---------------------------------------------------------------------------------------------------
# The contenders, in the child: each made once, then one stream per call
# ---------------------------------------------------------------------------------------------------


def ours_sync(base_url: str) -> Stream:
    from elevenlabs_api.models import CommittedTranscriptPayload, InputAudioChunkPayload
    from elevenlabs_client import ElevenLabs

    client = ElevenLabs(api_key=API_KEY, base_url=base_url)

    def send_all(session: Any, segments: int) -> None:
        for _ in range(segments):
            for _ in range(CHUNKS_PER_SEGMENT):
                session.send(InputAudioChunkPayload(audio_base_64=audio(), commit=False, sample_rate=RATE))
            session.send(InputAudioChunkPayload(audio_base_64="", commit=True, sample_rate=RATE))

    def stream(segments: int) -> tuple[int, int]:
        committed = 0
        with client.speech_to_text.realtime_session(
            model_id=MODEL, audio_format="pcm_16000", commit_strategy="manual"
        ) as session:
            first = time.monotonic_ns()
            sender = threading.Thread(target=send_all, args=(session, segments))
            sender.start()
            try:
                for message in session:
                    if isinstance(message, CommittedTranscriptPayload):
                        committed += 1
                        if committed == segments:
                            return first, time.monotonic_ns()
            finally:
                sender.join()
        raise RuntimeError(f"ours_sync: the server closed after {committed} of {segments} committed transcripts")

    return stream


def ours_async(base_url: str) -> Stream:
    from elevenlabs_api.models import CommittedTranscriptPayload, InputAudioChunkPayload
    from elevenlabs_client import AsyncElevenLabs

    client = AsyncElevenLabs(api_key=API_KEY, base_url=base_url)

    async def send_all(session: Any, segments: int) -> None:
        for _ in range(segments):
            for _ in range(CHUNKS_PER_SEGMENT):
                await session.send(InputAudioChunkPayload(audio_base_64=audio(), commit=False, sample_rate=RATE))
            await session.send(InputAudioChunkPayload(audio_base_64="", commit=True, sample_rate=RATE))

    async def run(segments: int) -> tuple[int, int]:
        committed = 0
        async with await client.speech_to_text.realtime_session(
            model_id=MODEL, audio_format="pcm_16000", commit_strategy="manual"
        ) as session:
            first = time.monotonic_ns()
            sender = asyncio.create_task(send_all(session, segments))
            try:
                async for message in session:
                    if isinstance(message, CommittedTranscriptPayload):
                        committed += 1
                        if committed == segments:
                            return first, time.monotonic_ns()
            finally:
                await sender
        raise RuntimeError(f"ours_async: the server closed after {committed} of {segments} committed transcripts")

    return lambda segments: asyncio.run(run(segments))


def official(base_url: str) -> Stream:
    from elevenlabs import AsyncElevenLabs, AudioFormat, CommitStrategy, RealtimeEvents

    client = AsyncElevenLabs(api_key=API_KEY, base_url=base_url)

    async def run(segments: int) -> tuple[int, int]:
        done = asyncio.Event()
        seen = {"committed": 0, "last": 0}

        def on_committed(data: dict[str, Any]) -> None:
            seen["committed"] += 1
            if seen["committed"] == segments:
                seen["last"] = time.monotonic_ns()
                done.set()

        options: Any = {
            "model_id": MODEL,
            "audio_format": AudioFormat.PCM_16000,
            "sample_rate": RATE,
            "commit_strategy": CommitStrategy.MANUAL,
        }
        connection = await client.speech_to_text.realtime.connect(options)
        connection.on(RealtimeEvents.COMMITTED_TRANSCRIPT, on_committed)
        first = time.monotonic_ns()
        try:
            for _ in range(segments):
                for _ in range(CHUNKS_PER_SEGMENT):
                    await connection.send({"audio_base_64": audio()})
                await connection.commit()
            await asyncio.wait_for(done.wait(), TIMEOUT)
        finally:
            await connection.close()
        return first, seen["last"]

    return lambda segments: asyncio.run(run(segments))


def floor_url(base_url: str) -> str:
    query = f"model_id={MODEL}&audio_format=pcm_16000&commit_strategy=manual"
    return f"wss://{base_url.removeprefix('https://')}/v1/speech-to-text/realtime?{query}"


def chunk_message(commit: bool) -> str:
    data = "" if commit else audio()
    return json.dumps(
        {"message_type": "input_audio_chunk", "audio_base_64": data, "commit": commit, "sample_rate": RATE}
    )


def floor(base_url: str) -> Stream:
    """What one writes by hand on websockets' sync client: a thread sends, the loop counts."""
    from websockets.sync.client import connect

    def stream(segments: int) -> tuple[int, int]:
        headers = {"xi-api-key": API_KEY}
        with connect(floor_url(base_url), additional_headers=headers, max_size=None, compression=None) as socket:

            def send_all() -> None:
                for _ in range(segments):
                    for _ in range(CHUNKS_PER_SEGMENT):
                        socket.send(chunk_message(False))
                    socket.send(chunk_message(True))

            first = time.monotonic_ns()
            sender = threading.Thread(target=send_all)
            sender.start()
            committed = 0
            try:
                for raw in socket:
                    if json.loads(raw)["message_type"] == "committed_transcript":
                        committed += 1
                        if committed == segments:
                            return first, time.monotonic_ns()
            finally:
                sender.join()
        raise RuntimeError(f"floor: the server closed after {committed} of {segments} committed transcripts")

    return stream


def floor_async(base_url: str) -> Stream:
    """The same on websockets' asyncio client, a task sending."""
    from websockets.asyncio.client import connect

    async def run(segments: int) -> tuple[int, int]:
        headers = {"xi-api-key": API_KEY}
        async with connect(floor_url(base_url), additional_headers=headers, max_size=None, compression=None) as socket:

            async def send_all() -> None:
                for _ in range(segments):
                    for _ in range(CHUNKS_PER_SEGMENT):
                        await socket.send(chunk_message(False))
                    await socket.send(chunk_message(True))

            first = time.monotonic_ns()
            sender = asyncio.create_task(send_all())
            committed = 0
            try:
                async for raw in socket:
                    if json.loads(raw)["message_type"] == "committed_transcript":
                        committed += 1
                        if committed == segments:
                            return first, time.monotonic_ns()
            finally:
                await sender
        raise RuntimeError(f"floor_async: the server closed after {committed} of {segments} committed transcripts")

    return lambda segments: asyncio.run(run(segments))


MAKERS: dict[str, Callable[[str], Stream]] = {
    "ours_sync": ours_sync,
    "ours_async": ours_async,
    "official": official,
    "floor": floor,
    "floor_async": floor_async,
}


def stream_case(who: str, base_url: str, segments: int) -> None:
    """Child mode: one stream of `segments`; prints committed transcripts per second and the growth of
    peak RSS."""
    stream = MAKERS[who](base_url)
    stream(WARM_UP)  # not counted
    seen: dict[str, int] = {}

    def transfer() -> int:
        seen["first"], seen["last"] = stream(segments)
        return segments * CHUNKS_PER_SEGMENT * len(CHUNK)

    measured = measure_transfer(transfer)
    seconds = (seen["last"] - seen["first"]) / 1e9
    print(json.dumps({**measured, "segments": segments, "stream_s": seconds, "commits_per_s": segments / seconds}))


# ---------------------------------------------------------------------------------------------------
# The parent
# ---------------------------------------------------------------------------------------------------


def child(arguments: list[str], env: dict[str, str]) -> dict[str, Any]:
    return run_child([sys.executable, __file__, *arguments], f"transcription {arguments[1]}", env=env)


def measure(runs: int = RUNS, contenders: tuple[str, ...] = CONTENDERS) -> dict[str, Any]:
    with tls_server("transcription_server.py", [API_KEY], SERVER_CORES) as (base_url, env):
        samples: dict[str, list[dict[str, Any]]] = {who: [] for who in contenders}
        for _ in range(runs):
            for who in contenders:  # interleaved, so a busy moment hits every contender alike
                samples[who].append(child(["--stream", who, base_url, str(SEGMENTS)], env))
    return {
        "setup": {
            "tls": "self-signed P-256 certificate for 127.0.0.1 made by openssl at bench time, trusted via SSL_CERT_FILE",
            "segments": SEGMENTS,
            "chunks_per_segment": CHUNKS_PER_SEGMENT,
            "chunk_bytes": len(CHUNK),
        },
        "stream": {
            who: {
                "commits_per_s": statistics.median(r["commits_per_s"] for r in runs_of),
                "rss_growth_mib": statistics.median(r["rss_growth_mib"] for r in runs_of),
                "samples": runs_of,
            }
            for who, runs_of in samples.items()
        },
    }


def rows(transcription: dict[str, Any], row: Callable[..., dict[str, Any]]) -> list[dict[str, Any]]:
    """run.py's rows: ours sync and ours async, each against the official SDK (async only) and the floor."""
    stream = transcription["stream"]
    name = f"realtime transcription, {SEGMENTS} commits of 1 s of PCM"
    return [
        row(f"{name}{label}", "commit/s", *(stream[w]["commits_per_s"] for w in (who, "official", base)), "-", None)
        for who, base, label in (("ours_sync", "floor", ""), ("ours_async", "floor_async", " [async]"))
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stream", nargs=3, metavar=("WHO", "BASE_URL", "SEGMENTS"), help=argparse.SUPPRESS)
    parser.add_argument("--only", nargs="+", choices=CONTENDERS, help="run only these contenders (a quick look)")
    parser.add_argument("--runs", type=int, default=RUNS, help="runs of each contender")
    args = parser.parse_args()
    if args.stream:
        stream_case(args.stream[0], args.stream[1], int(args.stream[2]))
    else:
        os.sched_setaffinity(0, CLIENT_CORES)  # the children inherit it; the server has its own
        result = measure(args.runs, tuple(args.only or CONTENDERS))
        if args.only:
            for who, summary in result["stream"].items():
                print(who, round(summary["commits_per_s"]), "commits/s", round(summary["rss_growth_mib"], 2), "MiB")
        else:
            from table import format_table, row

            print(format_table(rows(result, row)))
