from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="UserTranscriptPayload")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UserTranscriptPayload(Lazy):
    """Sent each time the user finishes a turn.

    Attributes:
        type_ (Literal['user_transcript']):
        user_transcript (list[TranscriptMessage]): Every turn of the conversation so far, oldest first, the user's
            latest turn last.
        event_id (int | Unset): Grows with each transcript of the connection; a reply names it, so that replies to an
            interrupted turn can be told apart.
    """

    type_: Literal["user_transcript"] = _attrs_field(
        default="user_transcript",
        kw_only=True,
        alias="type",
        validator=types.tag("UserTranscriptPayload", "type", "user_transcript"),
    )

    user_transcript: list[TranscriptMessage]

    event_id: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("user_transcript",)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "user_transcript")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        user_transcript: Any
        try:
            user_transcript = []
            for user_transcript_item_data in self.user_transcript:
                user_transcript_item = user_transcript_item_data.to_dict()
                user_transcript.append(user_transcript_item)

        except (AttributeError, TypeError):
            user_transcript = self.user_transcript

        event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if user_transcript is not None or "user_transcript" not in self._missing_fields:
            field_dict["user_transcript"] = user_transcript
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        user_transcript_payload = cls.__new__(cls)
        user_transcript_payload.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return user_transcript_payload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_type_(cls: type[UserTranscriptPayload], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["user_transcript"], type__raw)
    if type_ != "user_transcript":
        raise ValueError(f"type must match const 'user_transcript', got '{type_}'")

    return type_


def _read_user_transcript(cls: type[UserTranscriptPayload], d: Mapping[str, Any]) -> Any:
    user_transcript_raw = d.get("user_transcript", MISSING)
    if user_transcript_raw is MISSING:
        user_transcript = missing_field(cls, "user_transcript")
    else:
        try:
            expect_array("user_transcript", user_transcript_raw)
            user_transcript = []
            _user_transcript = user_transcript_raw
            for user_transcript_item_data in _user_transcript:
                user_transcript_item = TranscriptMessage.from_dict(user_transcript_item_data)

                user_transcript.append(user_transcript_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            user_transcript = deviating_field(cls, "user_transcript", user_transcript_raw)

    return user_transcript


_read_event_id = plain_reader("event_id", (int,), "an integer", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "user_transcript",
        "event_id",
    )
)


def _read_additional_properties(cls: type[UserTranscriptPayload], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[UserTranscriptPayload], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    if "user_transcript" in known:
        user_transcript = known["user_transcript"]
    else:
        user_transcript = _read_user_transcript(cls, d)

    event_id = d.get("event_id", UNSET)
    if event_id.__class__ is not int and event_id is not UNSET:
        event_id = _read_event_id(cls, d)

    return {
        "type_": type_,
        "user_transcript": user_transcript,
        "event_id": event_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(UserTranscriptPayload, type_="type")

set_readers(
    UserTranscriptPayload,
    _all_fields,
    {
        "type_": _read_type_,
        "user_transcript": _read_user_transcript,
        "event_id": _read_event_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.transcript_message import TranscriptMessage
