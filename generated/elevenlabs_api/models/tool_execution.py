from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ToolExecutionTaskSupportType0
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ToolExecution")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ToolExecution(Lazy):
    """Execution-related properties for a tool.

    Attributes:
        task_support (None | str | ToolExecutionTaskSupportType0 | Unset):
    """

    task_support: None | str | ToolExecutionTaskSupportType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        task_support: Any
        try:
            if isinstance(self.task_support, Unset):
                task_support = UNSET
            elif isinstance(self.task_support, str):
                task_support = self.task_support
            else:
                task_support = self.task_support

        except (AttributeError, TypeError):
            task_support = self.task_support

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if task_support is not UNSET:
            field_dict["taskSupport"] = task_support
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        tool_execution = cls.__new__(cls)
        tool_execution.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return tool_execution

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


_read_task_support = plain_reader(
    "taskSupport",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


_FIELDS: frozenset[str] = frozenset(("taskSupport",))


def _read_additional_properties(cls: type[ToolExecution], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ToolExecution], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    task_support = d.get("taskSupport", UNSET)
    if task_support is not None and task_support.__class__ is not str and task_support is not UNSET:
        task_support = _read_task_support(cls, d)

    return {
        "task_support": task_support,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ToolExecution,
    _all_fields,
    {
        "task_support": _read_task_support,
        "additional_properties": _read_additional_properties,
    },
)
