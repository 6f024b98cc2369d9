"""Contains methods for accessing the API, one folder per tag, and the protocols they send requests through.

Each tag's package has a resource class (and its async twin) with one method per operation. A method
builds its request with the operation module's `_get_kwargs` and hands it to a requester, which the
client on top of this package supplies: it owns the connection pool, retries and errors.
"""

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Protocol, TypedDict, TypeVar

import httpx

T = TypeVar("T")


class RequestOptions(TypedDict, total=False):
    """Settings for one call, overriding the client's.

    timeout: seconds, or an httpx.Timeout with distinct connect/read/write/pool limits.
    timeout_in_seconds: the official SDK's name for a plain number of seconds.
    max_retries: how many times a failed attempt may be retried.
    """

    timeout: float | httpx.Timeout
    timeout_in_seconds: float
    max_retries: int


def check_path_parameter(name: str, value: object) -> None:
    """Refuse ids that URL normalization would turn into another path: `history/..` would call `GET /v1`."""
    if str(value) in ("", ".", ".."):
        raise ValueError(f"{name} must not be {str(value)!r}: it would address a different endpoint")


class Requester(Protocol):
    def request(
        self, kwargs: dict[str, Any], parse: Callable[[httpx.Response], T], options: RequestOptions | None
    ) -> T:
        """Send the request and parse a successful response."""
        ...

    def stream(self, kwargs: dict[str, Any], chunk_size: int | None, options: RequestOptions | None) -> Iterator[bytes]:
        """Send the request when iteration starts and yield the body in chunks as it arrives."""
        ...


class AsyncRequester(Protocol):
    async def request(
        self, kwargs: dict[str, Any], parse: Callable[[httpx.Response], T], options: RequestOptions | None
    ) -> T:
        """Send the request and parse a successful response."""
        ...

    def stream(
        self, kwargs: dict[str, Any], chunk_size: int | None, options: RequestOptions | None
    ) -> AsyncIterator[bytes]:
        """Send the request when iteration starts and yield the body in chunks as it arrives."""
        ...
