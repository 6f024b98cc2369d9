from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import SmsConversationInfoDirection, check_sms_conversation_info_direction
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

T = TypeVar("T", bound="SmsConversationInfo")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SmsConversationInfo(Lazy):
    """Attributes:
    direction (SmsConversationInfoDirection):
    sms_user_phone_number (str):
    phone_number_id (None | str | Unset):
    agent_phone_number (None | str | Unset):
    """

    direction: SmsConversationInfoDirection

    sms_user_phone_number: str

    phone_number_id: None | str | Unset = UNSET

    agent_phone_number: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "direction",
        "sms_user_phone_number",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        direction: Any
        try:
            direction = self.direction
        except (AttributeError, TypeError):
            direction = self.direction

        sms_user_phone_number = self.sms_user_phone_number

        phone_number_id: Any
        try:
            phone_number_id = self.phone_number_id

        except (AttributeError, TypeError):
            phone_number_id = self.phone_number_id

        agent_phone_number: Any
        try:
            agent_phone_number = self.agent_phone_number

        except (AttributeError, TypeError):
            agent_phone_number = self.agent_phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if direction is not None or "direction" not in self._missing_fields:
            field_dict["direction"] = direction
        if sms_user_phone_number is not None or "sms_user_phone_number" not in self._missing_fields:
            field_dict["sms_user_phone_number"] = sms_user_phone_number
        if phone_number_id is not UNSET:
            field_dict["phone_number_id"] = phone_number_id
        if agent_phone_number is not UNSET:
            field_dict["agent_phone_number"] = agent_phone_number
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        sms_conversation_info = cls.__new__(cls)
        sms_conversation_info.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return sms_conversation_info

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


def _read_direction(cls: type[SmsConversationInfo], d: Mapping[str, Any]) -> Any:
    direction_raw = d.get("direction", MISSING)
    if direction_raw is MISSING:
        direction = missing_field(cls, "direction")
    else:
        try:
            direction = check_sms_conversation_info_direction(direction_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            direction = deviating_field(cls, "direction", direction_raw)

    return direction


_read_sms_user_phone_number = plain_reader("sms_user_phone_number", (str,), "a string", True)

_read_phone_number_id = plain_reader(
    "phone_number_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_agent_phone_number = plain_reader(
    "agent_phone_number",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "direction",
        "sms_user_phone_number",
        "phone_number_id",
        "agent_phone_number",
    )
)


def _read_additional_properties(cls: type[SmsConversationInfo], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SmsConversationInfo], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "direction" in known:
        direction = known["direction"]
    else:
        direction = _read_direction(cls, d)

    sms_user_phone_number = d.get("sms_user_phone_number", MISSING)
    if sms_user_phone_number.__class__ is not str:
        sms_user_phone_number = _read_sms_user_phone_number(cls, d)

    phone_number_id = d.get("phone_number_id", UNSET)
    if phone_number_id.__class__ is not str and phone_number_id is not None and phone_number_id is not UNSET:
        phone_number_id = _read_phone_number_id(cls, d)

    agent_phone_number = d.get("agent_phone_number", UNSET)
    if agent_phone_number.__class__ is not str and agent_phone_number is not None and agent_phone_number is not UNSET:
        agent_phone_number = _read_agent_phone_number(cls, d)

    return {
        "direction": direction,
        "sms_user_phone_number": sms_user_phone_number,
        "phone_number_id": phone_number_id,
        "agent_phone_number": agent_phone_number,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SmsConversationInfo,
    _all_fields,
    {
        "direction": _read_direction,
        "sms_user_phone_number": _read_sms_user_phone_number,
        "phone_number_id": _read_phone_number_id,
        "agent_phone_number": _read_agent_phone_number,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
