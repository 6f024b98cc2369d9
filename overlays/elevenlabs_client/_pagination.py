"""Pagination, sync and async, for every operation the spec marks as paging (`elevenlabs_api.api.Paging`).

A page only says where its items and its next cursor are; this is the one loop that follows them,
and it raises `PaginationError` rather than loop when a server repeats a cursor or says there is more
without saying where.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, TypeVar

from elevenlabs_api.api import Paging
from elevenlabs_api.types import Unset

from ._errors import PaginationError

P = TypeVar("P")


class Cursors:
    """The cursor of each page to fetch, from the first (the caller's, or none) to the last."""

    def __init__(self, query: Mapping[str, Any], paging: Paging) -> None:
        self.paging = paging
        given = query.get(paging.parameter)
        given = None if isinstance(given, Unset) else given  # UNSET: the generated methods' "not given"
        limit = query.get("page_size")
        self._page_size = limit if isinstance(limit, int) and not isinstance(limit, bool) else None
        # The first call is the caller's query as given; a page number or offset left out is the
        # parameter's default, which the next one counts from.
        self._send = given is not None
        self.current: Any = given if given is not None else (paging.start if paging.kind != "cursor" else None)
        self._seen = {self.current} if self.current is not None else set()

    def query(self, query: Mapping[str, Any]) -> dict[str, Any]:
        return {**query, self.paging.parameter: self.current} if self._send else dict(query)

    def advance(self, page: Any) -> bool:
        """Move to the page after `page`; False when there is none."""
        following = self._following(page)
        if following is None:
            return False
        if following in self._seen:
            raise PaginationError(
                f"the server returned the cursor {following!r} a second time; stopping instead of looping"
            )
        self._seen.add(following)
        self.current, self._send = following, True
        return True

    def _following(self, page: Any) -> Any:
        paging = self.paging
        more = bool(getattr(page, paging.more)) if paging.more else None
        if paging.kind == "offset":
            # A short page is the last: asking past the end costs a request, and a server that answers
            # an offset past the end with the last page again would never give an empty one.
            items = getattr(page, paging.items) or []
            short = self._page_size is not None and len(items) < self._page_size
            return self.current + len(items) if items and not short else None
        if paging.kind == "page":
            return self.current + 1 if more else None
        cursor = getattr(page, paging.next or "", None)
        has_cursor = isinstance(cursor, str) and cursor != ""
        if more and not has_cursor:
            raise PaginationError(f"the page says {paging.more} but gives no {paging.next}; cannot fetch the next page")
        return cursor if has_cursor and more is not False else None


def pages(fetch: Callable[..., P], query: Mapping[str, Any], paging: Paging) -> Iterator[P]:
    cursors = Cursors(query, paging)
    while True:
        page = fetch(**cursors.query(query))
        yield page
        if not cursors.advance(page):
            return


async def apages(fetch: Callable[..., Awaitable[P]], query: Mapping[str, Any], paging: Paging) -> AsyncIterator[P]:
    cursors = Cursors(query, paging)
    while True:
        page = await fetch(**cursors.query(query))
        yield page
        if not cursors.advance(page):
            return
