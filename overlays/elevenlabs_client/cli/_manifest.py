"""The export's record on disk: file names, the metadata file (one JSON object a line), verification.

The metadata file is the only thing a rerun trusts: a file whose size and sha256 match its line is
kept, anything else is fetched again. Lines are appended, flushed and fsynced as items finish, so a
kill at any moment loses at most the line being written; a torn or repeated line is dropped when the
next run loads the file, which then rewrites it whole (atomically) before appending.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

METADATA_NAME = "metadata.jsonl"
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


def item_text(item: Record) -> str:
    """The item's text; a dialogue has none of its own, so its lines, one per speaker turn."""
    if item.get("text"):
        return str(item["text"])
    lines = item.get("dialogue") or []
    return "\n".join(
        f"{line.get('voice_name') or line.get('voice_id') or '?'}: {line.get('text', '')}" for line in lines
    )


def file_name(item: Record, extension: str) -> str:
    """`2026-08-22_140305_george_the-first-move-is-what-sets_<id>.mp3`: sortable by date, findable by voice and text."""
    when = datetime.fromtimestamp(item["date_unix"], UTC).strftime("%Y-%m-%d_%H%M%S")
    voice = slug(item.get("voice_name") or item.get("voice_id") or ("dialogue" if item.get("dialogue") else ""), 24)
    text = slug(item_text(item), 40)
    identifier = re.sub(r"[^A-Za-z0-9_-]", "_", item["history_item_id"])
    return "_".join(part for part in (when, voice or "no-voice", text or "no-text", identifier) if part) + extension


def extension_for(item: Record, output_format: str) -> str:
    if output_format == "wav":
        return ".wav"
    content_type = str(item.get("content_type") or "audio/mpeg").split(";")[0].strip().lower()
    return EXTENSIONS.get(content_type, ".audio")


def record_for(item: Record, name: str, output_format: str, size: int, sha256: str) -> Record:
    start, end = item.get("character_count_change_from"), item.get("character_count_change_to")
    return {
        "id": item["history_item_id"],
        "date": datetime.fromtimestamp(item["date_unix"], UTC).isoformat().replace("+00:00", "Z"),
        "date_unix": item["date_unix"],
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


class Metadata:
    """The records of DIR/metadata.jsonl, by id (the last line for an id wins), and the appender."""

    def __init__(self, directory: Path, writable: bool = True) -> None:
        self.path = directory / METADATA_NAME
        self.records: dict[str, Record] = {}
        self._lines = 0  # whole lines in the file; more than there are records when an id repeats
        clean = self._load()
        self._out: TextIO | None = None
        if writable:
            if not clean:
                self._rewrite()
            self._out = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 - kept open for the whole export
        self._lock = threading.Lock()  # appends run in worker threads; a line must never interleave

    def _load(self) -> bool:
        """Reads the file; False if it needs rewriting (a torn last line from a kill, or repeated ids)."""
        if not self.path.is_file():
            return True
        clean, lines = True, 0
        with open(self.path, "rb") as source:
            for raw in source:
                lines += 1
                try:
                    record = json.loads(raw)
                    if not raw.endswith(b"\n") or not isinstance(record, dict) or not isinstance(record.get("id"), str):
                        raise ValueError("not a whole record")
                except ValueError:
                    clean = False
                    continue
                self.records[record["id"]] = record
        self._lines = lines
        return clean and lines == len(self.records)

    def _rewrite(self) -> None:
        temporary = self.path.with_name(f".{self.path.name}.rewrite")
        with open(temporary, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in self.records.values())
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, self.path)
        self._lines = len(self.records)

    def append(self, record: Record) -> None:
        """One line, on disk before this returns: the record must survive a kill that follows."""
        line = json.dumps(record, ensure_ascii=False) + "\n"
        with self._lock:
            if self._out is None:
                raise RuntimeError("the metadata file was opened read-only or is closed")
            self._out.write(line)
            self._out.flush()
            os.fsync(self._out.fileno())
            self.records[record["id"]] = record
            self._lines += 1

    def close(self) -> None:
        """Closes the file; items fetched again left two lines for one id, so it is then rewritten with one."""
        with self._lock:
            if self._out is not None:
                self._out.close()
                self._out = None
                if self._lines != len(self.records):
                    self._rewrite()


def verify(directory: Path, record: Record) -> bool:
    """True if the recorded file is there with the recorded size and checksum (size first: it is free)."""
    path = directory / str(record.get("file", ""))
    try:
        if not path.is_file() or path.stat().st_size != record.get("bytes"):
            return False
        return sha256_of(path) == record.get("sha256")
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
