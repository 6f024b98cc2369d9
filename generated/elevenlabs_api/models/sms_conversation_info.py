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
    literal,
    union,
)
from ..models._literals import SmsConversationInfoDirection
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SmsConversationInfo(Lazy, AdditionalProperties[Any]):
    direction: SmsConversationInfoDirection

    sms_user_phone_number: str

    phone_number_id: None | str | Unset = UNSET

    agent_phone_number: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("direction", "direction", literal("SmsConversationInfoDirection"), required=True),
        Field("sms_user_phone_number", "sms_user_phone_number", STR, required=True),
        Field("phone_number_id", "phone_number_id", union(STR, NULL)),
        Field("agent_phone_number", "agent_phone_number", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
