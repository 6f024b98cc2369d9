from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    literal,
)
from ..models._literals import TelephonyDirection
from ..types import Unset


@_attrs_define(slots=False)
class ConversationHistoryExotelPhoneCallModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'exotel'.
    """

    direction: TelephonyDirection

    phone_number_id: str

    agent_number: str

    external_number: str

    stream_sid: str

    call_sid: str

    type_: Literal["exotel"] | Unset = _attrs_field(
        default="exotel",
        kw_only=True,
        alias="type",
        validator=types.tag("ConversationHistoryExotelPhoneCallModel", "type", "exotel"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("direction", "direction", literal("TelephonyDirection"), required=True),
        Field("phone_number_id", "phone_number_id", STR, required=True),
        Field("agent_number", "agent_number", STR, required=True),
        Field("external_number", "external_number", STR, required=True),
        Field("stream_sid", "stream_sid", STR, required=True),
        Field("call_sid", "call_sid", STR, required=True),
        Field("type_", "type", const("exotel")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryExotelPhoneCallModel, type_="type")
