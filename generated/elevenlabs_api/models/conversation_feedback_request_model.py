from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import UserFeedbackScore, check_user_feedback_score
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

T = TypeVar("T", bound="ConversationFeedbackRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationFeedbackRequestModel(Lazy):
    """Attributes:
    feedback (None | Unset | UserFeedbackScore): Either 'like' or 'dislike' to indicate the feedback for the
        conversation.
    """

    feedback: None | Unset | UserFeedbackScore = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_feedback_request_model = cls.__new__(cls)
        conversation_feedback_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_feedback(cls: type[ConversationFeedbackRequestModel], d: Mapping[str, Any]) -> Any:
    feedback_raw = d.get("feedback", UNSET)
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

    return feedback


_FIELDS: frozenset[str] = frozenset(("feedback",))


def _read_additional_properties(cls: type[ConversationFeedbackRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationFeedbackRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "feedback" in known:
        feedback = known["feedback"]
    else:
        feedback = d.get("feedback", UNSET)
        if feedback is not UNSET and feedback is not None:
            feedback = _read_feedback(cls, d)

    return {
        "feedback": feedback,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationFeedbackRequestModel,
    _all_fields,
    {
        "feedback": _read_feedback,
        "additional_properties": _read_additional_properties,
    },
)
