from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ConversationFeedbackType,
    UserFeedbackScore,
)
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationHistoryFeedbackCommonModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationHistoryFeedbackCommonModel(Lazy):
    """Attributes:
    type_ (ConversationFeedbackType | None | str | Unset):
    overall_score (None | str | Unset | UserFeedbackScore):
    likes (int | Unset): Defaults to 0 on the server.
    dislikes (int | Unset): Defaults to 0 on the server.
    rating (int | None | Unset):
    comment (None | str | Unset):
    """

    type_: ConversationFeedbackType | None | str | Unset = UNSET

    overall_score: None | str | Unset | UserFeedbackScore = UNSET

    likes: int | Unset = UNSET

    dislikes: int | Unset = UNSET

    rating: int | None | Unset = UNSET

    comment: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_: Any
        try:
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        overall_score: Any
        try:
            if isinstance(self.overall_score, Unset):
                overall_score = UNSET
            elif isinstance(self.overall_score, str):
                overall_score = self.overall_score
            else:
                overall_score = self.overall_score

        except (AttributeError, TypeError):
            overall_score = self.overall_score

        likes = self.likes

        dislikes = self.dislikes

        rating: Any
        try:
            rating = self.rating

        except (AttributeError, TypeError):
            rating = self.rating

        comment: Any
        try:
            comment = self.comment

        except (AttributeError, TypeError):
            comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if overall_score is not UNSET:
            field_dict["overall_score"] = overall_score
        if likes is not UNSET:
            field_dict["likes"] = likes
        if dislikes is not UNSET:
            field_dict["dislikes"] = dislikes
        if rating is not UNSET:
            field_dict["rating"] = rating
        if comment is not UNSET:
            field_dict["comment"] = comment
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_history_feedback_common_model = cls.__new__(cls)
        conversation_history_feedback_common_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_history_feedback_common_model

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


_read_type_ = plain_reader(
    "type",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_overall_score = plain_reader(
    "overall_score",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_likes = plain_reader("likes", (int,), "an integer", False)

_read_dislikes = plain_reader("dislikes", (int,), "an integer", False)

_read_rating = plain_reader(
    "rating",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_comment = plain_reader(
    "comment",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "overall_score",
        "likes",
        "dislikes",
        "rating",
        "comment",
    )
)


def _read_additional_properties(
    cls: type[ConversationHistoryFeedbackCommonModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationHistoryFeedbackCommonModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    type_ = d.get("type", UNSET)
    if type_ is not None and type_.__class__ is not str and type_ is not UNSET:
        type_ = _read_type_(cls, d)

    overall_score = d.get("overall_score", UNSET)
    if overall_score is not None and overall_score.__class__ is not str and overall_score is not UNSET:
        overall_score = _read_overall_score(cls, d)

    likes = d.get("likes", UNSET)
    if likes.__class__ is not int and likes is not UNSET:
        likes = _read_likes(cls, d)

    dislikes = d.get("dislikes", UNSET)
    if dislikes.__class__ is not int and dislikes is not UNSET:
        dislikes = _read_dislikes(cls, d)

    rating = d.get("rating", UNSET)
    if rating.__class__ is not int and rating is not None and rating is not UNSET:
        rating = _read_rating(cls, d)

    comment = d.get("comment", UNSET)
    if comment.__class__ is not str and comment is not None and comment is not UNSET:
        comment = _read_comment(cls, d)

    return {
        "type_": type_,
        "overall_score": overall_score,
        "likes": likes,
        "dislikes": dislikes,
        "rating": rating,
        "comment": comment,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationHistoryFeedbackCommonModel,
    _all_fields,
    {
        "type_": _read_type_,
        "overall_score": _read_overall_score,
        "likes": _read_likes,
        "dislikes": _read_dislikes,
        "rating": _read_rating,
        "comment": _read_comment,
        "additional_properties": _read_additional_properties,
    },
)
