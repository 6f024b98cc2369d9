from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import UserFeedbackScore
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationFeedbackRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    feedback: Either 'like' or 'dislike' to indicate the feedback for the conversation.
    """

    feedback: None | Unset | UserFeedbackScore = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("feedback", "feedback", union(literal("UserFeedbackScore"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
