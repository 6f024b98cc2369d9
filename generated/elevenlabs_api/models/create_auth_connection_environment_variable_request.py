from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="CreateAuthConnectionEnvironmentVariableRequest")


@_attrs_define
class CreateAuthConnectionEnvironmentVariableRequest:
    """Attributes:
    type_ (Literal['auth_connection']):
    label (str): Unique label for the environment variable.
    values (CreateAuthConnectionEnvironmentVariableRequestValues): Environment-specific auth connection references.
        Must include 'production' key.
    """

    type_: Literal["auth_connection"]

    label: str

    values: CreateAuthConnectionEnvironmentVariableRequestValues

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "auth_connection")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        label = self.label

        values: Any
        try:
            values = self.values.to_dict()
        except (AttributeError, TypeError):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if label is not None or "label" not in self._missing_fields:
            field_dict["label"] = label
        if values is not None or "values" not in self._missing_fields:
            field_dict["values"] = values
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", MISSING)
        if type__raw is MISSING:
            type__raw = missing_field(cls, "type")
        type_ = cast(Literal["auth_connection"], type__raw)
        if type_ != "auth_connection":
            raise ValueError(f"type must match const 'auth_connection', got '{type_}'")

        label = d.pop("label", MISSING)
        if label.__class__ is not str:
            if label is MISSING:
                label = missing_field(cls, "label")
                _missing += ("label",)
            else:
                label = unexpected_type(cls, "label", label, "a string")

        values_raw = d.pop("values", MISSING)
        if values_raw is MISSING:
            values = missing_field(cls, "values")
            _missing += ("values",)
        else:
            try:
                values = CreateAuthConnectionEnvironmentVariableRequestValues.from_dict(values_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                values = deviating_field(cls, "values", values_raw)

        create_auth_connection_environment_variable_request = cls(
            type_=type_,
            label=label,
            values=values,
        )
        if _missing:
            create_auth_connection_environment_variable_request._missing_fields = _missing
        create_auth_connection_environment_variable_request.additional_properties = d
        return create_auth_connection_environment_variable_request

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
from ..models.create_auth_connection_environment_variable_request_values import (
    CreateAuthConnectionEnvironmentVariableRequestValues,
)
