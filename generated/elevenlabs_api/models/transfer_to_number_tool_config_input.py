from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
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

T = TypeVar("T", bound="TransferToNumberToolConfigInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TransferToNumberToolConfigInput(Lazy):
    """Attributes:
    transfers (list[PhoneNumberTransfer]):
    system_tool_type (Literal['transfer_to_number'] | Unset):  Default: 'transfer_to_number'.
    enable_client_message (bool | Unset): Whether to play a message to the client while they wait for transfer.
        Defaults to true for backward compatibility. Defaults to True on the server.
    """

    transfers: list[PhoneNumberTransfer]

    system_tool_type: Literal["transfer_to_number"] | Unset = _attrs_field(
        default="transfer_to_number",
        kw_only=True,
        validator=types.tag("TransferToNumberToolConfigInput", "system_tool_type", "transfer_to_number"),
    )

    enable_client_message: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("transfers",)
    _tags: ClassVar[tuple[str, ...]] = ("system_tool_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("system_tool_type", "transfer_to_number")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        transfers: Any
        try:
            transfers = []
            for transfers_item_data in self.transfers:
                transfers_item = transfers_item_data.to_dict()
                transfers.append(transfers_item)

        except (AttributeError, TypeError):
            transfers = self.transfers

        system_tool_type = self.system_tool_type

        enable_client_message = self.enable_client_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if transfers is not None or "transfers" not in self._missing_fields:
            field_dict["transfers"] = transfers
        if system_tool_type is not UNSET:
            field_dict["system_tool_type"] = system_tool_type
        if enable_client_message is not UNSET:
            field_dict["enable_client_message"] = enable_client_message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        transfer_to_number_tool_config_input = cls.__new__(cls)
        transfer_to_number_tool_config_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return transfer_to_number_tool_config_input

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


def _read_system_tool_type(cls: type[TransferToNumberToolConfigInput], d: Mapping[str, Any]) -> Any:
    system_tool_type_raw = d.get("system_tool_type", UNSET)
    system_tool_type = cast(Literal["transfer_to_number"] | Unset, system_tool_type_raw)
    if system_tool_type != "transfer_to_number" and not isinstance(system_tool_type, Unset):
        raise ValueError(f"system_tool_type must match const 'transfer_to_number', got '{system_tool_type}'")

    return system_tool_type


def _read_transfers(cls: type[TransferToNumberToolConfigInput], d: Mapping[str, Any]) -> Any:
    transfers_raw = d.get("transfers", MISSING)
    if transfers_raw is MISSING:
        transfers = missing_field(cls, "transfers")
    else:
        try:
            expect_array("transfers", transfers_raw)
            transfers = []
            _transfers = transfers_raw
            for transfers_item_data in _transfers:
                transfers_item = PhoneNumberTransfer.from_dict(transfers_item_data)

                transfers.append(transfers_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            transfers = deviating_field(cls, "transfers", transfers_raw)

    return transfers


_read_enable_client_message = plain_reader("enable_client_message", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "transfers",
        "system_tool_type",
        "enable_client_message",
    )
)


def _read_additional_properties(cls: type[TransferToNumberToolConfigInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[TransferToNumberToolConfigInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "system_tool_type" in known:
        system_tool_type = known["system_tool_type"]
    else:
        system_tool_type = d.get("system_tool_type", UNSET)
        if system_tool_type is not UNSET:
            system_tool_type = _read_system_tool_type(cls, d)

    if "transfers" in known:
        transfers = known["transfers"]
    else:
        transfers = _read_transfers(cls, d)

    enable_client_message = d.get("enable_client_message", UNSET)
    if enable_client_message.__class__ is not bool and enable_client_message is not UNSET:
        enable_client_message = _read_enable_client_message(cls, d)

    return {
        "transfers": transfers,
        "system_tool_type": system_tool_type,
        "enable_client_message": enable_client_message,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    TransferToNumberToolConfigInput,
    _all_fields,
    {
        "transfers": _read_transfers,
        "system_tool_type": _read_system_tool_type,
        "enable_client_message": _read_enable_client_message,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.phone_number_transfer import PhoneNumberTransfer
