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
)
from ..types import Unset


@_attrs_define(slots=False)
class ASTLLMNodePrompt(Lazy, AdditionalProperties[Any]):
    """Attributes:
    prompt: The prompt to evaluate to a boolean value. Deprecated. Use a boolean schema instead.
    type_:  Default: 'llm'.
    """

    prompt: str

    type_: Literal["llm"] | Unset = _attrs_field(
        default="llm",
        kw_only=True,
        alias="type",
        validator=types.tag("ASTLLMNodePrompt", "type", "llm"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", STR, required=True),
        Field("type_", "type", const("llm")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ASTLLMNodePrompt, type_="type")
