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

T = TypeVar("T", bound="DynamicVariableUpdateCommonModel")


@_attrs_define
class DynamicVariableUpdateCommonModel:
    """Attributes:
    variable_name (str):
    old_value (None | str):
    new_value (str):
    updated_at (float):
    tool_name (str):
    tool_request_id (str):
    """

    variable_name: str

    old_value: None | str

    new_value: str

    updated_at: float

    tool_name: str

    tool_request_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        variable_name = self.variable_name

        old_value: Any
        try:
            old_value = self.old_value

        except (AttributeError, TypeError):
            old_value = self.old_value

        new_value = self.new_value

        updated_at = self.updated_at

        tool_name = self.tool_name

        tool_request_id = self.tool_request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if variable_name is not None or "variable_name" not in self._missing_fields:
            field_dict["variable_name"] = variable_name
        if old_value is not None or "old_value" not in self._missing_fields:
            field_dict["old_value"] = old_value
        if new_value is not None or "new_value" not in self._missing_fields:
            field_dict["new_value"] = new_value
        if updated_at is not None or "updated_at" not in self._missing_fields:
            field_dict["updated_at"] = updated_at
        if tool_name is not None or "tool_name" not in self._missing_fields:
            field_dict["tool_name"] = tool_name
        if tool_request_id is not None or "tool_request_id" not in self._missing_fields:
            field_dict["tool_request_id"] = tool_request_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        variable_name = d.pop("variable_name", MISSING)
        if variable_name.__class__ is not str:
            if variable_name is MISSING:
                variable_name = missing_field(cls, "variable_name")
                _missing += ("variable_name",)
            else:
                variable_name = unexpected_type(cls, "variable_name", variable_name, "a string")

        old_value = d.pop("old_value", MISSING)
        if old_value.__class__ is not str and old_value is not None:
            if old_value is MISSING:
                old_value = missing_field(cls, "old_value")
                _missing += ("old_value",)
            else:
                old_value = unexpected_type(cls, "old_value", old_value, "a string or null")

        new_value = d.pop("new_value", MISSING)
        if new_value.__class__ is not str:
            if new_value is MISSING:
                new_value = missing_field(cls, "new_value")
                _missing += ("new_value",)
            else:
                new_value = unexpected_type(cls, "new_value", new_value, "a string")

        updated_at = d.pop("updated_at", MISSING)
        if updated_at.__class__ is not float and updated_at.__class__ is not int:
            if updated_at is MISSING:
                updated_at = missing_field(cls, "updated_at")
                _missing += ("updated_at",)
            else:
                updated_at = unexpected_type(cls, "updated_at", updated_at, "a number")

        tool_name = d.pop("tool_name", MISSING)
        if tool_name.__class__ is not str:
            if tool_name is MISSING:
                tool_name = missing_field(cls, "tool_name")
                _missing += ("tool_name",)
            else:
                tool_name = unexpected_type(cls, "tool_name", tool_name, "a string")

        tool_request_id = d.pop("tool_request_id", MISSING)
        if tool_request_id.__class__ is not str:
            if tool_request_id is MISSING:
                tool_request_id = missing_field(cls, "tool_request_id")
                _missing += ("tool_request_id",)
            else:
                tool_request_id = unexpected_type(cls, "tool_request_id", tool_request_id, "a string")

        dynamic_variable_update_common_model = cls(
            variable_name=variable_name,
            old_value=old_value,
            new_value=new_value,
            updated_at=updated_at,
            tool_name=tool_name,
            tool_request_id=tool_request_id,
        )
        if _missing:
            dynamic_variable_update_common_model._missing_fields = _missing
        dynamic_variable_update_common_model.additional_properties = d
        return dynamic_variable_update_common_model

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
