from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import EvaluationSuccessResult
from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class TestConditionResultCommonModel(Lazy, AdditionalProperties[Any]):
    result: EvaluationSuccessResult | str

    rationale: None | TestConditionRationaleCommonModel | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("result", "result", union(literal("EvaluationSuccessResult"), STR), required=True),
        Field("rationale", "rationale", union(object_of("TestConditionRationaleCommonModel"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.test_condition_rationale_common_model import TestConditionRationaleCommonModel
