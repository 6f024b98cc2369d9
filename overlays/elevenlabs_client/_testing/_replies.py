"""Answers, and query parameters and errors read and worded as the vendor's FastAPI app does."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ._ids import _Json


@dataclass
class _Reply:
    status: int
    body: bytes | Iterable[bytes] = b""
    content_type: str = "application/json"
    length: int | None = None  # of an iterable body; None sends it with chunked transfer encoding
    headers: dict[str, str] = field(default_factory=dict)


def _json(status: int, payload: Any) -> _Reply:
    return _Reply(status, json.dumps(payload).encode())


def _not_found(status: str, message: str) -> _Reply:
    return _json(404, {"detail": {"status": status, "message": message}})


def _invalid(errors: list[_Json]) -> _Reply:
    return _json(422, {"detail": errors})


def _error(loc: list[str | int], kind: str, msg: str, given: Any, **ctx: Any) -> _Json:
    """One validation error the way FastAPI (pydantic 2) words it."""
    error: _Json = {"type": kind, "loc": loc, "msg": msg, "input": given}
    if ctx:
        error["ctx"] = ctx
    return error


class _Params:
    """Reads query parameters as FastAPI would, collecting every error so that one 422 lists them all."""

    def __init__(self, query: dict[str, str]) -> None:
        self.query = query
        self.errors: list[_Json] = []

    def string(self, name: str) -> str | None:
        return self.query.get(name)

    def integer(
        self, name: str, default: int | None = None, ge: int | None = None, le: int | None = None
    ) -> int | None:
        raw = self.query.get(name)
        if raw is None:
            return default
        if not re.fullmatch(r"\s*[+-]?\d+\s*", raw):
            msg = "Input should be a valid integer, unable to parse string as an integer"
            self.errors.append(_error(["query", name], "int_parsing", msg, raw))
            return default
        value = int(raw)
        if ge is not None and value < ge:
            self.errors.append(
                _error(
                    ["query", name], "greater_than_equal", f"Input should be greater than or equal to {ge}", raw, ge=ge
                )
            )
        elif le is not None and value > le:
            self.errors.append(
                _error(["query", name], "less_than_equal", f"Input should be less than or equal to {le}", raw, le=le)
            )
        return value

    def choice(self, name: str, allowed: tuple[str, ...]) -> str | None:
        raw = self.query.get(name)
        if raw is None or raw in allowed:
            return raw
        quoted = [f"'{value}'" for value in allowed]
        expected = ", ".join(quoted[:-1]) + " or " + quoted[-1]
        self.errors.append(_error(["query", name], "enum", f"Input should be {expected}", raw, expected=expected))
        return None


def _encode_cursor(conversation: _Json) -> str:
    position = {
        "start_time_unix_secs": conversation["start_time_unix_secs"],
        "conversation_id": conversation["conversation_id"],
    }
    return base64.urlsafe_b64encode(json.dumps(position, separators=(",", ":")).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[int, str] | None:
    try:
        position = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        start, conversation_id = position["start_time_unix_secs"], position["conversation_id"]
    except (binascii.Error, ValueError, TypeError, KeyError):
        return None
    if not isinstance(start, int) or not isinstance(conversation_id, str):
        return None
    return start, conversation_id
