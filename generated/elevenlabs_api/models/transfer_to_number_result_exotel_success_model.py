from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class TransferToNumberResultExotelSuccessModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    result_type:  Default: 'transfer_to_number_exotel_success'.
    status:  Default: 'success'.
    """

    transfer_number: str

    result_type: Literal["transfer_to_number_exotel_success"] | Unset = _attrs_field(
        default="transfer_to_number_exotel_success",
        kw_only=True,
        validator=types.tag(
            "TransferToNumberResultExotelSuccessModel", "result_type", "transfer_to_number_exotel_success"
        ),
    )

    status: Literal["success"] | Unset = _attrs_field(
        default="success",
        kw_only=True,
        validator=types.tag("TransferToNumberResultExotelSuccessModel", "status", "success"),
    )

    reason: None | str | Unset = UNSET

    agent_message: None | str | Unset = UNSET

    note: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("transfer_number", "transfer_number", STR, required=True),
        Field("result_type", "result_type", const("transfer_to_number_exotel_success")),
        Field("status", "status", const("success")),
        Field("reason", "reason", union(STR, NULL)),
        Field("agent_message", "agent_message", union(STR, NULL)),
        Field("note", "note", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
