from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    union,
)


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TransferToNumberResultExotelSuccessModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    transfer_number (str):
    result_type (Literal['transfer_to_number_exotel_success'] | Unset):  Default:
        'transfer_to_number_exotel_success'.
    status (Literal['success'] | Unset):  Default: 'success'.
    reason (None | str | Unset):
    agent_message (None | str | Unset):
    note (None | str | Unset):
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("transfer_number", "transfer_number", STR, required=True),
        Field("result_type", "result_type", const("transfer_to_number_exotel_success")),
        Field("status", "status", const("success")),
        Field("reason", "reason", union(STR, NULL)),
        Field("agent_message", "agent_message", union(STR, NULL)),
        Field("note", "note", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
