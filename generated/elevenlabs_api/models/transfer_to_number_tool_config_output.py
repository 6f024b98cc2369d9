from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    BOOL,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class TransferToNumberToolConfigOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    system_tool_type:  Default: 'transfer_to_number'.
    enable_client_message: Whether to play a message to the client while they wait for transfer. Defaults to true
        for backward compatibility. Defaults to True on the server.
    """

    transfers: list[PhoneNumberTransfer]

    system_tool_type: Literal["transfer_to_number"] | Unset = _attrs_field(
        default="transfer_to_number",
        kw_only=True,
        validator=types.tag("TransferToNumberToolConfigOutput", "system_tool_type", "transfer_to_number"),
    )

    enable_client_message: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("transfers", "transfers", list_of(object_of("PhoneNumberTransfer")), required=True),
        Field("system_tool_type", "system_tool_type", const("transfer_to_number")),
        Field("enable_client_message", "enable_client_message", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.phone_number_transfer import PhoneNumberTransfer
