"""Fixtures: the fake server on loopback, and one driver per client flavour so each test runs sync and async.

The drivers take methods of either client, so their signatures say Any; what users see of the
clients' types is checked in tests/typing_usage.py (see tests/test_typing.py).
"""

from __future__ import annotations

import asyncio
import functools
import sys
import threading
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import Future
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

import pytest
import yaml
from elevenlabs_client import AsyncElevenLabs, ElevenLabs
from elevenlabs_client.testing import FakeElevenLabs

T = TypeVar("T")
API_KEY = "test-key"
ROOT = Path(__file__).resolve().parent.parent


@functools.cache
def normalized_spec() -> dict[str, Any]:
    """openapi/elevenlabs.yaml, read once per process: shared, so no test may change it. With libyaml's
    loader (1.4 s; the pure-Python one takes 5 s), and not from the copy the package ships, which the test
    server reads and which may leave out what only people read (descriptions)."""
    text = (ROOT / "openapi" / "elevenlabs.yaml").read_text(encoding="utf-8")
    loaded: dict[str, Any] = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return loaded


@pytest.fixture(scope="session")
def server() -> Iterator[FakeElevenLabs]:
    """One server for the session; tests that change its data or add faults use `fresh_server`."""
    with FakeElevenLabs(history_items=2345, conversations=120, api_key=API_KEY) as fake:
        yield fake


@pytest.fixture
def fresh_server() -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(history_items=30, conversations=5, api_key=API_KEY) as fake:
        yield fake


class SyncDriver:
    """Calls `ElevenLabs` directly."""

    name = "sync"

    def __init__(self, base_url: str, **options: Any) -> None:
        self.client = ElevenLabs(api_key=API_KEY, base_url=base_url, **options)

    def call(self, method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return method(*args, **kwargs)

    def collect(self, iterator: Any, limit: int | None = None) -> list[Any]:
        return list(islice(iterator, limit))

    def chunks(self, method: Callable[..., Any], *args: Any, **kwargs: Any) -> list[bytes]:
        return list(method(*args, **kwargs))

    def first_chunk_then_break(self, method: Callable[..., Any], *args: Any) -> bytes:
        for chunk in method(*args):
            return bytes(chunk)
        raise AssertionError("no chunk")

    def first_chunk_then_close(self, method: Callable[..., Any], *args: Any) -> bytes:
        """Keep the iterator, take one chunk, close it: what a caller holding `audio = ...` does."""
        audio = method(*args)
        first = bytes(next(audio))
        audio.close()
        return first

    def close(self) -> None:
        self.client.close()


class AsyncDriver:
    """Runs `AsyncElevenLabs` on one event loop in a thread, so the same test code drives it."""

    name = "async"

    def __init__(self, base_url: str, **options: Any) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self.client = self._run(self._make(base_url, options))

    async def _make(self, base_url: str, options: dict[str, Any]) -> AsyncElevenLabs:
        return AsyncElevenLabs(api_key=API_KEY, base_url=base_url, **options)

    def _run(self, awaitable: Awaitable[T]) -> T:
        async def wrapped() -> T:
            return await awaitable

        future: Future[T] = asyncio.run_coroutine_threadsafe(wrapped(), self._loop)
        return future.result(timeout=120)

    def call(self, method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return self._run(method(*args, **kwargs))

    def collect(self, iterator: Any, limit: int | None = None) -> list[Any]:
        async def gather() -> list[Any]:
            items: list[Any] = []
            async for item in iterator:
                items.append(item)
                if limit is not None and len(items) == limit:
                    break
            return items

        return self._run(gather())

    def chunks(self, method: Callable[..., Any], *args: Any, **kwargs: Any) -> list[bytes]:
        async def gather() -> list[bytes]:
            return [chunk async for chunk in await method(*args, **kwargs)]

        return self._run(gather())

    def first_chunk_then_break(self, method: Callable[..., Any], *args: Any) -> bytes:
        async def first() -> bytes:
            async for chunk in await method(*args):
                return bytes(chunk)
            raise AssertionError("no chunk")

        return self._run(first())

    def first_chunk_then_close(self, method: Callable[..., Any], *args: Any) -> bytes:
        async def first() -> bytes:
            audio = await method(*args)
            chunk = bytes(await anext(audio))
            await audio.aclose()
            return chunk

        return self._run(first())

    def close(self) -> None:
        self._run(self.client.close())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()


Driver = SyncDriver | AsyncDriver


@pytest.fixture(params=[SyncDriver, AsyncDriver], ids=["sync", "async"])
def driver_class(request: pytest.FixtureRequest) -> type[Driver]:
    driver_type: type[Driver] = request.param
    return driver_type


@pytest.fixture
def drive(driver_class: type[Driver], server: FakeElevenLabs) -> Iterator[Driver]:
    driver = driver_class(server.base_url)
    yield driver
    driver.close()


@pytest.fixture
def drive_fresh(driver_class: type[Driver], fresh_server: FakeElevenLabs) -> Iterator[Driver]:
    driver = driver_class(fresh_server.base_url)
    yield driver
    driver.close()


@pytest.fixture
def make_driver(driver_class: type[Driver]) -> Iterator[Callable[..., Driver]]:
    """Drivers with client options of the test's choosing (max_retries=, timeout=, base_url), closed after."""
    made: list[Driver] = []

    def make(base_url: str, **options: Any) -> Driver:
        made.append(driver_class(base_url, **options))
        return made[-1]

    yield make
    for driver in made:
        driver.close()


# The lines of tests/test_reference.py's count (the official SDK's examples that pass and why the others do
# not): from this process, or under xdist (make test) from the workers, which ran the tests.
REFERENCE_SUMMARIES: set[str] = set()


def pytest_sessionfinish(session: pytest.Session) -> None:
    reference = sys.modules.get("test_reference")
    workeroutput = getattr(session.config, "workeroutput", None)  # set in an xdist worker
    if reference is not None and workeroutput is not None:
        workeroutput["reference_summary"] = reference.summary()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    summary = getattr(node, "workeroutput", {}).get("reference_summary")
    if summary:
        REFERENCE_SUMMARIES.add(summary)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    reference = sys.modules.get("test_reference")
    for line in sorted(REFERENCE_SUMMARIES | ({reference.summary()} if reference is not None else set())):
        terminalreporter.write_line(line)


# make test runs the files on two xdist workers, a whole file to a worker (--dist loadfile: the tests of a
# file share its session and module fixtures, such as one regeneration), in collection order
# (--no-loadscope-reorder). The files that take minutes go first, the longest first, so that none is left
# running alone at the end; within a file the order stays as written (test_update_spec.py relies on it).
LONG_FILES = [
    "test_wheel_typing.py",  # builds the wheel, runs mypy and pyright on a program using it
    "test_typing.py",  # mypy --strict over the whole repository
    "test_update_through_make.py",  # make update-spec in a copy, then the consistency tests there
    "test_update_spec.py",  # regenerations in a copy
    "test_generation.py",  # the drift checks: two regenerations
    "test_spec_history.py",  # 8 revisions regenerated, on two processes of its own
    "test_lazy_models.py",  # mypy over the generated models
    "test_realtime_typed.py",  # mypy over the generated realtime package
    "test_reference_pages.py",  # runs the 774 examples of docs/reference (about 20 s)
]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if hasattr(config, "workerinput"):  # an xdist worker: all collect the same, so all order alike
        rank = {name: place for place, name in enumerate(LONG_FILES)}
        items.sort(key=lambda item: rank.get(item.path.name, len(LONG_FILES)))
