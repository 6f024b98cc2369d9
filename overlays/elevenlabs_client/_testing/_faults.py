"""The public Fault and RecordedRequest, and a fault armed on a server."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Fault:
    """Something to do instead of, or to, the normal answer to matching requests.

    path: the request path, percent-decoded and without the query string; it matches exactly, or as a
        prefix when it ends in "*" ("/v1/history/*" matches every item route but not "/v1/history").
    method: "GET", "POST", ...; None matches any method.
    times: how many matching requests the fault applies to (None: all of them). When several faults
        match a request, the first one added that has uses left applies, and only that one.

    What it does, in this order:
    delay: seconds to wait before answering (the request has been read and recorded by then).
    status: answer this status instead of the route (no auth check either), with `json_body` encoded
        as JSON, or else `body` as it is (str as UTF-8; None: empty), and `headers`. Content-Type
        defaults to application/json, like everything the API sends; `headers` override it.
        Content-Length is always computed, so Fault(status=200, body="{not json") is a well-framed
        invalid body. Without `status` the route answers normally.
    cut_after: send the headers (with the full Content-Length) and at most this many body bytes, then
        drop the connection. With chunked transfer encoding (multi-item downloads) the bytes counted are
        those on the wire, chunk framing included. cut_after >= the body length sends the whole body and
        then drops the connection.
    reset: drop with a TCP reset instead of a clean close. httpx then raises ReadError rather than
        RemoteProtocolError; the client may see fewer than cut_after bytes, as a reset discards what
        is still in flight.
    """

    path: str
    method: str | None = None
    times: int | None = 1
    status: int | None = None
    body: bytes | str | None = None
    json_body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    cut_after: int | None = None
    reset: bool = False

    def __post_init__(self) -> None:
        if not self.path.startswith("/"):
            raise ValueError(f"Fault path must start with '/': {self.path!r}")
        if self.times is not None and self.times < 1:
            raise ValueError("Fault times must be at least 1, or None for every matching request")
        if self.delay < 0 or (self.cut_after is not None and self.cut_after < 0):
            raise ValueError("Fault delay and cut_after cannot be negative")
        if self.body is not None and self.json_body is not None:
            raise ValueError("give a Fault body or json_body, not both")

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        if self.path.endswith("*"):
            return path.startswith(self.path[:-1])
        return path == self.path


@dataclass
class _ArmedFault:
    fault: Fault
    left: int | None  # uses left; None: unlimited


@dataclass
class RecordedRequest:
    """One request as the server received it, and how far its answer got.

    target is the request target exactly as sent; path is its path part, still percent-encoded; query is
    decoded (a repeated parameter keeps its last value, as FastAPI reads a scalar one); headers have
    lower-case names; fault is the Fault applied to it, if any.
    status is the status answered (None until then, or when stop() cut a delay short), and bytes_sent
    the body bytes written to the socket so far (chunk framing included); it stays short of the body's
    length when a fault cut it or the client hung up.
    """

    method: str
    target: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    fault: Fault | None
    status: int | None = None
    bytes_sent: int = 0

    def json(self) -> Any:
        return json.loads(self.body)
