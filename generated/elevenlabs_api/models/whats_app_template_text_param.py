from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class WhatsAppTemplateTextParam(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'text'.
    """

    text: str

    parameter_name: None | str | Unset = UNSET

    type_: Literal["text"] | Unset = _attrs_field(
        default="text",
        kw_only=True,
        alias="type",
        validator=types.tag("WhatsAppTemplateTextParam", "type", "text"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("parameter_name", "parameter_name", union(STR, NULL)),
        Field("type_", "type", const("text")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WhatsAppTemplateTextParam, type_="type")
