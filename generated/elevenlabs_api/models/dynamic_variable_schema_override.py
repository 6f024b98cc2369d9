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

T = TypeVar("T", bound="DynamicVariableSchemaOverride")


@_attrs_define
class DynamicVariableSchemaOverride:
    """Attributes:
    dynamic_variable (str): The name of the dynamic variable to use
    source (Literal['dynamic_variable'] | Unset):  Default: 'dynamic_variable'.
    """

    dynamic_variable: str

    source: Literal["dynamic_variable"] | Unset = "dynamic_variable"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("source", "dynamic_variable")

    def to_dict(self) -> dict[str, Any]:
        dynamic_variable = self.dynamic_variable

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dynamic_variable is not None or "dynamic_variable" not in self._missing_fields:
            field_dict["dynamic_variable"] = dynamic_variable
        if source is not UNSET:
            field_dict["source"] = source
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        source_raw = d.pop("source", UNSET)
        source = cast(Literal["dynamic_variable"] | Unset, source_raw)
        if source != "dynamic_variable" and not isinstance(source, Unset):
            raise ValueError(f"source must match const 'dynamic_variable', got '{source}'")

        dynamic_variable = d.pop("dynamic_variable", MISSING)
        if dynamic_variable.__class__ is not str:
            if dynamic_variable is MISSING:
                dynamic_variable = missing_field(cls, "dynamic_variable")
                _missing += ("dynamic_variable",)
            else:
                dynamic_variable = unexpected_type(cls, "dynamic_variable", dynamic_variable, "a string")

        dynamic_variable_schema_override = cls(
            dynamic_variable=dynamic_variable,
            source=source,
        )
        if _missing:
            dynamic_variable_schema_override._missing_fields = _missing
        dynamic_variable_schema_override.additional_properties = d
        return dynamic_variable_schema_override

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
