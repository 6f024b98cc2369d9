from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)


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
