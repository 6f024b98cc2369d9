"""The official SDK's names (`elevenlabs` 2.78.0, kept as data in tests/data/) importable from this client.

`tests/data/official_names.txt` is the official package's top-level `__all__`, and
`official_type_names.txt` its `elevenlabs.types.__all__`, as published (not fetched at test time). The
test reports which are not importable, and fails if fewer import than `IMPORTABLE` says: the count only
goes up. Names the official SDK has for what this client has under another shape (its hand-written
realtime and WebSocket helpers, request enums of operations the spec has dropped) are among those
reported.
"""

from __future__ import annotations

from pathlib import Path

import elevenlabs_client

DATA = Path(__file__).resolve().parent / "data"

# How many of the official top-level names import from elevenlabs_client (1,093 before the
# official names were generated).
IMPORTABLE = 1334


def official(file: str) -> list[str]:
    lines = (DATA / file).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def missing(names: list[str], module: object) -> list[str]:
    return [name for name in names if not hasattr(module, name)]


def test_the_data_is_the_official_lists() -> None:
    top, types = official("official_names.txt"), official("official_type_names.txt")
    assert len(top) == len(set(top)) == 2731
    assert len(types) == len(set(types)) == 2575
    assert set(types) <= set(top)


def test_official_top_level_names_import() -> None:
    names = official("official_names.txt")
    absent = missing(names, elevenlabs_client)
    imported = len(names) - len(absent)
    print(f"{imported} of {len(names)} official names import from elevenlabs_client; not importable: {absent}")
    assert imported >= IMPORTABLE, f"only {imported} of {len(names)} official names import (was {IMPORTABLE})"
