"""Failure behaviour against the fake server's fault switches, over real sockets, sync and async alike.

Every fault asserts the exact exception class a user would catch.
"""

from __future__ import annotations

import email.utils
import logging
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import API_KEY, Driver
from elevenlabs_api.models import UnknownVariant
from elevenlabs_client import (
    APIConnectionError,
    ApiError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ElevenLabs,
    ElevenLabsError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from elevenlabs_client.testing import FakeElevenLabs, Fault

MiB = 1024 * 1024
MakeDriver = Callable[..., Driver]


@pytest.fixture
def fake() -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(history_items=40, conversations=5, api_key=API_KEY) as server:
        yield server


def item_id(fake: FakeElevenLabs, index: int = 0) -> str:
    return str(fake.history[index]["history_item_id"])


def raised(call: Callable[[], Any]) -> BaseException:
    try:
        call()
    except BaseException as error:  # noqa: BLE001  the test inspects whatever it was
        return error
    raise AssertionError("no exception")


def timed(call: Callable[[], Any]) -> float:
    started = time.monotonic()
    call()
    return time.monotonic() - started


# ---- retries ----


def test_429_with_retry_after_is_waited_out(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    drive = make_driver(fake.base_url)
    fake.add_fault(
        Fault(path="/v1/history", status=429, json_body={"detail": "slow down"}, headers={"Retry-After": "1"})
    )
    elapsed = timed(lambda: drive.call(drive.client.history.list))
    assert elapsed >= 1.0
    assert [r.status for r in fake.requests] == [429, 200]


def test_retry_after_ms_and_http_dates_are_honoured(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    drive = make_driver(fake.base_url)
    fake.add_fault(Fault(path="/v1/history", status=503, headers={"retry-after-ms": "1500"}))
    assert timed(lambda: drive.call(drive.client.history.list)) >= 1.4, "longer than the 0.5 s backoff"
    in_two_seconds = email.utils.formatdate(time.time() + 2, usegmt=True)
    fake.add_fault(Fault(path="/v1/history", status=503, headers={"Retry-After": in_two_seconds}))
    assert timed(lambda: drive.call(drive.client.history.list)) >= 0.9  # the date has whole seconds


def test_a_wait_longer_than_a_minute_is_raised_not_slept(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    drive = make_driver(fake.base_url)
    fake.add_fault(Fault(path="/v1/history", status=429, headers={"Retry-After": "120"}))
    started = time.monotonic()
    error = raised(lambda: drive.call(drive.client.history.list))
    assert time.monotonic() - started < 1.0
    assert type(error) is RateLimitError
    assert error.retry_after == 120
    assert len(fake.requests) == 1


def test_503_twice_then_success(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    drive = make_driver(fake.base_url)
    fake.add_fault(Fault(path="/v1/history", status=503, times=2))
    elapsed = timed(lambda: drive.call(drive.client.history.list))
    assert [r.status for r in fake.requests] == [503, 503, 200]
    assert elapsed >= (0.5 + 1.0) * 0.75, "exponential backoff from 0.5 s, at most a quarter off"


def test_retries_run_out_and_the_last_error_is_raised(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    drive = make_driver(fake.base_url)
    fake.add_fault(Fault(path="/v1/history", status=503, times=None))
    error = raised(lambda: drive.call(drive.client.history.list))
    assert type(error) is InternalServerError
    assert len(fake.requests) == 3, "the default: two retries"


def test_max_retries_per_client_and_per_call(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    fake.add_fault(Fault(path="/v1/history", status=502, times=None))
    no_retries = make_driver(fake.base_url, max_retries=0)
    assert type(raised(lambda: no_retries.call(no_retries.client.history.list))) is InternalServerError
    assert len(fake.requests) == 1
    drive = make_driver(fake.base_url, max_retries=5)
    raised(lambda: drive.call(drive.client.history.list, request_options={"max_retries": 1}))
    assert len(fake.requests) == 3
    raised(lambda: drive.call(drive.client.with_options(max_retries=0).history.list))
    assert len(fake.requests) == 4


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (418, ApiError),
        (422, UnprocessableEntityError),
    ],
)
def test_client_errors_have_their_class_and_are_not_retried(
    make_driver: MakeDriver, fake: FakeElevenLabs, status: int, error_class: type[ApiError]
) -> None:
    drive = make_driver(fake.base_url)
    fake.add_fault(Fault(path="/v1/history", status=status, json_body={"detail": []}, headers={"request-id": "req_42"}))
    error = raised(lambda: drive.call(drive.client.history.list))
    assert type(error) is error_class
    assert (error.status_code, error.request_id, error.body) == (status, "req_42", {"detail": []})
    assert len(fake.requests) == 1


@pytest.mark.parametrize("status", [408, 409])
def test_408_and_409_are_retried(make_driver: MakeDriver, fake: FakeElevenLabs, status: int) -> None:
    drive = make_driver(fake.base_url)
    fake.add_fault(Fault(path="/v1/history", status=status))
    drive.call(drive.client.history.list)
    assert [r.status for r in fake.requests] == [status, 200]


# ---- broken connections and timeouts ----


def test_a_reset_mid_body_during_save_leaves_nothing(
    make_driver: MakeDriver, fake: FakeElevenLabs, tmp_path: Path
) -> None:
    drive = make_driver(fake.base_url)
    fake.set_audio_size(item_id(fake), 4 * MiB)
    fake.add_fault(Fault(path=f"/v1/history/{item_id(fake)}/audio", cut_after=MiB, reset=True))
    error = raised(lambda: drive.call(drive.client.history.save_audio, item_id(fake), tmp_path / "a.mp3"))
    assert type(error) is APIConnectionError
    assert list(tmp_path.iterdir()) == [], "no file, no temp file"
    assert len(fake.requests) == 1, "bytes had reached the caller: not retried"


def test_a_stream_that_fails_before_its_first_byte_is_retried(
    make_driver: MakeDriver, fake: FakeElevenLabs, tmp_path: Path
) -> None:
    drive = make_driver(fake.base_url)
    audio = f"/v1/history/{item_id(fake)}/audio"
    fake.add_fault(Fault(path=audio, status=503))
    fake.add_fault(Fault(path=audio, cut_after=0))
    saved = drive.call(drive.client.history.save_audio, item_id(fake), tmp_path / "a.mp3")
    assert saved.read_bytes() == b"".join(fake.audio_chunks(item_id(fake)))
    assert len(fake.requests) == 3


def test_a_truncated_json_body_is_a_connection_error_and_retried(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    drive = make_driver(fake.base_url, max_retries=1)
    fake.add_fault(Fault(path="/v1/history", cut_after=100))
    assert len(drive.call(drive.client.history.list).history) == 40
    fake.add_fault(Fault(path="/v1/history", cut_after=100, times=2))
    assert type(raised(lambda: drive.call(drive.client.history.list))) is APIConnectionError


def test_a_truncated_audio_body_surfaces(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    drive = make_driver(fake.base_url)
    fake.add_fault(Fault(path=f"/v1/history/{item_id(fake)}/audio", cut_after=1000))
    assert type(raised(lambda: drive.chunks(drive.client.history.get_audio, item_id(fake)))) is APIConnectionError


def test_a_server_slower_than_the_timeout(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    drive = make_driver(fake.base_url, timeout=0.5, max_retries=0)
    fake.add_fault(Fault(path="/v1/history", delay=5))
    started = time.monotonic()
    error = raised(lambda: drive.call(drive.client.history.list))
    assert type(error) is APITimeoutError
    assert time.monotonic() - started < 0.5 + 1.0


def test_timeouts_are_retried_and_settable_per_call(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    drive = make_driver(fake.base_url)
    fake.add_fault(Fault(path="/v1/history", delay=5, times=3))
    options = {"timeout": 0.3, "max_retries": 1}
    assert type(raised(lambda: drive.call(drive.client.history.list, request_options=options))) is APITimeoutError
    assert len(fake.requests) == 2


# ---- bodies that are not what they should be ----


def test_an_html_500_is_an_api_error_with_the_text(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    drive = make_driver(fake.base_url, max_retries=0)
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    fake.add_fault(Fault(path="/v1/history", status=500, body=page, headers={"Content-Type": "text/html"}))
    error = raised(lambda: drive.call(drive.client.history.list))
    assert type(error) is InternalServerError
    assert error.body == page and error.status_code == 500


def test_invalid_json_on_a_200_is_a_validation_error_with_the_text(
    make_driver: MakeDriver, fake: FakeElevenLabs
) -> None:
    drive = make_driver(fake.base_url)
    fake.add_fault(Fault(path="/v1/history", status=200, body='{"history": [tru'))
    error = raised(lambda: drive.call(drive.client.history.list))
    assert type(error) is ResponseValidationError
    assert isinstance(error, ApiError) and error.body == '{"history": [tru'
    assert len(fake.requests) == 1


@pytest.mark.parametrize("status", [520, 522, 524, 599])
def test_statuses_outside_the_iana_list_are_api_errors(
    make_driver: MakeDriver, fake: FakeElevenLabs, status: int
) -> None:
    drive = make_driver(fake.base_url, max_retries=0)
    fake.add_fault(Fault(path="/v1/history", status=status, body="origin is unreachable"))
    error = raised(lambda: drive.call(drive.client.history.list))
    assert type(error) is InternalServerError
    assert error.status_code == status


def test_strict_a_missing_required_field_names_the_model_and_the_field(
    make_driver: MakeDriver, fake: FakeElevenLabs
) -> None:
    drive = make_driver(fake.base_url, strict_response_validation=True)
    body = {key: value for key, value in fake.history[0].items() if key != "state"}
    fake.add_fault(Fault(path=f"/v1/history/{item_id(fake)}", status=200, json_body=body))
    error = raised(lambda: drive.call(drive.client.history.get, item_id(fake)))
    assert type(error) is ResponseValidationError
    assert (error.model, error.field) == ("SpeechHistoryItemResponse", "state")
    assert "SpeechHistoryItemResponse" in str(error) and "'state'" in str(error)


@pytest.mark.parametrize(
    ("field", "value", "model", "expected_field"),
    [
        ("dialogue", [{}], "DialogueInputResponseModel", "text"),
        ("feedback", {}, "FeedbackItem", "thumbs_up"),
        ("feedback", "oops", "SpeechHistoryItemResponse", "feedback"),
        ("alignments", {"alignment": 5}, "HistoryAlignmentResponseModel", None),
    ],
)
def test_strict_a_bad_nested_model_is_an_error_not_raw_json(
    make_driver: MakeDriver, fake: FakeElevenLabs, field: str, value: Any, model: str, expected_field: str | None
) -> None:
    """Strict: a `Model | None` field must not keep a value its model rejects (it would fail later, far away)."""
    drive = make_driver(fake.base_url, strict_response_validation=True)
    fake.add_fault(Fault(path=f"/v1/history/{item_id(fake)}", status=200, json_body={**fake.history[0], field: value}))
    error = raised(lambda: drive.call(drive.client.history.get, item_id(fake)))
    assert type(error) is ResponseValidationError
    assert error.model == model
    assert error.field == expected_field


def test_unknown_enum_values_and_fields_are_kept(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    drive = make_driver(fake.base_url)
    body = {**fake.history[0], "source": "Podcasts", "voice_category": "famous", "mood": {"calm": True}}
    fake.add_fault(Fault(path=f"/v1/history/{item_id(fake)}", status=200, json_body=body))
    item = drive.call(drive.client.history.get, item_id(fake))
    assert (item.source, item.voice_category, item["mood"]) == ("Podcasts", "famous", {"calm": True})
    assert item.to_dict() == body


def test_a_kind_added_later_parses_into_unknown_variant(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    drive = make_driver(fake.base_url)
    conversation_id = fake.conversations[0]["conversation_id"]
    body = drive.call(drive.client.conversational_ai.conversations.get, conversation_id).to_dict()
    system = next(r for turn in body["transcript"] for r in turn.get("tool_results") or [] if r.get("type") == "system")
    system["result"] = {"result_type": "hold_music_success", "status": "success", "track": "jazz"}
    fake.add_fault(Fault(path=f"/v1/convai/conversations/{conversation_id}", status=200, json_body=body))
    conversation = drive.call(drive.client.conversational_ai.conversations.get, conversation_id)
    parsed = next(
        r for turn in conversation.transcript for r in turn.tool_results or [] if getattr(r, "type_", None) == "system"
    )
    assert type(parsed.result) is UnknownVariant
    assert parsed.result["track"] == "jazz"
    assert conversation.to_dict() == body


@pytest.mark.parametrize(
    ("result", "field"),
    [
        (
            {"result_type": "transfer_to_agent_success", "status": "success", "to_agent": "b", "condition": "c"},
            "from_agent",
        ),
        ({"result_type": "end_call_success", "status": "sucess"}, None),
    ],
    ids=["required-field-missing", "second-tag-misspelt"],
)
def test_strict_a_known_kind_that_does_not_fit_is_an_error_not_an_unknown_variant(
    make_driver: MakeDriver, fake: FakeElevenLabs, result: dict[str, Any], field: str | None
) -> None:
    drive = make_driver(fake.base_url, strict_response_validation=True)
    conversation_id = fake.conversations[0]["conversation_id"]
    body = drive.call(drive.client.conversational_ai.conversations.get, conversation_id).to_dict()
    system = next(r for turn in body["transcript"] for r in turn.get("tool_results") or [] if r.get("type") == "system")
    system["result"] = result
    fake.add_fault(Fault(path=f"/v1/convai/conversations/{conversation_id}", status=200, json_body=body))
    error = raised(lambda: drive.call(drive.client.conversational_ai.conversations.get, conversation_id))
    assert type(error) is ResponseValidationError
    if field:
        assert (error.model, error.field) == ("TransferToAgentToolResultSuccessModel", field)


def test_by_default_a_missing_required_field_reads_as_none_and_is_logged_once(
    make_driver: MakeDriver, fake: FakeElevenLabs, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from elevenlabs_client import _parsing

    monkeypatch.setattr(_parsing, "_reported", set())  # as in a fresh process (the other driver ran first)
    drive = make_driver(fake.base_url)
    body = {key: value for key, value in fake.history[0].items() if key != "content_type"}
    fake.add_fault(Fault(path=f"/v1/history/{item_id(fake)}", status=200, json_body=body, times=2))
    with caplog.at_level(logging.WARNING, logger="elevenlabs_client"):
        item = drive.call(drive.client.history.get, item_id(fake))
        again = drive.call(drive.client.history.get, item_id(fake))
        assert item.content_type is None
        assert again.content_type is None
    assert item.history_item_id == body["history_item_id"]
    said = [r.getMessage() for r in caplog.records if "SpeechHistoryItemResponse.content_type" in r.getMessage()]
    assert len(said) == 1, "once per model and field"
    assert {k: v for k, v in item.to_dict().items() if k != "content_type"} == body


@pytest.mark.parametrize(
    ("field", "value"),
    [("dialogue", [{}]), ("feedback", {"thumbs_up": "yes?"}), ("feedback", "oops"), ("alignments", {"alignment": 5})],
)
def test_by_default_a_value_that_does_not_fit_is_kept_as_it_came(
    make_driver: MakeDriver, fake: FakeElevenLabs, field: str, value: Any
) -> None:
    drive = make_driver(fake.base_url)
    body = {**fake.history[0], field: value}
    fake.add_fault(Fault(path=f"/v1/history/{item_id(fake)}", status=200, json_body=body))
    item = drive.call(drive.client.history.get, item_id(fake))
    assert item.to_dict() == body, "nothing dropped: to_dict() gives the body back"


def test_by_default_a_known_kind_that_does_not_fit_is_kept_as_it_came(
    make_driver: MakeDriver, fake: FakeElevenLabs
) -> None:
    drive = make_driver(fake.base_url)
    conversation_id = fake.conversations[0]["conversation_id"]
    body = drive.call(drive.client.conversational_ai.conversations.get, conversation_id).to_dict()
    system = next(r for turn in body["transcript"] for r in turn.get("tool_results") or [] if r.get("type") == "system")
    system["result"] = {"result_type": "transfer_to_agent_success", "status": "success"}
    fake.add_fault(Fault(path=f"/v1/convai/conversations/{conversation_id}", status=200, json_body=body))
    conversation = drive.call(drive.client.conversational_ai.conversations.get, conversation_id)
    assert conversation.to_dict() == body


def test_422_carries_the_parsed_detail(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    drive = make_driver(fake.base_url)
    error = raised(lambda: drive.call(drive.client.history.list, page_size=5000))
    assert type(error) is UnprocessableEntityError
    assert error.detail[0]["loc"] == ["query", "page_size"]


# ---- ids ----


@pytest.mark.parametrize(
    ("given", "received"),
    [("a b/c?x", "/v1/history/a%20b%2Fc%3Fx"), ("../../v1/user", "/v1/history/..%2F..%2Fv1%2Fuser")],
)
def test_awkward_ids_are_percent_encoded(
    make_driver: MakeDriver, fake: FakeElevenLabs, given: str, received: str
) -> None:
    drive = make_driver(fake.base_url)
    assert type(raised(lambda: drive.call(drive.client.history.get, given))) is NotFoundError
    assert [r.path for r in fake.requests] == [received]


def test_dot_dot_is_refused_before_sending(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    drive = make_driver(fake.base_url)
    assert type(raised(lambda: drive.call(drive.client.history.get, ".."))) is ValueError
    assert fake.requests == []


# ---- the key ----


def test_a_redirect_to_another_origin_does_not_carry_the_key(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    with FakeElevenLabs(history_items=3, api_key=API_KEY, host="127.0.0.2") as elsewhere:
        drive = make_driver(fake.base_url)
        fake.add_fault(Fault(path="/v1/history", status=307, headers={"Location": f"{elsewhere.base_url}/v1/history"}))
        assert type(raised(lambda: drive.call(drive.client.history.list))) is AuthenticationError
        assert [r.path for r in elsewhere.requests] == ["/v1/history"]
        assert "xi-api-key" not in elsewhere.requests[0].headers


def test_a_redirect_within_the_origin_keeps_the_key(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    drive = make_driver(fake.base_url)
    fake.add_fault(
        Fault(path=f"/v1/history/{item_id(fake)}", status=308, headers={"Location": f"/v1/history/{item_id(fake, 1)}"})
    )
    assert drive.call(drive.client.history.get, item_id(fake)).history_item_id == item_id(fake, 1)
    assert fake.requests[1].headers["xi-api-key"] == API_KEY


SECRET = "sk-secret-5f3a9c1e7b"


def texts_of(error: BaseException) -> Iterator[str]:
    """Everything a user or an error reporter sees of an exception: its text, attributes and our frames' locals."""
    yield str(error)
    yield repr(error)
    for value in vars(error).values():
        yield repr(value)
    response = getattr(error, "response", None)
    if response is not None:
        for request in (response.request, response.next_request, *(r.request for r in response.history)):
            if request is not None:
                yield repr(dict(request.headers))
    cause = error.__cause__
    if cause is not None:
        yield repr(cause)
        request = getattr(cause, "_request", None)
        if request is not None:
            yield repr(dict(request.headers))
    frame = error.__traceback__
    while frame is not None:
        if "elevenlabs_client" in frame.tb_frame.f_code.co_filename:
            yield from (repr(value) for value in frame.tb_frame.f_locals.values())
        frame = frame.tb_next


def test_the_key_is_in_no_error_and_no_log(
    driver_class: type[Driver], fake: FakeElevenLabs, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with FakeElevenLabs(history_items=3, api_key=SECRET) as server, FakeElevenLabs(host="127.0.0.2") as elsewhere:
        drive = driver_class(server.base_url)
        drive.client = type(drive.client)(api_key=SECRET, base_url=server.base_url, timeout=0.5)
        try:
            # Each call meets only its own fault, on every attempt (times=None): with counted faults, an
            # attempt the client gave up on (0.5 s timeout on a loaded machine) could use up a later one.
            faults = [
                Fault(path="/v1/history", status=503, times=None),
                Fault(path="/v1/history", status=429, headers={"Retry-After": "600"}, times=None),
                Fault(path="/v1/history", status=200, body="not json", times=None),
                Fault(path="/v1/history", cut_after=10, times=None),
                Fault(
                    path="/v1/history",
                    status=307,
                    headers={"Location": f"{elsewhere.base_url}/v1/history"},
                    times=None,  # a retried attempt (the other host slower than 0.5 s) meets it again
                ),
                Fault(path="/v1/history", status=302, headers={"Location": "/v1/history"}, times=None),
                Fault(path="/v1/history", delay=2, times=None),
            ]
            errors = []
            for fault in faults:
                server.wait_for_idle()
                server.clear_faults()
                server.add_fault(fault)
                errors.append(raised(lambda: drive.call(drive.client.history.list)))
            server.clear_faults()
            errors.append(raised(lambda: drive.call(drive.client.history.get, "missing")))
            refused = type(drive.client)(api_key=SECRET, base_url="http://127.0.0.1:9", max_retries=0)
            errors.append(raised(lambda: drive.call(refused.history.list)))
        finally:
            drive.close()
    assert len(errors) == 9 and all(isinstance(error, ElevenLabsError) for error in errors)
    assert any("retrying" in record.getMessage() for record in caplog.records)
    for error in errors:
        for text in texts_of(error):
            assert SECRET not in text, type(error).__name__
    for record in caplog.records:
        assert SECRET not in record.getMessage()
    for client in (drive.client, drive.client.history, drive.client.history._requester):
        assert SECRET not in repr(client) and SECRET not in str(client)


@pytest.mark.parametrize("key", ["sk-abc\n", " sk-abc", "sk-äbc"])
def test_a_malformed_key_is_refused_without_showing_it(key: str) -> None:
    with pytest.raises(ElevenLabsError) as error:
        ElevenLabs(api_key=key)
    assert "sk-" not in str(error.value)


def test_debug_logging_from_the_environment(fake: FakeElevenLabs) -> None:
    script = (
        "from elevenlabs_client import ElevenLabs\n"
        f"client = ElevenLabs(api_key={API_KEY!r}, base_url={fake.base_url!r})\n"
        "client.history.list(page_size=5)\n"
    )
    fake.add_fault(Fault(path="/v1/history", status=503))
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        env={"ELEVENLABS_LOG": "debug", "PATH": "/usr/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert "elevenlabs_client INFO retrying GET" in result.stderr
    assert "GET /v1/history -> 200 in" in result.stderr
    assert API_KEY not in result.stderr
