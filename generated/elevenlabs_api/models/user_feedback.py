from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_feedback_score import UserFeedbackScore
from ..types import (
    ANY,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UserFeedback(Lazy, AdditionalProperties[Any]):
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

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("score", "score", union(literal("UserFeedbackScore"), STR), required=True),
        Field("time_in_call_secs", "time_in_call_secs", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
