"""The one pagination loop every generated pager uses, sync and async, for each convention the spec has."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import pytest
from elevenlabs_api.api import Paging
from elevenlabs_api.types import UNSET
from elevenlabs_client import PaginationError
from elevenlabs_client._pagination import apages, pages


@dataclass
class Page:
    items: list[int]
    next_cursor: Any = UNSET
    has_more: Any = UNSET
    asked: dict[str, Any] = field(default_factory=dict)


class Server:
    """Answers from a list of pages keyed by the cursor it is asked for; remembers what it was asked."""

    def __init__(self, answers: dict[Any, Page], parameter: str) -> None:
        self.answers, self.parameter = answers, parameter
        self.asked: list[Any] = []

    def fetch(self, **query: Any) -> Page:
        cursor = query.get(self.parameter)
        cursor = None if cursor is UNSET else cursor  # as the generated methods take it: not given
        self.asked.append(cursor)
        return self.answers[cursor]

    async def afetch(self, **query: Any) -> Page:
        return self.fetch(**query)


def collect(server: Server, query: dict[str, Any], paging: Paging, asynchronous: bool) -> list[Page]:
    if not asynchronous:
        return list(pages(server.fetch, query, paging))

    async def run() -> list[Page]:
        return [page async for page in apages(server.afetch, query, paging)]

    return asyncio.run(run())


CURSOR = Paging(kind="cursor", parameter="cursor", items="items", next="next_cursor", more="has_more")
CURSOR_ONLY = Paging(kind="cursor", parameter="cursor", items="items", next="next_cursor")
PAGE = Paging(kind="page", parameter="page", items="items", more="has_more", start=0)
OFFSET = Paging(kind="offset", parameter="offset", items="items", start=0)
both = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])


@both
def test_cursor_while_has_more(asynchronous: bool) -> None:
    server = Server({None: Page([1], "b", True), "b": Page([2], "c", True), "c": Page([3], None, False)}, "cursor")
    assert [p.items for p in collect(server, {"page_size": 1}, CURSOR, asynchronous)] == [[1], [2], [3]]
    assert server.asked == [None, "b", "c"]


@both
def test_cursor_without_has_more_stops_when_there_is_no_cursor(asynchronous: bool) -> None:
    server = Server({None: Page([1], "b"), "b": Page([2], None)}, "cursor")
    assert len(collect(server, {}, CURSOR_ONLY, asynchronous)) == 2


@both
def test_the_callers_cursor_is_the_start(asynchronous: bool) -> None:
    server = Server({"b": Page([2], "c", True), "c": Page([3], None, False)}, "cursor")
    assert [p.items for p in collect(server, {"cursor": "b"}, CURSOR, asynchronous)] == [[2], [3]]


@both
def test_page_numbers_from_the_parameters_default(asynchronous: bool) -> None:
    server = Server({None: Page([1], has_more=True), 1: Page([2], has_more=True), 2: Page([], has_more=False)}, "page")
    assert len(collect(server, {}, PAGE, asynchronous)) == 3
    assert server.asked == [None, 1, 2], "the first call leaves the number out, as the caller did"


@both
def test_offset_moves_on_by_the_items_until_a_page_is_empty(asynchronous: bool) -> None:
    server = Server({None: Page([1, 2]), 2: Page([3]), 3: Page([])}, "offset")
    assert [p.items for p in collect(server, {}, OFFSET, asynchronous)] == [[1, 2], [3], []]


@both
def test_a_repeated_cursor_raises_instead_of_looping(asynchronous: bool) -> None:
    server = Server({None: Page([1], "b", True), "b": Page([2], "b", True)}, "cursor")
    with pytest.raises(PaginationError, match="returned the cursor 'b' a second time"):
        collect(server, {}, CURSOR, asynchronous)


@both
def test_has_more_without_a_cursor_raises(asynchronous: bool) -> None:
    server = Server({None: Page([1], None, True)}, "cursor")
    with pytest.raises(PaginationError, match="says has_more but gives no next_cursor"):
        collect(server, {}, CURSOR, asynchronous)


@both
def test_offset_stops_at_a_short_page_when_the_page_size_is_known(asynchronous: bool) -> None:
    server = Server({None: Page([1, 2]), 2: Page([3])}, "offset")
    assert [p.items for p in collect(server, {"page_size": 2}, OFFSET, asynchronous)] == [[1, 2], [3]]


@both
def test_unset_is_no_start(asynchronous: bool) -> None:
    server = Server({None: Page([1], has_more=True), 1: Page([2], has_more=False)}, "page")
    assert len(collect(server, {"page": UNSET}, PAGE, asynchronous)) == 2
