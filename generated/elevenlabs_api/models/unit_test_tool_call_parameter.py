from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class UnitTestToolCallParameter(Lazy, AdditionalProperties[Any]):
    eval_: (
        ExactParameterEvaluationStrategy
        | LlmParameterEvaluationStrategy
        | MatchAnythingParameterEvaluationStrategy
        | RegexParameterEvaluationStrategy
        | UnknownVariant
    )

    path: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "eval_",
            "eval",
            union(
                object_of("LlmParameterEvaluationStrategy"),
                object_of("RegexParameterEvaluationStrategy"),
                object_of("ExactParameterEvaluationStrategy"),
                object_of("MatchAnythingParameterEvaluationStrategy"),
                object_of("UnknownVariant"),
            ),
            required=True,
        ),
        Field("path", "path", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.exact_parameter_evaluation_strategy import ExactParameterEvaluationStrategy
from ..models.llm_parameter_evaluation_strategy import LlmParameterEvaluationStrategy
from ..models.match_anything_parameter_evaluation_strategy import MatchAnythingParameterEvaluationStrategy
from ..models.regex_parameter_evaluation_strategy import RegexParameterEvaluationStrategy
from ..models.unknown_variant import UnknownVariant
