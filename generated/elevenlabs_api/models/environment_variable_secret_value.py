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

T = TypeVar("T", bound="EnvironmentVariableSecretValue")


@_attrs_define
class EnvironmentVariableSecretValue:
    """Attributes:
    secret_id (str):
    """

    secret_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        secret_id = self.secret_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if secret_id is not None or "secret_id" not in self._missing_fields:
            field_dict["secret_id"] = secret_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        secret_id = d.pop("secret_id", MISSING)
        if secret_id.__class__ is not str:
            if secret_id is MISSING:
                secret_id = missing_field(cls, "secret_id")
                _missing += ("secret_id",)
            else:
                secret_id = unexpected_type(cls, "secret_id", secret_id, "a string")

        environment_variable_secret_value = cls(
            secret_id=secret_id,
        )
        if _missing:
            environment_variable_secret_value._missing_fields = _missing
        environment_variable_secret_value.additional_properties = d
        return environment_variable_secret_value

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
