from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    object_of,
)
from ..types import Unset


@_attrs_define(slots=False)
class ASTLLMNodeValueSchema(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'llm'.
    """

    value_schema: LlmLiteralJsonSchemaProperty

    type_: Literal["llm"] | Unset = _attrs_field(
        default="llm",
        kw_only=True,
        alias="type",
        validator=types.tag("ASTLLMNodeValueSchema", "type", "llm"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("value_schema", "value_schema", object_of("LlmLiteralJsonSchemaProperty"), required=True),
        Field("type_", "type", const("llm")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ASTLLMNodeValueSchema, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.llm_literal_json_schema_property import LlmLiteralJsonSchemaProperty
