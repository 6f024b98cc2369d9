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

T = TypeVar("T", bound="TransferToNumberResultSipSuccessModel")


@_attrs_define
class TransferToNumberResultSipSuccessModel:
    """Attributes:
    transfer_number (str):
    result_type (Literal['transfer_to_number_sip_success'] | Unset):
    status (Literal['success'] | Unset):
    reason (None | str | Unset):
    note (None | str | Unset):
    """

    transfer_number: str

    result_type: Literal["transfer_to_number_sip_success"] | Unset = UNSET

    status: Literal["success"] | Unset = UNSET

    reason: None | str | Unset = UNSET

    note: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("result_type", "transfer_to_number_sip_success")

    def to_dict(self) -> dict[str, Any]:
        transfer_number = self.transfer_number

        result_type = self.result_type

        status = self.status

        reason: Any
        try:
            reason = self.reason

        except (AttributeError, TypeError):
            reason = self.reason

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
        result_type = cast(Literal["transfer_to_number_sip_success"] | Unset, result_type_raw)
        if result_type != "transfer_to_number_sip_success" and not isinstance(result_type, Unset):
            raise ValueError(f"result_type must match const 'transfer_to_number_sip_success', got '{result_type}'")

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

        reason = d.pop("reason", UNSET)
        if reason.__class__ is not str and reason is not None and reason is not UNSET:
            reason = unexpected_type(cls, "reason", reason, "a string or null")

        note = d.pop("note", UNSET)
        if note.__class__ is not str and note is not None and note is not UNSET:
            note = unexpected_type(cls, "note", note, "a string or null")

        transfer_to_number_result_sip_success_model = cls(
            transfer_number=transfer_number,
            result_type=result_type,
            status=status,
            reason=reason,
            note=note,
        )
        if _missing:
            transfer_to_number_result_sip_success_model._missing_fields = _missing
        transfer_to_number_result_sip_success_model.additional_properties = d
        return transfer_to_number_result_sip_success_model

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
