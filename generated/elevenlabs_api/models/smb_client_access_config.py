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

T = TypeVar("T", bound="SmbClientAccessConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SmbClientAccessConfig(Lazy):
    """Attributes:
    enable_secure_mode (bool | Unset): Defaults to False on the server.
    identity_verification_enabled (bool | Unset): Defaults to False on the server.
    identity_verification_email_enabled (bool | Unset): Defaults to False on the server.
    identity_verification_sms_enabled (bool | Unset): Defaults to False on the server.
    """

    enable_secure_mode: bool | Unset = UNSET

    identity_verification_enabled: bool | Unset = UNSET

    identity_verification_email_enabled: bool | Unset = UNSET

    identity_verification_sms_enabled: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        enable_secure_mode = self.enable_secure_mode

        identity_verification_enabled = self.identity_verification_enabled

        identity_verification_email_enabled = self.identity_verification_email_enabled

        identity_verification_sms_enabled = self.identity_verification_sms_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enable_secure_mode is not UNSET:
            field_dict["enable_secure_mode"] = enable_secure_mode
        if identity_verification_enabled is not UNSET:
            field_dict["identity_verification_enabled"] = identity_verification_enabled
        if identity_verification_email_enabled is not UNSET:
            field_dict["identity_verification_email_enabled"] = identity_verification_email_enabled
        if identity_verification_sms_enabled is not UNSET:
            field_dict["identity_verification_sms_enabled"] = identity_verification_sms_enabled
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        smb_client_access_config = cls.__new__(cls)
        smb_client_access_config.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return smb_client_access_config

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


_read_enable_secure_mode = plain_reader("enable_secure_mode", (bool,), "a boolean", False)

_read_identity_verification_enabled = plain_reader("identity_verification_enabled", (bool,), "a boolean", False)

_read_identity_verification_email_enabled = plain_reader(
    "identity_verification_email_enabled", (bool,), "a boolean", False
)

_read_identity_verification_sms_enabled = plain_reader("identity_verification_sms_enabled", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "enable_secure_mode",
        "identity_verification_enabled",
        "identity_verification_email_enabled",
        "identity_verification_sms_enabled",
    )
)


def _read_additional_properties(cls: type[SmbClientAccessConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SmbClientAccessConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    enable_secure_mode = d.get("enable_secure_mode", UNSET)
    if enable_secure_mode.__class__ is not bool and enable_secure_mode is not UNSET:
        enable_secure_mode = _read_enable_secure_mode(cls, d)

    identity_verification_enabled = d.get("identity_verification_enabled", UNSET)
    if identity_verification_enabled.__class__ is not bool and identity_verification_enabled is not UNSET:
        identity_verification_enabled = _read_identity_verification_enabled(cls, d)

    identity_verification_email_enabled = d.get("identity_verification_email_enabled", UNSET)
    if identity_verification_email_enabled.__class__ is not bool and identity_verification_email_enabled is not UNSET:
        identity_verification_email_enabled = _read_identity_verification_email_enabled(cls, d)

    identity_verification_sms_enabled = d.get("identity_verification_sms_enabled", UNSET)
    if identity_verification_sms_enabled.__class__ is not bool and identity_verification_sms_enabled is not UNSET:
        identity_verification_sms_enabled = _read_identity_verification_sms_enabled(cls, d)

    return {
        "enable_secure_mode": enable_secure_mode,
        "identity_verification_enabled": identity_verification_enabled,
        "identity_verification_email_enabled": identity_verification_email_enabled,
        "identity_verification_sms_enabled": identity_verification_sms_enabled,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    SmbClientAccessConfig,
    _all_fields,
    {
        "enable_secure_mode": _read_enable_secure_mode,
        "identity_verification_enabled": _read_identity_verification_enabled,
        "identity_verification_email_enabled": _read_identity_verification_email_enabled,
        "identity_verification_sms_enabled": _read_identity_verification_sms_enabled,
        "additional_properties": _read_additional_properties,
    },
)
