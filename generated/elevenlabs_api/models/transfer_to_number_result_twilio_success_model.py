from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="TransferToNumberResultTwilioSuccessModel")


@_attrs_define
class TransferToNumberResultTwilioSuccessModel:
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

    result_type: Literal["transfer_to_number_twilio_success"] | Unset = UNSET

    status: Literal["success"] | Unset = UNSET

    reason: None | str | Unset = UNSET

    client_message: None | str | Unset = UNSET

    note: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("result_type", "transfer_to_number_twilio_success")

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        result_type_raw = d.pop("result_type", UNSET)
        result_type = cast(Literal["transfer_to_number_twilio_success"] | Unset, result_type_raw)
        if result_type != "transfer_to_number_twilio_success" and not isinstance(result_type, Unset):
            raise ValueError(f"result_type must match const 'transfer_to_number_twilio_success', got '{result_type}'")

        status_raw = d.pop("status", UNSET)
        status = cast(Literal["success"] | Unset, status_raw)
        if status != "success" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'success', got '{status}'")

        transfer_number = d.pop("transfer_number", MISSING)
        if transfer_number.__class__ is not str:
            if transfer_number is MISSING:
                transfer_number = missing_field(cls, "transfer_number")
                _missing += ("transfer_number",)
            else:
                transfer_number = unexpected_type(cls, "transfer_number", transfer_number, "a string")

        agent_message = d.pop("agent_message", MISSING)
        if agent_message.__class__ is not str:
            if agent_message is MISSING:
                agent_message = missing_field(cls, "agent_message")
                _missing += ("agent_message",)
            else:
                agent_message = unexpected_type(cls, "agent_message", agent_message, "a string")

        conference_name = d.pop("conference_name", MISSING)
        if conference_name.__class__ is not str:
            if conference_name is MISSING:
                conference_name = missing_field(cls, "conference_name")
                _missing += ("conference_name",)
            else:
                conference_name = unexpected_type(cls, "conference_name", conference_name, "a string")

        reason = d.pop("reason", UNSET)
        if reason.__class__ is not str and reason is not None and reason is not UNSET:
            reason = unexpected_type(cls, "reason", reason, "a string or null")

        client_message = d.pop("client_message", UNSET)
        if client_message.__class__ is not str and client_message is not None and client_message is not UNSET:
            client_message = unexpected_type(cls, "client_message", client_message, "a string or null")

        note = d.pop("note", UNSET)
        if note.__class__ is not str and note is not None and note is not UNSET:
            note = unexpected_type(cls, "note", note, "a string or null")

        transfer_to_number_result_twilio_success_model = cls(
            transfer_number=transfer_number,
            agent_message=agent_message,
            conference_name=conference_name,
            result_type=result_type,
            status=status,
            reason=reason,
            client_message=client_message,
            note=note,
        )
        if _missing:
            transfer_to_number_result_twilio_success_model._missing_fields = _missing
        transfer_to_number_result_twilio_success_model.additional_properties = d
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
