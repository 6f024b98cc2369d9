"""The export itself: page through the history, fetch each item's audio with N workers, record it.

One asyncio loop, one AsyncElevenLabs (one connection pool) with the client's own retries off: the
exporter retries here instead, so that a 429 closes a gate every worker waits at (the whole export
slows down, as the server asked) and a body cut off halfway is fetched again from its start, which
the client does not do once the first byte has been handed over.
"""

from __future__ import annotations

import asyncio
import contextvars
import hashlib
import signal
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import httpx
from elevenlabs_api.api import AsyncBinaryStream

from .._client import DEFAULT_TIMEOUT, AsyncElevenLabs
from .._errors import APIConnectionError, AuthenticationError, ElevenLabsError, RateLimitError
from .._files import atomic_file
from .._settings import backoff, is_retryable
from ._manifest import Metadata, Record, extension_for, file_name, record_for, remove_leftovers, usable_id, verify
from ._progress import Counts, Reporter

T = TypeVar("T")
PAGE_SIZE = 100
# Items listed ahead of the workers: two pages, so listing never starves them, and memory stays flat
# however long the history is.
QUEUE_ITEMS = 2 * PAGE_SIZE
# A 429 is not the item's fault: it is retried this many times (each after the wait the server asks
# for, all workers paused) before the item counts as failed.
RATE_LIMIT_TRIES = 20
MAX_BACKOFF = 30.0
# Items failing in a row on a connection error (each after its retries) that mean the network or the
# server is gone: the export stops rather than fail every remaining item one by one.
CONNECTION_LOST_AFTER = 5
# Response headers of the request being made by the current task, for --dry-run's sizes.
_HEADERS: contextvars.ContextVar[dict[str, str] | None] = contextvars.ContextVar("headers", default=None)


@dataclass(frozen=True)
class Options:
    directory: Path
    filters: dict[str, Any]  # keywords of history.list
    output_format: str  # "original" (GET .../audio) or "wav" (POST /v1/history/download)
    concurrency: int
    retries: int
    dry_run: bool


class Stop(Exception):
    """Nothing more can succeed (the key was refused, the history cannot be listed, the disk is full)."""


class Gate:
    """Every request passes it; after a 429 nobody sends until the wait the server asked for is over."""

    def __init__(self) -> None:
        self._until = 0.0

    async def wait(self) -> None:
        while (left := self._until - time.monotonic()) > 0:
            await asyncio.sleep(left)

    def close_for(self, seconds: float) -> bool:
        """True if this starts a pause (rather than extending one already on)."""
        now = time.monotonic()
        was_open = self._until <= now
        self._until = max(self._until, now + seconds)
        return was_open


def reason(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return text if len(text) <= 200 else text[:200] + "..."


def listed_item(entry: object) -> dict[str, Any] | None:
    """A listing entry as a plain dict, or None if it is not an object. When an entry does not fit the
    schema at all, the lenient parser keeps the page's whole array as the JSON that came: dicts, not models."""
    if isinstance(entry, dict):
        return entry
    to_dict = getattr(entry, "to_dict", None)
    return to_dict() if callable(to_dict) else None


async def _note_headers(response: httpx.Response) -> None:
    sink = _HEADERS.get()
    if sink is not None and response.is_success:
        sink.update(response.headers)


class Exporter:
    def __init__(self, api_key: str, options: Options, report: Reporter) -> None:
        self.options = options
        self.report = report
        self.counts = Counts()
        self.gate = Gate()
        self.fatal: str | None = None
        self.interrupted = 0  # the signal that stopped the export (SIGINT for Ctrl-C, SIGTERM), else 0
        self.unknown_sizes = 0
        self._unreachable = 0  # items failed in a row on connection errors
        self._http = httpx.AsyncClient(timeout=DEFAULT_TIMEOUT, event_hooks={"response": [_note_headers]})
        self.client = AsyncElevenLabs(api_key=api_key, max_retries=0, httpx_client=self._http)
        self._tasks: list[asyncio.Task[None]] = []
        self._syncs: set[asyncio.Future[None]] = set()  # fsyncs of the metadata file under way
        self.removed_leftovers = 0 if options.dry_run else remove_leftovers(options.directory)
        self.metadata = Metadata(options.directory, writable=not options.dry_run)
        if self.removed_leftovers:
            report.message(f"removed {self.removed_leftovers} unfinished file(s) an interrupted run left behind")

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue(QUEUE_ITEMS)
        self._tasks = [asyncio.create_task(self._list(queue))]
        self._tasks += [asyncio.create_task(self._work(queue)) for _ in range(self.options.concurrency)]
        ticker = asyncio.create_task(self._tick())
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, self.interrupt, signum)
        try:
            results = await asyncio.gather(*self._tasks, return_exceptions=True)
        finally:
            for signum in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(signum)
            ticker.cancel()
            if self._syncs:  # the file is closed only once no thread is syncing it
                await asyncio.wait(self._syncs)
            self.metadata.close()
            await self._http.aclose()
            self.report.close(self.counts)
        for result in results:  # a bug, not a failure of the API: let it be seen
            if isinstance(result, Exception):
                raise result

    def interrupt(self, signum: int = signal.SIGINT) -> None:
        if self.interrupted:
            return
        self.interrupted = signum
        self.report.message("interrupted: stopping, unfinished files are being removed")
        self._cancel()

    def abort(self, message: str) -> None:
        if self.fatal is None and not self.interrupted:
            self.fatal = message
            self._cancel()

    def _cancel(self) -> None:
        for task in self._tasks:
            task.cancel()

    async def _tick(self) -> None:
        while True:  # keeps the plain lines coming while every worker waits (a 429 pause, a slow server)
            await asyncio.sleep(0.5)
            self.report.update(self.counts)

    async def _call(self, call: Callable[[], Awaitable[T]]) -> T:
        """`call()` through the gate, retried: 429s pause everyone, 5xx and broken connections back off."""
        failures = limited = 0
        while True:
            await self.gate.wait()
            try:
                return await call()
            except AuthenticationError as error:
                raise Stop(
                    "the API key was refused (401): check ELEVENLABS_API_KEY or the file given to --api-key-file"
                ) from error
            except RateLimitError as error:
                limited += 1
                if limited > RATE_LIMIT_TRIES:
                    raise
                wait = error.retry_after or backoff(limited - 1, MAX_BACKOFF)
                if self.gate.close_for(wait):
                    self.report.message(f"rate limited (429): every request paused for {wait:.1f} s")
            except ElevenLabsError as error:
                failures += 1
                if failures > self.options.retries or not is_retryable(error):  # 429s are handled above
                    raise
                await asyncio.sleep(backoff(failures - 1, MAX_BACKOFF))

    async def _list(self, queue: asyncio.Queue[dict[str, Any] | None]) -> None:
        cursor: str | None = None
        try:
            while True:
                query = dict(self.options.filters, page_size=PAGE_SIZE)
                if cursor is not None:
                    query["start_after_history_item_id"] = cursor
                page = await self._call(partial(self.client.history.list, **query))
                for entry in page.history:
                    self.counts.listed += 1
                    item = listed_item(entry)
                    if usable_id(item) is None:
                        # Without an id its audio cannot be asked for; the other items can still be exported.
                        self._fail(
                            f"entry {self.counts.listed} of the listing", "the listing gave no usable history_item_id"
                        )
                        continue
                    await queue.put(item)
                following = page.last_history_item_id if isinstance(page.last_history_item_id, str) else None
                if not page.has_more or following is None:
                    break
                if following == cursor:
                    raise Stop("the server sent the same page cursor twice; the listing would loop")
                cursor = following
        except Stop as stop:
            self.abort(str(stop))
            return
        except ElevenLabsError as error:
            self.abort(f"could not list the history: {reason(error)}")
            return
        self.counts.listing_done = True
        for _ in range(self.options.concurrency):
            await queue.put(None)

    async def _work(self, queue: asyncio.Queue[dict[str, Any] | None]) -> None:
        while (item := await queue.get()) is not None:
            try:
                await self._one(item)
            except Stop as stop:
                self.abort(str(stop))
                return
            except OSError as error:
                self.abort(f"cannot write in {self.options.directory}: {error.strerror or error}")
                return
            except Exception as error:  # a bug: stop the others (the listing would wait for this one) and show it
                self.abort(f"internal error: {error!r}")
                raise
            self.report.update(self.counts)

    async def _one(self, item: dict[str, Any]) -> None:
        item_id = str(item["history_item_id"])
        directory, output_format = self.options.directory, self.options.output_format
        previous = self.metadata.entries.get(item_id)
        same_format = previous is not None and previous.format == output_format
        if previous is not None and same_format and await asyncio.to_thread(verify, directory, previous):
            self.counts.skipped += 1
            self.counts.skipped_bytes += previous.bytes
            return
        name = file_name(item, extension_for(item, output_format))
        if self.options.dry_run:
            await self._measure(item_id)
            return
        try:
            size, digest = await self._call(lambda: self._fetch(item_id, directory / name))
        except ElevenLabsError as error:
            self._fail(item_id, reason(error))
            self._unreachable = self._unreachable + 1 if isinstance(error, APIConnectionError) else 0
            if self._unreachable >= CONNECTION_LOST_AFTER:
                raise Stop(
                    f"{self._unreachable} items in a row got no complete answer (is the network or the server down?)"
                ) from error
            return
        self._unreachable = 0
        self._append(record_for(item, name, output_format, size, digest))
        if previous is not None and same_format and previous.file != name:
            # The old file failed its check and its record is now replaced: it is ours, and wrong.
            (directory / previous.file).unlink(missing_ok=True)
        self.counts.done += 1

    def _fail(self, label: str, why: str) -> None:
        self.counts.failed.append((label, why))
        self.report.message(f"failed: {label}: {why}")

    def _audio(self, item_id: str) -> AsyncBinaryStream:
        if self.options.output_format == "wav":
            return self.client.history.download([item_id], output_format="wav")
        return self.client.history.get_audio(item_id)

    async def _fetch(self, item_id: str, path: Path) -> tuple[int, str]:
        """Streams the audio into a temporary file beside `path`, renamed to it only when complete."""
        stream = self._audio(item_id)
        digest, size = hashlib.sha256(), 0
        try:
            with atomic_file(path) as (out, _):
                async for chunk in stream:
                    out.write(chunk)
                    digest.update(chunk)
                    size += len(chunk)
                    self.counts.bytes += len(chunk)
                    self.report.update(self.counts)
        except BaseException:
            self.counts.bytes -= size  # what a failed attempt got is not exported
            raise
        finally:
            await stream.aclose()
        return size, digest.hexdigest()

    async def _measure(self, item_id: str) -> None:
        """--dry-run: the size from the Content-Length of the audio's answer, hanging up after one chunk."""
        headers: dict[str, str] = {}
        token = _HEADERS.set(headers)

        async def probe() -> None:
            stream = self._audio(item_id)
            try:
                await anext(stream, b"")
            finally:
                await stream.aclose()

        try:
            await self._call(probe)
        except ElevenLabsError as error:
            self.counts.failed.append((item_id, reason(error)))
            return
        finally:
            _HEADERS.reset(token)
        length = headers.get("content-length", "")
        self.counts.done += 1
        if length.isdigit():
            self.counts.bytes += int(length)
        else:
            self.unknown_sizes += 1

    def _append(self, record: Record) -> None:
        # The line is written here, whole, with no await in between (Ctrl-C cannot cut it); the
        # occasional fsync runs in a thread so the downloads go on meanwhile, and run() waits for it.
        if self.metadata.append(record):
            sync = asyncio.ensure_future(asyncio.to_thread(self.metadata.sync))
            self._syncs.add(sync)
            sync.add_done_callback(self._syncs.discard)
