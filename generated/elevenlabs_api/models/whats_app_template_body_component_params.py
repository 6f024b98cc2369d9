from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
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
class WhatsAppTemplateBodyComponentParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'body'.
    """

    parameters: list[WhatsAppTemplateTextParam]

    type_: Literal["body"] | Unset = _attrs_field(
        default="body",
        kw_only=True,
        alias="type",
        validator=types.tag("WhatsAppTemplateBodyComponentParams", "type", "body"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("parameters", "parameters", list_of(object_of("WhatsAppTemplateTextParam")), required=True),
        Field("type_", "type", const("body")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WhatsAppTemplateBodyComponentParams, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.whats_app_template_text_param import WhatsAppTemplateTextParam
