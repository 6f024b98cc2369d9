"""Is a connection really from ElevenLabs? The `X-Elevenlabs-Speech-Engine-Authorization` token, checked.

The vendor signs a short-lived JWT with HS256, keyed with the SHA-256 digest (the 32 raw bytes, not
their hex) of the API key the engine belongs to, and sends it on the WebSocket handshake. PyJWT checks
it (the `speech-engine` extra; 2.10 or newer, which checks the subject): the algorithm is pinned, so a token saying `none` or RS256 is refused
before its signature is looked at; issuer, subject, expiry and issue time are required, as the official
SDK requires them, and `nbf` is honoured when present, each with LEEWAY seconds of clock skew.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from typing import Any

HEADER = "X-Elevenlabs-Speech-Engine-Authorization"
ISSUER = "https://api.elevenlabs.io/convai/speech-engine"
SUBJECT = "convai_speech_engine_upstream"
ALGORITHM = "HS256"
# The official SDK allows a minute of clock skew; so do we, so that a token one accepts the other does too.
LEEWAY = 60
REQUIRED_CLAIMS = ("exp", "iat", "iss", "sub")


class SpeechEngineAuthError(ValueError):
    """A token that does not prove the connection comes from ElevenLabs. Its message says why, never
    quoting the token or the key."""


def signing_key(api_key: str) -> bytes:
    """The HMAC key of the tokens: the SHA-256 digest of the API key (stripped, as the vendor does)."""
    return hashlib.sha256(api_key.strip().encode()).digest()


def verify_speech_engine_jwt(value: str, api_key: str) -> dict[str, Any]:
    """The token's claims if `value` (the header's value, with or without `Bearer `) is a token the
    vendor signed for `api_key`, else SpeechEngineAuthError saying what is wrong."""
    jwt = _pyjwt()
    token = value.strip()
    if token[:7].lower() == "bearer ":
        token = token[7:].strip()
    if not token:
        raise SpeechEngineAuthError("no token in the authorization header")
    try:
        return dict(
            jwt.decode(
                token,
                signing_key(api_key),
                algorithms=[ALGORITHM],
                issuer=ISSUER,
                subject=SUBJECT,
                leeway=LEEWAY,
                options={"require": list(REQUIRED_CLAIMS)},
            )
        )
    except jwt.exceptions.PyJWTError as error:
        raise SpeechEngineAuthError(_reason(jwt, error)) from None


def verify_headers(headers: Mapping[str, Any], api_key: str) -> dict[str, Any]:
    """verify_speech_engine_jwt on the authorization header of `headers` (any mapping whose keys are
    the header names, in any case; a list value counts by its first item)."""
    wanted = HEADER.lower()
    value = next((found for name, found in headers.items() if str(name).lower() == wanted), None)
    if isinstance(value, list | tuple):
        value = value[0] if value else None
    if not value:
        raise SpeechEngineAuthError(f"no {HEADER} header")
    return verify_speech_engine_jwt(str(value), api_key)


class HidesToken(logging.Filter):
    """On the websockets library's logger: its DEBUG handshake lines (`< name: value`) with the token
    replaced, on either side of the connection."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == 2 and str(args[0]).lower() == HEADER.lower():
            record.args = (args[0], "<redacted>")
        return True


def _reason(jwt: Any, error: Exception) -> str:
    # Our own words for each failure: PyJWT's messages do not quote the token today, but nothing promises it.
    errors = jwt.exceptions
    reasons = (
        (errors.InvalidAlgorithmError, f"the token is not signed with {ALGORITHM}"),
        (errors.InvalidSignatureError, "the signature does not match: is the server's API key the engine's?"),
        (errors.ExpiredSignatureError, "the token has expired"),
        (errors.ImmatureSignatureError, "the token is not valid yet (nbf or iat in the future)"),
        (errors.InvalidIssuerError, f"the token's issuer is not {ISSUER}"),
        (errors.InvalidSubjectError, f"the token's subject is not {SUBJECT}"),
    )
    if isinstance(error, errors.MissingRequiredClaimError):
        return f"the token lacks the {error.claim} claim"
    for kind, reason in reasons:
        if isinstance(error, kind):
            return reason
    return "the token is not a well-formed JWT"


def _pyjwt() -> Any:
    try:
        import jwt
    except ImportError:
        raise ImportError(
            "verifying Speech Engine connections needs PyJWT: pip install 'elevenlabs-client[speech-engine]'"
        ) from None
    return jwt


# Users import it from the package, which loads this module on first use: it says it lives there.
SpeechEngineAuthError.__module__ = __name__.rpartition(".")[0]
