"""Types shared by the generated models and endpoints (dataclasses: importing them does not load attrs)."""

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from typing import IO, BinaryIO, Generic, Literal, TypeVar


class Unset:
    """The type of UNSET: a field or parameter that was not given, as opposed to one given as None."""

    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

FileContent = IO[bytes] | bytes | str
# What httpx accepts for one multipart file: (name, content, content type[, headers]).
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


@dataclass
class File:
    """A file to upload, or a binary response body."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass
class Response(Generic[T]):
    """A response from an endpoint.

    status_code is an int, not an http.HTTPStatus: proxies in front of the API answer 520-599,
    which HTTPStatus cannot represent (it raised ValueError for them).
    """

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
