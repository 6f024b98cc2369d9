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

T = TypeVar("T", bound="TelephonyCallConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TelephonyCallConfig(Lazy):
    """Attributes:
    ringing_timeout_secs (int | Unset): How long to ring the recipient before giving up, in seconds. Note that this
        will also be limited by the provider's own constraints. Defaults to 60 on the server.
    twilio_call_recording_enabled (bool | Unset): Whether to record the call using Twilio call recording. Ignored
        for non-Twilio providers. Recordings are stored in your Twilio account. Defaults to False on the server.
    """

    ringing_timeout_secs: int | Unset = UNSET

    twilio_call_recording_enabled: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        ringing_timeout_secs = self.ringing_timeout_secs

        twilio_call_recording_enabled = self.twilio_call_recording_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ringing_timeout_secs is not UNSET:
            field_dict["ringing_timeout_secs"] = ringing_timeout_secs
        if twilio_call_recording_enabled is not UNSET:
            field_dict["twilio_call_recording_enabled"] = twilio_call_recording_enabled
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        telephony_call_config = cls.__new__(cls)
        telephony_call_config.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return telephony_call_config

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


_read_ringing_timeout_secs = plain_reader("ringing_timeout_secs", (int,), "an integer", False)

_read_twilio_call_recording_enabled = plain_reader("twilio_call_recording_enabled", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "ringing_timeout_secs",
        "twilio_call_recording_enabled",
    )
)


def _read_additional_properties(cls: type[TelephonyCallConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[TelephonyCallConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    ringing_timeout_secs = d.get("ringing_timeout_secs", UNSET)
    if ringing_timeout_secs.__class__ is not int and ringing_timeout_secs is not UNSET:
        ringing_timeout_secs = _read_ringing_timeout_secs(cls, d)

    twilio_call_recording_enabled = d.get("twilio_call_recording_enabled", UNSET)
    if twilio_call_recording_enabled.__class__ is not bool and twilio_call_recording_enabled is not UNSET:
        twilio_call_recording_enabled = _read_twilio_call_recording_enabled(cls, d)

    return {
        "ringing_timeout_secs": ringing_timeout_secs,
        "twilio_call_recording_enabled": twilio_call_recording_enabled,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    TelephonyCallConfig,
    _all_fields,
    {
        "ringing_timeout_secs": _read_ringing_timeout_secs,
        "twilio_call_recording_enabled": _read_twilio_call_recording_enabled,
        "additional_properties": _read_additional_properties,
    },
)
