from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    UuiTransferConfigProtocolDiscriminatorModeType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="UuiTransferConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UuiTransferConfig(Lazy):
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
        protocol_discriminator_mode (str | Unset | UuiTransferConfigProtocolDiscriminatorModeType0): How to attach
            protocol_discriminator. 'prefix' prepends the octet to the hex payload (User-to-User=XX<hex>;encoding=hex).
            'pd_parameter' sends it as a separate parameter (User-to-User=<hex>;pd=XX;encoding=hex). Ignored when
            protocol_discriminator is unset. Defaults to 'prefix' on the server.
    """

    data: str

    protocol_discriminator: None | str | Unset = UNSET

    protocol_discriminator_mode: str | Unset | UuiTransferConfigProtocolDiscriminatorModeType0 = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("data",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        uui_transfer_config = cls.__new__(cls)
        uui_transfer_config.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_data = plain_reader("data", (str,), "a string", True)

_read_protocol_discriminator = plain_reader(
    "protocol_discriminator",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_protocol_discriminator_mode = plain_reader("protocol_discriminator_mode", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "data",
        "protocol_discriminator",
        "protocol_discriminator_mode",
    )
)


def _read_additional_properties(cls: type[UuiTransferConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[UuiTransferConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    data = d.get("data", MISSING)
    if data.__class__ is not str:
        data = _read_data(cls, d)

    protocol_discriminator = d.get("protocol_discriminator", UNSET)
    if (
        protocol_discriminator.__class__ is not str
        and protocol_discriminator is not None
        and protocol_discriminator is not UNSET
    ):
        protocol_discriminator = _read_protocol_discriminator(cls, d)

    protocol_discriminator_mode = d.get("protocol_discriminator_mode", UNSET)
    if protocol_discriminator_mode.__class__ is not str and protocol_discriminator_mode is not UNSET:
        protocol_discriminator_mode = _read_protocol_discriminator_mode(cls, d)

    return {
        "data": data,
        "protocol_discriminator": protocol_discriminator,
        "protocol_discriminator_mode": protocol_discriminator_mode,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    UuiTransferConfig,
    _all_fields,
    {
        "data": _read_data,
        "protocol_discriminator": _read_protocol_discriminator,
        "protocol_discriminator_mode": _read_protocol_discriminator_mode,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
