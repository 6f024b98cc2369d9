"""How far a process's peak resident memory rises during one transfer (the streaming and upload rows).

Each transfer runs in a fresh child process (run.py --stream, more_rows.py --upload) that has imported
only the library under test and made its client; `measure_transfer` times the transfer and reads the
peak around it.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from typing import Any


def measure_transfer(transfer: Callable[[], int]) -> dict[str, Any]:
    """Run `transfer` (it returns a byte count): bytes, seconds and the growth of peak RSS in MiB.

    The peak is read from /proc/self/status (VmHWM), not from ru_maxrss: after an exec, ru_maxrss is at
    least the peak of the process that started this one (Linux keeps the old memory's high-water mark
    in it), so behind a benchmark parent holding both SDKs and parsed payloads it hides any growth.
    Resetting the high-water mark to the current RSS first also keeps a transient peak of the imports
    from absorbing the transfer's.
    """
    maxrss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    reset = reset_peak_rss()
    before = memory_kib("VmRSS" if reset else "VmHWM")
    start = time.perf_counter()
    size = transfer()
    seconds = time.perf_counter() - start
    peak = memory_kib("VmHWM")
    maxrss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "bytes": size,
        "seconds": seconds,
        "rss_growth_mib": (peak - before) / 1024,
        "peak_reset": reset,
        "ru_maxrss_growth_mib": (maxrss_after - maxrss_before) / 1024,
    }


def reset_peak_rss() -> bool:
    """Set this process's peak RSS (VmHWM) to its current RSS (Linux >= 4.0); False if not allowed."""
    try:
        with open("/proc/self/clear_refs", "w") as control:
            control.write("5")
    except OSError:
        return False
    return True


def memory_kib(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")
