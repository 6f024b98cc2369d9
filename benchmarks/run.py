"""Speed and memory of this client next to the official SDK (elevenlabs==2.78.0) and plain httpx (the floor).

    make bench                      # or: .venv/bin/python benchmarks/run.py
    .venv/bin/python benchmarks/run.py --loop      # also `make test` in a fresh clone and `make spec-history`
    .venv/bin/python benchmarks/run.py --only import peak-memory size generate   # some rows alone
    .venv/bin/python benchmarks/run.py --profile   # pyinstrument profile of our conversation parse

Prints one table, then the installed sizes (footprint.py), and writes benchmarks/results/<UTC
timestamp>.json and latest.json. What each row means is in benchmarks/README.md; the measured table, with
the notes on each row, is docs/maintainers/benchmarks.md. Every measurement is
the median of several runs. Text to speech is answered by the benchmark's own loopback server
(tts_server.py), the upload, JSON-lines and voice-page rows by another (more_rows.py, which also holds
their measurements), realtime text to speech by a TLS WebSocket server (realtime_server.py; the rows
are in realtime_rows.py), the agents rows by a scripted agent of their own over TLS (agent_server.py;
the rows are in agent_rows.py) and realtime transcription by one more (transcription_server.py, rows in
transcription_rows.py), the rest by the fake (elevenlabs_client.testing).
"""

# This file is the command line and the order of the measurements. The rest: fake_server.py (the fake and
# the loopback servers, in a process of their own), children.py (how every child process is run),
# fresh_process.py (import, first calls, peak memory), in_process.py (parsing, listing), streaming.py,
# loop_rows.py (`make generate`, `--loop`) and table.py (the rows and how they print).

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import agent_rows
import clean_envs
import export_bench
import loop_rows
import more_rows
import realtime_rows
import speech_engine_rows
import transcription_rows
from children import CLIENT_CORES, CORES
from fake_server import API_KEY, Server, serve
from footprint import ROOT, format_footprint, measure_footprint
from fresh_process import measure_first_call, measure_first_tts, measure_imports, measure_peak_memory
from in_process import long_conversation, measure_counted, measure_listing, measure_parsing, profile_parse
from streaming import measure_streaming, stream_case
from table import build_rows, format_table, import_rows, peak_memory_rows, row, size_rows

RESULTS = ROOT / "benchmarks" / "results"
OFFICIAL_VERSION = "2.78.0"


def machine() -> dict[str, Any]:
    cpu = "unknown"
    with open("/proc/cpuinfo") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as info:
        ram_kib = int(next(line for line in info if line.startswith("MemTotal")).split()[1])
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"], check=False, cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    from importlib.metadata import version

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "cores_usable": len(CORES),
        "ram_gib": round(ram_kib / 1024 / 1024, 1),
        "python": platform.python_version(),
        "os": platform.platform(),
        "packages": {name: version(name) for name in ("elevenlabs", "httpx", "pydantic", "pydantic-core", "attrs")},
        "tree": commit,
        # Other work on the machine blurs every row: the load average when the run starts (and, under
        # `load_average_end`, when it ends) shows whether there was any.
        "load_average_start": [round(x, 2) for x in os.getloadavg()],
    }


# What `--only` can run alone, each printing its rows (nothing is written to benchmarks/results/).
ALONE = ("import", "peak-memory", "size", "generate", "loop")


def run_alone(only: list[str], loop: bool) -> None:
    """Some rows alone: to check them, or look again at one target, without the eleven minutes."""
    os.sched_setaffinity(0, CLIENT_CORES)
    data: dict[str, Any] = {}
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-envs-") as root:
        envs = clean_envs.build(Path(root)) if {"import", "peak-memory"} & set(only) else {}
        if "import" in only:
            print("import ...", file=sys.stderr)
            rows += import_rows(data.setdefault("import", measure_imports(envs)))
        if "peak-memory" in only:
            print("peak memory of a streaming process ...", file=sys.stderr)
            with Server() as server:
                rows += peak_memory_rows(data.setdefault("peak_memory", measure_peak_memory(server, envs)))
    if "generate" in only:
        print("make generate ...", file=sys.stderr)
        rows += loop_rows.generate_rows(data.setdefault("generate", loop_rows.measure_generate()), row)
    if "loop" in only or loop:
        rows += loop_rows.rows(data.setdefault("loop", loop_rows.measure_loop()), row)
    if "size" in only:
        rows += size_rows(data.setdefault("installed_size", measure_footprint()))
    print(format_table(rows))
    if "size" in only:
        print()
        print(format_footprint(data["installed_size"]))
    print(json.dumps(data, indent=1), file=sys.stderr)


def main(loop: bool = False) -> None:
    from importlib.metadata import version

    if version("elevenlabs") != OFFICIAL_VERSION:
        sys.exit(f"benchmarks compare with elevenlabs=={OFFICIAL_VERSION}; run `make bench` to install it")
    started = time.perf_counter()
    os.sched_setaffinity(0, CLIENT_CORES)  # children (import and streaming runs) inherit it
    data: dict[str, Any] = {"machine": machine()}
    # The fresh-process rows time imports with their .pyc files already written (the round before the
    # counted ones writes them); with PYTHONDONTWRITEBYTECODE set, every run would compile anew. Every
    # child gets children.child_environment() (without it); this says whether this environment had it.
    data["machine"]["PYTHONDONTWRITEBYTECODE_unset"] = os.environ.pop("PYTHONDONTWRITEBYTECODE", None) is not None
    envs_folder = tempfile.TemporaryDirectory(prefix="bench-envs-")
    envs = clean_envs.build(Path(envs_folder.name))  # the clean environments: import and peak memory rows
    print("import ...", file=sys.stderr)
    data["import"] = measure_imports(envs)
    data["import"]["envs"] = {who: {k: v for k, v in env.items() if k != "python"} for who, env in envs.items()}
    server = Server()
    try:
        print("peak memory of a streaming process ...", file=sys.stderr)
        data["peak_memory"] = measure_peak_memory(server, envs)
        envs_folder.cleanup()
        print("parse ...", file=sys.stderr)
        data["parse"], data["payloads"] = measure_parsing(server)
        print("import + first call ...", file=sys.stderr)
        data["first_call"] = measure_first_call(
            long_conversation(server.get(f"/v1/convai/conversations/{server.conversation_id}"))[0]
        )
        print("import + first text to speech ...", file=sys.stderr)
        data["first_tts"] = measure_first_tts(server)
        print("listing ...", file=sys.stderr)
        data["listing"] = measure_listing(server)
        print("streaming ...", file=sys.stderr)
        data["stream"] = measure_streaming(server)
        print("upload 1 GiB ...", file=sys.stderr)
        data["upload"] = more_rows.measure_upload(server.more_base_url, API_KEY)
        print("JSON lines ...", file=sys.stderr)
        with more_rows.json_lines_calls(server.more_base_url, API_KEY) as calls:
            data["json_lines"] = measure_counted(calls, more_rows.JSON_LINES, more_rows.LINES_RUNS)
        print("voice pages ...", file=sys.stderr)
        with more_rows.voice_pages_calls(server.more_base_url, API_KEY) as calls:
            data["voice_pages"] = measure_counted(calls, more_rows.VOICES, more_rows.PAGES_RUNS)
        data["payloads"].update(more_rows.payloads())
    finally:
        server.stop()
        envs_folder.cleanup()
    print("history export ...", file=sys.stderr)
    data["export"] = export_bench.measure()  # its own fake server: 500 items of 1 MiB
    print("realtime text to speech ...", file=sys.stderr)
    data["realtime"] = realtime_rows.measure()  # its own TLS WebSocket server
    print("agents ...", file=sys.stderr)
    data["agents"] = agent_rows.measure()  # its own scripted agent, over TLS too
    print("realtime transcription ...", file=sys.stderr)
    data["transcription"] = transcription_rows.measure()  # its own server, over TLS too
    print("speech engine ...", file=sys.stderr)
    data["speech_engine"] = speech_engine_rows.measure()  # each contender's server in a process of its own
    print("make generate ...", file=sys.stderr)
    data["generate"] = loop_rows.measure_generate()
    if loop:
        data["loop"] = loop_rows.measure_loop()
    print("wheel and installed size ...", file=sys.stderr)
    data["installed_size"] = measure_footprint()
    data["rows"] = (
        build_rows(data)
        + export_bench.rows(data["export"], row)
        + realtime_rows.rows(data["realtime"], row)
        + agent_rows.rows(data["agents"], row)
        + transcription_rows.rows(data["transcription"], row)
        + speech_engine_rows.rows(data["speech_engine"], row)
    )
    notes = list(data["payloads"]["conversation"]["adjustments"])
    if any(data["generate"]["exit_codes"]):
        notes.append(f"generate.py --check exited {data['generate']['exit_codes']} (drift in the tree?)")
    data["notes"] = notes
    data["duration_s"] = round(time.perf_counter() - started, 1)
    data["machine"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    data["timestamp"] = stamp

    m = data["machine"]
    print(f"\n{m['cpu']}, {m['cores_usable']} cores, {m['ram_gib']} GiB, Python {m['python']}, {m['os']}")
    print(f"official: elevenlabs {m['packages']['elevenlabs']}; floor: httpx {m['packages']['httpx']} / json.loads\n")
    print(format_table(data["rows"]))
    print()
    print(format_footprint(data["installed_size"]))
    for note in notes:
        print(f"note: {note}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, indent=2) + "\n"
    (RESULTS / f"{stamp}.json").write_text(text)
    (RESULTS / "latest.json").write_text(text)
    print(f"\n{data['duration_s']} s; written to {(RESULTS / f'{stamp}.json').relative_to(ROOT)} and latest.json")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--profile", action="store_true", help="profile our conversation parse with pyinstrument")
    parser.add_argument(
        "--loop", action="store_true", help="also time `make test` in a fresh clone and `make spec-history` (~20 min)"
    )
    parser.add_argument("--only", nargs="+", choices=ALONE, help="only these rows, printed (not written to results/)")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--stream", nargs=4, metavar=("CASE", "BASE_URL", "AUDIO_ID", "TARGET"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve()
    elif args.stream:
        stream_case(*args.stream)
    elif args.profile:
        profile_parse()
    elif args.only:
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        run_alone(args.only, args.loop)
    else:
        main(loop=args.loop)
