from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    INT,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
)


@_attrs_define(slots=False)
class TopicEvaluationCriteriaAggregate(Lazy, AdditionalProperties[Any]):
    """Attributes:
    success_count: Defaults to 0 on the server.
    failure_count: Defaults to 0 on the server.
    unknown_count: Defaults to 0 on the server.
    """

    criteria_id: str

    success_count: int | Unset = UNSET

    failure_count: int | Unset = UNSET

    unknown_count: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("criteria_id", "criteria_id", STR, required=True),
        Field("success_count", "success_count", INT),
        Field("failure_count", "failure_count", INT),
        Field("unknown_count", "unknown_count", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )
