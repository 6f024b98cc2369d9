"""Webhook signatures: headers made by hand the way the vendor documents them (not with `sign`, so the two
sides cannot share a mistake), every way a delivery can fail, the client methods, and the receiver of
docs/user/webhooks.md over a real socket."""

from __future__ import annotations

import hashlib
import hmac
import inspect
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import httpx
import pytest
from conftest import API_KEY
from doc_examples import ROOT, Example, examples, run
from elevenlabs_client import (
    ApiError,
    AsyncElevenLabs,
    BodyNotJSONError,
    BodyNotUTF8Error,
    ElevenLabs,
    ElevenLabsError,
    InvalidTimestampError,
    MalformedSignatureError,
    MissingSignatureError,
    SignatureMismatchError,
    TimestampOutsideToleranceError,
    WebhookSecretError,
    WebhookVerificationError,
    construct_event,
    webhooks,
)

SECRET = "wsec_0123456789abcdefSECRET"
NOW = 1_790_000_000
BODY = json.dumps({"type": "post_call_transcription", "data": {"conversation_id": "conv_1", "said": "Grüße"}}).encode()


def vendor_signature(body: bytes, secret: str = SECRET, timestamp: int = NOW) -> str:
    """The hex HMAC-SHA256, keyed by the secret, of "<t>.<body>"."""
    return hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def vendor_header(body: bytes = BODY, secret: str = SECRET, timestamp: int = NOW) -> str:
    return f"t={timestamp},v0={vendor_signature(body, secret, timestamp)}"


def test_a_signed_body_gives_the_parsed_event_from_bytes_or_text() -> None:
    expected = json.loads(BODY)
    assert construct_event(BODY, vendor_header(), SECRET, now=NOW) == expected
    # Text is signed as its UTF-8 bytes, non-ASCII included.
    assert construct_event(BODY.decode(), vendor_header(), SECRET, now=NOW) == expected


def test_sign_makes_the_header_the_vendor_sends() -> None:
    assert webhooks.sign(BODY, SECRET, timestamp=NOW) == vendor_header()
    assert webhooks.sign(BODY.decode(), SECRET, timestamp=NOW) == vendor_header()
    # Without a timestamp it signs now, which passes the default tolerance.
    assert construct_event(BODY, webhooks.sign(BODY, SECRET), SECRET) == json.loads(BODY)


def test_no_api_key_is_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ELEVENLABS_API_KEY", raising=False)
    assert construct_event(BODY, vendor_header(), SECRET, now=NOW)["type"] == "post_call_transcription"


@pytest.mark.parametrize("answer", [True, False])
def test_compare_digest_is_what_decides(monkeypatch: pytest.MonkeyPatch, answer: bool) -> None:
    calls: list[tuple[bytes, bytes]] = []

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return answer

    monkeypatch.setattr(webhooks, "compare_digest", spy)
    # A good signature when compare_digest says no, and a forged one when it says yes: only its answer counts.
    header = vendor_header() if not answer else f"t={NOW},v0={'0' * 64}"
    if answer:
        assert construct_event(BODY, header, SECRET, now=NOW) == json.loads(BODY)
    else:
        with pytest.raises(SignatureMismatchError):
            construct_event(BODY, header, SECRET, now=NOW)
    assert calls and calls[0][0] == vendor_signature(BODY).encode()


@pytest.mark.parametrize("offset", [-1800, -1, 0, 1, 1800])
def test_timestamps_within_the_tolerance_pass(offset: int) -> None:
    assert construct_event(BODY, vendor_header(timestamp=NOW + offset), SECRET, now=NOW)


@pytest.mark.parametrize("offset", [-1801, 1801, -86400, 86400 * 365])
def test_timestamps_outside_the_tolerance_fail_in_either_direction(offset: int) -> None:
    with pytest.raises(TimestampOutsideToleranceError) as caught:
        construct_event(BODY, vendor_header(timestamp=NOW + offset), SECRET, now=NOW)
    assert caught.value.timestamp == NOW + offset
    assert ("future" in str(caught.value)) == (offset > 0)


def test_the_tolerance_is_configurable_and_defaults_to_the_clock() -> None:
    header = vendor_header(timestamp=NOW + 60)
    assert construct_event(BODY, header, SECRET, now=NOW, tolerance=60)
    with pytest.raises(TimestampOutsideToleranceError):
        construct_event(BODY, header, SECRET, now=NOW, tolerance=59)
    with pytest.raises(TimestampOutsideToleranceError):  # NOW is in 2026; real time is far from it
        construct_event(BODY, vendor_header(timestamp=int(time.time()) - 3600), SECRET)
    assert construct_event(BODY, vendor_header(timestamp=int(time.time()) - 3600), SECRET, tolerance=3700)
    with pytest.raises(ValueError):
        construct_event(BODY, vendor_header(), SECRET, now=NOW, tolerance=-1)


def test_any_of_several_v0_signatures_may_match_and_other_schemes_are_skipped() -> None:
    good = vendor_signature(BODY)
    old = vendor_signature(BODY, secret="wsec_old")
    for header in (
        f"t={NOW},v0={old},v0={good}",
        f"t={NOW},v0={good},v0={old}",
        f"v0={good}, t={NOW}",  # any order, spaces after commas
        f"t={NOW},v1=whatever,v0={good},",
    ):
        assert construct_event(BODY, header, SECRET, now=NOW) == json.loads(BODY), header
    with pytest.raises(SignatureMismatchError):
        construct_event(BODY, f"t={NOW},v0={old},v0={'f' * 64}", SECRET, now=NOW)
    with pytest.raises(MalformedSignatureError):  # a scheme this code does not know cannot stand alone
        construct_event(BODY, f"t={NOW},v1={good}", SECRET, now=NOW)


GOOD = vendor_signature(BODY)
FAILURES: list[tuple[str, bytes, str | None, type[WebhookVerificationError]]] = [
    ("no header", BODY, None, MissingSignatureError),
    ("empty header", BODY, "", MissingSignatureError),
    ("blank header", BODY, "  ", MissingSignatureError),
    ("not key=value", BODY, f"t={NOW};v0={GOOD}", MalformedSignatureError),
    ("garbage", BODY, "garbage", MalformedSignatureError),
    ("no timestamp", BODY, f"v0={GOOD}", MalformedSignatureError),
    ("two timestamps", BODY, f"t={NOW},t={NOW},v0={GOOD}", MalformedSignatureError),
    ("no signature", BODY, f"t={NOW}", MalformedSignatureError),
    ("word timestamp", BODY, f"t=yesterday,v0={GOOD}", InvalidTimestampError),
    ("empty timestamp", BODY, f"t=,v0={GOOD}", InvalidTimestampError),
    ("fractional timestamp", BODY, f"t={NOW}.5,v0={GOOD}", InvalidTimestampError),
    ("negative timestamp", BODY, f"t=-{NOW},v0={GOOD}", InvalidTimestampError),
    ("other script's digits", BODY, f"t=١٧٩٠٠٠٠٠٠٠,v0={GOOD}", InvalidTimestampError),
    ("5000 digits", BODY, f"t={'9' * 5000},v0={GOOD}", InvalidTimestampError),
    ("stale", BODY, vendor_header(timestamp=NOW - 7200), TimestampOutsideToleranceError),
    ("future", BODY, vendor_header(timestamp=NOW + 7200), TimestampOutsideToleranceError),
    ("tampered body", BODY.replace(b"conv_1", b"conv_2"), vendor_header(), SignatureMismatchError),
    ("wrong secret", BODY, vendor_header(secret="wsec_other"), SignatureMismatchError),
    ("signed for another time", BODY, f"t={NOW + 1},v0={GOOD}", SignatureMismatchError),
    ("non-ASCII signature", BODY, f"t={NOW},v0=é{GOOD[1:]}", SignatureMismatchError),
    ("latin-1 body", "Grüße".encode("latin-1"), vendor_header("Grüße".encode("latin-1")), BodyNotUTF8Error),
    ("not JSON", b"ok", vendor_header(b"ok"), BodyNotJSONError),
    ("empty body", b"", vendor_header(b""), BodyNotJSONError),
    ("a JSON list", b"[1, 2]", vendor_header(b"[1, 2]"), BodyNotJSONError),
    ("nested too deep", b"[" * 100_000, vendor_header(b"[" * 100_000), BodyNotJSONError),
]


@pytest.mark.parametrize(("body", "header", "error"), [case[1:] for case in FAILURES], ids=[c[0] for c in FAILURES])
def test_each_failure_has_its_own_class_and_quotes_no_secret(
    body: bytes, header: str | None, error: type[WebhookVerificationError]
) -> None:
    with pytest.raises(ElevenLabsError) as caught:
        construct_event(body, header, SECRET, now=NOW)
    assert type(caught.value) is error
    assert isinstance(caught.value, WebhookVerificationError)
    assert not isinstance(caught.value, (ApiError, ValueError, UnicodeError))
    # Nothing from inside is chained on: the traceback shows this library's message only.
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None or caught.value.__suppress_context__
    told = f"{caught.value} {caught.value!r} {caught.value.args}"
    assert SECRET not in told
    assert vendor_signature(body) not in told  # the expected signature would let anyone forge this delivery


def test_a_text_body_that_is_not_utf8_is_that_error_too() -> None:
    raw = b'{"said": "Gr\xfc\xdfe"}'  # latin-1 bytes, signed as they came
    # A framework that decoded them with surrogateescape gives text that turns back into the signed bytes.
    with pytest.raises(BodyNotUTF8Error):
        construct_event(raw.decode("utf-8", "surrogateescape"), vendor_header(raw), SECRET, now=NOW)
    with pytest.raises(BodyNotUTF8Error):  # text no encoding can turn into bytes
        construct_event('{"said": "\ud800"}', vendor_header(raw), SECRET, now=NOW)


def test_the_failure_classes_are_all_distinct_and_exported() -> None:
    classes = {case[3] for case in FAILURES}
    assert len(classes) == 7
    import elevenlabs_client

    for cls in classes | {WebhookVerificationError, WebhookSecretError}:
        assert getattr(elevenlabs_client, cls.__name__) is cls
        assert cls.__name__ in elevenlabs_client.__all__
        assert cls.__doc__


@pytest.mark.parametrize("secret", ["", SECRET + "\n", " " + SECRET])
def test_an_empty_or_unstripped_secret_is_the_receivers_error(secret: str) -> None:
    for call in (
        lambda: construct_event(BODY, vendor_header(), secret, now=NOW),
        lambda: webhooks.sign(BODY, secret),
    ):
        with pytest.raises(WebhookSecretError) as caught:
            call()
        # Not a verification error: a receiver answering those with 4xx must not hide its own misconfiguration.
        assert not isinstance(caught.value, WebhookVerificationError)
        assert isinstance(caught.value, ElevenLabsError)
        if secret:
            assert SECRET not in f"{caught.value} {caught.value!r}"


@pytest.mark.parametrize("client_class", [ElevenLabs, AsyncElevenLabs])
def test_the_client_has_construct_event_beside_the_generated_operations(
    client_class: type[ElevenLabs | AsyncElevenLabs],
) -> None:
    group = client_class(api_key=API_KEY).webhooks
    for operation in ("list", "create", "delete", "update"):
        assert callable(getattr(group, operation)), operation
    # No I/O, so a plain method on the async client too (as in the official SDK); its names work as keywords.
    assert not inspect.iscoroutinefunction(group.construct_event)
    assert group.construct_event(rawBody=BODY, sig_header=vendor_header(), secret=SECRET, now=NOW) == json.loads(BODY)
    assert group.construct_event(BODY.decode(), vendor_header(), SECRET, now=NOW) == json.loads(BODY)
    with pytest.raises(TimestampOutsideToleranceError):
        group.construct_event(BODY, vendor_header(), SECRET)  # the clock is far from NOW
    with pytest.raises(SignatureMismatchError):
        group.construct_event(BODY, vendor_header(secret="wsec_other"), SECRET, now=NOW)


def readme_receiver() -> Example:
    """The receiver of docs/user/webhooks.md."""
    found = examples("<!-- run by tests/test_webhooks.py -->")
    assert [example.page.relative_to(ROOT).as_posix() for example in found] == ["docs/user/webhooks.md"]
    return found[0]


@pytest.fixture
def receiver(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The docs' receiver, as written, on a loopback port."""
    monkeypatch.setenv("ELEVENLABS_WEBHOOK_SECRET", SECRET)
    namespace: dict[str, Any] = {"__name__": "__readme__"}  # not __main__: the test serves it on its own port
    run(readme_receiver(), namespace)
    handler: type[BaseHTTPRequestHandler] = namespace["Receiver"]
    monkeypatch.setattr(handler, "log_message", lambda *args: None)  # keep the test output quiet
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/webhook"
    server.shutdown()
    server.server_close()


def test_the_readme_receiver_verifies_deliveries_over_a_socket(
    receiver: str, capsys: pytest.CaptureFixture[str]
) -> None:
    now = int(time.time())

    def post(body: bytes, header: str | None) -> int:
        headers = {"Content-Type": "application/json"} | ({"ElevenLabs-Signature": header} if header else {})
        return httpx.post(receiver, content=body, headers=headers, timeout=10).status_code

    assert post(BODY, vendor_header(timestamp=now)) == 200
    assert "received post_call_transcription" in capsys.readouterr().out
    tampered = BODY.replace(b"conv_1", b"conv_2")
    assert post(tampered, vendor_header(timestamp=now)) == 400
    assert post(BODY, vendor_header(secret="wsec_other", timestamp=now)) == 400
    assert post(BODY, vendor_header(timestamp=now - 3600)) == 400
    assert post(BODY, vendor_header(timestamp=now + 3600)) == 400
    assert post(BODY, None) == 400
    assert "received" not in capsys.readouterr().out  # none of the refused ones reached the handler's code


def test_a_nan_tolerance_is_refused_like_a_negative_one() -> None:
    # NaN compares false with everything, so `abs(now - when) > nan` never fired and any timestamp passed.
    for tolerance in (float("nan"), -1.0):
        with pytest.raises(ValueError, match="tolerance"):
            construct_event(BODY, vendor_header(timestamp=NOW - 86400 * 365), SECRET, now=NOW, tolerance=tolerance)


def test_a_secret_utf8_cannot_encode_is_the_receivers_error() -> None:
    secret = "wsec_\ud800"  # a lone surrogate, e.g. from bytes decoded with surrogateescape
    for call in (
        lambda: construct_event(BODY, vendor_header(), secret, now=NOW),
        lambda: webhooks.sign(BODY, secret),
    ):
        with pytest.raises(WebhookSecretError) as caught:
            call()
        assert secret not in f"{caught.value} {caught.value!r}"
        assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_a_body_that_is_neither_bytes_nor_text_is_a_type_error() -> None:
    # bytes(5) would be five zero bytes, and bytes([..]) of a list its items: neither is what arrived.
    for body in (5, [123, 125], None):
        with pytest.raises(TypeError, match=type(body).__name__):
            construct_event(body, vendor_header(), SECRET, now=NOW)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match=type(body).__name__):
            webhooks.sign(body, SECRET)  # type: ignore[arg-type]
    # The bytes-like types a framework may hand over are still read as the bytes they hold.
    for held in (bytearray(BODY), memoryview(BODY)):
        assert construct_event(held, vendor_header(), SECRET, now=NOW) == json.loads(BODY)
