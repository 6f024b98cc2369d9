"""Every pager of the client runs to its end against the test server, with the count the server holds:
the last page says so, each cursor leads to the next page, and totals agree with what was listed."""

from __future__ import annotations

import asyncio
import inspect
import math
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import API_KEY
from elevenlabs_client import AsyncElevenLabs, ElevenLabs
from elevenlabs_client.testing import FakeElevenLabs
from test_contract import arguments
from test_surface import spec_operations

SIZE, PAGE = 23, 10  # three pages: 10, 10 and 3
HISTORY_ITEMS, CONVERSATIONS = 31, 17  # the hand-written collections keep their own counts
PAGERS = [(path, op) for path, method, op in spec_operations() if "x-pagination" in op]
ASYNC_SAMPLE = ("/v2/voices", "/v1/shared-voices", "/v1/productions/orders", "/v1/convai/agents", "/v1/history")


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(
        history_items=HISTORY_ITEMS, conversations=CONVERSATIONS, api_key=API_KEY, collection_size=SIZE,
        resource_ids=["text"],
    ) as server:  # fmt: skip
        yield server


def expected(path: str) -> int:
    return {"/v1/history": HISTORY_ITEMS, "/v1/convai/conversations": CONVERSATIONS}.get(path, SIZE)


def pager_of(client: Any, operation: dict[str, Any]) -> tuple[Any, Any]:
    """(the plain method, its item pager): `iter_all` beside a `list`, `iter_<method>` beside another."""
    group = client
    for name in operation["x-fern-sdk-group-name"]:
        group = getattr(group, name)
    method = operation["x-fern-sdk-method-name"]
    return getattr(group, method), getattr(group, "iter_all" if method == "list" else f"iter_{method}")


def query(fake: FakeElevenLabs, path: str, operation: dict[str, Any], plain: Any) -> dict[str, Any]:
    given = arguments(plain, "get", operation, fake, "sync", path)
    size = next((n for n in ("page_size", "limit") if n in inspect.signature(plain).parameters), None)
    return {**given, size: PAGE} if size else given


def requests_to(fake: FakeElevenLabs, path: str, since: int) -> list[Any]:
    prefix = path.split("{")[0]
    return [r for r in fake.requests[since:] if r.method == "GET" and r.path.startswith(prefix.rstrip("/"))]


@pytest.mark.parametrize(("path", "operation"), PAGERS, ids=[op["operationId"] for _, op in PAGERS])
def test_every_pager_ends_with_every_item(fake: FakeElevenLabs, path: str, operation: dict[str, Any]) -> None:
    since = len(fake.requests)
    with ElevenLabs(api_key=API_KEY, base_url=fake.base_url, max_retries=0) as client:
        plain, pager = pager_of(client, operation)
        items = list(pager(**query(fake, path, operation, plain)))
    assert len(items) == expected(path)
    pages = requests_to(fake, path, since)
    assert len(pages) == math.ceil(expected(path) / PAGE), [r.target for r in pages]
    assert all(r.status == 200 for r in pages)


def test_totals_agree_with_the_items_listed(fake: FakeElevenLabs) -> None:
    with ElevenLabs(api_key=API_KEY, base_url=fake.base_url) as client:
        pages = list(client.voices.iter_search_pages(page_size=PAGE))
        shared = list(client.voices.iter_get_shared_pages(page_size=PAGE))
    assert [p.total_count for p in pages] == [SIZE] * 3
    assert [len(p.voices) for p in pages] == [10, 10, 3]
    assert [p.has_more for p in pages] == [True, True, False] and pages[-1].next_page_token is None
    assert [p.total_count for p in shared] == [SIZE] * 3 and [p.has_more for p in shared] == [True, True, False]
    ids = [voice.voice_id for page in pages for voice in page.voices]
    assert len(set(ids)) == SIZE, "each voice is listed once"


def test_a_cursor_the_server_never_gave_is_the_vendors_422(fake: FakeElevenLabs) -> None:
    import httpx

    answer = httpx.get(f"{fake.base_url}/v1/convai/tools", params={"cursor": "nope"}, headers={"xi-api-key": API_KEY})
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"] == ["query", "cursor"]


@pytest.mark.parametrize("path", ASYNC_SAMPLE)
def test_async_pagers_end_too(fake: FakeElevenLabs, path: str) -> None:
    operation = next(op for p, op in PAGERS if p == path)

    async def run() -> int:
        async with AsyncElevenLabs(api_key=API_KEY, base_url=fake.base_url, max_retries=0) as client:
            plain, pager = pager_of(client, operation)
            return len([item async for item in pager(**query(fake, path, operation, plain))])

    assert asyncio.run(run()) == expected(path)
