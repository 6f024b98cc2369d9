"""The public Fault and RecordedRequest, and a fault armed on a server."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._realtime_agent import AgentRecord


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
        return _path_matches(self.path, path)


def _path_matches(pattern: str, path: str) -> bool:
    return path.startswith(pattern[:-1]) if pattern.endswith("*") else path == pattern


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


# The body each refused handshake status carries unless a SocketFault gives its own (the vendor's
# `detail` shape; 422 is FastAPI's list of errors).
_REFUSALS: dict[int, Any] = {
    401: {"detail": {"status": "invalid_api_key", "message": "Invalid API key"}},
    403: {"detail": {"status": "missing_permissions", "message": "The API key is missing a permission"}},
    404: {"detail": {"status": "voice_not_found", "message": "A voice with the voice_id was not found."}},
    422: {"detail": [{"type": "missing", "loc": ["query", "model_id"], "msg": "Field required", "input": None}]},
    429: {"detail": {"status": "too_many_concurrent_requests", "message": "Too many concurrent requests"}},
}


def _refusal_body(status: int) -> Any:
    return _REFUSALS.get(status, {"detail": {"status": "internal_error", "message": "An internal error occurred"}})


@dataclass
class SocketFault:
    """Something to do to the realtime (WebSocket) connections whose handshake path matches.

    path: matched like Fault.path; the default matches both text to speech channels of every voice.
        "/v1/convai/conversation" for the agents (the agent's `audio` messages count as audio messages);
        "/v1/speech-to-text/realtime" for speech to text, whose transcripts count as audio messages,
        and whose error message is {"message_type": error, "error": message}.
    times: how many matching connections it applies to (None: all of them).

    Exactly one of:
    status: refuse the handshake with this HTTP status and `json_body` (default: the vendor's body for
        that status), plus `headers`.
    error: once `after` audio messages were sent, send the vendor's error message
        {"message": message, "error": error, "code": close_code or 1008} and close with that code.
    close_code: once `after` audio messages were sent, close with this code and `close_reason`.
    drop: once `after` audio messages were sent, drop the TCP connection with no close frame
        (`reset`: with a TCP reset).
    stall: once `after` audio messages were sent, send nothing more (not even a close frame or a pong);
        what the client sends is still read and recorded.
    """

    path: str = "/v1/text-to-speech/*"
    times: int | None = 1
    status: int | None = None
    json_body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    after: int = 0
    error: str | None = None
    message: str = "An internal error occurred."
    close_code: int | None = None
    close_reason: str = ""
    drop: bool = False
    reset: bool = False
    stall: bool = False

    def __post_init__(self) -> None:
        if not self.path.startswith("/"):
            raise ValueError(f"SocketFault path must start with '/': {self.path!r}")
        if self.times is not None and self.times < 1:
            raise ValueError("SocketFault times must be at least 1, or None for every matching connection")
        if self.after < 0:
            raise ValueError("SocketFault after cannot be negative")
        actions = [self.status is not None, self.error is not None, self.drop, self.stall]
        actions.append(self.close_code is not None and self.error is None)
        if sum(actions) != 1:
            raise ValueError("give a SocketFault exactly one of status, error, close_code, drop or stall")
        if self.reset and not self.drop:
            raise ValueError("SocketFault reset goes with drop=True")
        if self.status is not None and self.json_body is None:
            self.json_body = _refusal_body(self.status)

    def matches(self, method: str, path: str) -> bool:
        return _path_matches(self.path, path)


@dataclass(repr=False)
class RecordedSocket:
    """One realtime connection as the server received it.

    path, target, query and headers as in RecordedRequest (its repr hides the xi-api-key value);
    channel: "stream-input", "multi-stream-input", "conversation" or "realtime" (speech to text); voice_id
    from the path; fault: the SocketFault applied, if any; status: 101 when the handshake was accepted,
    else the refusal's status.
    messages: each client message received, JSON-decoded (a text that is not JSON stays a str), in order.
    sent: each message the server sent, decoded; close_code and close_reason: the close frame the
    server sent (None: none sent, e.g. a dropped or stalled connection, or the client closed first and
    close_code is its code echoed). agent: on the agents channel, the conversation id, pongs and client
    tool results its scripted agent recorded (an AgentRecord), else None.
    """

    target: str
    path: str
    channel: str
    voice_id: str
    query: dict[str, str]
    headers: dict[str, str]
    fault: SocketFault | None
    status: int | None = None
    messages: list[Any] = field(default_factory=list)
    sent: list[Any] = field(default_factory=list)
    close_code: int | None = None
    close_reason: str | None = None
    agent: AgentRecord | None = None

    def __repr__(self) -> str:
        headers = {name: "<redacted>" if name == "xi-api-key" else value for name, value in self.headers.items()}
        query = {name: "<redacted>" if name == "authorization" else value for name, value in self.query.items()}
        return (
            f"RecordedSocket(path={self.path!r}, query={query!r}, headers={headers!r}, status={self.status!r}, "
            f"messages={len(self.messages)}, sent={len(self.sent)}, close_code={self.close_code!r})"
        )
