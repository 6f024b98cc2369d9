from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.uui_transfer_config_protocol_discriminator_mode_type_0 import (
    UUITransferConfigProtocolDiscriminatorModeType0,
)
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="UUITransferConfig")


@_attrs_define
class UUITransferConfig:
    """User-to-User Information envelope for SIP REFER transfers (RFC 7433).

    Outbound payloads are hex-encoded (the only encoding RFC 7433 defines). The
    protocol discriminator axis lets per-platform formats (Talkdesk, Genesys, ...)
    be expressed by configuration rather than scattered transfer flags. Further
    axes (ASCII encoding, header name, purpose/content parameters) can be added
    here without touching the transfer model.

    Attributes:
        data (str): UUI payload to send on SIP REFER transfers. Supports inline dynamic variables and is hex-encoded at
            transfer time.
        protocol_discriminator (None | str | Unset): Optional one-octet protocol discriminator (two hex digits, e.g.
            '00'). Required by platforms such as Genesys Cloud, which otherwise strip the first octet of the payload. Leave
            unset for platforms like Talkdesk that expect a bare hex payload.
        protocol_discriminator_mode (str | Unset | UUITransferConfigProtocolDiscriminatorModeType0): How to attach
            protocol_discriminator. 'prefix' prepends the octet to the hex payload (User-to-User=XX<hex>;encoding=hex).
            'pd_parameter' sends it as a separate parameter (User-to-User=<hex>;pd=XX;encoding=hex). Ignored when
            protocol_discriminator is unset. Default: 'prefix'.
    """

    data: str

    protocol_discriminator: None | str | Unset = UNSET

    protocol_discriminator_mode: str | Unset | UUITransferConfigProtocolDiscriminatorModeType0 = "prefix"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        protocol_discriminator: Any
        try:
            protocol_discriminator = self.protocol_discriminator

        except (AttributeError, TypeError):
            protocol_discriminator = self.protocol_discriminator

        protocol_discriminator_mode: Any
        try:
            if isinstance(self.protocol_discriminator_mode, Unset):
                protocol_discriminator_mode = UNSET
            elif isinstance(self.protocol_discriminator_mode, str):
                protocol_discriminator_mode = self.protocol_discriminator_mode
            else:
                protocol_discriminator_mode = self.protocol_discriminator_mode

        except (AttributeError, TypeError):
            protocol_discriminator_mode = self.protocol_discriminator_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data is not None or "data" not in self._missing_fields:
            field_dict["data"] = data
        if protocol_discriminator is not UNSET:
            field_dict["protocol_discriminator"] = protocol_discriminator
        if protocol_discriminator_mode is not UNSET:
            field_dict["protocol_discriminator_mode"] = protocol_discriminator_mode
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        data = d.pop("data", MISSING)
        if data.__class__ is not str:
            if data is MISSING:
                data = missing_field(cls, "data")
                _missing += ("data",)
            else:
                data = unexpected_type(cls, "data", data, "a string")

        protocol_discriminator = d.pop("protocol_discriminator", UNSET)
        if (
            protocol_discriminator.__class__ is not str
            and protocol_discriminator is not None
            and protocol_discriminator is not UNSET
        ):
            protocol_discriminator = unexpected_type(
                cls, "protocol_discriminator", protocol_discriminator, "a string or null"
            )

        protocol_discriminator_mode = d.pop("protocol_discriminator_mode", UNSET)
        if protocol_discriminator_mode.__class__ is not str and protocol_discriminator_mode is not UNSET:
            protocol_discriminator_mode = unexpected_type(
                cls, "protocol_discriminator_mode", protocol_discriminator_mode, "a string"
            )

        uui_transfer_config = cls(
            data=data,
            protocol_discriminator=protocol_discriminator,
            protocol_discriminator_mode=protocol_discriminator_mode,
        )
        if _missing:
            uui_transfer_config._missing_fields = _missing
        uui_transfer_config.additional_properties = d
        return uui_transfer_config

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
