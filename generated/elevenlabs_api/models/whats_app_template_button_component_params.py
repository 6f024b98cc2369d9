from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class WhatsAppTemplateButtonComponentParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'button'.
    """

    parameters: list[WhatsAppTemplateTextParam]

    index: int

    sub_type: str

    type_: Literal["button"] | Unset = _attrs_field(
        default="button",
        kw_only=True,
        alias="type",
        validator=types.tag("WhatsAppTemplateButtonComponentParams", "type", "button"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("parameters", "parameters", list_of(object_of("WhatsAppTemplateTextParam")), required=True),
        Field("index", "index", INT, required=True),
        Field("sub_type", "sub_type", STR, required=True),
        Field("type_", "type", const("button")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WhatsAppTemplateButtonComponentParams, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.whats_app_template_text_param import WhatsAppTemplateTextParam
