"""Saving a streamed body: into a temp file beside the target, renamed into place only when complete."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


@contextmanager
def atomic_file(path: str | os.PathLike[str]) -> Iterator[tuple[BinaryIO, Path]]:
    """A file to write; it appears at `path` only if the block ends without an error."""
    target = Path(path)
    # Not tempfile.mkstemp: its files are private (0600) and os.replace keeps that; "x" mode creates the
    # file with the usual permissions (the umask's), as open(path, "wb") would. os.urandom, as secrets.token_hex
    # does, without importing secrets (and hmac) with the client.
    temporary = target.with_name(f".{target.name}.{os.urandom(8).hex()}.part")
    try:
        with open(temporary, "xb") as out:
            yield out, target
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def save_chunks(chunks: Iterator[bytes], path: str | os.PathLike[str]) -> Path:
    try:
        with atomic_file(path) as (out, target):
            for chunk in chunks:
                out.write(chunk)
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            close()
    return target


async def asave_chunks(chunks: AsyncIterator[bytes], path: str | os.PathLike[str]) -> Path:
    # Writes go straight to the page cache; a thread hop per chunk would cost more than it saves.
    try:
        with atomic_file(path) as (out, target):
            async for chunk in chunks:
                out.write(chunk)
    finally:
        aclose = getattr(chunks, "aclose", None)
        if aclose is not None:
            await aclose()
    return target
