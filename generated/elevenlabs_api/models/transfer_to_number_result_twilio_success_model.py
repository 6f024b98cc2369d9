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
class TransferToNumberResultTwilioSuccessModel(Lazy, AdditionalProperties[Any]):
    transfer_number: str

    agent_message: str

    conference_name: str

    result_type: Literal["transfer_to_number_twilio_success"] | Unset = _attrs_field(
        default="transfer_to_number_twilio_success",
        kw_only=True,
        validator=types.tag(
            "TransferToNumberResultTwilioSuccessModel", "result_type", "transfer_to_number_twilio_success"
        ),
    )

    status: Literal["success"] | Unset = _attrs_field(
        default="success",
        kw_only=True,
        validator=types.tag("TransferToNumberResultTwilioSuccessModel", "status", "success"),
    )

    reason: None | str | Unset = UNSET

    client_message: None | str | Unset = UNSET

    note: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("transfer_number", "transfer_number", STR, required=True),
        Field("agent_message", "agent_message", STR, required=True),
        Field("conference_name", "conference_name", STR, required=True),
        Field("result_type", "result_type", const("transfer_to_number_twilio_success")),
        Field("status", "status", const("success")),
        Field("reason", "reason", union(STR, NULL)),
        Field("client_message", "client_message", union(STR, NULL)),
        Field("note", "note", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
