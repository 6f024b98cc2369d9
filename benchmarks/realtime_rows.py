"""The realtime text to speech rows run.py adds: delivery delay, first audio and a long stream, for
this client's `convert_realtime` (sync and async), the official SDK's (sync only) and a plain loop on
websockets (the floor: its sync client, a thread sending the text; for the async rows its asyncio
client, a task sending), all over TLS to the benchmark's own server (realtime_server.py, in a process
of its own on the server core).

- Delivery delay: the caller's text iterator yields a sentence every INTERVAL seconds, the server
  answers each after 50 ms with one audio message stamped with its send time; the delay is from that
  stamp to the caller holding the bytes (the clock is CLOCK_MONOTONIC, one clock for every process
  on Linux). First audio: from the first sentence leaving the caller's iterator to the first audio
  bytes in the caller's hands.
- Long stream: 10 minutes of audio at 128 kbit/s (6,000 messages of 1,600 bytes, 9.6 MB) sent as fast
  as the client takes them: messages per second, and the growth of peak RSS next to a 2-minute stream.

Each run is a fresh process (`realtime_rows.py --delay WHO URL` / `--long WHO URL COUNT`) that makes
its client and runs one short warm-up stream before the measured one (imports, the TLS context and
what a first message loads are not counted); the contenders' runs are interleaved.

    .venv/bin/python benchmarks/realtime_rows.py      # these rows alone (about two minutes)
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
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any
from urllib.parse import urlencode

from children import CLIENT_CORES, SERVER_CORES, run_child
from peak_rss import measure_transfer
from realtime_server import DELAY_AUDIO, LONG_AUDIO, tls_server

API_KEY = "bench-key"
MODEL = "eleven_flash_v2_5"
OUTPUT_FORMAT = "mp3_44100_128"
CONTENDERS = ("ours_sync", "ours_async", "official", "floor", "floor_async")
ASYNC = ("ours_async", "floor_async")  # their text is an async iterator, and so is their audio
SENTENCE = "The quick brown fox jumps over the lazy dog, and then it does it all over again. "
INTERVAL = 0.3
SENTENCES = 10  # a run: 10 sentences, 3 s
DELAY_ROUNDS = 5  # 50 delays per contender
LONG = 6_000  # messages of LONG_AUDIO bytes: 10 minutes at 128 kbit/s
SHORT = 1_200  # 2 minutes
LONG_ROUNDS = 3
WARM_UP = 20  # messages of the warm-up stream before a measured long stream
FLAT_MARGIN_MIB = 2.0  # the long stream's growth may exceed the short one's by this much (allocator noise)


# ---------------------------------------------------------------------------------------------------
# The contenders, in the child: each takes (voice_id, text) and yields audio bytes
# ---------------------------------------------------------------------------------------------------


def contender(who: str, base_url: str) -> Callable[[str, Any], Any]:
    """The client made once; the call returns an iterator of bytes (an async one for ours_async)."""
    if who == "ours_sync":
        from elevenlabs_client import ElevenLabs

        ours = ElevenLabs(api_key=API_KEY, base_url=base_url).text_to_speech
        return lambda voice_id, text: ours.convert_realtime(voice_id, text=text, model_id=MODEL)
    if who == "ours_async":
        from elevenlabs_client import AsyncElevenLabs

        ours_async = AsyncElevenLabs(api_key=API_KEY, base_url=base_url).text_to_speech
        return lambda voice_id, text: ours_async.convert_realtime(voice_id, text=text, model_id=MODEL)
    if who == "official":
        from elevenlabs import ElevenLabs as Official

        official = Official(api_key=API_KEY, base_url=base_url).text_to_speech
        return lambda voice_id, text: official.convert_realtime(voice_id, text=text, model_id=MODEL)
    if who == "floor_async":
        return lambda voice_id, text: floor_async(base_url, voice_id, text)
    return lambda voice_id, text: floor(base_url, voice_id, text)


def floor_url(base_url: str, voice_id: str) -> str:
    query = urlencode({"model_id": MODEL, "output_format": OUTPUT_FORMAT})
    return f"wss://{base_url.removeprefix('https://')}/v1/text-to-speech/{voice_id}/stream-input?{query}"


def floor(base_url: str, voice_id: str, text: Iterator[str]) -> Iterator[bytes]:
    """What one writes by hand on websockets: a thread sends the text as it comes, this loop yields
    each audio message's bytes as it arrives."""
    from websockets.sync.client import connect

    with connect(floor_url(base_url, voice_id), additional_headers={"xi-api-key": API_KEY}, max_size=None) as socket:
        socket.send(json.dumps({"text": " "}))

        def send_text() -> None:
            for piece in text:
                socket.send(json.dumps({"text": piece}))
            socket.send(json.dumps({"text": ""}))

        sender = threading.Thread(target=send_text)
        sender.start()
        try:
            for raw in socket:
                data = json.loads(raw)
                if data.get("audio"):
                    yield base64.b64decode(data["audio"])
                if data.get("isFinal"):
                    break
        finally:
            sender.join()


async def floor_async(base_url: str, voice_id: str, text: AsyncIterator[str]) -> AsyncIterator[bytes]:
    """The same on websockets' asyncio client, a task sending the text: the floor of the [async] rows."""
    from websockets.asyncio.client import connect

    async with connect(
        floor_url(base_url, voice_id), additional_headers={"xi-api-key": API_KEY}, max_size=None
    ) as socket:
        await socket.send(json.dumps({"text": " "}))

        async def send_text() -> None:
            async for piece in text:
                await socket.send(json.dumps({"text": piece}))
            await socket.send(json.dumps({"text": ""}))

        sender = asyncio.create_task(send_text())
        try:
            async for raw in socket:
                data = json.loads(raw)
                if data.get("audio"):
                    yield base64.b64decode(data["audio"])
                if data.get("isFinal"):
                    break
        finally:
            await sender


def sentences(count: int, marks: list[int]) -> Iterator[str]:
    """`count` sentences, one every INTERVAL seconds; `marks` gets the time each one leaves."""
    for i in range(count):
        if i:
            time.sleep(INTERVAL)
        marks.append(time.monotonic_ns())
        yield SENTENCE


async def async_sentences(count: int, marks: list[int]) -> AsyncIterator[str]:
    for i in range(count):
        if i:
            await asyncio.sleep(INTERVAL)
        marks.append(time.monotonic_ns())
        yield SENTENCE


def run_stream(
    who: str, speak: Callable[[str, Any], Any], voice_id: str, count: int, note: Callable[[bytes], None]
) -> int:
    """One stream of `count` sentences, each audio chunk handed to `note` as it arrives; returns the
    time the first sentence left the caller's iterator."""
    marks: list[int] = []
    if who in ASYNC:

        async def consume() -> None:
            async for chunk in speak(voice_id, async_sentences(count, marks)):
                note(chunk)

        asyncio.run(consume())
    else:
        for chunk in speak(voice_id, sentences(count, marks)):
            note(chunk)
    return marks[0]


# ---------------------------------------------------------------------------------------------------
# The two kinds of child
# ---------------------------------------------------------------------------------------------------


def delay_case(who: str, base_url: str) -> None:
    """Child mode: SENTENCES sentences; prints each audio message's delay and the first audio (ms)."""
    speak = contender(who, base_url)
    run_stream(who, speak, "delay-0", 1, lambda chunk: None)  # warm-up, not counted
    chunks: list[tuple[int, int, bytes]] = []

    def note(chunk: bytes) -> None:
        chunks.append((time.monotonic_ns(), len(chunk), chunk[:8]))  # the clock first

    first_text = run_stream(who, speak, f"delay-{os.getpid()}", SENTENCES, note)
    if len(chunks) != SENTENCES or any(size != DELAY_AUDIO for _, size, _ in chunks):
        raise RuntimeError(f"{who}: got {[size for _, size, _ in chunks]}, not {SENTENCES} x {DELAY_AUDIO} bytes")
    delays = [(arrival - int.from_bytes(stamp, "big")) / 1e6 for arrival, _, stamp in chunks]
    print(json.dumps({"delays_ms": delays, "first_audio_ms": (chunks[0][0] - first_text) / 1e6}))


def long_case(who: str, base_url: str, count: int) -> None:
    """Child mode: a stream of `count` messages; prints messages/s and the growth of peak RSS. Nothing
    is kept per message (a list of them would itself grow with the stream)."""
    speak = contender(who, base_url)
    run_stream(who, speak, f"long-{WARM_UP}", 1, lambda chunk: None)  # warm-up, not counted
    seen = {"messages": 0, "bytes": 0, "last_ns": 0}

    def note(chunk: bytes) -> None:
        seen["last_ns"] = time.monotonic_ns()
        seen["messages"] += 1
        seen["bytes"] += len(chunk)

    def transfer() -> int:
        seen["first_text_ns"] = run_stream(who, speak, f"long-{count}", 1, note)
        return seen["bytes"]

    measured = measure_transfer(transfer)
    if seen["messages"] != count or measured["bytes"] != count * LONG_AUDIO:
        raise RuntimeError(f"{who}: got {seen['messages']} messages, {measured['bytes']} bytes, not {count}")
    stream_s = (seen["last_ns"] - seen["first_text_ns"]) / 1e9
    print(json.dumps({**measured, "messages": count, "stream_s": stream_s, "messages_per_s": count / stream_s}))


# ---------------------------------------------------------------------------------------------------
# The parent: the server, the interleaved runs, the medians
# ---------------------------------------------------------------------------------------------------


def child(arguments: list[str], env: dict[str, str]) -> dict[str, Any]:
    return run_child([sys.executable, __file__, *arguments], f"realtime {' '.join(arguments[:2])}", env=env)


def measure() -> dict[str, Any]:
    with tls_server("realtime_server.py", [API_KEY], SERVER_CORES) as (base_url, env):
        delay: dict[str, list[dict[str, Any]]] = {who: [] for who in CONTENDERS}
        for _ in range(DELAY_ROUNDS):
            for who in CONTENDERS:  # interleaved, so a busy moment hits every contender alike
                delay[who].append(child(["--delay", who, base_url], env))
        long: dict[str, dict[int, list[dict[str, Any]]]] = {who: {LONG: [], SHORT: []} for who in CONTENDERS}
        for _ in range(LONG_ROUNDS):
            for who in CONTENDERS:
                for count in (LONG, SHORT):
                    long[who][count].append(child(["--long", who, base_url, str(count)], env))
    return {
        "setup": {
            "tls": "self-signed P-256 certificate for 127.0.0.1 made by openssl at bench time, trusted via SSL_CERT_FILE",
            "sentences": SENTENCES,
            "interval_s": INTERVAL,
            "answer_delay_s": 0.05,
            "audio_per_sentence_bytes": DELAY_AUDIO,
            "long_messages": LONG,
            "short_messages": SHORT,
            "audio_per_message_bytes": LONG_AUDIO,
        },
        "delay": {who: summarize_delay(runs) for who, runs in delay.items()},
        "long": {
            who: {str(count): summarize_long(runs) for count, runs in by_count.items()}
            for who, by_count in long.items()
        },
    }


def summarize_delay(runs: list[dict[str, Any]]) -> dict[str, Any]:
    delays = [d for run in runs for d in run["delays_ms"]]
    return {
        "median_ms": statistics.median(delays),
        "p99_ms": statistics.quantiles(delays, n=100, method="inclusive")[98],
        "first_audio_ms": statistics.median(run["first_audio_ms"] for run in runs),
        "samples": runs,
    }


def summarize_long(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "messages_per_s": statistics.median(r["messages_per_s"] for r in runs),
        "rss_growth_mib": statistics.median(r["rss_growth_mib"] for r in runs),
        "samples": runs,
    }


def rows(realtime: dict[str, Any], row: Callable[..., dict[str, Any]]) -> list[dict[str, Any]]:
    """run.py's rows (its `row` function): ours sync, then ours async, against the official SDK and the floor."""
    delay, long = realtime["delay"], realtime["long"]
    table = []
    for who, base, label in (("ours_sync", "floor", ""), ("ours_async", "floor_async", " [async]")):
        ours, official, bottom = delay[who], delay["official"], delay[base]
        median = ours["median_ms"]
        table.append(
            row(
                f"realtime delivery delay, median{label}",
                "ms",
                median,
                official["median_ms"],
                bottom["median_ms"],
                "<= floor + 3 ms, <= 0.1x official",
                median <= bottom["median_ms"] + 3 and median <= 0.1 * official["median_ms"],
            )
        )
        table.append(row(f"  p99{label}", "ms", ours["p99_ms"], official["p99_ms"], bottom["p99_ms"], "-", None))
        first = (ours["first_audio_ms"], official["first_audio_ms"], bottom["first_audio_ms"])
        table.append(row(f"realtime first audio{label}", "ms", *first, "-", None))
        big, small = (str(LONG), str(SHORT))
        rates = (long[who][big]["messages_per_s"], long["official"][big]["messages_per_s"])
        table.append(
            row(
                f"realtime 10 min of audio, {LONG:,} messages{label}",
                "msg/s",
                *rates,
                long[base][big]["messages_per_s"],
                "-",
                None,
            )
        )
        growth = {size: long[who][size]["rss_growth_mib"] for size in (big, small)}
        others = [long[other][big]["rss_growth_mib"] for other in ("official", base)]
        table.append(row(f"  peak RSS growth{label}", "MiB", growth[big], *others, "< 30", growth[big] < 30))
        table.append(
            row(
                f"  peak RSS growth, 2 min of audio (vs 10){label}",
                "MiB",
                growth[small],
                long["official"][small]["rss_growth_mib"],
                long[base][small]["rss_growth_mib"],
                f"10 min <= 2 min + {FLAT_MARGIN_MIB:g} MiB",
                growth[big] <= growth[small] + FLAT_MARGIN_MIB,
            )
        )
    return table


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--delay", nargs=2, metavar=("WHO", "BASE_URL"), help=argparse.SUPPRESS)
    parser.add_argument("--long", nargs=3, metavar=("WHO", "BASE_URL", "COUNT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.delay:
        delay_case(*args.delay)
    elif args.long:
        long_case(args.long[0], args.long[1], int(args.long[2]))
    else:
        from table import format_table, row

        os.sched_setaffinity(0, CLIENT_CORES)  # the children inherit it; the server has its own
        print(format_table(rows(measure(), row)))
