"""The small value classes made at import (`RawResponse`, `Paging`, `ServerSentEvent`, `File`, `Response`,
`Parsing`, the client's `Settings` and `Extras`) behave as the dataclasses they replaced: made by position or
keyword, shown, compared and hashed by their fields, frozen where they were frozen, copied and pickled whole."""

from __future__ import annotations

import copy
import dataclasses
import io
import pickle
from typing import Any

import httpx
import pytest
from elevenlabs_api.api import Paging, RawResponse, ServerSentEvent
from elevenlabs_api.types import File, FrozenRecord, Parsing, Record, Response
from elevenlabs_client._settings import Extras, Settings


def report(model: str, field: str, problem: str) -> None:
    pass


PAYLOAD = io.BytesIO(b"audio")
HEADERS = httpx.Headers({"request-id": "r1"})
# Each class with the fields it is made of, in its __init__'s order, and whether it is frozen.
RECORDS: list[tuple[type[Record], dict[str, Any], bool]] = [
    (
        RawResponse,
        {"data": [1], "status_code": 200, "headers": HEADERS, "method": "GET", "url": "http://h/v1/history"},
        True,
    ),
    (
        Paging,
        {"kind": "cursor", "parameter": "cursor", "items": "items", "next": "next_cursor", "more": None, "start": 0},
        True,
    ),
    (ServerSentEvent, {"event": "message", "data": {"a": 1}, "id": "7", "retry": 3000}, True),
    (Parsing, {"strict": True, "report": report}, True),
    (Extras, {"headers": {"x-a": "1"}, "query": {}, "body": {"b": 2}}, True),
    (Settings, {"timeout": httpx.Timeout(5.0), "max_retries": 2, "strict": False, "raw": True, "extras": None}, True),
    (File, {"payload": PAYLOAD, "file_name": "a.mp3", "mime_type": "audio/mpeg"}, False),
    (Response, {"status_code": 200, "content": b"{}", "headers": {"a": "b"}, "parsed": None}, False),
]
IDS = [cls.__name__ for cls, _, _ in RECORDS]


@pytest.mark.parametrize(("cls", "fields", "frozen"), RECORDS, ids=IDS)
def test_a_record_is_made_by_position_or_keyword_and_shows_its_fields_in_order(
    cls: type[Record], fields: dict[str, Any], frozen: bool
) -> None:
    by_position, by_keyword = cls(*fields.values()), cls(**fields)
    assert by_position == by_keyword
    assert [getattr(by_keyword, name) for name in fields] == list(fields.values())
    shown = ", ".join(f"{name}={value!r}" for name, value in fields.items())
    assert repr(by_keyword) == f"{cls.__name__}({shown})"
    assert not hasattr(by_keyword, "__dict__")  # slotted: no attribute can be added by mistake


@pytest.mark.parametrize(("cls", "fields", "frozen"), RECORDS, ids=IDS)
def test_a_record_matches_class_patterns_by_position_as_a_dataclass_did(
    cls: type[Record], fields: dict[str, Any], frozen: bool
) -> None:
    assert getattr(cls, "__match_args__", None) == tuple(fields)
    match Response(200, b"{}", {}, None):
        case Response(status, content, _, None):  # type: ignore[misc]  # set at run time (types.Record)
            assert (status, content) == (200, b"{}")
        case _:
            pytest.fail("a Response did not match its own fields by position")


@pytest.mark.parametrize(("cls", "fields", "frozen"), RECORDS, ids=IDS)
def test_records_are_equal_when_their_fields_are(cls: type[Record], fields: dict[str, Any], frozen: bool) -> None:
    record = cls(**fields)
    assert record == cls(**fields)
    first = next(iter(fields))
    assert record != cls(**{**fields, first: "something else"})
    assert record != tuple(fields.values())  # not a tuple, and not equal to one

    class Other(cls):  # type: ignore[valid-type, misc]
        __slots__ = ()

    assert record != Other(**fields)  # as a dataclass: another class is never equal


@pytest.mark.parametrize(
    ("cls", "fields", "frozen"), [r for r in RECORDS if r[2]], ids=[i for i, r in zip(IDS, RECORDS) if r[2]]
)
def test_a_frozen_record_refuses_assignment_as_a_frozen_dataclass_did(
    cls: type[FrozenRecord], fields: dict[str, Any], frozen: bool
) -> None:
    record = cls(**fields)
    name = next(iter(fields))
    with pytest.raises(dataclasses.FrozenInstanceError, match=name):
        setattr(record, name, "changed")
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(record, name)
    with pytest.raises(AttributeError):  # FrozenInstanceError is one: code catching that keeps working
        record.anything_else = 1
    assert getattr(record, name) == fields[name]
    if all(isinstance(value, str | int | bool | type(None)) for value in fields.values()):
        assert hash(record) == hash(cls(**fields))  # hashable, as a frozen dataclass


@pytest.mark.parametrize(
    ("cls", "fields", "frozen"), [r for r in RECORDS if not r[2]], ids=[i for i, r in zip(IDS, RECORDS) if not r[2]]
)
def test_a_mutable_record_takes_assignment_and_is_unhashable(
    cls: type[Record], fields: dict[str, Any], frozen: bool
) -> None:
    record = cls(**fields)
    name = list(fields)[1]
    setattr(record, name, "changed")
    assert getattr(record, name) == "changed"
    assert record != cls(**fields)
    with pytest.raises(TypeError, match="unhashable"):
        hash(record)


@pytest.mark.parametrize(("cls", "fields", "frozen"), RECORDS, ids=IDS)
def test_records_copy_and_pickle_whole(cls: type[Record], fields: dict[str, Any], frozen: bool) -> None:
    record = cls(**fields)
    assert copy.copy(record) == record
    if cls not in (Parsing, File):  # a function defined here and an open BytesIO do not pickle
        assert pickle.loads(pickle.dumps(record)) == record


def test_copy_with_changes_the_fields_named_only() -> None:
    settings = Settings(timeout=None, max_retries=2, strict=True)
    raw = settings.copy_with(raw=True)
    assert raw == Settings(timeout=None, max_retries=2, strict=True, raw=True)
    assert settings.raw is False  # the original is unchanged
    with pytest.raises(TypeError, match="Settings has no field rwa"):
        settings.copy_with(rwa=True)
