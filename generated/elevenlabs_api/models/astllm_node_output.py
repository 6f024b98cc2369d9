from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class AstllmNodeOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'llm'.
    prompt: The prompt to evaluate to a boolean value. Deprecated. Use a boolean schema instead.
    """

    value_schema: LlmLiteralJsonSchemaProperty

    prompt: str

    type_: Literal["llm"] = _attrs_field(
        default="llm",
        kw_only=True,
        alias="type",
        validator=types.tag("AstllmNodeOutput", "type", "llm"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("llm"), required=True),
        Field("value_schema", "value_schema", object_of("LlmLiteralJsonSchemaProperty"), required=True),
        Field("prompt", "prompt", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AstllmNodeOutput, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.llm_literal_json_schema_property import LlmLiteralJsonSchemaProperty
