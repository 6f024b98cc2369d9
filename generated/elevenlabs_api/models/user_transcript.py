from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="UserTranscript")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UserTranscript(Lazy):
    """Schema for user speech transcription events

    Attributes:
        type_ (Literal['user_transcript'] | Unset):
        user_transcription_event (UserTranscriptUserTranscriptionEvent | Unset): Transcription event data
    """

    type_: Literal["user_transcript"] | Unset = _attrs_field(
        default="user_transcript",
        kw_only=True,
        alias="type",
        validator=types.tag("UserTranscript", "type", "user_transcript"),
    )

    user_transcription_event: UserTranscriptUserTranscriptionEvent | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "user_transcript")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        user_transcription_event: Any
        try:
            user_transcription_event = UNSET
            if not isinstance(self.user_transcription_event, Unset):
                user_transcription_event = self.user_transcription_event.to_dict()
        except (AttributeError, TypeError):
            user_transcription_event = self.user_transcription_event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_transcription_event is not UNSET:
            field_dict["user_transcription_event"] = user_transcription_event
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        user_transcript = cls.__new__(cls)
        user_transcript.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return user_transcript

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


def _read_type_(cls: type[UserTranscript], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["user_transcript"] | Unset, type__raw)
    if type_ != "user_transcript" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'user_transcript', got '{type_}'")

    return type_


def _read_user_transcription_event(cls: type[UserTranscript], d: Mapping[str, Any]) -> Any:
    user_transcription_event_raw = d.get("user_transcription_event", UNSET)
    try:
        _user_transcription_event = user_transcription_event_raw
        user_transcription_event: UserTranscriptUserTranscriptionEvent | Unset
        if isinstance(_user_transcription_event, Unset):
            user_transcription_event = UNSET
        else:
            user_transcription_event = UserTranscriptUserTranscriptionEvent.from_dict(_user_transcription_event)
    except (KeyError, TypeError, ValueError, AttributeError):
        user_transcription_event = deviating_field(cls, "user_transcription_event", user_transcription_event_raw)

    return user_transcription_event


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "user_transcription_event",
    )
)


def _read_additional_properties(cls: type[UserTranscript], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[UserTranscript], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    if "user_transcription_event" in known:
        user_transcription_event = known["user_transcription_event"]
    else:
        user_transcription_event = d.get("user_transcription_event", UNSET)
        if user_transcription_event is not UNSET:
            user_transcription_event = _read_user_transcription_event(cls, d)

    return {
        "type_": type_,
        "user_transcription_event": user_transcription_event,
        "additional_properties": _read_additional_properties(cls, d),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(UserTranscript, type_="type")

set_readers(
    UserTranscript,
    _all_fields,
    {
        "type_": _read_type_,
        "user_transcription_event": _read_user_transcription_event,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.user_transcript_user_transcription_event import UserTranscriptUserTranscriptionEvent
