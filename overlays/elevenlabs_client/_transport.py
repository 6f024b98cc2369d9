"""The requesters the generated resource classes send through (see `elevenlabs_api.api.Requester`).

A generated method builds its request (`_get_kwargs`) and a parser for the 2xx body; a requester adds
the base URL and the key, sends it on the client's one connection pool, and turns every failure
into an `ElevenLabsError`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import httpx

from ._errors import APIConnectionError, APITimeoutError, ResponseValidationError, error_for

T = TypeVar("T")
API_KEY_HEADER = "xi-api-key"


@contextmanager
def transport_errors() -> Iterator[None]:
    try:
        yield
    except httpx.TimeoutException as error:
        raise APITimeoutError(f"timed out: {error}") from error
    except httpx.TransportError as error:
        raise APIConnectionError(f"connection failed: {error!r}") from error


def parse_success(response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
    try:
        return parse(response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        request = response.request
        raise ResponseValidationError(
            f"{request.method} {request.url.path}: the {response.status_code} body does not match the spec: {error!r}"
        ) from error


class _Base:
    def __init__(self, base_url: str, api_key: str, timeout: float | httpx.Timeout) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._api_key = api_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _request_arguments(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        headers = {**kwargs.get("headers", {}), API_KEY_HEADER: self._api_key}
        return {**kwargs, "url": self.base_url + kwargs["url"], "headers": headers, "timeout": self.timeout}


class HttpRequester(_Base):
    def __init__(self, http: httpx.Client, base_url: str, api_key: str, timeout: float | httpx.Timeout) -> None:
        super().__init__(base_url, api_key, timeout)
        self.http = http

    def request(self, kwargs: dict[str, Any], parse: Callable[[httpx.Response], T]) -> T:
        with transport_errors():
            response = self.http.request(**self._request_arguments(kwargs))
        if not response.is_success:
            raise error_for(response)
        return parse_success(response, parse)

    def stream(self, kwargs: dict[str, Any], chunk_size: int | None) -> Iterator[bytes]:
        # A generator: nothing is sent until iteration starts, and closing it (a `break` out of a
        # `for` loop over it, or .close()) closes the response and its connection.
        with transport_errors(), self.http.stream(**self._request_arguments(kwargs)) as response:
            if not response.is_success:
                response.read()
                raise error_for(response)
            yield from response.iter_bytes(chunk_size)


class AsyncHttpRequester(_Base):
    def __init__(self, http: httpx.AsyncClient, base_url: str, api_key: str, timeout: float | httpx.Timeout) -> None:
        super().__init__(base_url, api_key, timeout)
        self.http = http

    async def request(self, kwargs: dict[str, Any], parse: Callable[[httpx.Response], T]) -> T:
        with transport_errors():
            response = await self.http.request(**self._request_arguments(kwargs))
        if not response.is_success:
            raise error_for(response)
        return parse_success(response, parse)

    async def stream(self, kwargs: dict[str, Any], chunk_size: int | None) -> AsyncIterator[bytes]:
        with transport_errors():
            async with self.http.stream(**self._request_arguments(kwargs)) as response:
                if not response.is_success:
                    await response.aread()
                    raise error_for(response)
                async for chunk in response.aiter_bytes(chunk_size):
                    yield chunk
