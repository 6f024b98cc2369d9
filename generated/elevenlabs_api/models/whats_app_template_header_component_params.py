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
    union,
)


@_attrs_define(slots=False)
class WhatsAppTemplateHeaderComponentParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'header'.
    """

    parameters: list[
        WhatsAppTemplateDocumentParam
        | WhatsAppTemplateImageParam
        | WhatsAppTemplateLocationParam
        | WhatsAppTemplateTextParam
    ]

    type_: Literal["header"] | Unset = _attrs_field(
        default="header",
        kw_only=True,
        alias="type",
        validator=types.tag("WhatsAppTemplateHeaderComponentParams", "type", "header"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "parameters",
            "parameters",
            list_of(
                union(
                    object_of("WhatsAppTemplateTextParam"),
                    object_of("WhatsAppTemplateImageParam"),
                    object_of("WhatsAppTemplateDocumentParam"),
                    object_of("WhatsAppTemplateLocationParam"),
                )
            ),
            required=True,
        ),
        Field("type_", "type", const("header")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WhatsAppTemplateHeaderComponentParams, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.whats_app_template_document_param import WhatsAppTemplateDocumentParam
from ..models.whats_app_template_image_param import WhatsAppTemplateImageParam
from ..models.whats_app_template_location_param import WhatsAppTemplateLocationParam
from ..models.whats_app_template_text_param import WhatsAppTemplateTextParam
