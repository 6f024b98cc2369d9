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

T = TypeVar("T", bound="TransferToNumberResultErrorModel")


@_attrs_define
class TransferToNumberResultErrorModel:
    """Attributes:
    error (str):
    result_type (Literal['transfer_to_number_error'] | Unset):
    status (Literal['error'] | Unset):
    details (None | str | Unset):
    """

    error: str

    result_type: Literal["transfer_to_number_error"] | Unset = UNSET

    status: Literal["error"] | Unset = UNSET

    details: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("result_type", "transfer_to_number_error")

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        result_type = self.result_type

        status = self.status

        details: Any
        try:
            details = self.details

        except (AttributeError, TypeError):
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if error is not None or "error" not in self._missing_fields:
            field_dict["error"] = error
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if status is not UNSET:
            field_dict["status"] = status
        if details is not UNSET:
            field_dict["details"] = details
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        result_type_raw = d.pop("result_type", UNSET)
        result_type = cast(Literal["transfer_to_number_error"] | Unset, result_type_raw)
        if result_type != "transfer_to_number_error" and not isinstance(result_type, Unset):
            raise ValueError(f"result_type must match const 'transfer_to_number_error', got '{result_type}'")

        status_raw = d.pop("status", UNSET)
        status = cast(Literal["error"] | Unset, status_raw)
        if status != "error" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'error', got '{status}'")

        error = d.pop("error", MISSING)
        if error.__class__ is not str:
            if error is MISSING:
                error = missing_field(cls, "error")
                _missing += ("error",)
            else:
                error = unexpected_type(cls, "error", error, "a string")

        details = d.pop("details", UNSET)
        if details.__class__ is not str and details is not None and details is not UNSET:
            details = unexpected_type(cls, "details", details, "a string or null")

        transfer_to_number_result_error_model = cls(
            error=error,
            result_type=result_type,
            status=status,
            details=details,
        )
        if _missing:
            transfer_to_number_result_error_model._missing_fields = _missing
        transfer_to_number_result_error_model.additional_properties = d
        return transfer_to_number_result_error_model

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
