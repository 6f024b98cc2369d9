"""The Speech Engine token check (elevenlabs_client.speech_engine._auth), on tokens signed here with PyJWT
as the vendor signs them: HS256 keyed with the SHA-256 digest of the API key, its issuer and subject,
issued now for a minute. Each way a token can be wrong is refused with a reason that quotes neither the
token nor the key."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import sys
import time
from typing import Any

import jwt
import pytest
from elevenlabs_client.speech_engine import SpeechEngineAuthError, SpeechEngineResource, verify_speech_engine_jwt
from elevenlabs_client.speech_engine._auth import verify_headers

KEY = "sk_speech_engine_test_key"
ISSUER = "https://api.elevenlabs.io/convai/speech-engine"
SUBJECT = "convai_speech_engine_upstream"


def claims(**changed: Any) -> dict[str, Any]:
    now = int(time.time())
    payload = {"iss": ISSUER, "sub": SUBJECT, "iat": now, "exp": now + 60, **changed}
    return {name: value for name, value in payload.items() if value is not None}


def signed(payload: dict[str, Any], key: str = KEY) -> str:
    # The raw 32-byte digest, as the official SDK keys it (not its hex).
    return jwt.encode(payload, hashlib.sha256(key.encode()).digest(), algorithm="HS256")


def handmade(header: dict[str, Any], payload: dict[str, Any], signature: bytes = b"") -> str:
    def part(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    return ".".join((part(json.dumps(header).encode()), part(json.dumps(payload).encode()), part(signature)))


def refusal(token: str, key: str = KEY) -> str:
    with pytest.raises(SpeechEngineAuthError) as raised:
        verify_speech_engine_jwt(token, key)
    reason = str(raised.value)
    assert token not in reason and key not in reason
    return reason


def test_a_token_the_vendor_signed_for_the_key_passes_with_or_without_bearer() -> None:
    token = signed(claims())
    assert verify_speech_engine_jwt(token, KEY)["sub"] == SUBJECT
    assert verify_speech_engine_jwt(f"Bearer {token}", KEY)["iss"] == ISSUER
    # The key as read from a file, with its newline: the vendor strips it too.
    assert verify_speech_engine_jwt(token, KEY + "\n")["iss"] == ISSUER


def test_the_secret_is_the_raw_digest_not_its_hex() -> None:
    hex_keyed = jwt.encode(claims(), hashlib.sha256(KEY.encode()).hexdigest(), algorithm="HS256")
    assert "signature does not match" in refusal(hex_keyed)


def test_a_token_signed_with_another_key_is_refused() -> None:
    assert refusal(signed(claims(), key="sk_someone_else")) == (
        "the signature does not match: is the server's API key the engine's?"
    )


@pytest.mark.parametrize("algorithm", ["none", "RS256", "HS512"])
def test_a_token_under_another_algorithm_is_refused_whatever_its_signature(algorithm: str) -> None:
    digest = hashlib.sha256(KEY.encode()).digest()
    token = (
        jwt.encode(claims(), digest * 2, algorithm="HS512")
        if algorithm == "HS512"
        else handmade({"alg": algorithm, "typ": "JWT"}, claims(), b"" if algorithm == "none" else b"x" * 256)
    )
    assert refusal(token) == "the token is not signed with HS256"


def test_an_expired_token_is_refused_past_a_minute_of_skew() -> None:
    now = int(time.time())
    assert refusal(signed(claims(iat=now - 300, exp=now - 120))) == "the token has expired"
    # Within the leeway (clocks differ a little), it still passes, as with the official SDK.
    assert verify_speech_engine_jwt(signed(claims(iat=now - 300, exp=now - 10)), KEY)


def test_a_token_not_yet_valid_is_refused() -> None:
    now = int(time.time())
    assert refusal(signed(claims(nbf=now + 600))) == "the token is not valid yet (nbf or iat in the future)"
    assert (
        refusal(signed(claims(iat=now + 600, exp=now + 660))) == "the token is not valid yet (nbf or iat in the future)"
    )
    assert verify_speech_engine_jwt(signed(claims(nbf=now + 10)), KEY)


def test_another_issuer_or_subject_is_refused() -> None:
    assert refusal(signed(claims(iss="https://example.com"))) == f"the token's issuer is not {ISSUER}"
    assert refusal(signed(claims(sub="someone_else"))) == f"the token's subject is not {SUBJECT}"


@pytest.mark.parametrize("claim", ["exp", "iat", "iss", "sub"])
def test_a_token_lacking_a_required_claim_is_refused(claim: str) -> None:
    assert refusal(signed(claims(**{claim: None}))) == f"the token lacks the {claim} claim"


@pytest.mark.parametrize("value", ["", "Bearer ", "not-a-jwt", "a.b.c"])
def test_no_token_or_garbage_is_refused(value: str) -> None:
    with pytest.raises(SpeechEngineAuthError):
        verify_speech_engine_jwt(value, KEY)


def test_headers_are_read_in_any_case_and_a_missing_header_is_refused() -> None:
    token = signed(claims())
    assert verify_headers({"x-elevenlabs-speech-engine-authorization": token}, KEY)
    assert verify_headers({"X-ElevenLabs-Speech-Engine-Authorization": [token]}, KEY)
    with pytest.raises(SpeechEngineAuthError, match="no X-Elevenlabs-Speech-Engine-Authorization header"):
        verify_headers({"authorization": token}, KEY)


def test_verify_request_answers_true_or_false_and_the_key_shows_in_no_repr() -> None:
    engine = SpeechEngineResource("seng_1", api_key=KEY)
    assert engine.verify_request({"X-Elevenlabs-Speech-Engine-Authorization": signed(claims())}) is True
    assert engine.verify_request({"X-Elevenlabs-Speech-Engine-Authorization": signed(claims(), "sk_x")}) is False
    assert engine.verify_request({}) is False
    assert SpeechEngineResource("seng_1").verify_request({"x-elevenlabs-speech-engine-authorization": "t"}) is False
    assert KEY not in repr(engine) and KEY not in str(vars(engine).get("config"))


def test_without_pyjwt_checking_and_making_tokens_name_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from elevenlabs_client.testing import SpeechEngineCaller

    monkeypatch.setitem(sys.modules, "jwt", None)  # as if PyJWT were not installed
    for attempt in (lambda: verify_speech_engine_jwt("a.b.c", KEY), lambda: SpeechEngineCaller(KEY).token()):
        with pytest.raises(ImportError, match=re.escape("pip install 'elevenlabs-client[speech-engine]'")):
            attempt()
