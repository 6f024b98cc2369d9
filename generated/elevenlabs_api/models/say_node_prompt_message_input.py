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
class SayNodePromptMessageInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    prompt: LLM prompt describing what message should be generated.
    type_:  Default: 'prompt'.
    """

    prompt: str

    type_: Literal["prompt"] | Unset = _attrs_field(
        default="prompt",
        kw_only=True,
        alias="type",
        validator=types.tag("SayNodePromptMessageInput", "type", "prompt"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", STR, required=True),
        Field("type_", "type", const("prompt")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(SayNodePromptMessageInput, type_="type")
