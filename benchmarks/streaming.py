"""The streaming rows: 200 MiB of audio in each case, in a fresh process each (`run.py --stream`, which
runs `stream_case`) so that their peak RSS numbers do not mix.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterable
from statistics import median
from typing import Any

import httpx
from children import run_child
from fake_server import API_KEY, AUDIO_BYTES, RUN_PY, Server
from peak_rss import measure_transfer

MIB = 1024 * 1024
# Each streams 200 MiB in a fresh process. At loopback speeds a run takes well under a second, and runs
# that write a file vary by 10-20 %, so 7 runs rather than fewer.
STREAM_RUNS = 7

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
                command = [sys.executable, RUN_PY, "--stream", case, server.base_url, server.audio_id, target]
                result = run_child(command, f"stream {case}")
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
