"""Every usage example of the official SDK's reference.md runs on this client, sync and async.

The examples (tests/data/official_reference.md, see tests/data/README.md) are rewritten by
tests/reference_examples.py to import `elevenlabs_client` and talk to a seeded fake server (one per flavour, for the module);
each runs as written otherwise, what it returns read when it streams. An example whose call the spec
does not name (no operation of openapi/openapi.json has that `x-fern-sdk-group-name` and method name,
or that first tag and operationId where it has no Fern names: how Fern names it for the official SDK)
is expected to fail; so is one listed in tests/data/reference_gaps.txt, with its reason. Both are
strict xfails: a listed example that starts passing fails here until it is taken off the list. The
run ends with a line counting passed, not in spec and known gaps by kind.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from elevenlabs_client.testing import FakeElevenLabs
from reference_examples import Example, case_source, compile_case, examples, ids, known_gaps, spec_methods

API_KEY = "reference-key"
EXAMPLES = examples()
SPEC_METHODS = spec_methods()
GAPS = known_gaps()
EXPECTED: Counter[str] = Counter()


def expected_failure(example: Example, flavour: str) -> str | None:
    """The reason ("kind: detail") a case is expected to fail, else None."""
    if example.call not in SPEC_METHODS:
        return f"not in spec: no operation of openapi/openapi.json is named {example.call}"
    gap = GAPS.get((example.call, flavour))
    return f"{gap.kind}: {gap.reason}" if gap else None


def delete_order(example: Example) -> tuple[bool, int]:
    """Deletes after the rest, the deepest first (a draft before its agent)."""
    verb, path = SPEC_METHODS.get(example.call, ("", ""))
    return verb == "DELETE", -path.count("/") if verb == "DELETE" else 0


def cases() -> Iterator[Any]:
    # The examples that delete run last, so the resources the others name are still there.
    for example in sorted(EXAMPLES, key=delete_order):
        for flavour in ("sync", "async"):
            reason = expected_failure(example, flavour)
            EXPECTED[f"{flavour} passed" if reason is None else reason.split(":")[0]] += 1
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(example, flavour, id=f"{example.call}-{flavour}", marks=marks)


CASES = list(cases())


def seeded_server() -> FakeElevenLabs:
    # The examples' ids ("agent_3701k3ttaq12ewp8b7qv5rfyszkz", "voice_id") are the first resources of every family.
    seeds = ids(EXAMPLES)
    return FakeElevenLabs(
        api_key=API_KEY,
        history_items=len(seeds),
        conversations=3,
        collection_size=len(seeds),
        history_ids=seeds,
        resource_ids=seeds,
        conversation_ids=ids(EXAMPLES, ("conversation_id",)),
        first_page_cursors=ids(EXAMPLES, ("cursor", "page_token")),
    )


class Runner:
    """One server per flavour (a sync example that deletes a voice leaves it for the async one), one httpx
    client each, and one event loop in a thread for every async case, so no case starts anything."""

    def __init__(self) -> None:
        self.servers = {"sync": seeded_server().__enter__(), "async": seeded_server().__enter__()}
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.sync_http, self.async_http = httpx.Client(), httpx.AsyncClient()
        self.http: dict[str, httpx.Client | httpx.AsyncClient] = {"sync": self.sync_http, "async": self.async_http}

    def run(self, example: Example, flavour: str) -> None:
        run = compile_case(example, is_async=flavour == "async")
        result = run(self.servers[flavour].base_url, API_KEY, self.http[flavour])
        if flavour == "async":
            asyncio.run_coroutine_threadsafe(result, self.loop).result()

    def close(self) -> None:
        self.sync_http.close()
        asyncio.run_coroutine_threadsafe(self.async_http.aclose(), self.loop).result()
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join()
        self.loop.close()
        for server in self.servers.values():
            server.__exit__(None, None, None)


@pytest.fixture(scope="module")
def runner() -> Iterator[Runner]:
    runner = Runner()
    try:
        yield runner
    finally:
        runner.close()


def summary() -> str:
    """What the strict xfails hold a run to (a case that did otherwise failed); conftest.py prints it at the end."""
    counts = ", ".join(f"{count} {what}" for what, count in sorted(EXPECTED.items()))
    return f"official reference.md: {len(EXAMPLES)} examples; cases: {counts}"


@pytest.mark.parametrize(("example", "flavour"), CASES)
def test_reference_example(example: Example, flavour: str, runner: Runner) -> None:
    runner.run(example, flavour)


def test_the_gaps_file_names_real_examples_the_spec_has() -> None:
    calls = {example.call for example in EXAMPLES}
    stale = sorted({call for call, _ in GAPS if call not in calls or call not in SPEC_METHODS})
    assert not stale, f"reference_gaps.txt lists calls the reference does not show or the spec does not have: {stale}"


def test_the_reference_is_the_vendored_one() -> None:
    assert len(EXAMPLES) == 342
    assert len({example.call for example in EXAMPLES}) == 342


def test_the_async_twin_awaits_calls_and_reads_streams_with_async_for() -> None:
    by_call = {example.call: example for example in EXAMPLES}
    listing = case_source(by_call["history.list"], is_async=True)
    stream = case_source(by_call["text_to_speech.stream"], is_async=True)
    assert "from elevenlabs_client import AsyncElevenLabs" in listing
    assert "result = await client.history.list(page_size=1," in listing
    assert "async for chunk in client.text_to_speech.stream(voice_id='JBFqnCBsd6RMkjVDRZzb'" in stream
    assert "await client.close()" in stream
    assert "import elevenlabs\n" not in listing and "from elevenlabs " not in listing
