"""JSON bodies are decoded by orjson where it is installed, and by json.loads whatever orjson refuses or would
read otherwise (integers past 64 bits), over real sockets, sync and async: a user gets what json.loads would
give, only sooner."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator

import pytest
from conftest import API_KEY, Driver
from elevenlabs_client import ResponseValidationError
from elevenlabs_client.testing import FakeElevenLabs, Fault

MakeDriver = Callable[..., Driver]


@pytest.fixture
def fake() -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(history_items=3, conversations=1, api_key=API_KEY) as server:
        yield server


def serve(fake: FakeElevenLabs, body: bytes) -> str:
    item_id = str(fake.history[0]["history_item_id"])
    fake.add_fault(
        Fault(path=f"/v1/history/{item_id}", status=200, body=body, headers={"Content-Type": "application/json"})
    )
    return item_id


def test_orjson_decodes_the_bodies(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    orjson = pytest.importorskip("orjson")
    from elevenlabs_api import types

    drive = make_driver(fake.base_url)
    item = drive.call(drive.client.history.get, str(fake.history[0]["history_item_id"]))
    assert item.to_dict() == fake.history[0]
    assert types._decoder is orjson.loads


@pytest.mark.parametrize(
    ("extra", "check"),
    [
        (b"NaN", math.isnan),  # orjson refuses NaN and Infinity, which json.loads reads
        (b"-Infinity", lambda value: value == -math.inf),
        # orjson would read these as floats (2**64 + 1 becomes 1.8446744073709552e19)
        (str(2**64 + 1).encode(), lambda value: type(value) is int and value == 2**64 + 1),
        (str(-(2**63) - 1).encode(), lambda value: type(value) is int and value == -(2**63) - 1),
        (b'"\\ud800"', lambda value: value == "\ud800"),  # a lone surrogate
    ],
    ids=["nan", "infinity", "past-2**64", "below-minus-2**63", "lone-surrogate"],
)
def test_what_orjson_refuses_json_loads_reads(
    make_driver: MakeDriver, fake: FakeElevenLabs, extra: bytes, check: Callable[[object], bool]
) -> None:
    drive = make_driver(fake.base_url)
    body = json.dumps(fake.history[0]).encode()[:-1] + b', "extra": ' + extra + b"}"
    item = drive.call(drive.client.history.get, serve(fake, body))
    assert item.history_item_id == fake.history[0]["history_item_id"]
    assert check(item["extra"])


def test_a_utf16_body_is_read(make_driver: MakeDriver, fake: FakeElevenLabs) -> None:
    drive = make_driver(fake.base_url)
    item = drive.call(drive.client.history.get, serve(fake, json.dumps(fake.history[0]).encode("utf-16")))
    assert item.to_dict() == fake.history[0]


def test_a_body_neither_reads_is_a_validation_error_in_json_loads_words(
    make_driver: MakeDriver, fake: FakeElevenLabs
) -> None:
    drive = make_driver(fake.base_url)
    with pytest.raises(ResponseValidationError, match="not valid JSON") as caught:
        drive.call(drive.client.history.get, serve(fake, b'{"history_item_id": '))
    assert isinstance(caught.value.__cause__, json.JSONDecodeError)
    assert type(caught.value.__cause__).__module__ == "json.decoder", "json.loads's error, not orjson's"
