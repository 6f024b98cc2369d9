"""The agents rows run.py adds: client tool round trip, ping to pong and microphone chunks in, for this
client's `Conversation` and `AsyncConversation`, the official SDK's two, and a plain loop on websockets
(the floor: its sync client, and its asyncio client for the [async] rows), all over TLS to the
benchmark's own scripted agent (agent_server.py, in a process of its own on the server core).

The official shape is the point: the contenders (agent_harness.py) are user code written once, handed
the package's classes (`Conversation`, `ClientTools`, `AudioInterface`, ...), so the very same code runs
with `elevenlabs_client` and with `elevenlabs`.

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
import json
import os
import statistics
import sys
from collections.abc import Callable
from typing import Any

from agent_harness import CHUNK, session_of
from children import CLIENT_CORES, SERVER_CORES, run_child
from peak_rss import measure_transfer
from realtime_server import tls_server

CONTENDERS = ("ours_sync", "ours_async", "official", "official_async", "floor", "floor_async")
ROUNDS = 40  # pings and tool calls a session
ROUND_RUNS = 5  # 200 of each per contender
LONG = 2_400  # chunks: 10 minutes
SHORT = 480  # 2 minutes
MIC_RUNS = 5  # single runs moved 3x on a busy machine
WARM_UP = 3  # rounds, or 21 chunks, of the session before the measured one
FLAT_MARGIN_MIB = 2.0


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
    return run_child([sys.executable, __file__, *arguments], f"agents {' '.join(arguments[:2])}", env=env)


def measure(
    round_runs: int = ROUND_RUNS, mic_runs: int = MIC_RUNS, contenders: tuple[str, ...] = CONTENDERS
) -> dict[str, Any]:
    with tls_server("agent_server.py", [], SERVER_CORES) as (base_url, env):
        rounds: dict[str, list[dict[str, Any]]] = {who: [] for who in contenders}
        for _ in range(round_runs):
            for who in contenders:  # interleaved, so a busy moment hits every contender alike
                rounds[who].append(child(["--rounds", who, base_url], env))
        mic: dict[str, dict[int, list[dict[str, Any]]]] = {who: {LONG: [], SHORT: []} for who in contenders}
        for _ in range(mic_runs):
            for who in contenders:
                for count in (LONG, SHORT):
                    mic[who][count].append(child(["--mic", who, base_url, str(count)], env))
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
        from table import format_table, row

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
