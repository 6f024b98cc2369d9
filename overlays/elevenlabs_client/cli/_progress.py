"""What the user sees while an export runs: a bar on a terminal, a plain line every few seconds elsewhere.

rich (the `cli` extra) is imported only when a bar is drawn, so a pipe, CI or `--quiet` never load it.
"""

from __future__ import annotations

import sys
import time
from typing import Any, Protocol, TextIO

MIB = 1024 * 1024


def human_bytes(size: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if abs(size) < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")


def human_time(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class Counts:
    """The running totals; `listed` grows while the history is being paged, `listing_done` then settles it."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.listed = 0
        self.listing_done = False
        self.done = 0
        self.skipped = 0
        self.failed: list[tuple[str, str]] = []  # (id, reason)
        self.bytes = 0  # downloaded in this run, in flight included
        self.skipped_bytes = 0

    @property
    def finished(self) -> int:
        return self.done + self.skipped + len(self.failed)

    def elapsed(self) -> float:
        return time.monotonic() - self.started


class Reporter(Protocol):
    def update(self, counts: Counts) -> None: ...
    def message(self, text: str) -> None: ...
    def close(self, counts: Counts) -> None: ...


class Silent:
    """--quiet: progress is not shown; messages about problems still are."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def update(self, counts: Counts) -> None:
        pass

    def message(self, text: str) -> None:
        print(text, file=self._stream, flush=True)

    def close(self, counts: Counts) -> None:
        pass


class Lines(Silent):
    """Not a terminal (a pipe, a log, CI): one line every `every` seconds, and one at the end."""

    def __init__(self, stream: TextIO, every: float) -> None:
        super().__init__(stream)
        self._every = every
        self._last = time.monotonic()

    def update(self, counts: Counts) -> None:
        now = time.monotonic()
        if now - self._last >= self._every:
            self._last = now
            self.message(self._line(counts))

    def close(self, counts: Counts) -> None:
        # The last periodic line can be up to `every` seconds old; a log should end with the final count.
        self.message(self._line(counts))

    @staticmethod
    def _line(counts: Counts) -> str:
        elapsed = max(counts.elapsed(), 1e-6)
        total = f"{counts.listed}" if counts.listing_done else f"{counts.listed}+"
        line = (
            f"{counts.finished}/{total} items ({counts.done} fetched, {counts.skipped} skipped, "
            f"{len(counts.failed)} failed), {human_bytes(counts.bytes)}, {human_bytes(counts.bytes / elapsed)}/s"
        )
        rate = (counts.done + counts.skipped) / elapsed
        if counts.listing_done and rate > 0 and counts.finished < counts.listed:
            line += f", about {human_time((counts.listed - counts.finished) / rate)} left"
        return line


class Bar:
    """A terminal: rich's progress bar, items and bytes, rate and time left, redrawn in place."""

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn("[bold]exporting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("items  {task.fields[size]}  {task.fields[rate]}"),
            TimeRemainingColumn(),
            console=Console(file=stream),
        )
        self._task: Any = self._progress.add_task("export", total=None, size="", rate="")
        self._progress.start()

    def update(self, counts: Counts) -> None:
        # The bar and its time left count items; the bytes and their rate are fields of their own.
        self._progress.update(
            self._task,
            completed=counts.finished,
            total=counts.listed if counts.listing_done else None,
            size=human_bytes(counts.bytes),
            rate=f"{human_bytes(counts.bytes / max(counts.elapsed(), 1e-6))}/s",
        )

    def message(self, text: str) -> None:
        self._progress.console.print(text, markup=False, highlight=False)

    def close(self, counts: Counts) -> None:
        self.update(counts)
        self._progress.stop()


def reporter(quiet: bool, every: float, stream: TextIO | None = None) -> Reporter:
    out = stream or sys.stderr
    if quiet:
        return Silent(out)
    if out.isatty():
        try:
            return Bar(out)
        except ImportError:  # installed without the `cli` extra: plain lines still say how far it got
            pass
    return Lines(out, every)
