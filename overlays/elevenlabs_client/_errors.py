"""One flat hierarchy: catch `ElevenLabsError` for everything, `ApiError` for any non-2xx answer."""

from __future__ import annotations

import json
import time
from email.utils import parsedate_to_datetime
from typing import Any

import httpx


class ElevenLabsError(Exception):
    """Base of every error this client raises."""


class ApiError(ElevenLabsError):
    """The server answered with a status that is not 2xx."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.request_id: str | None = response.headers.get("request-id") or response.headers.get("x-request-id")
        self.retry_after: float | None = retry_after(response.headers)


class BadRequestError(ApiError):
    """400."""


class AuthenticationError(ApiError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(ApiError):
    """403."""


class NotFoundError(ApiError):
    """404."""


class UnprocessableEntityError(ApiError):
    """422: the request did not validate; `detail` lists what was wrong, as the server said it."""

    @property
    def detail(self) -> list[dict[str, Any]]:
        detail = self.body.get("detail") if isinstance(self.body, dict) else None
        return detail if isinstance(detail, list) else []


class RateLimitError(ApiError):
    """429."""


class InternalServerError(ApiError):
    """500 and above."""


class APIConnectionError(ElevenLabsError):
    """The request did not get a complete answer: the connection failed or broke off."""


class APITimeoutError(APIConnectionError):
    """The server did not answer within the timeout."""


class ResponseValidationError(ApiError):
    """A 2xx body that does not match the model the spec promises; `model` and `field` say where."""

    def __init__(
        self, message: str, *, response: httpx.Response, body: Any, model: str | None, field: str | None
    ) -> None:
        super().__init__(message, response=response, body=body)
        self.model = model
        self.field = field


class RealtimeError(ElevenLabsError):
    """The server ended a realtime connection with an error: its error message, or a close code that is not 1000.

    message, error and code are the server's: its error message's text, kind and code, or, when it sent
    no message, the close's reason and code. `error` names the kind (text to speech's `error`, speech to
    text's `message_type`); `body` is the server's error message as it came (None for a close).
    """

    def __init__(
        self,
        text: str,
        *,
        message: str | None = None,
        error: str | None = None,
        code: int | None = None,
        body: Any = None,
    ) -> None:
        ElevenLabsError.__init__(self, text)  # not super(): the classes below also derive from ApiError
        self.message = message
        self.error = error
        self.code = code
        self.body = body


class _RealtimeStatusError(RealtimeError, ApiError):
    """A realtime error that means what an HTTP status means, so it is also that status's error class:
    `except AuthenticationError` catches a refused key whether the handshake or a message said so.
    `status_code` is that status; `response` a stand-in with it and the body (no request was made over HTTP)."""

    status = 500

    def __init__(self, text: str, **fields: Any) -> None:
        super().__init__(text, **fields)
        self.response = httpx.Response(self.status, json=self.body)
        self.status_code = self.status
        self.headers = self.response.headers
        self.request_id = None
        self.retry_after = None


class RealtimeAuthenticationError(_RealtimeStatusError, AuthenticationError):
    """The realtime server refused the key or token (speech to text's auth_error)."""

    status = 401


class RealtimePermissionDeniedError(_RealtimeStatusError, PermissionDeniedError):
    """The account may not use the channel (speech to text's unaccepted_terms)."""

    status = 403


class RealtimeBadRequestError(_RealtimeStatusError, BadRequestError):
    """The server refused what the client sent (speech to text's input_error, chunk_size_exceeded)."""

    status = 400


class RealtimeRateLimitError(_RealtimeStatusError, RateLimitError):
    """Too much, too fast, or the quota is used up (speech to text's rate_limited, quota_exceeded, ...)."""

    status = 429


class RealtimeServerError(_RealtimeStatusError, InternalServerError):
    """The server failed (speech to text's transcriber_error, error; a close with 1011)."""

    status = 500


# Speech to text's error messages by their message_type: what each means as an HTTP status would say it.
# Not listed (plain RealtimeError): session_time_limit_exceeded and insufficient_audio_activity, the
# session's own limits, which no HTTP status says; and kinds the vendor adds later.
SCRIBE_ERRORS: dict[str, type[RealtimeError]] = {
    "auth_error": RealtimeAuthenticationError,
    "unaccepted_terms": RealtimePermissionDeniedError,
    "unaccepted_terms_error": RealtimePermissionDeniedError,  # the official SDK's spelling of it
    "input_error": RealtimeBadRequestError,
    "chunk_size_exceeded": RealtimeBadRequestError,
    "quota_exceeded": RealtimeRateLimitError,
    "rate_limited": RealtimeRateLimitError,
    "commit_throttled": RealtimeRateLimitError,
    "queue_overflow": RealtimeRateLimitError,
    "resource_exhausted": RealtimeRateLimitError,
    "transcriber_error": RealtimeServerError,
    "error": RealtimeServerError,
}
# Close codes (RFC 6455, 7.4.1, and the IANA registry's 3000s) that mean what an HTTP status means.
CLOSE_ERRORS: dict[int, type[RealtimeError]] = {
    1009: RealtimeBadRequestError,  # a message too big
    1011: RealtimeServerError,  # an internal error
    1012: RealtimeServerError,  # the service restarts
    1013: RealtimeServerError,  # try again later
    1014: RealtimeServerError,  # a bad gateway
    3000: RealtimeAuthenticationError,  # unauthorized
    3003: RealtimePermissionDeniedError,  # forbidden
}


class PaginationError(ElevenLabsError):
    """The server's cursors would make pagination loop or stop early."""


STATUS_ERRORS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_for(response: httpx.Response) -> ApiError:
    """The error for a non-2xx response whose body has been read."""
    body = body_of(response)
    error_class = STATUS_ERRORS.get(response.status_code)
    if error_class is None:
        error_class = InternalServerError if response.status_code >= 500 else ApiError
    request = response.request
    message = f"{request.method} {request.url.path} returned {response.status_code}: {summary(body)}"
    return error_class(message, response=response, body=body)


def retry_after(headers: httpx.Headers) -> float | None:
    """Seconds the server asks to wait: `retry-after-ms`, or `Retry-After` as seconds or an HTTP date."""
    try:
        return max(0.0, float(headers["retry-after-ms"]) / 1000)
    except (KeyError, ValueError):
        pass  # absent or unreadable: Retry-After may still say
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        if value.strip().replace(".", "", 1).isdigit():
            return float(value)
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (ValueError, TypeError, OverflowError):
        return None


def body_of(response: httpx.Response) -> Any:
    """The parsed JSON body, or its text when it is not JSON (an HTML error page from a proxy)."""
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        return response.text


def summary(body: Any, limit: int = 300) -> str:
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "..."
