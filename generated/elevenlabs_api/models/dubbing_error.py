from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="DubbingError")


@_attrs_define
class DubbingError:
    """Attributes:
    code (str): Stable identifier for the failure, safe to branch on. New codes are added over time, so treat an
        unrecognized value as 'internal_error'.
    message (str): Human-readable description of the failure, for display. The wording may change at any time;
        branch on `code` instead.
    retryable (bool): Whether resubmitting the same input could succeed. False means the failure describes the input
        or the account, so an identical retry will fail the same way.
    """

    code: str

    message: str

    retryable: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        retryable = self.retryable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code is not None or "code" not in self._missing_fields:
            field_dict["code"] = code
        if message is not None or "message" not in self._missing_fields:
            field_dict["message"] = message
        if retryable is not None or "retryable" not in self._missing_fields:
            field_dict["retryable"] = retryable
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        code = d.pop("code", MISSING)
        if code.__class__ is not str:
            if code is MISSING:
                code = missing_field(cls, "code")
                _missing += ("code",)
            else:
                code = unexpected_type(cls, "code", code, "a string")

        message = d.pop("message", MISSING)
        if message.__class__ is not str:
            if message is MISSING:
                message = missing_field(cls, "message")
                _missing += ("message",)
            else:
                message = unexpected_type(cls, "message", message, "a string")

        retryable = d.pop("retryable", MISSING)
        if retryable.__class__ is not bool:
            if retryable is MISSING:
                retryable = missing_field(cls, "retryable")
                _missing += ("retryable",)
            else:
                retryable = unexpected_type(cls, "retryable", retryable, "a boolean")

        dubbing_error = cls(
            code=code,
            message=message,
            retryable=retryable,
        )
        if _missing:
            dubbing_error._missing_fields = _missing
        dubbing_error.additional_properties = d
        return dubbing_error

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
