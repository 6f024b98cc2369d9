"""Models read their fields on first use in the default mode (_tables.Lazy), over real sockets, sync and async:
a deviation is logged when its field is read, the third field read reads the rest, and a lazy model is
equal to, prints like and round-trips like the whole model strict mode builds from the same body."""

from __future__ import annotations

import copy
import logging
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import API_KEY, Driver
from elevenlabs_api.types import PARSING, Parsing
from elevenlabs_client.testing import FakeElevenLabs, Fault

ROOT = Path(__file__).resolve().parent.parent
MakeDriver = Callable[..., Driver]


@pytest.fixture
def fake() -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(history_items=12, conversations=1, api_key=API_KEY) as server:
        yield server


def serve_item(fake: FakeElevenLabs, **changes: Any) -> tuple[str, dict[str, Any]]:
    """The first history item's id, and the body `GET /v1/history/{id}` now answers: the item with `changes`."""
    item_id = str(fake.history[0]["history_item_id"])
    body = {**fake.history[0], **changes}
    fake.add_fault(Fault(path=f"/v1/history/{item_id}", status=200, json_body=body, times=10))
    return item_id, body


def said(caplog: pytest.LogCaptureFixture, field: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if f"SpeechHistoryItemResponse.{field}:" in r.getMessage()]


@pytest.fixture(autouse=True)
def fresh_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    """Deviations are logged once per process; each test starts as a fresh process would."""
    from elevenlabs_client import _parsing

    monkeypatch.setattr(_parsing, "_reported", set())


def test_a_deviation_is_logged_when_its_field_is_first_read(
    make_driver: MakeDriver, fake: FakeElevenLabs, caplog: pytest.LogCaptureFixture
) -> None:
    drive = make_driver(fake.base_url)
    item_id, body = serve_item(fake, feedback="oops")
    with caplog.at_level(logging.WARNING, logger="elevenlabs_client"):
        item = drive.call(drive.client.history.get, item_id)
        assert item.history_item_id == body["history_item_id"]
        assert said(caplog, "feedback") == [], "not read yet"
        assert item.feedback == "oops", "kept as it came"
        assert len(said(caplog, "feedback")) == 1
        assert item.feedback == "oops"
    assert len(said(caplog, "feedback")) == 1, "once"


def test_the_third_field_read_reads_the_rest(
    make_driver: MakeDriver, fake: FakeElevenLabs, caplog: pytest.LogCaptureFixture
) -> None:
    drive = make_driver(fake.base_url)
    item_id, body = serve_item(fake, feedback="oops", dialogue="not a list")
    with caplog.at_level(logging.WARNING, logger="elevenlabs_client"):
        item = drive.call(drive.client.history.get, item_id)
        assert (item.history_item_id, item.text) == (body["history_item_id"], body["text"])
        assert said(caplog, "feedback") == said(caplog, "dialogue") == []
        assert item.voice_id == body["voice_id"]
        assert len(said(caplog, "feedback")) == len(said(caplog, "dialogue")) == 1


@pytest.mark.parametrize("reads", [0, 1, 2, 3])
def test_a_field_set_before_the_rest_are_read_is_kept(
    make_driver: MakeDriver, fake: FakeElevenLabs, reads: int
) -> None:
    drive = make_driver(fake.base_url)
    item_id, body = serve_item(fake)
    item = drive.call(drive.client.history.get, item_id)
    for name in ("history_item_id", "voice_id", "date_unix")[:reads]:
        assert getattr(item, name) == body[name]
    item.text = "changed"
    item.voice_name = None
    assert item.to_dict() == {**body, "text": "changed", "voice_name": None}
    assert item.text == "changed"


def test_a_lazy_model_equals_prints_and_round_trips_as_the_whole_one(
    make_driver: MakeDriver, fake: FakeElevenLabs
) -> None:
    lazy_drive, whole_drive = make_driver(fake.base_url), make_driver(fake.base_url, strict_response_validation=True)
    conversation_id = fake.conversations[0]["conversation_id"]
    get = "conversational_ai.conversations.get"

    def fetch(drive: Driver) -> Any:
        method: Any = drive.client
        for name in get.split("."):
            method = getattr(method, name)
        return drive.call(method, conversation_id)

    lazy, whole = fetch(lazy_drive), fetch(whole_drive)
    assert lazy == whole
    assert fetch(lazy_drive) == fetch(lazy_drive)
    assert repr(fetch(lazy_drive)) == repr(whole)
    assert fetch(lazy_drive).to_dict() == whole.to_dict()
    assert pickle.loads(pickle.dumps(fetch(lazy_drive))) == whole
    assert copy.deepcopy(fetch(lazy_drive)) == whole
    assert copy.copy(fetch(lazy_drive)).to_dict() == whole.to_dict()


def test_a_page_reads_only_what_is_used_of_each_item(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    drive = make_driver(fake.base_url)
    page = drive.call(drive.client.history.list, page_size=10)
    items = page.history
    assert [item.history_item_id for item in items] == [h["history_item_id"] for h in fake.history[:10]]
    # What the item has read is in its __dict__ (a LazyField only acts on what is missing there).
    assert all(set(vars(item)) == {"_lazy", "history_item_id"} for item in items)
    assert items[0].to_dict() == fake.history[0]
    assert items[0]._lazy is None, "read whole, the body is let go"


def test_threads_reading_one_lazy_model_see_the_same_fields(fake: FakeElevenLabs) -> None:
    from elevenlabs_client import ElevenLabs

    with ElevenLabs(api_key=API_KEY, base_url=fake.base_url) as client:
        items = client.history.list(page_size=12).history
    names = ["history_item_id", "voice_id", "text", "date_unix", "model_id", "state"]
    seen: list[list[Any]] = []
    start = threading.Barrier(8)

    def read() -> None:
        start.wait()
        seen.append([[getattr(item, name) for name in names] for item in items])

    threads = [threading.Thread(target=read) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    expected = [[h[name] for name in names] for h in fake.history[:12]]
    assert seen == [expected] * 8


def test_a_tag_that_does_not_match_fails_the_parse_not_a_later_read() -> None:
    from elevenlabs_api.models.conversation_history_transcript_system_tool_result_common_model import (
        ConversationHistoryTranscriptSystemToolResultCommonModel as Tagged,
    )

    tag, value = Tagged._kind
    token = PARSING.set(Parsing(False, lambda *_: None))
    try:
        assert Tagged.from_dict({tag: value}).type_ == value
        with pytest.raises(ValueError, match=tag):
            Tagged.from_dict({tag: "something else"})
    finally:
        PARSING.reset(token)


def test_type_checkers_still_see_a_misspelled_field(tmp_path: Path) -> None:
    snippet = tmp_path / "misspelled.py"
    snippet.write_text(
        "from elevenlabs_api.models.voice import Voice\n\n\n"
        "def name_of(voice: Voice) -> object:\n    return voice.nmae\n"
    )
    # No cache written: nothing reads it (--no-incremental), and test workers must not share one.
    mypy = [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-incremental"]
    result = subprocess.run(
        [*mypy, f"--cache-dir={os.devnull}", str(snippet)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert '"Voice" has no attribute "nmae"' in result.stdout, result.stdout + result.stderr


def test_a_field_read_before_the_rest_stays_the_object_it_was(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    drive = make_driver(fake.base_url)
    item_id, body = serve_item(fake)
    item = drive.call(drive.client.history.get, item_id)
    settings = item.settings
    assert settings is not None
    settings["seen"] = True  # kept with the object, so it must survive the rest being read
    assert (item.history_item_id, item.voice_id) == (body["history_item_id"], body["voice_id"])
    assert item.settings is settings
    assert item.to_dict()["settings"] == {**body["settings"], "seen": True}


@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict"])
def test_a_missing_required_nullable_model_field_is_missing_not_a_sentinel(strict: bool) -> None:
    from elevenlabs_api.models.asset_transcription import AssetTranscription

    body = {"status": "failed", "updated_at_ms": 1}  # lacks "data", required (a model or null)
    reported: list[tuple[str, str, str]] = []
    token = PARSING.set(Parsing(strict, lambda *said: reported.append(said)))
    try:
        if strict:
            with pytest.raises(KeyError, match="data"):
                AssetTranscription.from_dict(body)
            return
        model = AssetTranscription.from_dict(body)
        assert model.to_dict() == body
        assert model.data is None
        assert [said[:2] for said in reported] == [("AssetTranscription", "data")]
    finally:
        PARSING.reset(token)
