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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="TransferToNumberResultExotelSuccessModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TransferToNumberResultExotelSuccessModel(Lazy):
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
    _required: ClassVar[tuple[str, ...]] = ("transfer_number",)
    _tags: ClassVar[tuple[str, ...]] = (
        "result_type",
        "status",
    )
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("result_type", "transfer_to_number_exotel_success")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        transfer_number = self.transfer_number

        result_type = self.result_type

        status = self.status

        reason: Any
        try:
            reason = self.reason

        except (AttributeError, TypeError):
            reason = self.reason

        agent_message: Any
        try:
            agent_message = self.agent_message

        except (AttributeError, TypeError):
            agent_message = self.agent_message

        note: Any
        try:
            note = self.note

        except (AttributeError, TypeError):
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if transfer_number is not None or "transfer_number" not in self._missing_fields:
            field_dict["transfer_number"] = transfer_number
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if agent_message is not UNSET:
            field_dict["agent_message"] = agent_message
        if note is not UNSET:
            field_dict["note"] = note
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        transfer_to_number_result_exotel_success_model = cls.__new__(cls)
        transfer_to_number_result_exotel_success_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return transfer_to_number_result_exotel_success_model

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


def _read_result_type(cls: type[TransferToNumberResultExotelSuccessModel], d: Mapping[str, Any]) -> Any:
    result_type_raw = d.get("result_type", UNSET)
    result_type = cast(Literal["transfer_to_number_exotel_success"] | Unset, result_type_raw)
    if result_type != "transfer_to_number_exotel_success" and not isinstance(result_type, Unset):
        raise ValueError(f"result_type must match const 'transfer_to_number_exotel_success', got '{result_type}'")

    return result_type


def _read_status(cls: type[TransferToNumberResultExotelSuccessModel], d: Mapping[str, Any]) -> Any:
    status_raw = d.get("status", UNSET)
    status = cast(Literal["success"] | Unset, status_raw)
    if status != "success" and not isinstance(status, Unset):
        raise ValueError(f"status must match const 'success', got '{status}'")

    return status


_read_transfer_number = plain_reader("transfer_number", (str,), "a string", True)

_read_reason = plain_reader(
    "reason",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_agent_message = plain_reader(
    "agent_message",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_note = plain_reader(
    "note",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "transfer_number",
        "result_type",
        "status",
        "reason",
        "agent_message",
        "note",
    )
)


def _read_additional_properties(
    cls: type[TransferToNumberResultExotelSuccessModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[TransferToNumberResultExotelSuccessModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "result_type" in known:
        result_type = known["result_type"]
    else:
        result_type = d.get("result_type", UNSET)
        if result_type is not UNSET:
            result_type = _read_result_type(cls, d)

    if "status" in known:
        status = known["status"]
    else:
        status = d.get("status", UNSET)
        if status is not UNSET:
            status = _read_status(cls, d)

    transfer_number = d.get("transfer_number", MISSING)
    if transfer_number.__class__ is not str:
        transfer_number = _read_transfer_number(cls, d)

    reason = d.get("reason", UNSET)
    if reason.__class__ is not str and reason is not None and reason is not UNSET:
        reason = _read_reason(cls, d)

    agent_message = d.get("agent_message", UNSET)
    if agent_message.__class__ is not str and agent_message is not None and agent_message is not UNSET:
        agent_message = _read_agent_message(cls, d)

    note = d.get("note", UNSET)
    if note.__class__ is not str and note is not None and note is not UNSET:
        note = _read_note(cls, d)

    return {
        "transfer_number": transfer_number,
        "result_type": result_type,
        "status": status,
        "reason": reason,
        "agent_message": agent_message,
        "note": note,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    TransferToNumberResultExotelSuccessModel,
    _all_fields,
    {
        "transfer_number": _read_transfer_number,
        "result_type": _read_result_type,
        "status": _read_status,
        "reason": _read_reason,
        "agent_message": _read_agent_message,
        "note": _read_note,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
