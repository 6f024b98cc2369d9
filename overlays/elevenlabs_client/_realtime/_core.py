"""What the sync and async transports share, with no I/O: the handshake (URL, headers, whether to retry),
the connection's state, errors, events. The layers (_sync.py, _async.py) only do the I/O it asks for."""

from __future__ import annotations

import base64
import json
import logging
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import urlencode, urlsplit, urlunsplit

import httpx
from elevenlabs_api.types import PARSING, Parsing

from .._errors import (
    CLOSE_ERRORS,
    SCRIBE_ERRORS,
    APIConnectionError,
    ApiError,
    APITimeoutError,
    ElevenLabsError,
    RealtimeError,
    error_for,
)
from .._parsing import report_deviation
from .._settings import API_KEY_HEADER, Settings
from .._transport import retry_wait

if TYPE_CHECKING:
    from websockets.exceptions import ConnectionClosed

S = TypeVar("S")  # the layer's websockets connection

# Used when neither the client nor the call sets a read timeout: the longest the vendor lets a
# connection sit idle (inactivity_timeout can be up to 180 s) plus a margin.
DEFAULT_MESSAGE_TIMEOUT = 190.0
# Close codes that end a connection normally.
NORMAL_CLOSE = (1000,)
# Text that ends in one of these ends at a word boundary (the official SDK's splitters, and any whitespace).
SPLITTERS = ".,?!;:—-()[]}"
UP_TO_LAST_SPACE = re.compile(r".*\s", re.DOTALL)
# websockets logs the handshake's headers, the key among them, at debug level: it gets a logger that
# writes nothing, outside the logging tree (no parent to propagate to, whatever the app configures).
QUIET = logging.Logger("elevenlabs_client.websockets")  # noqa: LOG001 - deliberately outside the tree
QUIET.disabled = True


class Silence(Exception):
    """Internal: nothing arrived within a polling wait (`receive(poll=True)`); the connection stays open."""


@dataclass(frozen=True)
class RealtimeAudio:
    """Audio as it arrives: `audio` decoded from base64; the alignments with `sync_alignment=True`;
    `context_id` on a multi-context connection."""

    audio: bytes
    alignment: Any = None
    normalized_alignment: Any = None
    context_id: str | None = None


@dataclass(frozen=True)
class RealtimeFinal:
    """The generation ended (on a multi-context connection: that context's)."""

    context_id: str | None = None


RealtimeEvent = RealtimeAudio | RealtimeFinal


class Transport:
    """Opens a channel's connection (for `_open.py`); each layer adds `open`, which drives a Handshake
    and wraps the socket it opens."""

    def __init__(self, base_url: str, api_key: str, settings: Settings) -> None:
        self.base_url = base_url
        self._api_key = api_key
        self.settings = settings

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def handshake(self, path: str, query: Mapping[str, str | list[str]]) -> Handshake:
        extras = self.settings.extras
        extra = {key: query_value(value) for key, value in (extras.query if extras else {}).items()}
        url = websocket_url(self.base_url, path, {**query, **extra})
        return Handshake(url, headers(self._api_key, self.settings), self.settings)


def signed_handshake(url: str, settings: Settings) -> Handshake:
    """The handshake at a URL the API signed (get_signed_url): it carries its own token, so the API key
    is not sent; the call's additional headers are."""
    parts = urlsplit(url)
    scheme = {"http": "ws", "https": "wss"}.get(parts.scheme, parts.scheme)
    try:
        port_ok = parts.port is None or parts.port > 0
    except ValueError:  # not a number, or out of range
        port_ok = False
    # Checked here, not left to websockets: its errors quote the whole URL, the token in its query too.
    if scheme not in ("ws", "wss") or not parts.hostname or not port_ok:
        raise ElevenLabsError(f"the signed URL is not a WebSocket URL with a host and port: {where(url)}")
    extra = dict(settings.extras.headers) if settings.extras else {}
    return Handshake(urlunsplit((scheme, *parts[1:])), extra, settings)


class Handshake:
    """One channel's opening handshake without the I/O: where, with which headers and timeout, and after
    each failed attempt whether and when to try again. Nothing was sent before the handshake completes,
    so every attempt is safe to repeat: refusals and lost connections are retried as HTTP calls are."""

    def __init__(self, url: str, headers: dict[str, str], settings: Settings) -> None:
        self.url = url
        self.headers = headers
        self.timeout = connect_timeout(settings)
        self._settings = settings
        self._failures = 0

    def __repr__(self) -> str:
        return f"Handshake({where(self.url)!r})"

    def options(self) -> dict[str, Any]:
        """The arguments of websockets' connect() after the URL, the same in both layers."""
        return {
            "additional_headers": self.headers,
            "open_timeout": self.timeout,
            "max_size": None,  # an audio message has no size limit (websockets' default is 1 MiB)
            "proxy": None,
            "logger": QUIET,
        }

    def retry_delay(self, error: ElevenLabsError) -> float:
        """Seconds to wait before the next attempt (the HTTP requester's backoff and Retry-After);
        raises `error` when there is none."""
        delay = retry_wait(f"the realtime connection to {where(self.url)}", self._failures, self._settings, error)
        self._failures += 1
        return delay

    def failed(self, error: Exception) -> ElevenLabsError:
        return handshake_failed(self.url, error)


class Connection(Generic[S]):
    """What each layer's connection holds around its websockets connection `socket`."""

    def __init__(self, socket: S, parse: Callable[[dict[str, Any]], Any], settings: Settings) -> None:
        self._socket = socket
        self._parse = parse
        self._strict = settings.strict
        self.timeout = message_timeout(settings)
        self._aborted = False  # the TCP connection was dropped: there is nothing left to close

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    def _wait(self, timeout: float | None) -> float:
        return self.timeout if timeout is None else timeout

    def _events(self, raw: str | bytes) -> list[RealtimeEvent]:
        return list(events(raw, self._parse, self._strict))

    def _silent(self, wait: float, *, poll: bool) -> Exception:
        """What a receive that heard nothing raises; unless it polled, the TCP connection is dropped first
        (a server that stopped answering would not answer a close either)."""
        if not poll:
            self._abort()
            self._aborted = True
        return silence(wait, poll=poll)

    def _abort(self) -> None:
        raise NotImplementedError  # each layer drops its TCP connection

    def _ended(self, error: ConnectionClosed) -> list[RealtimeEvent] | None:
        """What a receive returns once websockets says the connection closed: None (the end of the
        stream) when it closed normally; else it raises what the close means."""
        if (problem := connection_closed(error)) is not None:
            raise problem from None
        return None


def silence(wait: float, *, poll: bool) -> Exception:
    """What a receive that heard nothing within `wait` raises: Silence for a poll (the connection stays
    open), else APITimeoutError."""
    if poll:
        return Silence()
    return APITimeoutError(f"no message from the server within {wait:g} s")


def connection_closed(error: ConnectionClosed) -> ElevenLabsError | None:
    """What websockets' ConnectionClosed means here: None when the stream ended normally or we closed it."""
    if error.rcvd is None and error.sent is not None:
        if error.sent.code in NORMAL_CLOSE:
            return None  # we closed it
        # websockets failed it: a keepalive ping unanswered (a dead peer), or a protocol error
        return APIConnectionError(f"the realtime connection failed: {error.sent.reason or error.sent.code}")
    close = error.rcvd
    return closed(close.code if close else None, close.reason if close else "", received_close=close is not None)


def query_value(value: object) -> str | list[str]:
    """An `additional_query_parameters` value as the URL carries it: a list repeats its parameter."""
    return [str(item) for item in value] if isinstance(value, (list, tuple)) else str(value)


def websocket_url(base_url: str, path: str, query: Mapping[str, str | list[str]]) -> str:
    """The client's base URL with ws(s) for http(s): the test server and a proxy work as for HTTP."""
    parts = urlsplit(base_url)
    scheme = {"http": "ws", "https": "wss"}.get(parts.scheme, parts.scheme)
    return urlunsplit((scheme, parts.netloc, parts.path.rstrip("/") + path, urlencode(query, doseq=True), ""))


def where(url: str) -> str:
    """A URL as errors and logs show it: no query."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def headers(api_key: str, settings: Settings) -> dict[str, str]:
    extra = dict(settings.extras.headers) if settings.extras else {}
    return {**extra, API_KEY_HEADER: api_key}


def message_timeout(settings: Settings) -> float:
    timeout = settings.timeout
    return timeout.read if timeout is not None and timeout.read is not None else DEFAULT_MESSAGE_TIMEOUT


def connect_timeout(settings: Settings) -> float | None:
    return settings.timeout.connect if settings.timeout is not None else None


def refused(url: str, status: int, response_headers: Any, body: bytes | bytearray) -> ApiError:
    """A refused handshake as the same typed error an HTTP call with that status gets."""
    request = httpx.Request("GET", where(url))
    response = httpx.Response(status, headers=list(response_headers.raw_items()), content=bytes(body), request=request)
    response.read()
    return error_for(response)


def unreachable(url: str, error: BaseException) -> APIConnectionError:
    # Some of websockets' errors quote the URL: its query (a signed URL's token) is left out of ours.
    reason = str(error).replace(url, where(url))
    return APIConnectionError(f"could not connect to {where(url)}: {type(error).__name__}: {reason}")


def handshake_failed(url: str, error: Exception) -> ElevenLabsError:
    """What a failed handshake raises, in both layers: a refusal as its HTTP error, a timeout, or no connection."""
    from websockets.exceptions import InvalidStatus  # only after websockets has failed, so loaded by then

    if isinstance(error, InvalidStatus):
        response = error.response
        return refused(url, response.status_code, response.headers, response.body or b"")
    if isinstance(error, TimeoutError):
        return APITimeoutError(f"the realtime handshake with {where(url)} timed out")
    return unreachable(url, error)


def closed(code: int | None, reason: str, *, received_close: bool) -> ElevenLabsError | None:
    """None for a normal close; else what to raise."""
    if not received_close:
        return APIConnectionError("the realtime connection dropped mid-stream (no close frame)")
    if code in NORMAL_CLOSE:
        return None
    kind = CLOSE_ERRORS.get(code, RealtimeError) if code is not None else RealtimeError
    return kind(
        f"the server closed the realtime connection with code {code}: {reason or 'no reason'}",
        message=reason or None,
        code=code,
    )


def events(raw: str | bytes, parse: Any, strict: bool) -> Iterator[RealtimeEvent]:
    """The events of one server message; the server's error message raises RealtimeError."""
    try:
        data = json.loads(raw)
    except ValueError:
        raise APIConnectionError(f"the server sent a message that is not JSON: {raw[:100]!r}") from None
    if not isinstance(data, dict):
        raise APIConnectionError(f"the server sent a message that is not a JSON object: {str(data)[:100]}")
    if "error" in data and not data.get("audio"):
        raise server_error(data)
    token = PARSING.set(Parsing(strict, report_deviation))
    try:
        message = parse(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise APIConnectionError(f"a server message does not fit its schema: {error}") from error
    finally:
        PARSING.reset(token)
    context_id = data.get("contextId") or data.get("context_id")
    audio = data.get("audio")
    if isinstance(audio, str) and audio:
        yield RealtimeAudio(
            base64.b64decode(audio),
            getattr(message, "alignment", None) or None,
            getattr(message, "normalized_alignment", None) or None,
            context_id,
        )
    if data.get("isFinal") is True or data.get("is_final") is True:
        yield RealtimeFinal(context_id)


def server_error(data: dict[str, Any]) -> RealtimeError:
    """The server's error message as RealtimeError. Text to speech says {"error": kind, "message": text,
    "code": close code}; speech to text says {"message_type": kind, "error": text}, and its kinds are
    typed as the HTTP status that says the same (SCRIBE_ERRORS: auth_error an AuthenticationError, ...)."""
    scribe = "message_type" in data
    if scribe:
        kind, text, code = data.get("message_type"), data.get("error"), None
    else:
        kind, text, code = data.get("error"), data.get("message"), data.get("code")
    code = code if isinstance(code, int) else None
    said = ": ".join(str(part) for part in (kind, text) if part is not None)
    error_class = SCRIBE_ERRORS.get(kind, RealtimeError) if scribe and isinstance(kind, str) else RealtimeError
    return error_class(
        f"the server sent an error: {said}" + (f" (code {code})" if code is not None else ""),
        message=text if isinstance(text, str) else None,
        error=kind if isinstance(kind, str) else None,
        code=code,
        body=data,
    )


def split_at_word(buffer: str) -> tuple[str, str]:
    """(what can be sent now, what waits for more text): text is sent as soon as it ends at a word boundary."""
    if buffer and (buffer[-1].isspace() or buffer[-1] in SPLITTERS):
        return buffer, ""
    match = UP_TO_LAST_SPACE.match(buffer)
    if not match:
        return "", buffer
    return match.group(0), buffer[match.end() :]


def with_space(text: str) -> str:
    """The vendor asks that each piece of text end with a space."""
    return text if text.endswith(" ") else text + " "
