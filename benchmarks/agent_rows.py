"""The agents rows run.py adds: client tool round trip, ping to pong and microphone chunks in, for this
client's `Conversation` and `AsyncConversation`, the official SDK's two, and a plain loop on websockets
(the floor: its sync client, and its asyncio client for the [async] rows), all over TLS to the
benchmark's own scripted agent (agent_server.py, in a process of its own on the server core).

The official shape is the point: `converse` and `converse_async` are user code written once, and they
are handed the package's classes (`Conversation`, `ClientTools`, `AudioInterface`, ...), so the very
same code runs with `elevenlabs_client` and with `elevenlabs`.

- Round trips: the agent sends a `ping`, then a `client_tool_call` of a tool that returns at once, 40
  rounds a session, and times each on its own side, from its send to the answer's arrival.
- Microphone: the audio interface's input callback is handed 250 ms chunks of 16 kHz PCM (8,000 bytes)
  from a thread (a task for the async classes), each as soon as the last call returned: 2,400 chunks
  are a 10-minute session. Chunks per second from the first chunk handed over to the agent's answer,
  which it sends once it has received them all; peak RSS growth next to a 2-minute session.

Each run is a fresh process (`agent_rows.py --rounds WHO URL` / `--mic WHO URL COUNT`) that makes its
client and runs one short session first (imports, the TLS context and the first messages are not
counted); the contenders' runs are interleaved.

    .venv/bin/python benchmarks/agent_rows.py      # these rows alone (about three minutes)
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from agent_server import TOOL_NAME, TOOL_RESULT
from peak_rss import measure_transfer
from realtime_server import make_certificate

API_KEY = "bench-key"
CONTENDERS = ("ours_sync", "ours_async", "official", "official_async", "floor", "floor_async")
ROUNDS = 40  # pings and tool calls a session
ROUND_RUNS = 5  # 200 of each per contender
CHUNK = os.urandom(8_000)  # 250 ms of 16-bit mono PCM at 16 kHz
LONG = 2_400  # chunks: 10 minutes
SHORT = 480  # 2 minutes
MIC_RUNS = 3
WARM_UP = 3  # rounds, or 20 chunks, of the session before the measured one
TIMEOUT = 120.0
FLAT_MARGIN_MIB = 2.0
CORES = sorted(os.sched_getaffinity(0))
SERVER_CORES, CLIENT_CORES = ({CORES[0]}, set(CORES[1:])) if len(CORES) > 1 else (set(CORES), set(CORES))


# ---------------------------------------------------------------------------------------------------
# The user code, written once for both packages
# ---------------------------------------------------------------------------------------------------


def package(who: str, base_url: str) -> SimpleNamespace:
    """A package's client and official-shape classes, imported as its users import them."""
    if who.startswith("ours"):
        from elevenlabs_client import AsyncElevenLabs, ElevenLabs
        from elevenlabs_client.conversational_ai import conversation as ours

        client = AsyncElevenLabs if who.endswith("async") else ElevenLabs
        return SimpleNamespace(client=client(api_key=API_KEY, base_url=base_url), module=ours)
    from elevenlabs import ElevenLabs as Official
    from elevenlabs.conversational_ai import conversation as official

    # The official AsyncConversation takes the sync client (it only reads its base URL, or fetches a
    # signed URL in a thread); both are pointed at the server by base_url, its wss:// URL made from it.
    return SimpleNamespace(client=Official(api_key=API_KEY, base_url=base_url), module=official)


def microphone(base: type, count: int) -> Any:
    """An AudioInterface (of the package's own class) whose microphone is a thread that hands `count`
    chunks to the input callback as fast as it takes them; `first_ns` is when the first went in."""

    class Microphone(base):  # type: ignore[misc, valid-type]
        first_ns = 0
        feeder: threading.Thread | None = None

        def start(self, input_callback: Callable[[bytes], None]) -> None:
            self.feeder = threading.Thread(target=self.feed, args=(input_callback,), daemon=True)
            self.feeder.start()

        def feed(self, input_callback: Callable[[bytes], None]) -> None:
            self.first_ns = time.monotonic_ns()
            for _ in range(count):
                input_callback(CHUNK)

        def stop(self) -> None:
            if self.feeder is not None and self.feeder is not threading.current_thread():
                self.feeder.join()

        def output(self, audio: bytes) -> None:
            pass

        def interrupt(self) -> None:
            pass

    return Microphone()


def async_microphone(base: type, count: int) -> Any:
    """The same as an AsyncAudioInterface: a task hands the chunks over."""

    class AsyncMicrophone(base):  # type: ignore[misc, valid-type]
        first_ns = 0
        feeder: asyncio.Task[None] | None = None

        async def start(self, input_callback: Callable[[bytes], Awaitable[None]]) -> None:
            self.feeder = asyncio.create_task(self.feed(input_callback))

        async def feed(self, input_callback: Callable[[bytes], Awaitable[None]]) -> None:
            self.first_ns = time.monotonic_ns()
            for _ in range(count):
                await input_callback(CHUNK)

        async def stop(self) -> None:
            if self.feeder is not None and self.feeder is not asyncio.current_task():
                await self.feeder

        async def output(self, audio: bytes) -> None:
            pass

        async def interrupt(self) -> None:
            pass

    return AsyncMicrophone()


def converse(kit: SimpleNamespace, agent_id: str, chunks: int = 0) -> tuple[dict[str, Any], int, int]:
    """One conversation with `Conversation`: a tool registered, the microphone on if `chunks`, until
    the agent's line (its measurements). Returns them, when the first chunk went in and when the line came."""
    heard: list[tuple[str, int]] = []
    done = threading.Event()

    def on_line(text: str) -> None:
        heard.append((text, time.monotonic_ns()))
        done.set()

    tools = kit.module.ClientTools()
    tools.register(TOOL_NAME, lambda parameters: TOOL_RESULT)
    audio = microphone(kit.module.AudioInterface, chunks) if chunks else None
    conversation = kit.module.Conversation(
        kit.client,
        agent_id,
        requires_auth=False,
        audio_interface=audio,
        client_tools=tools,
        callback_agent_response=on_line,
    )
    conversation.start_session()
    try:
        if not done.wait(TIMEOUT):
            raise RuntimeError(f"no answer from the agent within {TIMEOUT:g} s")
    finally:
        conversation.end_session()
        conversation.wait_for_session_end()
    text, at = heard[0]
    return json.loads(text), audio.first_ns if audio else 0, at


async def converse_async(kit: SimpleNamespace, agent_id: str, chunks: int = 0) -> tuple[dict[str, Any], int, int]:
    """The same with `AsyncConversation`."""
    heard: list[tuple[str, int]] = []
    done = asyncio.Event()

    async def on_line(text: str) -> None:
        heard.append((text, time.monotonic_ns()))
        done.set()

    tools = kit.module.ClientTools(loop=asyncio.get_running_loop())
    tools.register(TOOL_NAME, lambda parameters: TOOL_RESULT)
    audio = async_microphone(kit.module.AsyncAudioInterface, chunks) if chunks else None
    conversation = kit.module.AsyncConversation(
        kit.client,
        agent_id,
        requires_auth=False,
        audio_interface=audio,
        client_tools=tools,
        callback_agent_response=on_line,
    )
    await conversation.start_session()
    try:
        await asyncio.wait_for(done.wait(), TIMEOUT)
    finally:
        await conversation.end_session()
        await conversation.wait_for_session_end()
    text, at = heard[0]
    return json.loads(text), audio.first_ns if audio else 0, at


# ---------------------------------------------------------------------------------------------------
# The floor: what one writes by hand on websockets
# ---------------------------------------------------------------------------------------------------


def floor_url(base_url: str, agent_id: str) -> str:
    return f"wss://{base_url.removeprefix('https://')}/v1/convai/conversation?agent_id={agent_id}"


OPENING = json.dumps({"type": "conversation_initiation_client_data"})


def answer(message: dict[str, Any]) -> str | None:
    """The floor's answer to a ping or a tool call."""
    if message["type"] == "ping":
        return json.dumps({"type": "pong", "event_id": message["ping_event"]["event_id"]})
    if message["type"] == "client_tool_call":
        call_id = message["client_tool_call"]["tool_call_id"]
        return json.dumps(
            {"type": "client_tool_result", "tool_call_id": call_id, "result": TOOL_RESULT, "is_error": False}
        )
    return None


def audio_message() -> str:
    return json.dumps({"user_audio_chunk": base64.b64encode(CHUNK).decode()})


def floor(base_url: str, agent_id: str, chunks: int = 0) -> tuple[dict[str, Any], int, int]:
    """A websockets sync client: the loop answers, a thread sends the microphone's chunks."""
    from websockets.sync.client import connect

    with connect(floor_url(base_url, agent_id), max_size=None, compression=None) as socket:
        socket.send(OPENING)
        first = [0]

        def feed() -> None:
            first[0] = time.monotonic_ns()
            for _ in range(chunks):
                socket.send(audio_message())

        feeder = threading.Thread(target=feed)
        if chunks:
            feeder.start()
        for raw in socket:
            message = json.loads(raw)
            if (reply := answer(message)) is not None:
                socket.send(reply)
            elif message["type"] == "agent_response":
                at = time.monotonic_ns()
                break
        if chunks:
            feeder.join()
    return json.loads(message["agent_response_event"]["agent_response"]), first[0], at


async def floor_async(base_url: str, agent_id: str, chunks: int = 0) -> tuple[dict[str, Any], int, int]:
    """The same on websockets' asyncio client, a task sending the chunks."""
    from websockets.asyncio.client import connect

    async with connect(floor_url(base_url, agent_id), max_size=None, compression=None) as socket:
        await socket.send(OPENING)
        first = [0]

        async def feed() -> None:
            first[0] = time.monotonic_ns()
            for _ in range(chunks):
                await socket.send(audio_message())

        feeder = asyncio.create_task(feed())
        async for raw in socket:
            message = json.loads(raw)
            if (reply := answer(message)) is not None:
                await socket.send(reply)
            elif message["type"] == "agent_response":
                at = time.monotonic_ns()
                break
        await feeder
    return json.loads(message["agent_response_event"]["agent_response"]), first[0], at


def session_of(who: str, base_url: str) -> Callable[[str, int], tuple[dict[str, Any], int, int]]:
    """One conversation of `who`, made synchronous: (agent_id, chunks) -> (report, first chunk, answer)."""
    if who == "floor":
        return lambda agent_id, chunks: floor(base_url, agent_id, chunks)
    if who == "floor_async":
        return lambda agent_id, chunks: asyncio.run(floor_async(base_url, agent_id, chunks))
    kit = package(who, base_url)
    if who.endswith("async"):
        return lambda agent_id, chunks: asyncio.run(converse_async(kit, agent_id, chunks))
    return lambda agent_id, chunks: converse(kit, agent_id, chunks)


# ---------------------------------------------------------------------------------------------------
# The two kinds of child
# ---------------------------------------------------------------------------------------------------


def rounds_case(who: str, base_url: str) -> None:
    """Child mode: ROUNDS pings and tool calls; prints the agent's times in ms."""
    session = session_of(who, base_url)
    session(f"rounds-{WARM_UP}", 0)  # warm-up, not counted
    report, _, _ = session(f"rounds-{ROUNDS}", 0)
    if len(report["ping_ns"]) != ROUNDS or len(report["tool_ns"]) != ROUNDS:
        raise RuntimeError(f"{who}: the agent measured {report}, not {ROUNDS} rounds")
    print(json.dumps({kind: [t / 1e6 for t in report[f"{kind}_ns"]] for kind in ("ping", "tool")}))


def mic_case(who: str, base_url: str, count: int) -> None:
    """Child mode: a session of `count` chunks; prints chunks/s and the growth of peak RSS. Nothing is
    kept per chunk."""
    session = session_of(who, base_url)
    session(f"mic-{WARM_UP * 7}", WARM_UP * 7)  # warm-up, not counted
    seen: dict[str, Any] = {}

    def transfer() -> int:
        seen["report"], seen["first_ns"], seen["answer_ns"] = session(f"mic-{count}", count)
        return int(seen["report"]["bytes"])

    measured = measure_transfer(transfer)
    if seen["report"]["chunks"] != count or measured["bytes"] != count * len(CHUNK):
        raise RuntimeError(f"{who}: the agent got {seen['report']}, not {count} chunks of {len(CHUNK)} bytes")
    seconds = (seen["answer_ns"] - seen["first_ns"]) / 1e9
    print(json.dumps({**measured, "chunks": count, "stream_s": seconds, "chunks_per_s": count / seconds}))


# ---------------------------------------------------------------------------------------------------
# The parent: the server, the interleaved runs, the medians
# ---------------------------------------------------------------------------------------------------


def child(arguments: list[str], env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, *arguments], capture_output=True, text=True, env=env, check=False)
    if done.returncode:
        raise RuntimeError(f"agents {' '.join(arguments[:2])}: the child failed:\n{done.stderr}")
    answer: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return answer


def measure(
    round_runs: int = ROUND_RUNS, mic_runs: int = MIC_RUNS, contenders: tuple[str, ...] = CONTENDERS
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="elevenlabs-bench-tls-") as folder:
        cert, key = make_certificate(folder)
        cores = ",".join(str(core) for core in sorted(SERVER_CORES))
        server = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("agent_server.py")), cert, key, cores],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert server.stdin is not None and server.stdout is not None
        env = {**os.environ, "SSL_CERT_FILE": cert}  # every contender trusts it through the default SSL context
        try:
            base_url = json.loads(server.stdout.readline())["base_url"]
            rounds: dict[str, list[dict[str, Any]]] = {who: [] for who in contenders}
            for _ in range(round_runs):
                for who in contenders:  # interleaved, so a busy moment hits every contender alike
                    rounds[who].append(child(["--rounds", who, base_url], env))
            mic: dict[str, dict[int, list[dict[str, Any]]]] = {who: {LONG: [], SHORT: []} for who in contenders}
            for _ in range(mic_runs):
                for who in contenders:
                    for count in (LONG, SHORT):
                        mic[who][count].append(child(["--mic", who, base_url, str(count)], env))
        finally:
            server.stdin.close()
            server.wait(timeout=30)
    return {
        "setup": {
            "tls": "self-signed P-256 certificate for 127.0.0.1 made by openssl at bench time, trusted via SSL_CERT_FILE",
            "rounds_per_session": ROUNDS,
            "gap_s": 0.005,
            "chunk_bytes": len(CHUNK),
            "long_chunks": LONG,
            "short_chunks": SHORT,
        },
        "rounds": {who: summarize_rounds(runs) for who, runs in rounds.items()},
        "mic": {
            who: {str(count): summarize_mic(runs) for count, runs in by_count.items()} for who, by_count in mic.items()
        },
    }


def percentile_99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[98]


def summarize_rounds(runs: list[dict[str, Any]]) -> dict[str, Any]:
    summary: dict[str, Any] = {"samples": runs}
    for kind in ("ping", "tool"):
        times = [t for run in runs for t in run[kind]]
        summary[kind] = {"median_ms": statistics.median(times), "p99_ms": percentile_99(times)}
    return summary


def summarize_mic(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "chunks_per_s": statistics.median(r["chunks_per_s"] for r in runs),
        "rss_growth_mib": statistics.median(r["rss_growth_mib"] for r in runs),
        "samples": runs,
    }


def rows(agents: dict[str, Any], row: Callable[..., dict[str, Any]]) -> list[dict[str, Any]]:
    """run.py's rows (its `row` function): ours sync against the official Conversation and the sync
    floor, then ours async against the official AsyncConversation and the asyncio floor."""
    rounds, mic = agents["rounds"], agents["mic"]
    big, small = str(LONG), str(SHORT)
    table = []
    for who, official, base, label in (
        ("ours_sync", "official", "floor", ""),
        ("ours_async", "official_async", "floor_async", " [async]"),
    ):
        for kind, name in (("tool", "agents client tool round trip"), ("ping", "agents ping to pong")):
            trio = [rounds[w][kind] for w in (who, official, base)]
            table.append(row(f"{name}, median{label}", "ms", *(t["median_ms"] for t in trio), "-", None))
            table.append(row(f"  p99{label}", "ms", *(t["p99_ms"] for t in trio), "-", None))
        rates = [mic[w][big]["chunks_per_s"] for w in (who, official, base)]
        table.append(row(f"agents microphone, {LONG:,} chunks of 250 ms{label}", "chunk/s", *rates, "-", None))
        growth = [mic[w][big]["rss_growth_mib"] for w in (who, official, base)]
        table.append(row(f"  peak RSS growth{label}", "MiB", *growth, "-", None))
        short = [mic[w][small]["rss_growth_mib"] for w in (who, official, base)]
        table.append(
            row(
                f"  peak RSS growth, 2 min of chunks (vs 10){label}",
                "MiB",
                *short,
                f"10 min <= 2 min + {FLAT_MARGIN_MIB:g} MiB",
                growth[0] <= short[0] + FLAT_MARGIN_MIB,
            )
        )
    return table


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", nargs=2, metavar=("WHO", "BASE_URL"), help=argparse.SUPPRESS)
    parser.add_argument("--mic", nargs=3, metavar=("WHO", "BASE_URL", "COUNT"), help=argparse.SUPPRESS)
    parser.add_argument("--only", nargs="+", choices=CONTENDERS, help="run only these contenders (a quick look)")
    parser.add_argument("--runs", type=int, help="runs of each kind instead of the defaults (a quick look)")
    args = parser.parse_args()
    if args.rounds:
        rounds_case(*args.rounds)
    elif args.mic:
        mic_case(args.mic[0], args.mic[1], int(args.mic[2]))
    else:
        from run import format_table, row

        os.sched_setaffinity(0, CLIENT_CORES)  # the children inherit it; the server has its own
        runs = {"round_runs": args.runs, "mic_runs": args.runs} if args.runs else {}
        result = measure(contenders=tuple(args.only or CONTENDERS), **runs)
        if args.only:  # no table without every contender: the medians alone
            for who in result["rounds"]:
                ms = {kind: round(result["rounds"][who][kind]["median_ms"], 3) for kind in ("ping", "tool")}
                rates = {count: round(m["chunks_per_s"]) for count, m in result["mic"][who].items()}
                print(who, ms, rates, {count: round(m["rss_growth_mib"], 2) for count, m in result["mic"][who].items()})
        else:
            print(format_table(rows(result, row)))
