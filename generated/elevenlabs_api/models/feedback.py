from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import FeedbackScore, check_feedback_score
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="Feedback")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class Feedback(Lazy):
    """The user's rating of an agent response.

    Attributes:
        type_ (Literal['feedback']):
        score (FeedbackScore): Whether the user liked the response.
        event_id (int): The event id of the agent response rated (the latest audio or agent response event).
    """

    type_: Literal["feedback"] = _attrs_field(
        default="feedback",
        kw_only=True,
        alias="type",
        validator=types.tag("Feedback", "type", "feedback"),
    )

    score: FeedbackScore

    event_id: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "score",
        "event_id",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "feedback")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        score: Any
        try:
            score = self.score
        except (AttributeError, TypeError):
            score = self.score

        event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if score is not None or "score" not in self._missing_fields:
            field_dict["score"] = score
        if event_id is not None or "event_id" not in self._missing_fields:
            field_dict["event_id"] = event_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        feedback = cls.__new__(cls)
        feedback.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return feedback

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


def _read_type_(cls: type[Feedback], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["feedback"], type__raw)
    if type_ != "feedback":
        raise ValueError(f"type must match const 'feedback', got '{type_}'")

    return type_


def _read_score(cls: type[Feedback], d: Mapping[str, Any]) -> Any:
    score_raw = d.get("score", MISSING)
    if score_raw is MISSING:
        score = missing_field(cls, "score")
    else:
        try:
            score = check_feedback_score(score_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            score = deviating_field(cls, "score", score_raw)

    return score


_read_event_id = plain_reader("event_id", (int,), "an integer", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "score",
        "event_id",
    )
)


def _read_additional_properties(cls: type[Feedback], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[Feedback], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    if "score" in known:
        score = known["score"]
    else:
        score = _read_score(cls, d)

    event_id = d.get("event_id", MISSING)
    if event_id.__class__ is not int:
        event_id = _read_event_id(cls, d)

    return {
        "type_": type_,
        "score": score,
        "event_id": event_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(Feedback, type_="type")

set_readers(
    Feedback,
    _all_fields,
    {
        "type_": _read_type_,
        "score": _read_score,
        "event_id": _read_event_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
