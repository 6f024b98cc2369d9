from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_strategy import SearchStrategy, check_search_strategy
from ..types import (
    UNSET,
    Unset,
    deviating_field,
    expect_array,
)

T = TypeVar("T", bound="KnowledgeBaseToolInfo")


@_attrs_define
class KnowledgeBaseToolInfo:
    """Attributes:
    enabled_strategies (list[SearchStrategy] | Unset): Search strategies exposed to the model. Must be non-empty.
    """

    enabled_strategies: list[SearchStrategy] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled_strategies: Any
        try:
            enabled_strategies = UNSET
            if not isinstance(self.enabled_strategies, Unset):
                enabled_strategies = []
                for enabled_strategies_item_data in self.enabled_strategies:
                    enabled_strategies_item: str = enabled_strategies_item_data
                    enabled_strategies.append(enabled_strategies_item)

        except (AttributeError, TypeError):
            enabled_strategies = self.enabled_strategies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enabled_strategies is not UNSET:
            field_dict["enabled_strategies"] = enabled_strategies
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        enabled_strategies_raw = d.pop("enabled_strategies", UNSET)
        try:
            expect_array("enabled_strategies", enabled_strategies_raw)
            _enabled_strategies = enabled_strategies_raw
            enabled_strategies: list[SearchStrategy] | Unset = UNSET
            if _enabled_strategies is not UNSET:
                enabled_strategies = []
                for enabled_strategies_item_data in _enabled_strategies:
                    enabled_strategies_item = check_search_strategy(enabled_strategies_item_data)

                    enabled_strategies.append(enabled_strategies_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            enabled_strategies = deviating_field(cls, "enabled_strategies", enabled_strategies_raw)

        knowledge_base_tool_info = cls(
            enabled_strategies=enabled_strategies,
        )
        knowledge_base_tool_info.additional_properties = d
        return knowledge_base_tool_info

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
