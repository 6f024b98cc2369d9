from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_feedback_score import UserFeedbackScore, check_user_feedback_score
from ..types import (
    UNSET,
    Unset,
    deviating_field,
)

T = TypeVar("T", bound="ConversationFeedbackRequestModel")


@_attrs_define
class ConversationFeedbackRequestModel:
    """Attributes:
    feedback (None | Unset | UserFeedbackScore): Either 'like' or 'dislike' to indicate the feedback for the
        conversation.
    """

    feedback: None | Unset | UserFeedbackScore = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feedback: Any
        try:
            if isinstance(self.feedback, Unset):
                feedback = UNSET
            elif isinstance(self.feedback, str):
                feedback = self.feedback
            else:
                feedback = self.feedback

        except (AttributeError, TypeError):
            feedback = self.feedback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        feedback_raw = d.pop("feedback", UNSET)
        try:

            def _parse_feedback(data: object) -> None | Unset | UserFeedbackScore:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, str):
                    raise TypeError(f"got {type(data).__name__}")
                feedback_type_0 = check_user_feedback_score(data)

                return feedback_type_0

            feedback = _parse_feedback(feedback_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            feedback = deviating_field(cls, "feedback", feedback_raw)

        conversation_feedback_request_model = cls(
            feedback=feedback,
        )
        conversation_feedback_request_model.additional_properties = d
        return conversation_feedback_request_model

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
