from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import TelephonyDirection, check_telephony_direction
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationHistoryExotelPhoneCallModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationHistoryExotelPhoneCallModel(Lazy):
    """Attributes:
    direction (TelephonyDirection):
    phone_number_id (str):
    agent_number (str):
    external_number (str):
    stream_sid (str):
    call_sid (str):
    type_ (Literal['exotel'] | Unset):  Default: 'exotel'.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "direction",
        "phone_number_id",
        "agent_number",
        "external_number",
        "stream_sid",
        "call_sid",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "exotel")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        direction: Any
        try:
            direction = self.direction
        except (AttributeError, TypeError):
            direction = self.direction

        phone_number_id = self.phone_number_id

        agent_number = self.agent_number

        external_number = self.external_number

        stream_sid = self.stream_sid

        call_sid = self.call_sid

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if direction is not None or "direction" not in self._missing_fields:
            field_dict["direction"] = direction
        if phone_number_id is not None or "phone_number_id" not in self._missing_fields:
            field_dict["phone_number_id"] = phone_number_id
        if agent_number is not None or "agent_number" not in self._missing_fields:
            field_dict["agent_number"] = agent_number
        if external_number is not None or "external_number" not in self._missing_fields:
            field_dict["external_number"] = external_number
        if stream_sid is not None or "stream_sid" not in self._missing_fields:
            field_dict["stream_sid"] = stream_sid
        if call_sid is not None or "call_sid" not in self._missing_fields:
            field_dict["call_sid"] = call_sid
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_history_exotel_phone_call_model = cls.__new__(cls)
        conversation_history_exotel_phone_call_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_history_exotel_phone_call_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_type_(cls: type[ConversationHistoryExotelPhoneCallModel], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["exotel"] | Unset, type__raw)
    if type_ != "exotel" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'exotel', got '{type_}'")

    return type_


def _read_direction(cls: type[ConversationHistoryExotelPhoneCallModel], d: Mapping[str, Any]) -> Any:
    direction_raw = d.get("direction", MISSING)
    if direction_raw is MISSING:
        direction = missing_field(cls, "direction")
    else:
        try:
            direction = check_telephony_direction(direction_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            direction = deviating_field(cls, "direction", direction_raw)

    return direction


_read_phone_number_id = plain_reader("phone_number_id", (str,), "a string", True)

_read_agent_number = plain_reader("agent_number", (str,), "a string", True)

_read_external_number = plain_reader("external_number", (str,), "a string", True)

_read_stream_sid = plain_reader("stream_sid", (str,), "a string", True)

_read_call_sid = plain_reader("call_sid", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "direction",
        "phone_number_id",
        "agent_number",
        "external_number",
        "stream_sid",
        "call_sid",
        "type",
    )
)


def _read_additional_properties(
    cls: type[ConversationHistoryExotelPhoneCallModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationHistoryExotelPhoneCallModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    if "direction" in known:
        direction = known["direction"]
    else:
        direction = _read_direction(cls, d)

    phone_number_id = d.get("phone_number_id", MISSING)
    if phone_number_id.__class__ is not str:
        phone_number_id = _read_phone_number_id(cls, d)

    agent_number = d.get("agent_number", MISSING)
    if agent_number.__class__ is not str:
        agent_number = _read_agent_number(cls, d)

    external_number = d.get("external_number", MISSING)
    if external_number.__class__ is not str:
        external_number = _read_external_number(cls, d)

    stream_sid = d.get("stream_sid", MISSING)
    if stream_sid.__class__ is not str:
        stream_sid = _read_stream_sid(cls, d)

    call_sid = d.get("call_sid", MISSING)
    if call_sid.__class__ is not str:
        call_sid = _read_call_sid(cls, d)

    return {
        "direction": direction,
        "phone_number_id": phone_number_id,
        "agent_number": agent_number,
        "external_number": external_number,
        "stream_sid": stream_sid,
        "call_sid": call_sid,
        "type_": type_,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryExotelPhoneCallModel, type_="type")

set_readers(
    ConversationHistoryExotelPhoneCallModel,
    _all_fields,
    {
        "direction": _read_direction,
        "phone_number_id": _read_phone_number_id,
        "agent_number": _read_agent_number,
        "external_number": _read_external_number,
        "stream_sid": _read_stream_sid,
        "call_sid": _read_call_sid,
        "type_": _read_type_,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
