from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    ConversationHistorySipTrunkingPhoneCallModelDirection,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationHistorySipTrunkingPhoneCallModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationHistorySipTrunkingPhoneCallModel(Lazy):
    """Attributes:
    direction (ConversationHistorySipTrunkingPhoneCallModelDirection | str):
    phone_number_id (str):
    agent_number (str):
    external_number (str):
    type_ (Literal['sip_trunking']):
    call_sid (str):
    """

    direction: ConversationHistorySipTrunkingPhoneCallModelDirection | str

    phone_number_id: str

    agent_number: str

    external_number: str

    type_: Literal["sip_trunking"] = _attrs_field(
        default="sip_trunking",
        kw_only=True,
        alias="type",
        validator=types.tag("ConversationHistorySipTrunkingPhoneCallModel", "type", "sip_trunking"),
    )

    call_sid: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "direction",
        "phone_number_id",
        "agent_number",
        "external_number",
        "call_sid",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "sip_trunking")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        direction: Any
        try:
            if isinstance(self.direction, str):
                direction = self.direction
            else:
                direction = self.direction

        except (AttributeError, TypeError):
            direction = self.direction

        phone_number_id = self.phone_number_id

        agent_number = self.agent_number

        external_number = self.external_number

        type_ = self.type_

        call_sid = self.call_sid

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
        field_dict["type"] = type_
        if call_sid is not None or "call_sid" not in self._missing_fields:
            field_dict["call_sid"] = call_sid
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_history_sip_trunking_phone_call_model = cls.__new__(cls)
        conversation_history_sip_trunking_phone_call_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_history_sip_trunking_phone_call_model

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


def _read_type_(cls: type[ConversationHistorySipTrunkingPhoneCallModel], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["sip_trunking"], type__raw)
    if type_ != "sip_trunking":
        raise ValueError(f"type must match const 'sip_trunking', got '{type_}'")

    return type_


_read_direction = plain_reader("direction", (str,), "a string", True)

_read_phone_number_id = plain_reader("phone_number_id", (str,), "a string", True)

_read_agent_number = plain_reader("agent_number", (str,), "a string", True)

_read_external_number = plain_reader("external_number", (str,), "a string", True)

_read_call_sid = plain_reader("call_sid", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "direction",
        "phone_number_id",
        "agent_number",
        "external_number",
        "type",
        "call_sid",
    )
)


def _read_additional_properties(
    cls: type[ConversationHistorySipTrunkingPhoneCallModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationHistorySipTrunkingPhoneCallModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    direction = d.get("direction", MISSING)
    if direction.__class__ is not str:
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

    call_sid = d.get("call_sid", MISSING)
    if call_sid.__class__ is not str:
        call_sid = _read_call_sid(cls, d)

    return {
        "direction": direction,
        "phone_number_id": phone_number_id,
        "agent_number": agent_number,
        "external_number": external_number,
        "type_": type_,
        "call_sid": call_sid,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistorySipTrunkingPhoneCallModel, type_="type")

set_readers(
    ConversationHistorySipTrunkingPhoneCallModel,
    _all_fields,
    {
        "direction": _read_direction,
        "phone_number_id": _read_phone_number_id,
        "agent_number": _read_agent_number,
        "external_number": _read_external_number,
        "type_": _read_type_,
        "call_sid": _read_call_sid,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
