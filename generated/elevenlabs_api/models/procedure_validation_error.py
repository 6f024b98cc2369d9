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

T = TypeVar("T", bound="ProcedureValidationError")


@_attrs_define
class ProcedureValidationError:
    """Attributes:
    path (str): JSON path to the error, e.g. 'trigger', 'steps[0].instruction'
    message (str): Human-readable error message
    """

    path: str

    message: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if path is not None or "path" not in self._missing_fields:
            field_dict["path"] = path
        if message is not None or "message" not in self._missing_fields:
            field_dict["message"] = message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        path = d.pop("path", MISSING)
        if path.__class__ is not str:
            if path is MISSING:
                path = missing_field(cls, "path")
                _missing += ("path",)
            else:
                path = unexpected_type(cls, "path", path, "a string")

        message = d.pop("message", MISSING)
        if message.__class__ is not str:
            if message is MISSING:
                message = missing_field(cls, "message")
                _missing += ("message",)
            else:
                message = unexpected_type(cls, "message", message, "a string")

        procedure_validation_error = cls(
            path=path,
            message=message,
        )
        if _missing:
            procedure_validation_error._missing_fields = _missing
        procedure_validation_error.additional_properties = d
        return procedure_validation_error

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
