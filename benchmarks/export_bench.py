"""The rows of `elevenlabs-client history export` that run.py adds: 500 items of 1 MiB exported at
concurrency 1, 4 and 8, next to a plain sequential httpx loop (list the pages, stream each item's
audio into a file) as the floor; wall time, items per second and peak RSS growth.

The fake server runs in a process of its own (`export_bench.py --serve`), pinned to one core as in
run.py; each export runs in a fresh child process (`export_bench.py --case ...`) that measures itself
with peak_rss.measure_transfer, into a fresh folder that is deleted afterwards. One more case exports
250 of the items at concurrency 4: its peak RSS next to the 500-item run's shows that memory does not
grow with the number of items.

    .venv/bin/python benchmarks/export_bench.py      # these rows alone
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from typing import Any

import httpx
from children import CLIENT_CORES, SERVER_CORES, ServerChild, run_child
from peak_rss import measure_transfer

ITEMS = 500
SMALL = 250  # items of the memory comparison (more than the 200 the exporter lists ahead)
AUDIO = 1024 * 1024
CHUNK = 64 * 1024
API_KEY = "bench-key"
RUNS = 3
CASES = {"c1": 1, "c4": 4, "c8": 8, "floor": 1, "c4_small": 4}


def serve() -> None:
    """Child mode: the fake with ITEMS items of AUDIO bytes; prints its address and the date of the
    SMALL-th newest item, then serves until stdin closes."""
    from elevenlabs_client.testing import FakeElevenLabs

    os.sched_setaffinity(0, SERVER_CORES)
    with FakeElevenLabs(history_items=ITEMS, conversations=1, api_key=API_KEY, audio_size=AUDIO, chunk_size=CHUNK) as f:
        small_after = f.history[SMALL - 1]["date_unix"]
        print(json.dumps({"base_url": f.base_url, "small_after": small_after}), flush=True)
        sys.stdin.read()


def run_case(case: str, base_url: str, folder: str, small_after: int) -> None:
    """Child mode: one export into `folder`; prints its measurement as the last line of stdout."""
    os.sched_setaffinity(0, CLIENT_CORES)
    if case == "floor":
        transfer = floor_export(base_url, folder)
    else:
        transfer = our_export(base_url, folder, CASES[case], small_after if case == "c4_small" else None)
    result = measure_transfer(transfer)
    print(json.dumps(result))


def our_export(base_url: str, folder: str, concurrency: int, after: int | None) -> Callable[[], int]:
    import elevenlabs_client.cli._export  # noqa: F401 - imported before the measurement, as a started CLI has
    from elevenlabs_client.cli import main

    os.environ.update(ELEVENLABS_API_KEY=API_KEY, ELEVENLABS_BASE_URL=base_url)
    arguments = ["history", "export", folder, "--quiet", "--concurrency", str(concurrency)]
    arguments += ["--after", str(after)] if after is not None else []

    # A warm-up export that selects nothing: what any run loads or sets up once (modules, the TLS
    # context of the connection pool) is not counted as the export's memory.
    with tempfile.TemporaryDirectory() as empty:
        main(["history", "export", empty, "--quiet", "--search", "matches no item at all"])

    def transfer() -> int:
        if main(arguments) != 0:
            raise RuntimeError("the export failed")
        with open(os.path.join(folder, "metadata.jsonl")) as metadata:
            return sum(json.loads(line)["bytes"] for line in metadata)

    return transfer


def floor_export(base_url: str, folder: str) -> Callable[[], int]:
    """What one writes by hand with httpx: page through the history, stream each item into a file."""
    client = httpx.Client(base_url=base_url, headers={"xi-api-key": API_KEY}, timeout=60)

    def transfer() -> int:
        total, cursor = 0, None
        while True:
            query: dict[str, Any] = {"page_size": 100}
            if cursor:
                query["start_after_history_item_id"] = cursor
            page = client.get("/v1/history", params=query).raise_for_status().json()
            for item in page["history"]:
                item_id = item["history_item_id"]
                with client.stream("GET", f"/v1/history/{item_id}/audio") as response:
                    response.raise_for_status()
                    with open(os.path.join(folder, f"{item_id}.mp3"), "wb") as out:
                        for chunk in response.iter_bytes():
                            total += out.write(chunk)
            cursor = page.get("last_history_item_id")
            if not page["has_more"] or not cursor:
                return total

    return transfer


def measure() -> dict[str, Any]:
    samples: dict[str, list[dict[str, Any]]] = {case: [] for case in CASES}
    with ServerChild([sys.executable, __file__, "--serve"]) as server:
        info = server.info
        for _ in range(RUNS):
            for case in CASES:  # interleaved, so a busy moment hits every case alike
                folder = tempfile.mkdtemp(prefix="elevenlabs-bench-export-")
                try:
                    command = [
                        sys.executable,
                        __file__,
                        "--case",
                        case,
                        info["base_url"],
                        folder,
                        str(info["small_after"]),
                    ]
                    result = run_child(command, f"export {case}")
                    items = SMALL if case == "c4_small" else ITEMS
                    if result["bytes"] != items * AUDIO:
                        raise RuntimeError(f"{case}: exported {result['bytes']} bytes, not {items * AUDIO}")
                    samples[case].append({**result, "items": items})
                finally:
                    shutil.rmtree(folder)
    return {
        case: {
            "items": runs[0]["items"],
            "concurrency": CASES[case],
            "seconds": statistics.median(r["seconds"] for r in runs),
            "items_per_s": statistics.median(r["items"] / r["seconds"] for r in runs),
            "rss_growth_mib": statistics.median(r["rss_growth_mib"] for r in runs),
            "samples": runs,
        }
        for case, runs in samples.items()
    }


def rows(export: dict[str, Any], row: Callable[..., dict[str, Any]]) -> list[dict[str, Any]]:
    """run.py's rows (its `row` function): ours at each concurrency against the sequential httpx floor."""
    floor = export["floor"]
    table = []
    for case in ("c1", "c4", "c8"):
        ours = export[case]
        name = f"export {ITEMS} items of 1 MiB, concurrency {ours['concurrency']}"
        table.append(row(name, "s", ours["seconds"], None, floor["seconds"], "-", None))
        table.append(row("  items/s", "items/s", ours["items_per_s"], None, floor["items_per_s"], "-", None))
        table.append(
            row(
                "  peak RSS growth",
                "MiB",
                ours["rss_growth_mib"],
                None,
                floor["rss_growth_mib"],
                "< 30",
                ours["rss_growth_mib"] < 30,
            )
        )
    small, large = export["c4_small"]["rss_growth_mib"], export["c4"]["rss_growth_mib"]
    table.append(
        row(
            f"  peak RSS growth, {SMALL} items at concurrency 4 (vs {ITEMS})",
            "MiB",
            small,
            None,
            None,
            f"{ITEMS} items <= {SMALL} + 5 MiB",
            large <= small + 5,
        )
    )
    return table


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--case", nargs=4, metavar=("CASE", "BASE_URL", "FOLDER", "SMALL_AFTER"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.serve:
        serve()
    elif args.case:
        run_case(args.case[0], args.case[1], args.case[2], int(args.case[3]))
    else:
        print(json.dumps(measure(), indent=2))
