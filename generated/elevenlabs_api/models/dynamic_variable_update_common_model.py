from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DynamicVariableUpdateCommonModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DynamicVariableUpdateCommonModel(Lazy):
    """Attributes:
    variable_name (str):
    old_value (None | str):
    new_value (str):
    updated_at (float):
    tool_name (str):
    tool_request_id (str):
    """

    variable_name: str

    old_value: None | str = _attrs_field(default=None, kw_only=True)

    new_value: str

    updated_at: float

    tool_name: str

    tool_request_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "variable_name",
        "old_value",
        "new_value",
        "updated_at",
        "tool_name",
        "tool_request_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dynamic_variable_update_common_model = cls.__new__(cls)
        dynamic_variable_update_common_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_variable_name = plain_reader("variable_name", (str,), "a string", True)

_read_old_value = plain_reader(
    "old_value",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_new_value = plain_reader("new_value", (str,), "a string", True)

_read_updated_at = plain_reader(
    "updated_at",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_tool_name = plain_reader("tool_name", (str,), "a string", True)

_read_tool_request_id = plain_reader("tool_request_id", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "variable_name",
        "old_value",
        "new_value",
        "updated_at",
        "tool_name",
        "tool_request_id",
    )
)


def _read_additional_properties(cls: type[DynamicVariableUpdateCommonModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[DynamicVariableUpdateCommonModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    variable_name = d.get("variable_name", MISSING)
    if variable_name.__class__ is not str:
        variable_name = _read_variable_name(cls, d)

    old_value = d.get("old_value", MISSING)
    if old_value.__class__ is not str and old_value is not None:
        old_value = _read_old_value(cls, d)

    new_value = d.get("new_value", MISSING)
    if new_value.__class__ is not str:
        new_value = _read_new_value(cls, d)

    updated_at = d.get("updated_at", MISSING)
    if updated_at.__class__ is not float and updated_at.__class__ is not int:
        updated_at = _read_updated_at(cls, d)

    tool_name = d.get("tool_name", MISSING)
    if tool_name.__class__ is not str:
        tool_name = _read_tool_name(cls, d)

    tool_request_id = d.get("tool_request_id", MISSING)
    if tool_request_id.__class__ is not str:
        tool_request_id = _read_tool_request_id(cls, d)

    return {
        "variable_name": variable_name,
        "old_value": old_value,
        "new_value": new_value,
        "updated_at": updated_at,
        "tool_name": tool_name,
        "tool_request_id": tool_request_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DynamicVariableUpdateCommonModel,
    _all_fields,
    {
        "variable_name": _read_variable_name,
        "old_value": _read_old_value,
        "new_value": _read_new_value,
        "updated_at": _read_updated_at,
        "tool_name": _read_tool_name,
        "tool_request_id": _read_tool_request_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
