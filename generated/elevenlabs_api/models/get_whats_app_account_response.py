from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
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
class GetWhatsAppAccountResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    enable_messaging: Defaults to True on the server.
    enable_audio_message_response: Defaults to True on the server.
    enable_typing_indicator: Defaults to True on the server.
    is_token_expired: Defaults to False on the server.
    """

    business_account_id: str

    phone_number_id: str

    business_account_name: str

    phone_number_name: str

    phone_number: str

    assigned_agent_name: None | str = None

    assigned_agent_id: None | str | Unset = UNSET

    enable_messaging: bool | Unset = UNSET

    enable_audio_message_response: bool | Unset = UNSET

    enable_typing_indicator: bool | Unset = UNSET

    is_token_expired: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("business_account_id", "business_account_id", STR, required=True),
        Field("phone_number_id", "phone_number_id", STR, required=True),
        Field("business_account_name", "business_account_name", STR, required=True),
        Field("phone_number_name", "phone_number_name", STR, required=True),
        Field("phone_number", "phone_number", STR, required=True),
        Field("assigned_agent_name", "assigned_agent_name", union(STR, NULL), required=True),
        Field("assigned_agent_id", "assigned_agent_id", union(STR, NULL)),
        Field("enable_messaging", "enable_messaging", BOOL),
        Field("enable_audio_message_response", "enable_audio_message_response", BOOL),
        Field("enable_typing_indicator", "enable_typing_indicator", BOOL),
        Field("is_token_expired", "is_token_expired", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
