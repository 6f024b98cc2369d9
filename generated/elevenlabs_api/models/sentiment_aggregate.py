from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="SentimentAggregate")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SentimentAggregate(Lazy):
    """Attributes:
    scored_conversation_count (int):
    positive_count (int):
    neutral_count (int):
    negative_count (int):
    average_sentiment_score (float | None):
    average_frustration_score (float | None):
    recent_scored_conversation_count (int):
    recent_positive_count (int):
    recent_neutral_count (int):
    recent_negative_count (int):
    recent_average_sentiment_score (float | None):
    recent_average_frustration_score (float | None):
    """

    scored_conversation_count: int

    positive_count: int

    neutral_count: int

    negative_count: int

    average_sentiment_score: float | None = _attrs_field(default=None, kw_only=True)

    average_frustration_score: float | None = _attrs_field(default=None, kw_only=True)

    recent_scored_conversation_count: int

    recent_positive_count: int

    recent_neutral_count: int

    recent_negative_count: int

    recent_average_sentiment_score: float | None = None

    recent_average_frustration_score: float | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "scored_conversation_count",
        "positive_count",
        "neutral_count",
        "negative_count",
        "average_sentiment_score",
        "average_frustration_score",
        "recent_scored_conversation_count",
        "recent_positive_count",
        "recent_neutral_count",
        "recent_negative_count",
        "recent_average_sentiment_score",
        "recent_average_frustration_score",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        scored_conversation_count = self.scored_conversation_count

        positive_count = self.positive_count

        neutral_count = self.neutral_count

        negative_count = self.negative_count

        average_sentiment_score: Any
        try:
            average_sentiment_score = self.average_sentiment_score

        except (AttributeError, TypeError):
            average_sentiment_score = self.average_sentiment_score

        average_frustration_score: Any
        try:
            average_frustration_score = self.average_frustration_score

        except (AttributeError, TypeError):
            average_frustration_score = self.average_frustration_score

        recent_scored_conversation_count = self.recent_scored_conversation_count

        recent_positive_count = self.recent_positive_count

        recent_neutral_count = self.recent_neutral_count

        recent_negative_count = self.recent_negative_count

        recent_average_sentiment_score: Any
        try:
            recent_average_sentiment_score = self.recent_average_sentiment_score

        except (AttributeError, TypeError):
            recent_average_sentiment_score = self.recent_average_sentiment_score

        recent_average_frustration_score: Any
        try:
            recent_average_frustration_score = self.recent_average_frustration_score

        except (AttributeError, TypeError):
            recent_average_frustration_score = self.recent_average_frustration_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if scored_conversation_count is not None or "scored_conversation_count" not in self._missing_fields:
            field_dict["scored_conversation_count"] = scored_conversation_count
        if positive_count is not None or "positive_count" not in self._missing_fields:
            field_dict["positive_count"] = positive_count
        if neutral_count is not None or "neutral_count" not in self._missing_fields:
            field_dict["neutral_count"] = neutral_count
        if negative_count is not None or "negative_count" not in self._missing_fields:
            field_dict["negative_count"] = negative_count
        if average_sentiment_score is not None or "average_sentiment_score" not in self._missing_fields:
            field_dict["average_sentiment_score"] = average_sentiment_score
        if average_frustration_score is not None or "average_frustration_score" not in self._missing_fields:
            field_dict["average_frustration_score"] = average_frustration_score
        if (
            recent_scored_conversation_count is not None
            or "recent_scored_conversation_count" not in self._missing_fields
        ):
            field_dict["recent_scored_conversation_count"] = recent_scored_conversation_count
        if recent_positive_count is not None or "recent_positive_count" not in self._missing_fields:
            field_dict["recent_positive_count"] = recent_positive_count
        if recent_neutral_count is not None or "recent_neutral_count" not in self._missing_fields:
            field_dict["recent_neutral_count"] = recent_neutral_count
        if recent_negative_count is not None or "recent_negative_count" not in self._missing_fields:
            field_dict["recent_negative_count"] = recent_negative_count
        if recent_average_sentiment_score is not None or "recent_average_sentiment_score" not in self._missing_fields:
            field_dict["recent_average_sentiment_score"] = recent_average_sentiment_score
        if (
            recent_average_frustration_score is not None
            or "recent_average_frustration_score" not in self._missing_fields
        ):
            field_dict["recent_average_frustration_score"] = recent_average_frustration_score
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        sentiment_aggregate = cls.__new__(cls)
        sentiment_aggregate.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return sentiment_aggregate

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


_read_scored_conversation_count = plain_reader("scored_conversation_count", (int,), "an integer", True)

_read_positive_count = plain_reader("positive_count", (int,), "an integer", True)

_read_neutral_count = plain_reader("neutral_count", (int,), "an integer", True)

_read_negative_count = plain_reader("negative_count", (int,), "an integer", True)

_read_average_sentiment_score = plain_reader(
    "average_sentiment_score",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    True,
)

_read_average_frustration_score = plain_reader(
    "average_frustration_score",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    True,
)

_read_recent_scored_conversation_count = plain_reader("recent_scored_conversation_count", (int,), "an integer", True)

_read_recent_positive_count = plain_reader("recent_positive_count", (int,), "an integer", True)

_read_recent_neutral_count = plain_reader("recent_neutral_count", (int,), "an integer", True)

_read_recent_negative_count = plain_reader("recent_negative_count", (int,), "an integer", True)

_read_recent_average_sentiment_score = plain_reader(
    "recent_average_sentiment_score",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    True,
)

_read_recent_average_frustration_score = plain_reader(
    "recent_average_frustration_score",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "scored_conversation_count",
        "positive_count",
        "neutral_count",
        "negative_count",
        "average_sentiment_score",
        "average_frustration_score",
        "recent_scored_conversation_count",
        "recent_positive_count",
        "recent_neutral_count",
        "recent_negative_count",
        "recent_average_sentiment_score",
        "recent_average_frustration_score",
    )
)


def _read_additional_properties(cls: type[SentimentAggregate], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SentimentAggregate], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    scored_conversation_count = d.get("scored_conversation_count", MISSING)
    if scored_conversation_count.__class__ is not int:
        scored_conversation_count = _read_scored_conversation_count(cls, d)

    positive_count = d.get("positive_count", MISSING)
    if positive_count.__class__ is not int:
        positive_count = _read_positive_count(cls, d)

    neutral_count = d.get("neutral_count", MISSING)
    if neutral_count.__class__ is not int:
        neutral_count = _read_neutral_count(cls, d)

    negative_count = d.get("negative_count", MISSING)
    if negative_count.__class__ is not int:
        negative_count = _read_negative_count(cls, d)

    average_sentiment_score = d.get("average_sentiment_score", MISSING)
    if (
        average_sentiment_score.__class__ is not float
        and average_sentiment_score.__class__ is not int
        and average_sentiment_score is not None
    ):
        average_sentiment_score = _read_average_sentiment_score(cls, d)

    average_frustration_score = d.get("average_frustration_score", MISSING)
    if (
        average_frustration_score.__class__ is not float
        and average_frustration_score.__class__ is not int
        and average_frustration_score is not None
    ):
        average_frustration_score = _read_average_frustration_score(cls, d)

    recent_scored_conversation_count = d.get("recent_scored_conversation_count", MISSING)
    if recent_scored_conversation_count.__class__ is not int:
        recent_scored_conversation_count = _read_recent_scored_conversation_count(cls, d)

    recent_positive_count = d.get("recent_positive_count", MISSING)
    if recent_positive_count.__class__ is not int:
        recent_positive_count = _read_recent_positive_count(cls, d)

    recent_neutral_count = d.get("recent_neutral_count", MISSING)
    if recent_neutral_count.__class__ is not int:
        recent_neutral_count = _read_recent_neutral_count(cls, d)

    recent_negative_count = d.get("recent_negative_count", MISSING)
    if recent_negative_count.__class__ is not int:
        recent_negative_count = _read_recent_negative_count(cls, d)

    recent_average_sentiment_score = d.get("recent_average_sentiment_score", MISSING)
    if (
        recent_average_sentiment_score.__class__ is not float
        and recent_average_sentiment_score.__class__ is not int
        and recent_average_sentiment_score is not None
    ):
        recent_average_sentiment_score = _read_recent_average_sentiment_score(cls, d)

    recent_average_frustration_score = d.get("recent_average_frustration_score", MISSING)
    if (
        recent_average_frustration_score.__class__ is not float
        and recent_average_frustration_score.__class__ is not int
        and recent_average_frustration_score is not None
    ):
        recent_average_frustration_score = _read_recent_average_frustration_score(cls, d)

    return {
        "scored_conversation_count": scored_conversation_count,
        "positive_count": positive_count,
        "neutral_count": neutral_count,
        "negative_count": negative_count,
        "average_sentiment_score": average_sentiment_score,
        "average_frustration_score": average_frustration_score,
        "recent_scored_conversation_count": recent_scored_conversation_count,
        "recent_positive_count": recent_positive_count,
        "recent_neutral_count": recent_neutral_count,
        "recent_negative_count": recent_negative_count,
        "recent_average_sentiment_score": recent_average_sentiment_score,
        "recent_average_frustration_score": recent_average_frustration_score,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SentimentAggregate,
    _all_fields,
    {
        "scored_conversation_count": _read_scored_conversation_count,
        "positive_count": _read_positive_count,
        "neutral_count": _read_neutral_count,
        "negative_count": _read_negative_count,
        "average_sentiment_score": _read_average_sentiment_score,
        "average_frustration_score": _read_average_frustration_score,
        "recent_scored_conversation_count": _read_recent_scored_conversation_count,
        "recent_positive_count": _read_recent_positive_count,
        "recent_neutral_count": _read_recent_neutral_count,
        "recent_negative_count": _read_recent_negative_count,
        "recent_average_sentiment_score": _read_recent_average_sentiment_score,
        "recent_average_frustration_score": _read_recent_average_frustration_score,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
