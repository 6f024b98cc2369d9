from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import SipLogMessageDirection
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetSipLogMessagesResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    has_more: Defaults to False on the server.
    """

    sip_messages: list[SipLogMessage]

    next_cursor: None | str | Unset = UNSET

    has_more: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("sip_messages", "sip_messages", list_of(object_of("SipLogMessage")), required=True),
        Field("next_cursor", "next_cursor", union(STR, NULL)),
        Field("has_more", "has_more", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SipLogMessage(Lazy, AdditionalProperties[Any]):
    call_id: str

    phone_numbers: list[str]

    local_address: str

    remote_address: str

    transport: str

    raw_message: str

    error_message: str

    direction: SipLogMessageDirection | str

    created_at_unix_micro: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("call_id", "call_id", STR, required=True),
        Field("phone_numbers", "phone_numbers", list_of(STR), required=True),
        Field("local_address", "local_address", STR, required=True),
        Field("remote_address", "remote_address", STR, required=True),
        Field("transport", "transport", STR, required=True),
        Field("raw_message", "raw_message", STR, required=True),
        Field("error_message", "error_message", STR, required=True),
        Field("direction", "direction", union(literal("SipLogMessageDirection"), STR), required=True),
        Field("created_at_unix_micro", "created_at_unix_micro", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
