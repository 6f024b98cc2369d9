from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, const, dict_of, object_of, union


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


@_attrs_define(slots=False)
class ExactParameterEvaluationStrategy(Lazy, AdditionalProperties[Any]):
    """Attributes:
    expected_value: The exact string value that the parameter must match.
    """

    type_: Literal["exact"] = _attrs_field(
        default="exact",
        kw_only=True,
        alias="type",
        validator=types.tag("ExactParameterEvaluationStrategy", "type", "exact"),
    )

    expected_value: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("exact"), required=True),
        Field("expected_value", "expected_value", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ExactParameterEvaluationStrategy, type_="type")


@_attrs_define(slots=False)
class LlmParameterEvaluationStrategy(Lazy, AdditionalProperties[Any]):
    """Attributes:
    description: A description of the evaluation strategy to use for the test.
    """

    type_: Literal["llm"] = _attrs_field(
        default="llm",
        kw_only=True,
        alias="type",
        validator=types.tag("LlmParameterEvaluationStrategy", "type", "llm"),
    )

    description: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("llm"), required=True),
        Field("description", "description", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(LlmParameterEvaluationStrategy, type_="type")


@_attrs_define(slots=False)
class MatchAnythingParameterEvaluationStrategy(Lazy, AdditionalProperties[Any]):
    type_: Literal["anything"] = _attrs_field(
        default="anything",
        kw_only=True,
        alias="type",
        validator=types.tag("MatchAnythingParameterEvaluationStrategy", "type", "anything"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("anything"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(MatchAnythingParameterEvaluationStrategy, type_="type")


@_attrs_define(slots=False)
class RegexParameterEvaluationStrategy(Lazy, AdditionalProperties[Any]):
    """Attributes:
    pattern: A regex pattern to match the agent's response against.
    """

    type_: Literal["regex"] = _attrs_field(
        default="regex",
        kw_only=True,
        alias="type",
        validator=types.tag("RegexParameterEvaluationStrategy", "type", "regex"),
    )

    pattern: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("regex"), required=True),
        Field("pattern", "pattern", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(RegexParameterEvaluationStrategy, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.unknown_variant import UnknownVariant
