from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetSipLogMessagesResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetSipLogMessagesResponse(Lazy):
    """Attributes:
    sip_messages (list[SipLogMessage]):
    next_cursor (None | str | Unset):
    has_more (bool | Unset): Defaults to False on the server.
    """

    sip_messages: list[SipLogMessage]

    next_cursor: None | str | Unset = UNSET

    has_more: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("sip_messages",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        sip_messages: Any
        try:
            sip_messages = []
            for sip_messages_item_data in self.sip_messages:
                sip_messages_item = sip_messages_item_data.to_dict()
                sip_messages.append(sip_messages_item)

        except (AttributeError, TypeError):
            sip_messages = self.sip_messages

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if sip_messages is not None or "sip_messages" not in self._missing_fields:
            field_dict["sip_messages"] = sip_messages
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_sip_log_messages_response = cls.__new__(cls)
        get_sip_log_messages_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_sip_log_messages_response

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


def _read_sip_messages(cls: type[GetSipLogMessagesResponse], d: Mapping[str, Any]) -> Any:
    sip_messages_raw = d.get("sip_messages", MISSING)
    if sip_messages_raw is MISSING:
        sip_messages = missing_field(cls, "sip_messages")
    else:
        try:
            expect_array("sip_messages", sip_messages_raw)
            sip_messages = []
            _sip_messages = sip_messages_raw
            for sip_messages_item_data in _sip_messages:
                sip_messages_item = SipLogMessage.from_dict(sip_messages_item_data)

                sip_messages.append(sip_messages_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            sip_messages = deviating_field(cls, "sip_messages", sip_messages_raw)

    return sip_messages


_read_next_cursor = plain_reader(
    "next_cursor",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_has_more = plain_reader("has_more", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "sip_messages",
        "next_cursor",
        "has_more",
    )
)


def _read_additional_properties(cls: type[GetSipLogMessagesResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[GetSipLogMessagesResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "sip_messages" in known:
        sip_messages = known["sip_messages"]
    else:
        sip_messages = _read_sip_messages(cls, d)

    next_cursor = d.get("next_cursor", UNSET)
    if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
        next_cursor = _read_next_cursor(cls, d)

    has_more = d.get("has_more", UNSET)
    if has_more.__class__ is not bool and has_more is not UNSET:
        has_more = _read_has_more(cls, d)

    return {
        "sip_messages": sip_messages,
        "next_cursor": next_cursor,
        "has_more": has_more,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetSipLogMessagesResponse,
    _all_fields,
    {
        "sip_messages": _read_sip_messages,
        "next_cursor": _read_next_cursor,
        "has_more": _read_has_more,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.sip_log_message import SipLogMessage
