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

T = TypeVar("T", bound="EnvironmentAuthConnectionLocator")


@_attrs_define
class EnvironmentAuthConnectionLocator:
    """References an environment variable of type 'auth_connection' by label.
    At runtime, resolves to the auth connection for the current environment,
    falling back to the default environment.

    Attributes:
        env_var_label (str):
    """

    env_var_label: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        env_var_label = self.env_var_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if env_var_label is not None or "env_var_label" not in self._missing_fields:
            field_dict["env_var_label"] = env_var_label
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        env_var_label = d.pop("env_var_label", MISSING)
        if env_var_label.__class__ is not str:
            if env_var_label is MISSING:
                env_var_label = missing_field(cls, "env_var_label")
                _missing += ("env_var_label",)
            else:
                env_var_label = unexpected_type(cls, "env_var_label", env_var_label, "a string")

        environment_auth_connection_locator = cls(
            env_var_label=env_var_label,
        )
        if _missing:
            environment_auth_connection_locator._missing_fields = _missing
        environment_auth_connection_locator.additional_properties = d
        return environment_auth_connection_locator

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
