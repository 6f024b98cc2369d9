"""Ids and numbers derived from seeds by hashing: the same seed gives the same value on every run and machine."""

from __future__ import annotations

import hashlib
from typing import Any

_Json = dict[str, Any]

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_ULID = "0123456789abcdefghjkmnpqrstvwxyz"  # the alphabet of the vendor's agent_/conv_ ids
_HEX = "0123456789abcdef"


def _token(seed: str, length: int = 20, alphabet: str = _ALNUM) -> str:
    digest = hashlib.shake_256(seed.encode()).digest(length)
    return "".join(alphabet[byte % len(alphabet)] for byte in digest)


def _number(seed: str) -> int:
    return int.from_bytes(hashlib.sha256(seed.encode()).digest()[:8], "big")
