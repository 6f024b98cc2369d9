from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BatchCallWhatsAppParams(Lazy, AdditionalProperties[Any]):
    whatsapp_call_permission_request_template_name: str

    whatsapp_call_permission_request_template_language_code: str

    whatsapp_phone_number_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "whatsapp_call_permission_request_template_name",
            "whatsapp_call_permission_request_template_name",
            STR,
            required=True,
        ),
        Field(
            "whatsapp_call_permission_request_template_language_code",
            "whatsapp_call_permission_request_template_language_code",
            STR,
            required=True,
        ),
        Field("whatsapp_phone_number_id", "whatsapp_phone_number_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
