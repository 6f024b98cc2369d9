"""The API key on the wire: set on each request to the client's own origin only, and kept out of errors."""

from __future__ import annotations

import logging
from collections.abc import Generator, Iterator
from contextlib import contextmanager

import httpx

from ._errors import APIConnectionError, APITimeoutError
from ._settings import API_KEY_HEADER, MAX_REDIRECTS

logger = logging.getLogger("elevenlabs_client")


class ApiKeyAuth(httpx.Auth):
    """Puts the key on each request and follows redirects itself, so the key never leaves its origin.

    httpx's own redirect handling copies every header but Authorization to the next host.
    """

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key

    def __repr__(self) -> str:
        return "ApiKeyAuth(<redacted>)"

    def redact(self, text: str) -> str:
        return text.replace(self._api_key, "<redacted>")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        origin = _origin(request.url)
        request.headers[API_KEY_HEADER] = self._api_key
        response = yield request
        # Once sent, the request needs the key no more; errors keep the response, and with it the request.
        request.headers.pop(API_KEY_HEADER, None)
        for _ in range(MAX_REDIRECTS):
            following = response.next_request
            if following is None:
                return
            if _origin(following.url) == origin:
                following.headers[API_KEY_HEADER] = self._api_key
            else:
                following.headers.pop(API_KEY_HEADER, None)
            logger.info("following a %s redirect to %s", response.status_code, _where(following))
            response = yield following
            following.headers.pop(API_KEY_HEADER, None)
        if response.next_request is not None:  # redirects ran out; the unfollowed one stays on the response
            response.next_request.headers.pop(API_KEY_HEADER, None)


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


def _where(request: httpx.Request) -> str:
    # Never the whole URL with its query: only what identifies the call.
    return f"{request.method} {request.url.scheme}://{request.url.netloc.decode()}{request.url.path}"


@contextmanager
def transport_errors(auth: ApiKeyAuth) -> Iterator[None]:
    """httpx's failures as ours; their messages redacted, since a header value can appear in them."""
    try:
        yield
    except httpx.HTTPError as error:
        # A failure before any response leaves the key on the request the error carries (ApiKeyAuth
        # removes it only once a response arrives).
        request = getattr(error, "_request", None)
        if isinstance(request, httpx.Request):
            request.headers.pop(API_KEY_HEADER, None)
        if isinstance(error, httpx.TimeoutException):
            raise APITimeoutError(f"timed out ({type(error).__name__})") from error
        raise APIConnectionError(auth.redact(f"no complete answer: {type(error).__name__}: {error}")) from error
