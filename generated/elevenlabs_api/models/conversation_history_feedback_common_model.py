from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ConversationFeedbackType,
    UserFeedbackScore,
)
from ..types import (
    ANY,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
    union,
)


@_attrs_define(slots=False)
class ConversationHistoryFeedbackCommonModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    likes: Defaults to 0 on the server.
    dislikes: Defaults to 0 on the server.
    """

    type_: ConversationFeedbackType | None | str | Unset = UNSET

    overall_score: None | str | Unset | UserFeedbackScore = UNSET

    likes: int | Unset = UNSET

    dislikes: int | Unset = UNSET

    rating: int | None | Unset = UNSET

    comment: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", union(literal("ConversationFeedbackType"), NULL, STR)),
        Field("overall_score", "overall_score", union(literal("UserFeedbackScore"), NULL, STR)),
        Field("likes", "likes", INT),
        Field("dislikes", "dislikes", INT),
        Field("rating", "rating", union(INT, NULL)),
        Field("comment", "comment", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
