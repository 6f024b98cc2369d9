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

from __future__ import annotations

import argparse
import copy
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import agent_rows
import clean_envs
import export_bench
import httpx
import more_rows
import realtime_rows
import speech_engine_rows
import transcription_rows
from footprint import format_footprint, measure_footprint
from peak_rss import measure_transfer
from tts_server import TextToSpeechServer, first_call_statements

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
OFFICIAL_VERSION = "2.78.0"
API_KEY = "bench-key"
HISTORY_ITEMS = 2345
TRANSCRIPT_ENTRIES = 2000
AUDIO_BYTES = 200 * 1024 * 1024
MIB = 1024 * 1024

IMPORT_RUNS = 7
PARSE_RUNS = 7
LIST_RUNS = 11  # listings move 30% between runs on a shared machine; the median needs more of them
# Each streams 200 MiB in a fresh process. At loopback speeds a run takes well under a second, and runs
# that write a file vary by 10-20 %, so 7 runs rather than fewer.
STREAM_RUNS = 7
GENERATE_RUNS = 3
PEAK_RUNS = 5
# The targets for the loop (seconds): `make generate`, and behind --loop `make test` in a fresh
# clone and `make spec-history`.
GENERATE_TARGET_S = 15
TEST_TARGET_S = 5 * 60
SPEC_HISTORY_TARGET_S = 15 * 60

IMPORTS = {
    "ours": "from elevenlabs_client import ElevenLabs",
    "official": "from elevenlabs import ElevenLabs",
    "floor": "import httpx",
}
DEV_PRELUDE = 'sys.modules["click"] = None'
# Runs in a fresh interpreter. Only `sys` and `time` (both built in) are loaded before counting, so the
# module count is what the import itself brings in; the clock is read inside the child, so interpreter
# start-up is not part of the time. The target applies to the children run in clean_envs.py's virtual
# environments (each contender with its run-time distributions only, as `pip install` leaves it).
# `{prelude}` is empty there. The same import is also timed in .venv (the row's method until 2026-12-04),
# with `sys.modules["click"] = None`: with click, rich and pygments installed (the dev tools bring them),
# `import httpx` also loads httpx's own command line, about 100 modules and 50 ms; and .venv's editable
# install (its `.pth` finder) loads re, pathlib, enum and some 30 other modules at start-up, before the
# clock starts, which a user's import pays for.
IMPORT_CHILD = """\
import sys, time
{prelude}
before = len(sys.modules)
start = time.perf_counter()
{statement}
elapsed = time.perf_counter() - start
print(elapsed, len(sys.modules) - before, sys.dont_write_bytecode)
"""


def child_environment() -> dict[str, str]:
    """The environment of every child: this one without PYTHONDONTWRITEBYTECODE, which this project's
    sessions set. With it no `.pyc` is written, and every import compiles its modules anew (about 20 ms
    more for ours): a user's interpreter writes them on the first import and reads them after."""
    return {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def median(values: list[float]) -> float:
    return statistics.median(values)


# ---------------------------------------------------------------------------------------------------
# The fake server, in its own process: a server thread in the measuring process would compete for the
# GIL with the client under test and blur the differences between clients.
# ---------------------------------------------------------------------------------------------------


def serve() -> None:
    """Child mode: run the fake, print what the parent needs as one JSON line, stop when stdin closes.

    The fake does not answer text to speech: the benchmark's own loopback server (tts_server.py) runs
    next to it, in this process too, and so does the one of the upload, JSON-lines and voice-page rows
    (more_rows.py).
    """
    from elevenlabs_client.testing import FakeElevenLabs

    os.sched_setaffinity(0, SERVER_CORES)
    with (
        FakeElevenLabs(history_items=HISTORY_ITEMS, conversations=10, api_key=API_KEY) as fake,
        TextToSpeechServer(API_KEY) as tts,
        more_rows.MoreRowsServer(API_KEY) as more,
    ):
        audio_id = fake.history[0]["history_item_id"]
        fake.set_audio_size(audio_id, AUDIO_BYTES)
        conversation_id = fake.conversations[0]["conversation_id"]
        info = {"base_url": fake.base_url, "tts_base_url": tts.base_url, "more_base_url": more.base_url}
        print(json.dumps({**info, "audio_id": audio_id, "conversation_id": conversation_id}))
        sys.stdout.flush()
        sys.stdin.read()


# With two or more cores the server gets the first and everything measured the others: at loopback
# speeds, which core the scheduler puts each side on otherwise halves or doubles a streaming run.
CORES = sorted(os.sched_getaffinity(0))
SERVER_CORES, CLIENT_CORES = ({CORES[0]}, set(CORES[1:])) if len(CORES) > 1 else (set(CORES), set(CORES))


class Server:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        info = json.loads(self.process.stdout.readline())
        self.base_url: str = info["base_url"]
        self.tts_base_url: str = info["tts_base_url"]
        self.more_base_url: str = info["more_base_url"]
        self.audio_id: str = info["audio_id"]
        self.conversation_id: str = info["conversation_id"]

    def get(self, path: str) -> bytes:
        response = httpx.get(self.base_url + path, headers={"xi-api-key": API_KEY}, timeout=60)
        response.raise_for_status()
        return response.content

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


# ---------------------------------------------------------------------------------------------------
# 1. Cold import
# ---------------------------------------------------------------------------------------------------


def measure_imports(envs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The import row in clean virtual environments (the target's), and the same in .venv for comparison.

    Interleaved with each other too: each round runs the three clean children, then the three in .venv.
    """
    clean = {who: (statement, str(envs[who]["python"]), "") for who, statement in IMPORTS.items()}
    dev = {f"dev {who}": (statement, sys.executable, DEV_PRELUDE) for who, statement in IMPORTS.items()}
    measured = measure_fresh({**clean, **dev})
    result: dict[str, Any] = {who: measured[who] for who in IMPORTS}
    result["dev_venv"] = {who: measured[f"dev {who}"] for who in IMPORTS}
    return result


# Import and the first call in one fresh process: models are loaded on first use, so import time alone
# would not show what the first response costs. The body comes from a file through httpx.MockTransport.
FIRST_CALL = {
    "ours": (
        "from elevenlabs_client import ElevenLabs\nimport httpx\nbody = open({path!r}, 'rb').read()\n"
        "mock = httpx.MockTransport(lambda request: httpx.Response(200, content=body))\n"
        "c = ElevenLabs(api_key='k', base_url='http://bench.invalid', httpx_client=httpx.Client(transport=mock))\n"
        "c.conversational_ai.conversations.get('c1')"
    ),
    "official": (
        "from elevenlabs import ElevenLabs\nimport httpx\nbody = open({path!r}, 'rb').read()\n"
        "mock = httpx.MockTransport(lambda request: httpx.Response(200, content=body))\n"
        "c = ElevenLabs(api_key='k', base_url='http://bench.invalid', httpx_client=httpx.Client(transport=mock))\n"
        "c.conversational_ai.conversations.get(conversation_id='c1')"
    ),
    "floor": "import json\njson.loads(open({path!r}, 'rb').read())",
}


def measure_first_call(conversation: bytes) -> dict[str, dict[str, Any]]:
    with tempfile.NamedTemporaryFile(suffix=".json") as payload:
        payload.write(conversation)
        payload.flush()
        return measure_fresh({who: code.format(path=payload.name) for who, code in FIRST_CALL.items()})


# Import and the first text to speech in one fresh process, over loopback to tts_server.py: the client
# is made, `convert` called and its whole body read (the statements are in tts_server.py).
def measure_first_tts(server: Server) -> dict[str, dict[str, Any]]:
    return measure_fresh(first_call_statements(server.tts_base_url, API_KEY))


def measure_fresh(statements: Mapping[str, str | tuple[str, str, str]]) -> dict[str, dict[str, Any]]:
    """Each statement timed in fresh interpreters: median milliseconds, and the modules it loaded.

    A statement is run by this interpreter with IMPORT_CHILD's prelude blocking click, or given as
    (statement, interpreter, prelude).
    """
    samples: dict[str, list[tuple[float, int]]] = {who: [] for who in statements}
    with tempfile.TemporaryDirectory() as cwd:  # `-c` puts the working directory on sys.path: keep it empty
        for round_ in range(IMPORT_RUNS + 1):
            for who, given in statements.items():  # interleaved, so a noisy moment hits all of them alike
                statement, python, prelude = (given, sys.executable, DEV_PRELUDE) if isinstance(given, str) else given
                child = subprocess.run(
                    [python, "-c", IMPORT_CHILD.format(statement=statement, prelude=prelude)],
                    cwd=cwd,
                    env=child_environment(),
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if child.returncode:
                    raise RuntimeError(f"{who}: the fresh-process child failed:\n{child.stderr}")
                out = child.stdout.split()
                assert out[2] == "False", f"{who}: the child writes no .pyc, so every round would compile anew"
                if round_:  # round 0 only makes sure every .pyc is written; it is not counted
                    samples[who].append((float(out[0]), int(out[1])))
    return {
        who: {
            "ms": median([s * 1000 for s, _ in runs]),
            "modules": median([m for _, m in runs]),
            "samples_ms": [round(s * 1000, 2) for s, _ in runs],
        }
        for who, runs in samples.items()
    }


# ---------------------------------------------------------------------------------------------------
# 2. Parsing
# ---------------------------------------------------------------------------------------------------


def long_conversation(raw: bytes) -> tuple[bytes, dict[str, Any]]:
    """A conversation whose transcript has TRANSCRIPT_ENTRIES entries, built from one the fake serves.

    Its own entries come first, verbatim (the fake puts every tool-result kind in each conversation).
    The rest repeat them with a new time and message: every 10th one with tool calls or results,
    cycling through all of those, the others plain turns, which is what a long call mostly holds.
    """
    conversation = json.loads(raw)
    original = conversation["transcript"]
    with_tools = [e for e in original if e.get("tool_results") or e.get("tool_calls")]
    plain = [e for e in original if not (e.get("tool_results") or e.get("tool_calls"))]
    transcript = list(original)
    while len(transcript) < TRANSCRIPT_ENTRIES:
        i = len(transcript)
        entry = copy.deepcopy(with_tools[(i // 10) % len(with_tools)] if i % 10 == 0 else plain[i % len(plain)])
        entry["time_in_call_secs"] = original[-1]["time_in_call_secs"] + i
        if isinstance(entry.get("message"), str):
            entry["message"] = f"{entry['message']} ({i})"
        transcript.append(entry)
    conversation["transcript"] = transcript
    kinds_before, kinds_after = tool_result_kinds(original), tool_result_kinds(transcript)
    assert kinds_before == kinds_after, "the long transcript lost a tool-result kind"
    adjustments = []
    # elevenlabs 2.78.0 declares has_auxiliary_audio as required; the fake (and our spec) do not send it.
    # Without it the official model_validate_json refuses the payload, so it is added; our client keeps
    # it as an unknown field (additional_properties).
    if "has_auxiliary_audio" not in conversation:
        conversation["has_auxiliary_audio"] = False
        adjustments.append('added "has_auxiliary_audio": false (required by the official SDK\'s model)')
    body = json.dumps(conversation).encode()
    return body, {
        "bytes": len(body),
        "transcript_entries": len(transcript),
        "tool_result_kinds": sorted(f"{t}/{r}" for t, r in kinds_after),
        "adjustments": adjustments,
    }


def tool_result_kinds(transcript: list[dict[str, Any]]) -> set[tuple[str, str]]:
    """(type, result_type) of every tool result: the union member and, for system tools, the result model."""
    kinds = set()
    for entry in transcript:
        for result in entry.get("tool_results") or []:
            inner = result.get("result")
            kinds.add((str(result.get("type")), str(inner.get("result_type") if isinstance(inner, dict) else None)))
    return kinds


def mock_http(body: bytes) -> httpx.Client:
    """An httpx client that answers every request with `body`, without a network."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return httpx.Client(transport=httpx.MockTransport(answer))


def timed(calls: Mapping[str, Callable[[], object]], runs: int) -> dict[str, dict[str, Any]]:
    """Median milliseconds of `runs` calls of each, after one warm-up call each (lazy imports, schemas).

    The rounds are interleaved, so a busy moment on the machine hits every contender alike. The
    collector stays on, as in real use; a collection before each call keeps one call's garbage from
    being charged to the next.
    """
    first: dict[str, float] = {}
    samples: dict[str, list[float]] = {who: [] for who in calls}
    for who, call in calls.items():
        gc.collect()
        start = time.perf_counter()
        call()
        first[who] = time.perf_counter() - start
    for _ in range(runs):
        for who, call in calls.items():
            gc.collect()
            start = time.perf_counter()
            call()
            samples[who].append(time.perf_counter() - start)
    return {
        who: {
            "ms": median(samples[who]) * 1000,
            "first_ms": first[who] * 1000,
            "samples_ms": [round(t * 1000, 2) for t in samples[who]],
        }
        for who in calls
    }


def measure_parsing(server: Server) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    from elevenlabs import ElevenLabs as Official
    from elevenlabs.types import GetConversationResponseModel, GetSpeechHistoryResponse
    from elevenlabs_api.models import GetConversationResponseModel as OurConversation
    from elevenlabs_api.models import GetSpeechHistoryResponseModel as OurHistoryPage
    from elevenlabs_api.types import loads  # what the client decodes bodies with (orjson, json.loads)
    from elevenlabs_client import ElevenLabs

    cid = server.conversation_id
    conversation, conversation_info = long_conversation(server.get(f"/v1/convai/conversations/{cid}"))
    history = server.get("/v1/history?page_size=1000")
    info = {"conversation": conversation_info, "history_page": {"bytes": len(history), "items": 1000}}

    # Before timing anything: the official types must accept both payloads (this raises if they do not).
    GetConversationResponseModel.model_validate_json(conversation)
    GetSpeechHistoryResponse.model_validate_json(history)

    def clients(body: bytes) -> tuple[ElevenLabs, Official]:
        return (
            ElevenLabs(api_key=API_KEY, base_url="http://bench.invalid", httpx_client=mock_http(body)),
            Official(api_key=API_KEY, base_url="http://bench.invalid", httpx_client=mock_http(body)),
        )

    ours, official = clients(conversation)
    conversation_results = parse_timings(
        conversation,
        ours=lambda: len(ours.conversational_ai.conversations.get(cid).transcript),
        ours_direct=lambda: len(OurConversation.from_dict(loads(conversation)).transcript),
        official=lambda: len(official.conversational_ai.conversations.get(conversation_id=cid).transcript),
        validate=lambda: len(GetConversationResponseModel.model_validate_json(conversation).transcript),
        expected=TRANSCRIPT_ENTRIES,
    )
    ours_h, official_h = clients(history)
    history_results = parse_timings(
        history,
        ours=lambda: len(ours_h.history.list(page_size=1000).history),
        ours_direct=lambda: len(OurHistoryPage.from_dict(loads(history)).history),
        official=lambda: len(official_h.history.list(page_size=1000).history),
        validate=lambda: len(GetSpeechHistoryResponse.model_validate_json(history).history),
        expected=1000,
    )
    return {"conversation": conversation_results, "history_page": history_results}, info


def parse_timings(
    body: bytes,
    *,
    ours: Callable[[], int],
    ours_direct: Callable[[], int],
    official: Callable[[], int],
    validate: Callable[[], int],
    expected: int,
) -> dict[str, Any]:
    """Each callable parses `body` and returns how many entries it holds; all must see `expected`.

    `ours_direct` (our decoder + from_dict, strict: every model built whole) is what compares with `validate` (model_validate_json): both
    go from bytes to models with no HTTP round trip; the client paths both include one.
    """
    for call in (ours, ours_direct, official, validate):
        assert call() == expected, "a client did not parse every entry"
    return timed(
        {
            "ours": ours,
            "ours_direct": ours_direct,
            "official": official,
            "official_model_validate_json": validate,
            "floor": lambda: json.loads(body),
        },
        PARSE_RUNS,
    )


# ---------------------------------------------------------------------------------------------------
# 3. Listing every history item, 100 per page, over loopback
# ---------------------------------------------------------------------------------------------------


def measure_listing(server: Server) -> dict[str, dict[str, Any]]:
    from elevenlabs import ElevenLabs as Official
    from elevenlabs_client import ElevenLabs

    ours = ElevenLabs(api_key=API_KEY, base_url=server.base_url)
    official = Official(api_key=API_KEY, base_url=server.base_url)
    raw = httpx.Client(base_url=server.base_url, headers={"xi-api-key": API_KEY})

    def list_ours() -> int:
        return sum(1 for item in ours.history.iter_all(page_size=100) if item.history_item_id)

    def list_official() -> int:
        count, cursor = 0, None
        while True:
            page = official.history.list(page_size=100, start_after_history_item_id=cursor)
            count += sum(1 for item in page.history if item.history_item_id)
            if not page.has_more:
                return count
            cursor = page.last_history_item_id

    def list_raw() -> int:
        count, params = 0, {"page_size": 100}
        while True:
            response = raw.get("/v1/history", params=params)
            response.raise_for_status()
            page = json.loads(response.content)
            count += sum(1 for item in page["history"] if item["history_item_id"])
            if not page["has_more"]:
                return count
            params = {"page_size": 100, "start_after_history_item_id": page["last_history_item_id"]}

    calls = {"ours": list_ours, "official": list_official, "floor": list_raw}
    for who, call in calls.items():
        seen = call()
        assert seen == HISTORY_ITEMS, f"listing: {who} saw {seen} items, not {HISTORY_ITEMS}"
    results = timed(calls, LIST_RUNS)
    ours.close()
    raw.close()
    return results


def measure_counted(calls: Mapping[str, Callable[[], int]], expected: int, runs: int) -> dict[str, dict[str, Any]]:
    """`timed`, once every contender has been seen to count `expected` items (more_rows.py's rows)."""
    for who, call in calls.items():
        seen = call()
        assert seen == expected, f"{who} counted {seen}, not {expected}"
    return timed(calls, runs)


# ---------------------------------------------------------------------------------------------------
# 4. Streaming 200 MiB of audio, each case in a fresh process so that peak RSS numbers do not mix
# ---------------------------------------------------------------------------------------------------

STREAM_CASES = {
    "ours_get_audio_discard": "ours: get_audio, chunks discarded",
    "ours_save_audio_file": "ours: save_audio to a file",
    "ours_get_audio_file": "ours: get_audio, written to a file in a loop",
    "official_default_discard": "official: get_audio (1 KiB chunks), discarded",
    "official_default_file": "official: get_audio (1 KiB chunks), written to a file",
    "official_64k_discard": "official: get_audio chunk_size 64 KiB, discarded",
    "official_64k_file": "official: get_audio chunk_size 64 KiB, written to a file",
    "httpx_discard": "httpx: stream() + iter_bytes(), discarded",
    "httpx_file": "httpx: stream() + iter_bytes(), written to a file",
}


def stream_case(case: str, base_url: str, audio_id: str, target: str) -> None:
    """Child mode: one transfer; prints bytes, seconds and the growth of peak RSS in MiB as JSON.

    Only the library under test is imported, its client made and its `history` group fetched before
    the first RSS reading. Groups are made on first use (ours loads 30-odd modules then): fetched inside
    the transfer, they would be counted as memory the streaming took.
    """
    to_file = case.endswith("file")
    if case.startswith("ours"):
        from elevenlabs_client import ElevenLabs

        history = ElevenLabs(api_key=API_KEY, base_url=base_url).history

        def transfer() -> int:
            if case == "ours_save_audio_file":
                return history.save_audio(audio_id, target).stat().st_size
            return drain(history.get_audio(audio_id), target if to_file else None)
    elif case.startswith("official"):
        from elevenlabs import ElevenLabs as Official

        official_history = Official(api_key=API_KEY, base_url=base_url).history
        options: Any = {"chunk_size": 64 * 1024} if "64k" in case else None

        def transfer() -> int:
            chunks = official_history.get_audio(history_item_id=audio_id, request_options=options)
            return drain(chunks, target if to_file else None)
    else:
        raw = httpx.Client(headers={"xi-api-key": API_KEY})

        def transfer() -> int:
            with raw.stream("GET", f"{base_url}/v1/history/{audio_id}/audio") as response:
                response.raise_for_status()
                return drain(response.iter_bytes(), target if to_file else None)

    print(json.dumps(measure_transfer(transfer)))


def drain(chunks: Iterable[bytes], target: str | None) -> int:
    """Consume a stream of chunks, into a file or into nothing; returns the byte count."""
    total = 0
    if target is None:
        for chunk in chunks:
            total += len(chunk)
        return total
    with open(target, "wb") as out:
        for chunk in chunks:
            out.write(chunk)
            total += len(chunk)
    return total


def measure_streaming(server: Server) -> dict[str, dict[str, Any]]:
    samples: dict[str, list[dict[str, float]]] = {case: [] for case in STREAM_CASES}
    with tempfile.TemporaryDirectory(prefix="elevenlabs-bench-") as folder:
        target = os.path.join(folder, "audio.mp3")
        for _ in range(STREAM_RUNS):
            for case in STREAM_CASES:  # interleaved, so disk or CPU noise is spread over the cases
                os.sync()  # the previous run's dirty pages are written back now, not during this run
                child = subprocess.run(
                    [sys.executable, __file__, "--stream", case, server.base_url, server.audio_id, target],
                    env=child_environment(),
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if child.returncode:
                    raise RuntimeError(f"{case}: the streaming child failed:\n{child.stderr}")
                result = json.loads(child.stdout)
                assert result["bytes"] == AUDIO_BYTES, f"{case}: got {result['bytes']} bytes, not {AUDIO_BYTES}"
                samples[case].append(result)
                if os.path.exists(target):
                    os.remove(target)
    return {
        case: {
            "mib_per_s": median([AUDIO_BYTES / MIB / r["seconds"] for r in runs]),
            "rss_growth_mib": median([r["rss_growth_mib"] for r in runs]),
            "samples": runs,
        }
        for case, runs in samples.items()
    }


# ---------------------------------------------------------------------------------------------------
# 4b. The whole streaming process's peak memory, in the clean environments: a minimal child (import, client,
# stream 200 MiB, drop the chunks), not run.py --stream, which imports every benchmark module first
# ---------------------------------------------------------------------------------------------------

PEAK_CHILD = """\
import json, sys


def kib(field):
    with open("/proc/self/status") as status:
        return int(next(line for line in status if line.startswith(field + ":")).split()[1])


{setup}
after_import = kib("VmRSS")
{client}
after_client = kib("VmRSS")
total = 0
for chunk in {chunks}:
    total += len(chunk)
print(json.dumps({{"bytes": total, "after_import_kib": after_import, "after_client_kib": after_client,
                  "peak_kib": kib("VmHWM")}}))
"""
# What each contender's user writes: the client, its history group (ours loads it then), the audio's chunks.
# The official SDK with 64 KiB chunks, as the issue measured it (its default, 1 KiB, streams slower, alike
# in memory).
PEAK_CODE = {
    "ours": (
        "from elevenlabs_client import ElevenLabs",
        "history = ElevenLabs(api_key={key!r}, base_url={url!r}).history",
        "history.get_audio({audio_id!r})",
    ),
    "official": (
        "from elevenlabs import ElevenLabs",
        "history = ElevenLabs(api_key={key!r}, base_url={url!r}).history",
        'history.get_audio(history_item_id={audio_id!r}, request_options={{"chunk_size": 65536}})',
    ),
    "floor": (
        "import httpx",
        (
            "http = httpx.Client(headers={{'xi-api-key': {key!r}}})\n"
            "def audio():\n"
            "    with http.stream('GET', {url!r} + '/v1/history/{audio_id}/audio') as response:\n"
            "        response.raise_for_status()\n"
            "        yield from response.iter_bytes()"
        ),
        "audio()",
    ),
}


def measure_peak_memory(server: Server, envs: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Peak RSS (VmHWM) of the whole process, in MiB, median of PEAK_RUNS fresh processes each, interleaved.

    Each contender runs in its clean environment (as `pip install` of it leaves it); before the counted
    runs each imports once, so its `.pyc` files exist (compiling would raise the peak).
    """
    codes = {}
    for who, (setup, client, chunks) in PEAK_CODE.items():
        fill = {"key": API_KEY, "url": server.base_url, "audio_id": server.audio_id}
        codes[who] = PEAK_CHILD.format(setup=setup, client=client.format(**fill), chunks=chunks.format(**fill))
    samples: dict[str, list[dict[str, int]]] = {who: [] for who in codes}
    with tempfile.TemporaryDirectory() as cwd:
        for who in codes:
            python = str(envs[who]["python"])
            subprocess.run([python, "-c", PEAK_CODE[who][0]], cwd=cwd, env=child_environment(), check=True)
        for _ in range(PEAK_RUNS):
            for who, code in codes.items():
                child = subprocess.run(
                    [str(envs[who]["python"]), "-c", code],
                    cwd=cwd,
                    env=child_environment(),
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if child.returncode:
                    raise RuntimeError(f"{who}: the peak-memory child failed:\n{child.stderr}")
                result = json.loads(child.stdout)
                assert result["bytes"] == AUDIO_BYTES, f"{who}: got {result['bytes']} bytes, not {AUDIO_BYTES}"
                samples[who].append(result)
    return {
        who: {
            "peak_mib": median([r["peak_kib"] / 1024 for r in runs]),
            "after_import_mib": median([r["after_import_kib"] / 1024 for r in runs]),
            "after_client_mib": median([r["after_client_kib"] / 1024 for r in runs]),
            "samples": runs,
        }
        for who, runs in samples.items()
    }


# ---------------------------------------------------------------------------------------------------
# 5. make generate (its --check mode: the same regeneration, into a scratch folder)
# ---------------------------------------------------------------------------------------------------


def on_every_core() -> None:
    """For the loop's children: the targets say "on 2 cores", and this process is pinned to the client's."""
    os.sched_setaffinity(0, set(CORES))


def measure_generate() -> dict[str, Any]:
    samples, codes = [], []
    for _ in range(GENERATE_RUNS):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "generate.py"), "--check"],
            check=False,
            cwd=ROOT,
            env=child_environment(),
            capture_output=True,
            preexec_fn=on_every_core,
        )
        samples.append(time.perf_counter() - start)
        codes.append(done.returncode)
    return {"s": median(samples), "samples_s": [round(s, 3) for s in samples], "exit_codes": codes}


# ---------------------------------------------------------------------------------------------------
# 6. The loop, behind --loop (about 20 minutes): `make test` in a fresh clone, `make spec-history`
# ---------------------------------------------------------------------------------------------------


def measure_make_test() -> dict[str, Any]:
    """`make test` in a fresh clone of this tree's HEAD, wall time: no `.pyc`, no caches, no hypothesis
    database. The clone sits beside the project (the tests read `../shared`, as here) and is deleted after.

    Its `.venv` is made offline from this one: a virtual environment whose `.pth` file adds this `.venv`'s
    site-packages (every pinned dependency, at the same versions), with the clone installed editable in
    it, so its tests import the clone's packages; that setup is not counted.
    """
    clone = Path(tempfile.mkdtemp(prefix="bench-clone-", dir=ROOT.parent))
    try:
        git = ["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)]
        subprocess.run(git, check=True, env=child_environment())
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=clone, check=True, capture_output=True, text=True
        ).stdout.strip()
        env_dir = clone / ".venv"
        venv.EnvBuilder(with_pip=False, symlinks=True).create(env_dir)
        (clean_envs.site_packages(env_dir) / "bench-dev-venv.pth").write_text(
            clean_envs.site_packages(Path(sys.prefix)).as_posix() + "\n"
        )
        install = ["-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--no-index", "-e", "."]
        python = str(env_dir / "bin" / "python")
        installed = subprocess.run(
            [python, *install], cwd=clone, env=child_environment(), capture_output=True, text=True, check=False
        )
        if installed.returncode:
            raise RuntimeError(f"the clone's editable install failed:\n{installed.stderr}")
        where = subprocess.run(
            [
                python,
                "-c",
                "import elevenlabs_api, elevenlabs_client; print(elevenlabs_api.__file__, elevenlabs_client.__file__)",
            ],
            cwd=ROOT,  # not the clone: its own folders must come from the editable install, not the working directory
            env=child_environment(),
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        assert all(Path(path).is_relative_to(clone) for path in where), f"the clone's .venv imports {where}"
        (env_dir / ".installed").touch()  # what the Makefile's install step leaves; the clone's venv is ready
        start = time.perf_counter()
        done = subprocess.run(
            ["make", "test"],
            cwd=clone,
            env=child_environment(),
            capture_output=True,
            text=True,
            check=False,
            preexec_fn=on_every_core,
        )
        seconds = time.perf_counter() - start
    finally:
        shutil.rmtree(clone, ignore_errors=True)
    tail = done.stdout.strip().splitlines()[-1:] or [""]
    return {"s": seconds, "exit_code": done.returncode, "commit": commit, "pytest_summary": tail[0]}


def measure_spec_history() -> dict[str, Any]:
    """`make spec-history` here (every revision of the corpus, regenerated in a temp folder), wall time."""
    start = time.perf_counter()
    done = subprocess.run(
        ["make", "spec-history"],
        cwd=ROOT,
        env=child_environment(),
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=on_every_core,
    )
    seconds = time.perf_counter() - start
    tail = done.stdout.strip().splitlines()[-1:] or [""]
    return {"s": seconds, "exit_code": done.returncode, "summary": tail[0]}


# ---------------------------------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------------------------------


def ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or not b else a / b


def row(
    name: str,
    unit: str,
    ours: float,
    official: float | None,
    floor: float | None,
    target: str,
    met: bool | None,
) -> dict[str, Any]:
    return {
        "measurement": name,
        "unit": unit,
        "ours": ours,
        "official": official,
        "floor": floor,
        "ours_over_official": ratio(ours, official),
        "ours_over_floor": ratio(ours, floor),
        "target": target,
        "met": met,
    }


def trio(block: dict[str, Any], field: str) -> tuple[Any, Any, Any]:
    """One measurement for ours, the official SDK and the floor, in the table's column order."""
    return block["ours"][field], block["official"][field], block["floor"][field]


# The import target is "within 10 ms of `import httpx` alone" (the floor, in its clean environment);
# the earlier one, at most 0.2x the official SDK's, is kept beside it.
IMPORT_OVER_FLOOR_MS = 10


def import_rows(imp: dict[str, Any]) -> list[dict[str, Any]]:
    ours, official, floor = trio(imp, "ms")
    rows = [
        row(
            "import time",
            "ms",
            ours,
            official,
            floor,
            f"<= floor + {IMPORT_OVER_FLOOR_MS} ms, <= 0.2x official",
            ours <= floor + IMPORT_OVER_FLOOR_MS and ours <= 0.2 * official,
        )
    ]
    rows.append(
        row(
            "import: modules loaded",
            "count",
            *trio(imp, "modules"),
            "-",
            None,
        )
    )
    # The same import in .venv, as this row was measured until 2026-12-04 (click blocked): no target.
    rows.append(row("import time, dev .venv", "ms", *trio(imp["dev_venv"], "ms"), "-", None))
    rows.append(row("import: modules loaded, dev .venv", "count", *trio(imp["dev_venv"], "modules"), "-", None))
    return rows


def peak_memory_rows(peak: dict[str, Any]) -> list[dict[str, Any]]:
    ours, official, floor = trio(peak, "peak_mib")
    return [
        row(
            "peak RSS, streaming process (200 MiB, clean env)",
            "MiB",
            ours,
            official,
            floor,
            "<= 0.6x official",
            ours <= 0.6 * official,
        )
    ]


def size_rows(sizes: dict[str, Any]) -> list[dict[str, Any]]:
    """The wheel and the installed package alone, with and without bytecode: no larger than the official's."""
    rows = []
    for label, key in (
        ("wheel size (zipped here, deflate 6)", "wheel_mib"),
        ("installed size, package alone", "alone_mib"),
        ("installed size, package alone, no bytecode", "alone_without_bytecode_mib"),
    ):
        ours, official = sizes["ours"][key], sizes["official"][key]
        rows.append(row(label, "MiB", ours, official, None, "<= official", ours <= official))
    return rows


def generate_rows(gen: dict[str, Any]) -> list[dict[str, Any]]:
    target = f"< {GENERATE_TARGET_S} s"
    return [row("make generate (--check)", "s", gen["s"], None, None, target, gen["s"] < GENERATE_TARGET_S)]


def loop_rows(loop: dict[str, Any]) -> list[dict[str, Any]]:
    """`run.py --loop` only. A run that failed is not met whatever its time (the JSON has its last line)."""
    rows = []
    for key, label, target in (
        ("make_test", "make test, fresh clone", TEST_TARGET_S),
        ("spec_history", "make spec-history", SPEC_HISTORY_TARGET_S),
    ):
        if key in loop:
            seconds, failed = loop[key]["s"], loop[key]["exit_code"] != 0
            name = f"{label}{' (FAILED)' if failed else ''}"
            rows.append(row(name, "s", seconds, None, None, f"< {target // 60} min", seconds < target and not failed))
    return rows


def build_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    rows = import_rows(data["import"])
    rows += peak_memory_rows(data["peak_memory"])
    first = data["first_call"]
    rows.append(
        row(
            "import + first conversation get, fresh process",
            "ms",
            *trio(first, "ms"),
            "-",
            None,
        )
    )
    rows.append(
        row(
            "import + first text_to_speech.convert, fresh process",
            "ms",
            *trio(data["first_tts"], "ms"),
            "-",
            None,
        )
    )
    for key, label in (("conversation", "parse 2,000-entry conversation"), ("history_page", "parse 1,000-item page")):
        p = data["parse"][key]
        ours, floor = p["ours"]["ms"], p["floor"]["ms"]
        rows.append(
            row(
                f"{label} (client path)",
                "ms",
                ours,
                p["official"]["ms"],
                floor,
                "<= 0.1x official",
                ours <= 0.1 * p["official"]["ms"],
            )
        )
        mvj, direct = p["official_model_validate_json"]["ms"], p["ours_direct"]["ms"]
        rows.append(
            row(
                f"{label}, bytes to models vs model_validate_json",
                "ms",
                direct,
                mvj,
                floor,
                "<= 0.6x official",
                direct <= 0.6 * mvj,
            )
        )
    lst = data["listing"]
    ours = lst["ours"]["ms"]
    rows.append(
        row(
            f"list {HISTORY_ITEMS} history items, 100/page",
            "ms",
            ours,
            lst["official"]["ms"],
            lst["floor"]["ms"],
            "<= 1.1x floor, < official",
            ours <= 1.1 * lst["floor"]["ms"] and ours < lst["official"]["ms"],
        )
    )
    s = data["stream"]
    for label, ours_case, official_case, floor_case in (
        ("stream 200 MiB, discard", "ours_get_audio_discard", "official_default_discard", "httpx_discard"),
        ("stream 200 MiB, discard [off. 64K]", "ours_get_audio_discard", "official_64k_discard", "httpx_discard"),
        ("stream 200 MiB, save_audio", "ours_save_audio_file", "official_default_file", "httpx_file"),
        ("stream 200 MiB, save_audio [off. 64K]", "ours_save_audio_file", "official_64k_file", "httpx_file"),
        ("stream 200 MiB, get_audio to file", "ours_get_audio_file", "official_default_file", "httpx_file"),
    ):
        o, f, fl = s[ours_case], s[official_case], s[floor_case]
        rows.append(
            row(
                label,
                "MiB/s",
                o["mib_per_s"],
                f["mib_per_s"],
                fl["mib_per_s"],
                ">= 0.9x floor, >= official",
                o["mib_per_s"] >= 0.9 * fl["mib_per_s"] and o["mib_per_s"] >= f["mib_per_s"],
            )
        )
        # "No worse than the official SDK" for memory allows 1 MiB: allocator noise between processes.
        rows.append(
            row(
                f"  peak RSS growth{label.removeprefix('stream 200 MiB')}",
                "MiB",
                o["rss_growth_mib"],
                f["rss_growth_mib"],
                fl["rss_growth_mib"],
                "< 30, <= official + 1",
                o["rss_growth_mib"] < 30 and o["rss_growth_mib"] <= f["rss_growth_mib"] + 1,
            )
        )
    up = data["upload"]
    o, f, fl = up["ours"], up["official"], up["floor"]
    rows.append(
        row(
            "upload 1 GiB from a path (speech_to_text.convert)",
            "MiB/s",
            o["mib_per_s"],
            f["mib_per_s"],
            fl["mib_per_s"],
            ">= 0.9x floor",
            o["mib_per_s"] >= 0.9 * fl["mib_per_s"],
        )
    )
    rows.append(
        row(
            "  peak RSS growth, upload",
            "MiB",
            o["rss_growth_mib"],
            f["rss_growth_mib"],
            fl["rss_growth_mib"],
            "< 30",
            o["rss_growth_mib"] < 30,
        )
    )
    # Parsed objects per second: the count over the median time of reading the whole stream.
    lines = {who: more_rows.JSON_LINES / (t["ms"] / 1000) for who, t in data["json_lines"].items()}
    rows.append(
        row(
            f"stream {more_rows.JSON_LINES:,} JSON lines (stream_with_timestamps)",
            "models/s",
            lines["ours"],
            lines["official"],
            lines["floor"],
            "-",
            None,
        )
    )
    pages = data["voice_pages"]
    ours = pages["ours"]["ms"]
    rows.append(
        row(
            f"list {more_rows.VOICES:,} voices, {more_rows.VOICES_PER_PAGE}/page (iter_search)",
            "ms",
            ours,
            pages["official"]["ms"],
            pages["floor"]["ms"],
            "<= 1.1x floor",
            ours <= 1.1 * pages["floor"]["ms"],
        )
    )
    rows += generate_rows(data["generate"])
    rows += loop_rows(data.get("loop", {}))
    rows += size_rows(data["installed_size"])
    return rows


def format_number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    if unit == "count":
        return f"{value:.0f}"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def format_table(rows: list[dict[str, Any]]) -> str:
    header = ["measurement", "unit", "ours", "official", "floor", "ours/off", "ours/floor", "target", "met"]
    lines = [header]
    for r in rows:
        met = "-" if r["met"] is None else ("yes" if r["met"] else "NO")
        lines.append(
            [
                r["measurement"],
                r["unit"],
                format_number(r["ours"], r["unit"]),
                format_number(r["official"], r["unit"]),
                format_number(r["floor"], r["unit"]),
                format_number(r["ours_over_official"]),
                format_number(r["ours_over_floor"]),
                r["target"],
                met,
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    numeric = {2, 3, 4, 5, 6}
    out = []
    for k, line in enumerate(lines):
        cells = [cell.rjust(w) if i in numeric else cell.ljust(w) for i, (cell, w) in enumerate(zip(line, widths))]
        out.append("  ".join(cells).rstrip())
        if k == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


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


def profile_parse() -> None:
    """Where our client spends the conversation parse, as pyinstrument sees it."""
    from elevenlabs_client import ElevenLabs
    from pyinstrument import Profiler

    server = Server()
    try:
        body, _ = long_conversation(server.get(f"/v1/convai/conversations/{server.conversation_id}"))
    finally:
        server.stop()
    client = ElevenLabs(api_key=API_KEY, base_url="http://bench.invalid", httpx_client=mock_http(body))
    client.conversational_ai.conversations.get(server.conversation_id)
    profiler = Profiler(interval=0.0002)
    with profiler:
        for _ in range(5):
            client.conversational_ai.conversations.get(server.conversation_id)
    print(profiler.output_text(unicode=True, color=False, show_all=False))


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
            server = Server()
            try:
                rows += peak_memory_rows(data.setdefault("peak_memory", measure_peak_memory(server, envs)))
            finally:
                server.stop()
    if "generate" in only:
        print("make generate ...", file=sys.stderr)
        rows += generate_rows(data.setdefault("generate", measure_generate()))
    if "loop" in only or loop:
        rows += loop_rows(data.setdefault("loop", measure_loop()))
    if "size" in only:
        rows += size_rows(data.setdefault("installed_size", measure_footprint()))
    print(format_table(rows))
    if "size" in only:
        print()
        print(format_footprint(data["installed_size"]))
    print(json.dumps(data, indent=1), file=sys.stderr)


def measure_loop() -> dict[str, Any]:
    print("make test in a fresh clone (--loop) ...", file=sys.stderr)
    loop = {"make_test": measure_make_test()}
    print("make spec-history (--loop) ...", file=sys.stderr)
    loop["spec_history"] = measure_spec_history()
    return loop


def main(loop: bool = False) -> None:
    from importlib.metadata import version

    if version("elevenlabs") != OFFICIAL_VERSION:
        sys.exit(f"benchmarks compare with elevenlabs=={OFFICIAL_VERSION}; run `make bench` to install it")
    started = time.perf_counter()
    os.sched_setaffinity(0, CLIENT_CORES)  # children (import and streaming runs) inherit it
    data: dict[str, Any] = {"machine": machine()}
    # The fresh-process rows time imports with their .pyc files already written (the round before the
    # counted ones writes them); with PYTHONDONTWRITEBYTECODE set, every run would compile anew. Every
    # child gets child_environment() (without it); this says whether this environment had it.
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
    data["generate"] = measure_generate()
    if loop:
        data["loop"] = measure_loop()
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
