from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="UpdateEnvironmentVariableRequest")


@_attrs_define
class UpdateEnvironmentVariableRequest:
    """Attributes:
    values (UpdateEnvironmentVariableRequestValues): Values to replace. Set to null to remove an environment (except
        'production').
    """

    values: UpdateEnvironmentVariableRequestValues

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        values: Any
        try:
            values = self.values.to_dict()
        except (AttributeError, TypeError):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if values is not None or "values" not in self._missing_fields:
            field_dict["values"] = values
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        values_raw = d.pop("values", MISSING)
        if values_raw is MISSING:
            values = missing_field(cls, "values")
            _missing += ("values",)
        else:
            try:
                values = UpdateEnvironmentVariableRequestValues.from_dict(values_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                values = deviating_field(cls, "values", values_raw)

        update_environment_variable_request = cls(
            values=values,
        )
        if _missing:
            update_environment_variable_request._missing_fields = _missing
        update_environment_variable_request.additional_properties = d
        return update_environment_variable_request

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.update_environment_variable_request_values import UpdateEnvironmentVariableRequestValues
