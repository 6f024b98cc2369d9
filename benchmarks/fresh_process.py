"""The rows measured in fresh processes by short `python -c` children: the import, the import with the first
conversation get or text to speech, and the peak memory of a whole streaming process.

Each child prints its answer as one JSON line (children.run_child). The import and peak-memory rows run in
clean_envs.py's virtual environments, the target's; the import row also in .venv, for comparison.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Mapping
from statistics import median
from typing import Any

from children import run_child
from fake_server import API_KEY, AUDIO_BYTES, Server
from tts_server import first_call_statements

IMPORT_RUNS = 7
PEAK_RUNS = 5

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
loaded = len(sys.modules) - before
import json  # after the count: it prints the answer, it is not part of the import
print(json.dumps({{"s": elapsed, "modules": loaded, "dont_write_bytecode": sys.dont_write_bytecode}}))
"""


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
                code = IMPORT_CHILD.format(statement=statement, prelude=prelude)
                out = run_child([python, "-c", code], f"fresh process {who}", cwd=cwd)
                assert not out["dont_write_bytecode"], (
                    f"{who}: the child writes no .pyc, so every round would compile anew"
                )
                if round_:  # round 0 only makes sure every .pyc is written; it is not counted
                    samples[who].append((out["s"], out["modules"]))
    return {
        who: {
            "ms": median([s * 1000 for s, _ in runs]),
            "modules": median([m for _, m in runs]),
            "samples_ms": [round(s * 1000, 2) for s, _ in runs],
        }
        for who, runs in samples.items()
    }


# ---------------------------------------------------------------------------------------------------
# The whole streaming process's peak memory, in the clean environments: a minimal child (import, client,
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
            run_child([str(envs[who]["python"]), "-c", PEAK_CODE[who][0]], f"peak memory {who}", cwd=cwd)
        for _ in range(PEAK_RUNS):
            for who, code in codes.items():
                result = run_child([str(envs[who]["python"]), "-c", code], f"peak memory {who}", cwd=cwd)
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
