"""`ElevenLabs` and `AsyncElevenLabs`: one connection pool each, the key, and the resources."""

from __future__ import annotations

import os
from types import TracebackType
from typing import Self

import httpx

from ._errors import ElevenLabsError
from ._resources import AsyncConversationalAI, AsyncHistory, ConversationalAI, History
from ._transport import AsyncHttpRequester, HttpRequester

DEFAULT_BASE_URL = "https://api.elevenlabs.io"
API_KEY_VARIABLE = "ELEVENLABS_API_KEY"
# Lets code written for the real API run against a test server unchanged (`make demo` does this).
BASE_URL_VARIABLE = "ELEVENLABS_BASE_URL"
# Connecting should take well under a second; 5 s allows a slow network without hiding a dead host.
# The read limit is the longest silence between two chunks, not the whole transfer, so a 200 MiB
# download is fine while a stalled one fails within a minute.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2


def resolve_api_key(api_key: str | None) -> str:
    key = api_key if api_key is not None else os.environ.get(API_KEY_VARIABLE)
    if not key:
        raise ElevenLabsError(f"no API key: pass api_key=... or set the {API_KEY_VARIABLE} environment variable")
    return key


def resolve_base_url(base_url: str | None) -> str:
    return base_url or os.environ.get(BASE_URL_VARIABLE) or DEFAULT_BASE_URL


class ElevenLabs:
    """The ElevenLabs API. `client.history`, `client.conversational_ai.conversations`.

    api_key: None reads ELEVENLABS_API_KEY. base_url: None reads ELEVENLABS_BASE_URL, else the real API.

    Use as a context manager, or call `close()`, to release the connections.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        httpx_client: httpx.Client | None = None,
    ) -> None:
        requester = HttpRequester(
            httpx_client or httpx.Client(), resolve_base_url(base_url), resolve_api_key(api_key), timeout
        )
        self._owns_http = httpx_client is None
        self._http = requester.http
        self.base_url = requester.base_url
        self.max_retries = max_retries
        self.history = History(requester)
        self.conversational_ai = ConversationalAI(requester)

    def __repr__(self) -> str:
        return f"ElevenLabs(base_url={self.base_url!r})"

    def close(self) -> None:
        """Close the connections (not those of an `httpx_client` you passed in: that one is yours)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncElevenLabs:
    """The ElevenLabs API with coroutines and async iterators; the same names as `ElevenLabs`."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        httpx_client: httpx.AsyncClient | None = None,
    ) -> None:
        requester = AsyncHttpRequester(
            httpx_client or httpx.AsyncClient(), resolve_base_url(base_url), resolve_api_key(api_key), timeout
        )
        self._owns_http = httpx_client is None
        self._http = requester.http
        self.base_url = requester.base_url
        self.max_retries = max_retries
        self.history = AsyncHistory(requester)
        self.conversational_ai = AsyncConversationalAI(requester)

    def __repr__(self) -> str:
        return f"AsyncElevenLabs(base_url={self.base_url!r})"

    async def close(self) -> None:
        """Close the connections (not those of an `httpx_client` you passed in: that one is yours)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()
