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

T = TypeVar("T", bound="TransferToNumberResultTwilioSuccessModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TransferToNumberResultTwilioSuccessModel(Lazy):
    """Attributes:
    transfer_number (str):
    agent_message (str):
    conference_name (str):
    result_type (Literal['transfer_to_number_twilio_success'] | Unset):
    status (Literal['success'] | Unset):
    reason (None | str | Unset):
    client_message (None | str | Unset):
    note (None | str | Unset):
    """

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "transfer_number",
        "agent_message",
        "conference_name",
    )
    _tags: ClassVar[tuple[str, ...]] = (
        "result_type",
        "status",
    )
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("result_type", "transfer_to_number_twilio_success")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        transfer_number = self.transfer_number

        agent_message = self.agent_message

        conference_name = self.conference_name

        result_type = self.result_type

        status = self.status

        reason: Any
        try:
            reason = self.reason

        except (AttributeError, TypeError):
            reason = self.reason

        client_message: Any
        try:
            client_message = self.client_message

        except (AttributeError, TypeError):
            client_message = self.client_message

        note: Any
        try:
            note = self.note

        except (AttributeError, TypeError):
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if transfer_number is not None or "transfer_number" not in self._missing_fields:
            field_dict["transfer_number"] = transfer_number
        if agent_message is not None or "agent_message" not in self._missing_fields:
            field_dict["agent_message"] = agent_message
        if conference_name is not None or "conference_name" not in self._missing_fields:
            field_dict["conference_name"] = conference_name
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if client_message is not UNSET:
            field_dict["client_message"] = client_message
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
        transfer_to_number_result_twilio_success_model = cls.__new__(cls)
        transfer_to_number_result_twilio_success_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return transfer_to_number_result_twilio_success_model

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


def _read_result_type(cls: type[TransferToNumberResultTwilioSuccessModel], d: Mapping[str, Any]) -> Any:
    result_type_raw = d.get("result_type", UNSET)
    result_type = cast(Literal["transfer_to_number_twilio_success"] | Unset, result_type_raw)
    if result_type != "transfer_to_number_twilio_success" and not isinstance(result_type, Unset):
        raise ValueError(f"result_type must match const 'transfer_to_number_twilio_success', got '{result_type}'")

    return result_type


def _read_status(cls: type[TransferToNumberResultTwilioSuccessModel], d: Mapping[str, Any]) -> Any:
    status_raw = d.get("status", UNSET)
    status = cast(Literal["success"] | Unset, status_raw)
    if status != "success" and not isinstance(status, Unset):
        raise ValueError(f"status must match const 'success', got '{status}'")

    return status


_read_transfer_number = plain_reader("transfer_number", (str,), "a string", True)

_read_agent_message = plain_reader("agent_message", (str,), "a string", True)

_read_conference_name = plain_reader("conference_name", (str,), "a string", True)

_read_reason = plain_reader(
    "reason",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_client_message = plain_reader(
    "client_message",
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
        "agent_message",
        "conference_name",
        "result_type",
        "status",
        "reason",
        "client_message",
        "note",
    )
)


def _read_additional_properties(
    cls: type[TransferToNumberResultTwilioSuccessModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[TransferToNumberResultTwilioSuccessModel], d: Mapping[str, Any], known: Mapping[str, Any]
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

    agent_message = d.get("agent_message", MISSING)
    if agent_message.__class__ is not str:
        agent_message = _read_agent_message(cls, d)

    conference_name = d.get("conference_name", MISSING)
    if conference_name.__class__ is not str:
        conference_name = _read_conference_name(cls, d)

    reason = d.get("reason", UNSET)
    if reason.__class__ is not str and reason is not None and reason is not UNSET:
        reason = _read_reason(cls, d)

    client_message = d.get("client_message", UNSET)
    if client_message.__class__ is not str and client_message is not None and client_message is not UNSET:
        client_message = _read_client_message(cls, d)

    note = d.get("note", UNSET)
    if note.__class__ is not str and note is not None and note is not UNSET:
        note = _read_note(cls, d)

    return {
        "transfer_number": transfer_number,
        "agent_message": agent_message,
        "conference_name": conference_name,
        "result_type": result_type,
        "status": status,
        "reason": reason,
        "client_message": client_message,
        "note": note,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    TransferToNumberResultTwilioSuccessModel,
    _all_fields,
    {
        "transfer_number": _read_transfer_number,
        "agent_message": _read_agent_message,
        "conference_name": _read_conference_name,
        "result_type": _read_result_type,
        "status": _read_status,
        "reason": _read_reason,
        "client_message": _read_client_message,
        "note": _read_note,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
