from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import WhatsAppConversationInfoDirection
from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
    union,
)


@_attrs_define(slots=False)
class WhatsAppConversationInfo(Lazy, AdditionalProperties[Any]):
    whatsapp_user_id: str

    direction: str | Unset | WhatsAppConversationInfoDirection = UNSET

    whatsapp_phone_number_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("whatsapp_user_id", "whatsapp_user_id", STR, required=True),
        Field("direction", "direction", union(literal("WhatsAppConversationInfoDirection"), STR)),
        Field("whatsapp_phone_number_id", "whatsapp_phone_number_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
