from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import UserFeedbackScore
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="UserFeedback")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UserFeedback(Lazy):
    """Attributes:
    score (str | UserFeedbackScore):
    time_in_call_secs (int):
    """

    score: str | UserFeedbackScore

    time_in_call_secs: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "score",
        "time_in_call_secs",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        score: Any
        try:
            if isinstance(self.score, str):
                score = self.score
            else:
                score = self.score

        except (AttributeError, TypeError):
            score = self.score

        time_in_call_secs = self.time_in_call_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if score is not None or "score" not in self._missing_fields:
            field_dict["score"] = score
        if time_in_call_secs is not None or "time_in_call_secs" not in self._missing_fields:
            field_dict["time_in_call_secs"] = time_in_call_secs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        user_feedback = cls.__new__(cls)
        user_feedback.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return user_feedback

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


_read_score = plain_reader("score", (str,), "a string", True)

_read_time_in_call_secs = plain_reader("time_in_call_secs", (int,), "an integer", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "score",
        "time_in_call_secs",
    )
)


def _read_additional_properties(cls: type[UserFeedback], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[UserFeedback], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    score = d.get("score", MISSING)
    if score.__class__ is not str:
        score = _read_score(cls, d)

    time_in_call_secs = d.get("time_in_call_secs", MISSING)
    if time_in_call_secs.__class__ is not int:
        time_in_call_secs = _read_time_in_call_secs(cls, d)

    return {
        "score": score,
        "time_in_call_secs": time_in_call_secs,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    UserFeedback,
    _all_fields,
    {
        "score": _read_score,
        "time_in_call_secs": _read_time_in_call_secs,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
