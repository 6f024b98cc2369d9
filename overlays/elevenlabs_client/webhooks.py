"""Checking the webhooks ElevenLabs sends (post-call transcripts and audio, workspace events).

Needs no client and no API key, since a receiver often has neither:

    from elevenlabs_client.webhooks import construct_event, WebhookVerificationError

    try:
        event = construct_event(raw_body, request_headers.get("ElevenLabs-Signature"), secret)
    except WebhookVerificationError:
        ...  # answer 400 or 401 and drop it

The vendor signs each delivery with the webhook's secret and sends
`ElevenLabs-Signature: t=<unix seconds>,v0=<hex HMAC-SHA256 of "<t>.<raw body>">`.
The spec describes no payload (only the event-type enums), so the event is the parsed JSON object,
a plain dict.

What this does beyond the official SDK: the signature is compared in constant time
(`hmac.compare_digest`); a timestamp too far in the future is refused as well as one too old; a
header may carry several `v0=` signatures (while a secret is rotated) and one match is enough;
every way a delivery can be wrong is its own `WebhookVerificationError` subclass, never a
`ValueError` or `JSONDecodeError` from inside; no message quotes the secret or the expected signature.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from hmac import compare_digest
from typing import Any

from ._errors import ElevenLabsError

SIGNATURE_HEADER = "ElevenLabs-Signature"
# The vendor's own window; wide enough for its retries and a receiver's clock drift.
DEFAULT_TOLERANCE = 30 * 60
# Unix seconds have 10 digits until the year 2286; far longer is not a time (and int() of thousands of
# digits would itself raise ValueError).
MAX_TIMESTAMP_DIGITS = 15

__all__ = [
    "DEFAULT_TOLERANCE",
    "SIGNATURE_HEADER",
    "BodyNotJSONError",
    "BodyNotUTF8Error",
    "InvalidTimestampError",
    "MalformedSignatureError",
    "MissingSignatureError",
    "SignatureMismatchError",
    "TimestampOutsideToleranceError",
    "WebhookSecretError",
    "WebhookVerificationError",
    "construct_event",
    "sign",
]


class WebhookSecretError(ElevenLabsError):
    """The secret passed in is empty or not a clean string: a mistake in the receiver, not in the delivery.

    Deliberately not a `WebhookVerificationError`, so a receiver that answers those with 4xx does not
    turn a missing configuration into a quiet stream of rejected deliveries.
    """


class WebhookVerificationError(ElevenLabsError):
    """A delivery that must not be trusted or cannot be read; answer it with a 4xx. Base of the classes below."""


class MissingSignatureError(WebhookVerificationError):
    """No `ElevenLabs-Signature` header, or an empty one."""


class MalformedSignatureError(WebhookVerificationError):
    """The header is not `t=...,v0=...`: a piece without `=`, no `t=` or several, or no `v0=` signature."""


class InvalidTimestampError(WebhookVerificationError):
    """`t=` is not a whole number of seconds."""


class TimestampOutsideToleranceError(WebhookVerificationError):
    """`t=` is further than `tolerance` seconds from now, in the past (a replay) or in the future."""

    def __init__(self, message: str, *, timestamp: int, now: float, tolerance: float) -> None:
        super().__init__(message)
        self.timestamp = timestamp
        self.now = now
        self.tolerance = tolerance


class SignatureMismatchError(WebhookVerificationError):
    """No `v0=` signature in the header is the HMAC of this body with this secret: altered, or another secret."""


class BodyNotUTF8Error(WebhookVerificationError):
    """The signature is good but the body is not UTF-8 text."""


class BodyNotJSONError(WebhookVerificationError):
    """The signature is good but the body is not a JSON object."""


def sign(raw_body: bytes | bytearray | memoryview | str, secret: str, *, timestamp: int | None = None) -> str:
    """The `ElevenLabs-Signature` value the vendor would send for this body: for your receiver's tests.

    timestamp: unix seconds, now by default.
    """
    check_secret(secret)
    when = int(time.time()) if timestamp is None else int(timestamp)
    return f"t={when},v0={digest(str(when), body_bytes(raw_body), secret)}"


def construct_event(
    raw_body: bytes | bytearray | memoryview | str,
    sig_header: str | None,
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> dict[str, Any]:
    """Verify a delivery and return its event, the parsed JSON object (a dict: the spec describes no payload).

    raw_body: the body exactly as received (bytes, or str if your framework only gives text); parsing
    and re-serializing it changes the bytes and breaks the signature.
    sig_header: the `ElevenLabs-Signature` header's value (None when absent).
    secret: the webhook's secret, as shown when the webhook was created.
    tolerance: seconds `t=` may differ from now, either way (30 minutes by default).
    now: unix seconds to compare `t=` with (the clock by default; for tests).

    Raises a `WebhookVerificationError` subclass for any delivery that fails, checked in this order:
    `MissingSignatureError`, `MalformedSignatureError`, `InvalidTimestampError`,
    `TimestampOutsideToleranceError`, `SignatureMismatchError`, then, for a signed body,
    `BodyNotUTF8Error` and `BodyNotJSONError` (a str body with characters UTF-8 cannot encode is
    `BodyNotUTF8Error` before the signature is checked: it has no bytes to check).
    `WebhookSecretError` when `secret` is empty, has surrounding whitespace or characters UTF-8 cannot
    encode; `ValueError` for a negative or NaN `tolerance`; `TypeError` for a `raw_body` that is not
    bytes, bytearray, memoryview or str (all mistakes in the calling code, whatever was delivered).
    """
    check_secret(secret)
    # Written so that NaN fails too: it compares false with everything, so the window check below
    # would never fire and every timestamp would pass.
    if not tolerance >= 0:
        raise ValueError("tolerance must be 0 seconds or more (not NaN)")
    timestamp, signatures = parse_header(sig_header)
    when = parse_timestamp(timestamp)
    now = time.time() if now is None else now
    if abs(now - when) > tolerance:
        direction = "old" if when < now else "far in the future"
        raise TimestampOutsideToleranceError(
            f"the signature's timestamp is {abs(now - when):.0f} s {direction}; at most {tolerance:g} s is accepted",
            timestamp=when,
            now=now,
            tolerance=tolerance,
        )
    body = body_bytes(raw_body)
    expected = digest(timestamp, body, secret).encode("ascii")
    # Every candidate goes through compare_digest, whose time does not depend on where the strings differ,
    # so the answers give away nothing about the expected signature. Anything that is not ASCII hex
    # cannot match; "replace" only keeps the comparison from raising on it.
    if not any(compare_digest(expected, candidate.encode("utf-8", "replace")) for candidate in signatures):
        raise SignatureMismatchError(
            f"none of the {len(signatures)} v0 signature(s) matches this body and secret "
            "(a body altered or re-serialized, or another webhook's secret)"
        )
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BodyNotUTF8Error("the webhook body is not UTF-8 text") from None
    try:
        event = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nesting deeper than the parser goes
        raise BodyNotJSONError("the webhook body is not JSON") from None
    if not isinstance(event, dict):
        raise BodyNotJSONError(f"the webhook body is JSON but not an object (a {type(event).__name__})")
    return event


def check_secret(secret: str) -> None:
    if not isinstance(secret, str) or not secret:
        raise WebhookSecretError("the webhook secret is empty: pass the secret shown when the webhook was created")
    # One read from a file or an environment variable often ends in a newline; every signature would then
    # fail as if forged. Say so, without quoting it.
    if secret != secret.strip():
        raise WebhookSecretError("the webhook secret starts or ends with whitespace; strip it first")
    # The HMAC key is the secret's UTF-8 bytes; a lone surrogate (text decoded with surrogateescape, say)
    # has none. Checked here so it is this error, not a UnicodeEncodeError from inside, and unquoted.
    try:
        secret.encode("utf-8")
    except UnicodeEncodeError:
        raise WebhookSecretError("the webhook secret has characters UTF-8 cannot encode (a lone surrogate)") from None


def parse_header(sig_header: str | None) -> tuple[str, list[str]]:
    """`t=` and every `v0=` of the header; other schemes (`v1=`, ...) are skipped, as the vendor may add some."""
    if sig_header is None or not sig_header.strip():
        raise MissingSignatureError(f"no {SIGNATURE_HEADER} header")
    timestamps: list[str] = []
    signatures: list[str] = []
    for piece in sig_header.split(","):
        piece = piece.strip()
        if not piece:
            continue  # a trailing comma
        scheme, equals, value = piece.partition("=")
        if not equals:
            raise MalformedSignatureError(f"the {SIGNATURE_HEADER} header has a piece that is not key=value")
        if scheme.strip() == "t":
            timestamps.append(value.strip())
        elif scheme.strip() == "v0":
            signatures.append(value.strip())
    if len(timestamps) != 1:
        raise MalformedSignatureError(f"the {SIGNATURE_HEADER} header has {len(timestamps)} t= timestamps, not one")
    if not signatures:
        raise MalformedSignatureError(f"the {SIGNATURE_HEADER} header has no v0= signature")
    return timestamps[0], signatures


def parse_timestamp(timestamp: str) -> int:
    # ASCII digits only: int() would also take "+5", " 5", "5_0" and other scripts' digits, and the
    # signed text is the header's own spelling of t.
    if not (timestamp.isascii() and timestamp.isdigit()) or len(timestamp) > MAX_TIMESTAMP_DIGITS:
        raise InvalidTimestampError(f"the {SIGNATURE_HEADER} timestamp is not a whole number of unix seconds")
    return int(timestamp)


def body_bytes(raw_body: bytes | bytearray | memoryview | str) -> bytes:
    if isinstance(raw_body, str):
        # Text a framework decoded with errors="surrogateescape" turns back into the bytes that arrived.
        try:
            return raw_body.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            raise BodyNotUTF8Error("the webhook body has characters that UTF-8 cannot encode") from None
    # bytes() of anything else is not the body that arrived: of an int it is that many zero bytes, of a
    # list of ints those bytes. A mistake in the calling code, so a TypeError, not a verification error.
    if not isinstance(raw_body, (bytes, bytearray, memoryview)):
        raise TypeError(f"raw_body must be bytes, bytearray, memoryview or str, not {type(raw_body).__name__}")
    return bytes(raw_body)


def digest(timestamp: str, body: bytes, secret: str) -> str:
    """Hex HMAC-SHA256, keyed by the secret, of "<t>.<body>": what the vendor puts after `v0=`."""
    return hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()
