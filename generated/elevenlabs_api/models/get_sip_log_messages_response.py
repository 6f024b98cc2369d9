from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="GetSIPLogMessagesResponse")


@_attrs_define
class GetSIPLogMessagesResponse:
    """Attributes:
    sip_messages (list[SIPLogMessage]):
    next_cursor (None | str | Unset):
    has_more (bool | Unset):  Default: False.
    """

    sip_messages: list[SIPLogMessage]

    next_cursor: None | str | Unset = UNSET

    has_more: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        sip_messages_raw = d.pop("sip_messages", MISSING)
        if sip_messages_raw is MISSING:
            sip_messages = missing_field(cls, "sip_messages")
            _missing += ("sip_messages",)
        else:
            try:
                expect_array("sip_messages", sip_messages_raw)
                sip_messages = []
                _sip_messages = sip_messages_raw
                for sip_messages_item_data in _sip_messages:
                    sip_messages_item = SIPLogMessage.from_dict(sip_messages_item_data)

                    sip_messages.append(sip_messages_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                sip_messages = deviating_field(cls, "sip_messages", sip_messages_raw)

        next_cursor = d.pop("next_cursor", UNSET)
        if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
            next_cursor = unexpected_type(cls, "next_cursor", next_cursor, "a string or null")

        has_more = d.pop("has_more", UNSET)
        if has_more.__class__ is not bool and has_more is not UNSET:
            has_more = unexpected_type(cls, "has_more", has_more, "a boolean")

        get_sip_log_messages_response = cls(
            sip_messages=sip_messages,
            next_cursor=next_cursor,
            has_more=has_more,
        )
        if _missing:
            get_sip_log_messages_response._missing_fields = _missing
        get_sip_log_messages_response.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.sip_log_message import SIPLogMessage
