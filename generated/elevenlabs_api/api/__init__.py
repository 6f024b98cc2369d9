"""Contains methods for accessing the API, one folder per tag, and the protocols they send requests through.

Each tag's package has a resource class (and its async twin) with one method per operation. A method
builds its request with the operation module's `_get_kwargs` and hands it to a requester, which the
client on top of this package supplies: it owns the connection pool, retries and errors.
"""

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Protocol, TypeVar

import httpx

T = TypeVar("T")


def check_path_parameter(name: str, value: object) -> None:
    """Refuse ids that URL normalization would turn into another path: `history/..` would call `GET /v1`."""
    if str(value) in ("", ".", ".."):
        raise ValueError(f"{name} must not be {str(value)!r}: it would address a different endpoint")


class Requester(Protocol):
    def request(self, kwargs: dict[str, Any], parse: Callable[[httpx.Response], T]) -> T:
        """Send the request and parse a successful response."""
        ...

    def stream(self, kwargs: dict[str, Any], chunk_size: int | None) -> Iterator[bytes]:
        """Send the request when iteration starts and yield the body in chunks as it arrives."""
        ...


class AsyncRequester(Protocol):
    async def request(self, kwargs: dict[str, Any], parse: Callable[[httpx.Response], T]) -> T:
        """Send the request and parse a successful response."""
        ...

    def stream(self, kwargs: dict[str, Any], chunk_size: int | None) -> AsyncIterator[bytes]:
        """Send the request when iteration starts and yield the body in chunks as it arrives."""
        ...
