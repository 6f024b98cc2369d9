"""The export's record on disk: file names, the metadata file (one JSON object a line), verification.

The metadata file is the only thing a rerun trusts: a file whose size and sha256 match its line is
kept, anything else is fetched again. Each line is flushed to the OS as its item finishes, so a kill
(even -9) loses at most the line being written; a torn or repeated line is dropped when the next run
loads the file, which then rewrites it whole (atomically) before appending.

fsync, which only matters if the machine itself goes down, runs at most once a second and at the
end: one per item cost 3-4 ms each, half the time of a sequential export, and a line lost to a power
cut only means that item is fetched again (as is a file whose data did not reach the disk: its
checksum no longer matches).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple, TextIO

METADATA_NAME = "metadata.jsonl"
FSYNC_EVERY = 1.0  # seconds
# What elevenlabs_client._files.atomic_file names its temporary files: `.<final name>.<16 hex>.part`.
TEMP_FILE = re.compile(r"^\..+\.[0-9a-f]{16}\.part$")
EXTENSIONS = {
    "audio/mpeg": ".mp3",
    "audio/mp3": ".mp3",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "audio/ogg": ".ogg",
    "audio/opus": ".opus",
    "audio/flac": ".flac",
    "audio/aac": ".aac",
    "audio/basic": ".ulaw",
    "audio/pcm": ".pcm",
}
Record = dict[str, Any]


def slug(text: str, limit: int) -> str:
    """Lower-case ASCII words joined by '-', cut at a word boundary within `limit` characters."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    kept = ""
    for word in words:
        candidate = f"{kept}-{word}" if kept else word
        if len(candidate) > limit:
            return kept or word[:limit]
        kept = candidate
    return kept


# The listing is parsed leniently, so any field may hold any JSON value (a number for a name, a word for
# a date). Only the id is needed to fetch an item; the helpers below treat any other odd field as absent.


def usable_id(item: object) -> str | None:
    """The item's history_item_id, or None when the listing gave none that its audio can be asked for by."""
    if not isinstance(item, dict):
        return None
    value = item.get("history_item_id")
    return value if isinstance(value, str) and value.strip() else None


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def item_time(item: Record) -> datetime | None:
    """When the item was made, or None when date_unix is not a unix time (a word, null, out of range)."""
    value = item.get("date_unix")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        return datetime.fromtimestamp(value, UTC)
    except (OverflowError, OSError, ValueError):  # too large for the platform, or NaN
        return None


def item_text(item: Record) -> str:
    """The item's text; a dialogue has none of its own, so its lines, one per speaker turn."""
    if text := _text(item.get("text")):
        return text
    lines = item.get("dialogue")
    if not isinstance(lines, list):
        return ""
    return "\n".join(
        f"{_text(line.get('voice_name')) or _text(line.get('voice_id')) or '?'}: {_text(line.get('text'))}"
        for line in lines
        if isinstance(line, dict)
    )


def file_name(item: Record, extension: str) -> str:
    """`2026-08-22_140305_george_the-first-move-is-what-sets_<id>.mp3`: sortable by date, findable by voice and text.

    `item` must have a `usable_id`; a date the listing gave oddly is `no-date` (sorted after the dated ones).
    """
    when = item_time(item)
    dialogue = "dialogue" if isinstance(item.get("dialogue"), list) and item["dialogue"] else ""
    voice = slug(_text(item.get("voice_name")) or _text(item.get("voice_id")) or dialogue, 24)
    text = slug(item_text(item), 40)
    identifier = re.sub(r"[^A-Za-z0-9_-]", "_", item["history_item_id"])
    stamp = when.strftime("%Y-%m-%d_%H%M%S") if when else "no-date"
    return "_".join((stamp, voice or "no-voice", text or "no-text", identifier)) + extension


def extension_for(item: Record, output_format: str) -> str:
    if output_format == "wav":
        return ".wav"
    content_type = str(item.get("content_type") or "audio/mpeg").split(";")[0].strip().lower()
    return EXTENSIONS.get(content_type, ".audio")


def record_for(item: Record, name: str, output_format: str, size: int, sha256: str) -> Record:
    start, end = item.get("character_count_change_from"), item.get("character_count_change_to")
    when = item_time(item)
    return {
        "id": item["history_item_id"],
        # null when the listing gave no usable date, so every line's date is an ISO time or null
        "date": when.isoformat().replace("+00:00", "Z") if when else None,
        "date_unix": item["date_unix"] if when else None,
        "voice_id": item.get("voice_id"),
        "voice_name": item.get("voice_name"),
        "model_id": item.get("model_id"),
        "source": item.get("source"),
        "text": item_text(item),
        "character_count_change_from": start,
        "character_count_change_to": end,
        "characters": end - start if isinstance(start, int) and isinstance(end, int) else None,
        "format": output_format,
        "file": name,
        "bytes": size,
        "sha256": sha256,
    }


class Entry(NamedTuple):
    """What a rerun needs of a record to check its file (the rest of the line stays on disk only)."""

    file: str
    bytes: int
    sha256: str
    format: str


def _whole_record(raw: bytes) -> Record | None:
    """The record on a line, or None for a line a kill cut short (or anything else that is not one)."""
    if not raw.endswith(b"\n"):
        return None
    try:
        record = json.loads(raw)
    except ValueError:
        return None
    return record if isinstance(record, dict) and isinstance(record.get("id"), str) else None


class Metadata:
    """DIR/metadata.jsonl: what it held when the export started (by id, the last line for an id wins),
    and the appender. Memory: one Entry per item already exported, one id per item seen in this run."""

    def __init__(self, directory: Path, writable: bool = True) -> None:
        self.path = directory / METADATA_NAME
        self.entries: dict[str, Entry] = {}
        self._ids: set[str] = set()  # every id with a line in the file
        self._lines = 0  # whole lines in the file: more than ids when an item was fetched again
        clean = self._load()
        self._out: TextIO | None = None
        self._synced = time.monotonic()
        if writable:
            if not clean:
                self._rewrite()
            self._out = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 - kept open for the whole export

    def _load(self) -> bool:
        """Reads the file; False if it needs rewriting (a torn last line from a kill, or repeated ids)."""
        if not self.path.is_file():
            return True
        clean = True
        with open(self.path, "rb") as source:
            for raw in source:
                record = _whole_record(raw)
                if record is None:
                    clean = False
                    continue
                self._lines += 1
                self._ids.add(record["id"])
                try:
                    entry = Entry(
                        str(record["file"]), int(record["bytes"]), str(record["sha256"]), str(record["format"])
                    )
                except (KeyError, TypeError, ValueError):
                    entry = None
                if entry is None or entry.file != Path(entry.file).name or entry.file.startswith("."):
                    # Not a line this tool wrote (a file outside DIR, say): its item is fetched again, and
                    # nothing is read or deleted at the place it names.
                    self.entries.pop(record["id"], None)
                    continue
                self.entries[record["id"]] = entry
        return clean and self._lines == len(self._ids)

    def _rewrite(self) -> None:
        """The file again with one whole line per id, the last one; two passes, so that only ids are held."""
        last: dict[str, int] = {}
        with open(self.path, "rb") as source:
            for number, raw in enumerate(source):
                if (record := _whole_record(raw)) is not None:
                    last[record["id"]] = number
        temporary = self.path.with_name(f".{self.path.name}.rewrite")
        with open(self.path, "rb") as source, open(temporary, "wb") as out:
            for number, raw in enumerate(source):
                if (record := _whole_record(raw)) is not None and last[record["id"]] == number:
                    out.write(raw)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, self.path)
        self._lines = len(last)

    def append(self, record: Record) -> bool:
        """One line, with the OS before this returns (a kill that follows cannot lose it); True when an
        fsync is due, which the caller runs (`sync`) off the event loop."""
        if self._out is None:
            raise RuntimeError("the metadata file was opened read-only or is closed")
        self._out.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._out.flush()
        self._ids.add(record["id"])
        self._lines += 1
        if time.monotonic() - self._synced < FSYNC_EVERY:
            return False
        self._synced = time.monotonic()
        return True

    def sync(self) -> None:
        if self._out is not None:
            os.fsync(self._out.fileno())

    def close(self) -> None:
        """Closes the file (no sync may be running); items fetched again left two lines for one id, so
        it is then rewritten with one."""
        if self._out is not None:
            self._out.flush()
            os.fsync(self._out.fileno())
            self._out.close()
            self._out = None
            if self._lines != len(self._ids):
                self._rewrite()


def verify(directory: Path, entry: Entry) -> bool:
    """True if the recorded file is there with the recorded size and checksum (size first: it is free)."""
    path = directory / entry.file
    try:
        if not path.is_file() or path.stat().st_size != entry.bytes:
            return False
        return sha256_of(path) == entry.sha256
    except OSError:
        return False


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        while block := source.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


def remove_leftovers(directory: Path) -> int:
    """Deletes the temporary files a killed run left behind; how many there were."""
    removed = 0
    for entry in directory.iterdir():
        if (TEMP_FILE.match(entry.name) or entry.name == f".{METADATA_NAME}.rewrite") and entry.is_file():
            entry.unlink(missing_ok=True)
            removed += 1
    return removed
