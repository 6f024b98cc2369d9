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
    object_of,
)


@_attrs_define(slots=False)
class WhatsAppTemplateLocationParam(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'location'.
    """

    location: WhatsAppTemplateLocationParamDetails

    type_: Literal["location"] | Unset = _attrs_field(
        default="location",
        kw_only=True,
        alias="type",
        validator=types.tag("WhatsAppTemplateLocationParam", "type", "location"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("location", "location", object_of("WhatsAppTemplateLocationParamDetails"), required=True),
        Field("type_", "type", const("location")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WhatsAppTemplateLocationParam, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.whats_app_template_location_param_details import WhatsAppTemplateLocationParamDetails
