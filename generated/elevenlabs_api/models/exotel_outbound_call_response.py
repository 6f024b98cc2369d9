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


@_attrs_define(slots=False)
class ExotelOutboundCallResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    call_sid: Exotel CallSid for the originated call
    """

    success: bool

    message: str

    conversation_id: None | str = None

    call_sid: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("success", "success", BOOL, required=True),
        Field("message", "message", STR, required=True),
        Field("conversation_id", "conversation_id", union(STR, NULL), required=True),
        Field("call_sid", "callSid", union(STR, NULL), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
