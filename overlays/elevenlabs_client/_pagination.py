"""Cursor pagination, sync and async: fetch a page, ask it for the next cursor, stop when there is none."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, TypeVar

from elevenlabs_api.types import UNSET

from ._errors import PaginationError

P = TypeVar("P")


class CursorTracker:
    """Remembers the cursors handed out, so a server that repeats one raises instead of looping."""

    def __init__(self, first: str | None) -> None:
        self._seen = {first} if first else set()

    def check(self, cursor: str) -> str:
        if cursor in self._seen:
            raise PaginationError(
                f"the server returned the cursor {cursor!r} a second time; stopping instead of looping"
            )
        self._seen.add(cursor)
        return cursor


def iter_pages(
    fetch: Callable[[str | None], P], next_cursor: Callable[[P], str | None], first: str | None = None
) -> Iterator[P]:
    """Pages from `fetch(cursor)`, starting at `first`, until `next_cursor(page)` is None."""
    tracker, cursor = CursorTracker(first), first
    while True:
        page = fetch(cursor)
        yield page
        following = next_cursor(page)
        if following is None:
            return
        cursor = tracker.check(following)


async def aiter_pages(
    fetch: Callable[[str | None], Awaitable[P]], next_cursor: Callable[[P], str | None], first: str | None = None
) -> AsyncIterator[P]:
    tracker, cursor = CursorTracker(first), first
    while True:
        page = await fetch(cursor)
        yield page
        following = next_cursor(page)
        if following is None:
            return
        cursor = tracker.check(following)


def cursor_if_more(has_more: bool, cursor: object, field: str) -> str | None:
    """The next cursor of a page that says `has_more`; a page that has more but no cursor is an error."""
    if not has_more:
        return None
    if not isinstance(cursor, str) or not cursor:
        raise PaginationError(f"the page says has_more but gives no {field}; cannot fetch the next page")
    return cursor


def pages_of(
    list_page: Callable[..., P],
    cursor_parameter: str,
    next_cursor: Callable[[P], str | None],
    filters: Mapping[str, Any],
) -> Iterator[P]:
    """The pages of a list operation: `filters` on every call, the cursor in `cursor_parameter`."""
    first = filters.get(cursor_parameter)
    return iter_pages(
        lambda cursor: list_page(**{**filters, cursor_parameter: cursor or UNSET}),
        next_cursor,
        first if isinstance(first, str) else None,
    )


def apages_of(
    list_page: Callable[..., Awaitable[P]],
    cursor_parameter: str,
    next_cursor: Callable[[P], str | None],
    filters: Mapping[str, Any],
) -> AsyncIterator[P]:
    first = filters.get(cursor_parameter)
    return aiter_pages(
        lambda cursor: list_page(**{**filters, cursor_parameter: cursor or UNSET}),
        next_cursor,
        first if isinstance(first, str) else None,
    )
