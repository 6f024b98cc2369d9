from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ConversationSentimentAnalysisOverallLabelType0,
)
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

T = TypeVar("T", bound="ConversationSentimentAnalysis")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationSentimentAnalysis(Lazy):
    """Attributes:
    overall_label (ConversationSentimentAnalysisOverallLabelType0 | str):
    overall_sentiment_score (float):
    overall_frustration_score (float):
    min_user_sentiment_score (float):
    max_user_frustration_score (float):
    num_scored_user_turns (int):
    """

    overall_label: ConversationSentimentAnalysisOverallLabelType0 | str

    overall_sentiment_score: float

    overall_frustration_score: float

    min_user_sentiment_score: float

    max_user_frustration_score: float

    num_scored_user_turns: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "overall_label",
        "overall_sentiment_score",
        "overall_frustration_score",
        "min_user_sentiment_score",
        "max_user_frustration_score",
        "num_scored_user_turns",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        overall_label: Any
        try:
            if isinstance(self.overall_label, str):
                overall_label = self.overall_label
            else:
                overall_label = self.overall_label

        except (AttributeError, TypeError):
            overall_label = self.overall_label

        overall_sentiment_score = self.overall_sentiment_score

        overall_frustration_score = self.overall_frustration_score

        min_user_sentiment_score = self.min_user_sentiment_score

        max_user_frustration_score = self.max_user_frustration_score

        num_scored_user_turns = self.num_scored_user_turns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if overall_label is not None or "overall_label" not in self._missing_fields:
            field_dict["overall_label"] = overall_label
        if overall_sentiment_score is not None or "overall_sentiment_score" not in self._missing_fields:
            field_dict["overall_sentiment_score"] = overall_sentiment_score
        if overall_frustration_score is not None or "overall_frustration_score" not in self._missing_fields:
            field_dict["overall_frustration_score"] = overall_frustration_score
        if min_user_sentiment_score is not None or "min_user_sentiment_score" not in self._missing_fields:
            field_dict["min_user_sentiment_score"] = min_user_sentiment_score
        if max_user_frustration_score is not None or "max_user_frustration_score" not in self._missing_fields:
            field_dict["max_user_frustration_score"] = max_user_frustration_score
        if num_scored_user_turns is not None or "num_scored_user_turns" not in self._missing_fields:
            field_dict["num_scored_user_turns"] = num_scored_user_turns
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_sentiment_analysis = cls.__new__(cls)
        conversation_sentiment_analysis.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_sentiment_analysis

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


_read_overall_label = plain_reader("overall_label", (str,), "a string", True)

_read_overall_sentiment_score = plain_reader(
    "overall_sentiment_score",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_overall_frustration_score = plain_reader(
    "overall_frustration_score",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_min_user_sentiment_score = plain_reader(
    "min_user_sentiment_score",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_max_user_frustration_score = plain_reader(
    "max_user_frustration_score",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_num_scored_user_turns = plain_reader("num_scored_user_turns", (int,), "an integer", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "overall_label",
        "overall_sentiment_score",
        "overall_frustration_score",
        "min_user_sentiment_score",
        "max_user_frustration_score",
        "num_scored_user_turns",
    )
)


def _read_additional_properties(cls: type[ConversationSentimentAnalysis], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationSentimentAnalysis], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    overall_label = d.get("overall_label", MISSING)
    if overall_label.__class__ is not str:
        overall_label = _read_overall_label(cls, d)

    overall_sentiment_score = d.get("overall_sentiment_score", MISSING)
    if overall_sentiment_score.__class__ is not float and overall_sentiment_score.__class__ is not int:
        overall_sentiment_score = _read_overall_sentiment_score(cls, d)

    overall_frustration_score = d.get("overall_frustration_score", MISSING)
    if overall_frustration_score.__class__ is not float and overall_frustration_score.__class__ is not int:
        overall_frustration_score = _read_overall_frustration_score(cls, d)

    min_user_sentiment_score = d.get("min_user_sentiment_score", MISSING)
    if min_user_sentiment_score.__class__ is not float and min_user_sentiment_score.__class__ is not int:
        min_user_sentiment_score = _read_min_user_sentiment_score(cls, d)

    max_user_frustration_score = d.get("max_user_frustration_score", MISSING)
    if max_user_frustration_score.__class__ is not float and max_user_frustration_score.__class__ is not int:
        max_user_frustration_score = _read_max_user_frustration_score(cls, d)

    num_scored_user_turns = d.get("num_scored_user_turns", MISSING)
    if num_scored_user_turns.__class__ is not int:
        num_scored_user_turns = _read_num_scored_user_turns(cls, d)

    return {
        "overall_label": overall_label,
        "overall_sentiment_score": overall_sentiment_score,
        "overall_frustration_score": overall_frustration_score,
        "min_user_sentiment_score": min_user_sentiment_score,
        "max_user_frustration_score": max_user_frustration_score,
        "num_scored_user_turns": num_scored_user_turns,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ConversationSentimentAnalysis,
    _all_fields,
    {
        "overall_label": _read_overall_label,
        "overall_sentiment_score": _read_overall_sentiment_score,
        "overall_frustration_score": _read_overall_frustration_score,
        "min_user_sentiment_score": _read_min_user_sentiment_score,
        "max_user_frustration_score": _read_max_user_frustration_score,
        "num_scored_user_turns": _read_num_scored_user_turns,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
