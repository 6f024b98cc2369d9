from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BatchFailureResponseModel")


@_attrs_define
class BatchFailureResponseModel:
    """Attributes:
    status (Literal['failure']):  Default: 'failure'.
    error_code (int):
    error_status (str):
    error_message (str):
    """

    error_code: int

    error_status: str

    error_message: str

    status: Literal["failure"] = "failure"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("status", "failure")

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        error_code = self.error_code

        error_status = self.error_status

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["status"] = status
        if error_code is not None or "error_code" not in self._missing_fields:
            field_dict["error_code"] = error_code
        if error_status is not None or "error_status" not in self._missing_fields:
            field_dict["error_status"] = error_status
        if error_message is not None or "error_message" not in self._missing_fields:
            field_dict["error_message"] = error_message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        status_raw = d.pop("status", MISSING)
        if status_raw is MISSING:
            status_raw = missing_field(cls, "status")
        status = cast(Literal["failure"], status_raw)
        if status != "failure":
            raise ValueError(f"status must match const 'failure', got '{status}'")

        error_code = d.pop("error_code", MISSING)
        if error_code.__class__ is not int:
            if error_code is MISSING:
                error_code = missing_field(cls, "error_code")
                _missing += ("error_code",)
            else:
                error_code = unexpected_type(cls, "error_code", error_code, "an integer")

        error_status = d.pop("error_status", MISSING)
        if error_status.__class__ is not str:
            if error_status is MISSING:
                error_status = missing_field(cls, "error_status")
                _missing += ("error_status",)
            else:
                error_status = unexpected_type(cls, "error_status", error_status, "a string")

        error_message = d.pop("error_message", MISSING)
        if error_message.__class__ is not str:
            if error_message is MISSING:
                error_message = missing_field(cls, "error_message")
                _missing += ("error_message",)
            else:
                error_message = unexpected_type(cls, "error_message", error_message, "a string")

        batch_failure_response_model = cls(
            status=status,
            error_code=error_code,
            error_status=error_status,
            error_message=error_message,
        )
        if _missing:
            batch_failure_response_model._missing_fields = _missing
        batch_failure_response_model.additional_properties = d
        return batch_failure_response_model

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
