from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_feedback_type import ConversationFeedbackType
from ..models.user_feedback_score import UserFeedbackScore
from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationHistoryFeedbackCommonModel")


@_attrs_define
class ConversationHistoryFeedbackCommonModel:
    """Attributes:
    type_ (ConversationFeedbackType | None | str | Unset):
    overall_score (None | str | Unset | UserFeedbackScore):
    likes (int | Unset):  Default: 0.
    dislikes (int | Unset):  Default: 0.
    rating (int | None | Unset):
    comment (None | str | Unset):
    """

    type_: ConversationFeedbackType | None | str | Unset = UNSET

    overall_score: None | str | Unset | UserFeedbackScore = UNSET

    likes: int | Unset = 0

    dislikes: int | Unset = 0

    rating: int | None | Unset = UNSET

    comment: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_ is not None and type_.__class__ is not str and type_ is not UNSET:
            type_ = unexpected_type(cls, "type", type_, "null or a string")

        overall_score = d.pop("overall_score", UNSET)
        if overall_score is not None and overall_score.__class__ is not str and overall_score is not UNSET:
            overall_score = unexpected_type(cls, "overall_score", overall_score, "null or a string")

        likes = d.pop("likes", UNSET)
        if likes.__class__ is not int and likes is not UNSET:
            likes = unexpected_type(cls, "likes", likes, "an integer")

        dislikes = d.pop("dislikes", UNSET)
        if dislikes.__class__ is not int and dislikes is not UNSET:
            dislikes = unexpected_type(cls, "dislikes", dislikes, "an integer")

        rating = d.pop("rating", UNSET)
        if rating.__class__ is not int and rating is not None and rating is not UNSET:
            rating = unexpected_type(cls, "rating", rating, "an integer or null")

        comment = d.pop("comment", UNSET)
        if comment.__class__ is not str and comment is not None and comment is not UNSET:
            comment = unexpected_type(cls, "comment", comment, "a string or null")

        conversation_history_feedback_common_model = cls(
            type_=type_,
            overall_score=overall_score,
            likes=likes,
            dislikes=dislikes,
            rating=rating,
            comment=comment,
        )
        conversation_history_feedback_common_model.additional_properties = d
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
