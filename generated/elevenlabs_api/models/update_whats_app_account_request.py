from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="UpdateWhatsAppAccountRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UpdateWhatsAppAccountRequest(Lazy):
    """Attributes:
    assigned_agent_id (None | str | Unset):
    enable_messaging (bool | None | Unset):
    enable_audio_message_response (bool | None | Unset):
    enable_typing_indicator (bool | None | Unset):
    """

    assigned_agent_id: None | str | Unset = UNSET

    enable_messaging: bool | None | Unset = UNSET

    enable_audio_message_response: bool | None | Unset = UNSET

    enable_typing_indicator: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        assigned_agent_id: Any
        try:
            assigned_agent_id = self.assigned_agent_id

        except (AttributeError, TypeError):
            assigned_agent_id = self.assigned_agent_id

        enable_messaging: Any
        try:
            enable_messaging = self.enable_messaging

        except (AttributeError, TypeError):
            enable_messaging = self.enable_messaging

        enable_audio_message_response: Any
        try:
            enable_audio_message_response = self.enable_audio_message_response

        except (AttributeError, TypeError):
            enable_audio_message_response = self.enable_audio_message_response

        enable_typing_indicator: Any
        try:
            enable_typing_indicator = self.enable_typing_indicator

        except (AttributeError, TypeError):
            enable_typing_indicator = self.enable_typing_indicator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if assigned_agent_id is not UNSET:
            field_dict["assigned_agent_id"] = assigned_agent_id
        if enable_messaging is not UNSET:
            field_dict["enable_messaging"] = enable_messaging
        if enable_audio_message_response is not UNSET:
            field_dict["enable_audio_message_response"] = enable_audio_message_response
        if enable_typing_indicator is not UNSET:
            field_dict["enable_typing_indicator"] = enable_typing_indicator
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        update_whats_app_account_request = cls.__new__(cls)
        update_whats_app_account_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return update_whats_app_account_request

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


_read_assigned_agent_id = plain_reader(
    "assigned_agent_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_enable_messaging = plain_reader(
    "enable_messaging",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_enable_audio_message_response = plain_reader(
    "enable_audio_message_response",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_enable_typing_indicator = plain_reader(
    "enable_typing_indicator",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "assigned_agent_id",
        "enable_messaging",
        "enable_audio_message_response",
        "enable_typing_indicator",
    )
)


def _read_additional_properties(cls: type[UpdateWhatsAppAccountRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[UpdateWhatsAppAccountRequest], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    assigned_agent_id = d.get("assigned_agent_id", UNSET)
    if assigned_agent_id.__class__ is not str and assigned_agent_id is not None and assigned_agent_id is not UNSET:
        assigned_agent_id = _read_assigned_agent_id(cls, d)

    enable_messaging = d.get("enable_messaging", UNSET)
    if enable_messaging.__class__ is not bool and enable_messaging is not None and enable_messaging is not UNSET:
        enable_messaging = _read_enable_messaging(cls, d)

    enable_audio_message_response = d.get("enable_audio_message_response", UNSET)
    if (
        enable_audio_message_response.__class__ is not bool
        and enable_audio_message_response is not None
        and enable_audio_message_response is not UNSET
    ):
        enable_audio_message_response = _read_enable_audio_message_response(cls, d)

    enable_typing_indicator = d.get("enable_typing_indicator", UNSET)
    if (
        enable_typing_indicator.__class__ is not bool
        and enable_typing_indicator is not None
        and enable_typing_indicator is not UNSET
    ):
        enable_typing_indicator = _read_enable_typing_indicator(cls, d)

    return {
        "assigned_agent_id": assigned_agent_id,
        "enable_messaging": enable_messaging,
        "enable_audio_message_response": enable_audio_message_response,
        "enable_typing_indicator": enable_typing_indicator,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    UpdateWhatsAppAccountRequest,
    _all_fields,
    {
        "assigned_agent_id": _read_assigned_agent_id,
        "enable_messaging": _read_enable_messaging,
        "enable_audio_message_response": _read_enable_audio_message_response,
        "enable_typing_indicator": _read_enable_typing_indicator,
        "additional_properties": _read_additional_properties,
    },
)
