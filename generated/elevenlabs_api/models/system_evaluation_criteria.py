from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class SystemEvaluationCriteria(Lazy, AdditionalProperties[Any]):
    user_sentiment_score: float

    user_frustration_score: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("user_sentiment_score", "user_sentiment_score", FLOAT, required=True),
        Field("user_frustration_score", "user_frustration_score", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
