from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_execution_task_support_type_0 import (
    ToolExecutionTaskSupportType0,
)
from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="ToolExecution")


@_attrs_define
class ToolExecution:
    """Execution-related properties for a tool.

    Attributes:
        task_support (None | str | ToolExecutionTaskSupportType0 | Unset):
    """

    task_support: None | str | ToolExecutionTaskSupportType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        task_support = d.pop("taskSupport", UNSET)
        if task_support is not None and task_support.__class__ is not str and task_support is not UNSET:
            task_support = unexpected_type(cls, "taskSupport", task_support, "null or a string")

        tool_execution = cls(
            task_support=task_support,
        )
        tool_execution.additional_properties = d
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
