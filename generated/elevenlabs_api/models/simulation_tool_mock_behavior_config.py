from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mock_no_match_behavior import MockNoMatchBehavior
from ..models.mocking_strategy import MockingStrategy
from ..types import (
    UNSET,
    Unset,
    check_items,
    unexpected_type,
)

T = TypeVar("T", bound="SimulationToolMockBehaviorConfig")


@_attrs_define
class SimulationToolMockBehaviorConfig:
    """Simulation/preview-side config: tools are identified by IDs, resolved to names at runtime.

    Attributes:
        mocking_strategy (MockingStrategy | str | Unset): Which tools to mock: 'all' mocks every mockable tool,
            'selected' mocks only those in mocked_tool_names/mocked_tool_ids, 'none' disables mocking. Default: 'none'.
        fallback_strategy (MockNoMatchBehavior | str | Unset): Behavior when no mock matches a tool call. Default:
            'raise_error'.
        mocked_tool_ids (list[str] | Unset): Tool IDs to mock. Resolved to tool names before being passed to the
            orchestrator.
    """

    mocking_strategy: MockingStrategy | str | Unset = "none"

    fallback_strategy: MockNoMatchBehavior | str | Unset = "raise_error"

    mocked_tool_ids: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mocking_strategy: Any
        try:
            if isinstance(self.mocking_strategy, Unset):
                mocking_strategy = UNSET
            elif isinstance(self.mocking_strategy, str):
                mocking_strategy = self.mocking_strategy
            else:
                mocking_strategy = self.mocking_strategy

        except (AttributeError, TypeError):
            mocking_strategy = self.mocking_strategy

        fallback_strategy: Any
        try:
            if isinstance(self.fallback_strategy, Unset):
                fallback_strategy = UNSET
            elif isinstance(self.fallback_strategy, str):
                fallback_strategy = self.fallback_strategy
            else:
                fallback_strategy = self.fallback_strategy

        except (AttributeError, TypeError):
            fallback_strategy = self.fallback_strategy

        mocked_tool_ids: Any
        try:
            mocked_tool_ids = UNSET
            if not isinstance(self.mocked_tool_ids, Unset):
                mocked_tool_ids = self.mocked_tool_ids

        except (AttributeError, TypeError):
            mocked_tool_ids = self.mocked_tool_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if mocking_strategy is not UNSET:
            field_dict["mocking_strategy"] = mocking_strategy
        if fallback_strategy is not UNSET:
            field_dict["fallback_strategy"] = fallback_strategy
        if mocked_tool_ids is not UNSET:
            field_dict["mocked_tool_ids"] = mocked_tool_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        mocking_strategy = d.pop("mocking_strategy", UNSET)
        if mocking_strategy.__class__ is not str and mocking_strategy is not UNSET:
            mocking_strategy = unexpected_type(cls, "mocking_strategy", mocking_strategy, "a string")

        fallback_strategy = d.pop("fallback_strategy", UNSET)
        if fallback_strategy.__class__ is not str and fallback_strategy is not UNSET:
            fallback_strategy = unexpected_type(cls, "fallback_strategy", fallback_strategy, "a string")

        mocked_tool_ids = d.pop("mocked_tool_ids", UNSET)
        if mocked_tool_ids.__class__ is not list and mocked_tool_ids is not UNSET:
            mocked_tool_ids = unexpected_type(cls, "mocked_tool_ids", mocked_tool_ids, "an array")
        elif mocked_tool_ids.__class__ is list and mocked_tool_ids:
            check_items(cls, "mocked_tool_ids", mocked_tool_ids, (str,), "a string")

        simulation_tool_mock_behavior_config = cls(
            mocking_strategy=mocking_strategy,
            fallback_strategy=fallback_strategy,
            mocked_tool_ids=mocked_tool_ids,
        )
        simulation_tool_mock_behavior_config.additional_properties = d
        return simulation_tool_mock_behavior_config

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
