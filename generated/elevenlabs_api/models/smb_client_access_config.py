from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="SMBClientAccessConfig")


@_attrs_define
class SMBClientAccessConfig:
    """Attributes:
    enable_secure_mode (bool | Unset):  Default: False.
    identity_verification_enabled (bool | Unset):  Default: False.
    identity_verification_email_enabled (bool | Unset):  Default: False.
    identity_verification_sms_enabled (bool | Unset):  Default: False.
    """

    enable_secure_mode: bool | Unset = False

    identity_verification_enabled: bool | Unset = False

    identity_verification_email_enabled: bool | Unset = False

    identity_verification_sms_enabled: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        enable_secure_mode = d.pop("enable_secure_mode", UNSET)
        if enable_secure_mode.__class__ is not bool and enable_secure_mode is not UNSET:
            enable_secure_mode = unexpected_type(cls, "enable_secure_mode", enable_secure_mode, "a boolean")

        identity_verification_enabled = d.pop("identity_verification_enabled", UNSET)
        if identity_verification_enabled.__class__ is not bool and identity_verification_enabled is not UNSET:
            identity_verification_enabled = unexpected_type(
                cls, "identity_verification_enabled", identity_verification_enabled, "a boolean"
            )

        identity_verification_email_enabled = d.pop("identity_verification_email_enabled", UNSET)
        if (
            identity_verification_email_enabled.__class__ is not bool
            and identity_verification_email_enabled is not UNSET
        ):
            identity_verification_email_enabled = unexpected_type(
                cls, "identity_verification_email_enabled", identity_verification_email_enabled, "a boolean"
            )

        identity_verification_sms_enabled = d.pop("identity_verification_sms_enabled", UNSET)
        if identity_verification_sms_enabled.__class__ is not bool and identity_verification_sms_enabled is not UNSET:
            identity_verification_sms_enabled = unexpected_type(
                cls, "identity_verification_sms_enabled", identity_verification_sms_enabled, "a boolean"
            )

        smb_client_access_config = cls(
            enable_secure_mode=enable_secure_mode,
            identity_verification_enabled=identity_verification_enabled,
            identity_verification_email_enabled=identity_verification_email_enabled,
            identity_verification_sms_enabled=identity_verification_sms_enabled,
        )
        smb_client_access_config.additional_properties = d
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
