from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    deviating_field,
    parse_strictly,
)

T = TypeVar("T", bound="UpdateEnvironmentVariableRequestValues")


@_attrs_define
class UpdateEnvironmentVariableRequestValues:
    """Values to replace. Set to null to remove an environment (except 'production')."""

    additional_properties: dict[
        str, EnvironmentVariableAuthConnectionValueRequest | EnvironmentVariableSecretValueRequest | None | str
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            try:
                if isinstance(prop, EnvironmentVariableSecretValueRequest) or isinstance(
                    prop, EnvironmentVariableAuthConnectionValueRequest
                ):
                    field_dict[prop_name] = prop.to_dict()
                else:
                    field_dict[prop_name] = prop

            except (AttributeError, TypeError):  # a value kept as it came (not strict) goes back as it came
                field_dict[prop_name] = prop
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        update_environment_variable_request_values = cls()
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:

                def _parse_additional_property(
                    data: object,
                ) -> EnvironmentVariableAuthConnectionValueRequest | EnvironmentVariableSecretValueRequest | None | str:
                    if data is None:
                        return data
                    return parse_strictly(_parse_additional_property_member, data)

                def _parse_additional_property_member(
                    data: object,
                ) -> EnvironmentVariableAuthConnectionValueRequest | EnvironmentVariableSecretValueRequest | None | str:
                    if isinstance(data, dict):
                        for known in (
                            EnvironmentVariableSecretValueRequest,
                            EnvironmentVariableAuthConnectionValueRequest,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        additional_property_type_1 = EnvironmentVariableSecretValueRequest.from_dict(data)

                        return additional_property_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        additional_property_type_2 = EnvironmentVariableAuthConnectionValueRequest.from_dict(data)

                        return additional_property_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        "EnvironmentVariableAuthConnectionValueRequest | EnvironmentVariableSecretValueRequest | None | str",
                        data,
                    )

                additional_property = _parse_additional_property(prop_dict)

            except (KeyError, TypeError, ValueError, AttributeError):
                additional_property = deviating_field(cls, prop_name, prop_dict)
            additional_properties[prop_name] = additional_property
        update_environment_variable_request_values.additional_properties = additional_properties
        return update_environment_variable_request_values

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> EnvironmentVariableAuthConnectionValueRequest | EnvironmentVariableSecretValueRequest | None | str:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: EnvironmentVariableAuthConnectionValueRequest | EnvironmentVariableSecretValueRequest | None | str,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.environment_variable_auth_connection_value_request import EnvironmentVariableAuthConnectionValueRequest
from ..models.environment_variable_secret_value_request import EnvironmentVariableSecretValueRequest
