"""One page of a finite collection, cut as the operation's `x-pagination` mark says (the mark the pagers
are generated from), so that every pager of the client ends: the last page says so (`has_more: false`,
a null cursor, a short or empty page), each cursor leads to the next page, and totals count the whole.

The cursor is an opaque token of the position it starts at; one not made here is the vendor's 422.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from .._examples import Examples
from ._families import properties
from ._replies import _error

Json = Any
PAGE_SIZE = 10  # when the request gives none; the spec keeps each operation's own default in prose
SIZES = ("page_size", "limit")  # the query parameters that say how many items a page holds
_PREFIX = "fake-page:"


def encode_cursor(position: int) -> str:
    return base64.urlsafe_b64encode(f"{_PREFIX}{position}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int | None:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, ValueError):
        return None
    number = text.removeprefix(_PREFIX)
    return int(number) if text.startswith(_PREFIX) and number.isdigit() else None


def page(
    examples: Examples, schema: Json, mark: Json, body: Json, items: list[Json], query: dict[str, str]
) -> Json | list[Json]:
    """The page the query asks for, laid over `body` (the operation's built answer); a list of 422
    errors where the query's cursor or number cannot be read."""
    size = next((int(query[n]) for n in SIZES if query.get(n, "").isdigit() and int(query[n]) > 0), PAGE_SIZE)
    parameter, kind = mark["parameter"], mark["kind"]
    given = query.get(parameter)
    if kind == "cursor":
        start = 0 if given is None else decode_cursor(given)
    elif given is None:
        start = 0
    else:
        number = int(given) if given.lstrip("-").isdigit() else None
        start = None if number is None else (number - int(mark.get("start") or 0)) * size if kind == "page" else number
    if start is None or start < 0:
        return [_error(["query", parameter], "value_error", f"Invalid {parameter}", given)]
    chunk = items[start : start + size]
    more = start + len(chunk) < len(items)
    answer = dict(body)
    answer[mark["items"]] = chunk
    if mark.get("more"):
        answer[mark["more"]] = more
    if mark.get("next"):
        answer[mark["next"]] = encode_cursor(start + size) if more else None
    for name, field in properties(examples, schema).items():
        if name == "total_count":
            answer[name] = len(items)
        elif "total" in properties(examples, field) and name not in (mark["items"], mark.get("next")):
            # A meta object (`{"total", "page", "page_size"}`): the same counts.
            counts = {"total": len(items), "page": start // size, "page_size": size}
            answer[name] = {key: value for key, value in counts.items() if key in properties(examples, field)}
    return answer
