"""Types shared by the generated models and endpoints (dataclasses: importing them does not load attrs)."""

import io
import os
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from typing import IO, BinaryIO, Generic, Literal, TypeVar, cast


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


# What an upload parameter takes: what the official SDK takes (the content as bytes, str or a binary
# file object, or a (file name, content[, content type]) tuple), a File, or a path, read as it is sent.
FileInput = (
    File
    | IO[bytes]
    | bytes
    | str
    | os.PathLike[str]
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
)


def as_file(value: FileInput) -> File:
    """One upload, whatever form it was given in."""
    if isinstance(value, File):
        return value
    if isinstance(value, os.PathLike):
        path = os.fspath(value)
        return File(payload=open(path, "rb"), file_name=os.path.basename(path))
    if isinstance(value, tuple):
        name, content, *rest = value
        return File(payload=_binary(content), file_name=name, mime_type=rest[0] if rest else None)
    name = getattr(value, "name", None)
    return File(payload=_binary(value), file_name=os.path.basename(name) if isinstance(name, str) else None)


def _binary(content: FileContent) -> BinaryIO:
    if isinstance(content, bytes):
        return io.BytesIO(content)
    if isinstance(content, str):
        return io.BytesIO(content.encode())
    return cast(BinaryIO, content)


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


__all__ = ["UNSET", "File", "FileInput", "FileTypes", "RequestFiles", "Response", "Unset", "as_file"]
