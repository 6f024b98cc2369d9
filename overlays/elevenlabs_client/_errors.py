"""One flat hierarchy: catch `ElevenLabsError` for everything, `ApiError` for any non-2xx answer."""

from __future__ import annotations

import json
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


class ResponseValidationError(ElevenLabsError):
    """A 2xx body that does not match the model the spec promises."""


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
    try:
        body: Any = response.json()
    except (ValueError, UnicodeDecodeError):
        body = response.text
    error_class = STATUS_ERRORS.get(response.status_code)
    if error_class is None:
        error_class = InternalServerError if response.status_code >= 500 else ApiError
    request = response.request
    message = f"{request.method} {request.url.path} returned {response.status_code}: {summary(body)}"
    return error_class(message, response=response, body=body)


def summary(body: Any, limit: int = 300) -> str:
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "..."
