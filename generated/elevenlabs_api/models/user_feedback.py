from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
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
from ..models._literals import UserFeedbackScore


@_attrs_define(slots=False)
class UserFeedback(Lazy, AdditionalProperties[Any]):
    score: str | UserFeedbackScore

    time_in_call_secs: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("score", "score", union(literal("UserFeedbackScore"), STR), required=True),
        Field("time_in_call_secs", "time_in_call_secs", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
