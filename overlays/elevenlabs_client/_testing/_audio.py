"""Audio bytes generated from a hash, chunk by chunk, and the zip stream of a multi-item download."""

from __future__ import annotations

import hashlib
import struct
import time
import zipfile
from collections.abc import Iterable, Iterator
from functools import lru_cache

_ID3_HEADER = b"ID3\x04\x00\x00\x00\x00\x00\x00"  # an empty ID3v2.4 tag: MP3 files from the API start with one


@lru_cache(maxsize=64)
def _audio_block(audio_id: str, chunk_size: int) -> bytes:
    return hashlib.shake_256(f"audio/{audio_id}".encode()).digest(chunk_size)


def _audio_chunks(audio_id: str, size: int, chunk_size: int) -> Iterator[bytes]:
    block = _audio_block(audio_id, chunk_size)
    for number, offset in enumerate(range(0, size, chunk_size)):
        # Each chunk ends in its own number, so a client that repeats or drops a chunk fails a SHA-256 check.
        chunk = block[: chunk_size - 8] + number.to_bytes(8, "big")
        if number == 0:
            chunk = _ID3_HEADER + chunk[len(_ID3_HEADER) :]
        yield chunk[: size - offset]


def _wav_header(data_size: int) -> bytes:
    fmt = struct.pack("<IHHIIHH", 16, 1, 1, 44100, 88200, 2, 16)  # PCM, mono, 44.1 kHz, 16 bit
    return b"RIFF" + struct.pack("<I", 36 + data_size) + b"WAVEfmt " + fmt + b"data" + struct.pack("<I", data_size)


class _Sink:
    """A write-only file for zipfile: whatever was written since the last take() is handed to the socket."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self._parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass

    def take(self) -> bytes:
        data = b"".join(self._parts)
        self._parts.clear()
        return data


def _zip_stream(members: list[tuple[str, int, int, Iterable[bytes]]]) -> Iterator[bytes]:
    """A zip of (name, date_unix, size, chunks) members, produced as it is written: zipfile sees a stream it
    cannot seek, so it puts each member's CRC and sizes in a data descriptor after the data."""
    sink = _Sink()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_STORED) as archive:
        for name, date_unix, size, chunks in members:
            t = time.gmtime(date_unix)
            info = zipfile.ZipInfo(name, date_time=(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec))
            info.file_size = size  # lets zipfile decide up front whether the member needs zip64 fields
            info.external_attr = 0o644 << 16
            with archive.open(info, "w") as member:
                for chunk in chunks:
                    member.write(chunk)
                    yield sink.take()
            yield sink.take()
    yield sink.take()
