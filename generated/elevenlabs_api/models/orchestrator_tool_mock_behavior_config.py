from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    MockingStrategy,
    MockNoMatchBehavior,
)
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="OrchestratorToolMockBehaviorConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class OrchestratorToolMockBehaviorConfig(Lazy):
    """Orchestrator-side config: tools are identified by resolved names.

    Attributes:
        mocking_strategy (MockingStrategy | str | Unset): Which tools to mock: 'all' mocks every mockable tool,
            'selected' mocks only those in mocked_tool_names/mocked_tool_ids, 'none' disables mocking. Defaults to 'none' on
            the server.
        fallback_strategy (MockNoMatchBehavior | str | Unset): Behavior when no mock matches a tool call. Defaults to
            'raise_error' on the server.
        mocked_tool_names (list[str] | Unset): Tool names to mock. Only used when mocking_strategy is 'selected'.
    """

    mocking_strategy: MockingStrategy | str | Unset = UNSET

    fallback_strategy: MockNoMatchBehavior | str | Unset = UNSET

    mocked_tool_names: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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

        mocked_tool_names: Any
        try:
            mocked_tool_names = UNSET
            if not isinstance(self.mocked_tool_names, Unset):
                mocked_tool_names = self.mocked_tool_names

        except (AttributeError, TypeError):
            mocked_tool_names = self.mocked_tool_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if mocking_strategy is not UNSET:
            field_dict["mocking_strategy"] = mocking_strategy
        if fallback_strategy is not UNSET:
            field_dict["fallback_strategy"] = fallback_strategy
        if mocked_tool_names is not UNSET:
            field_dict["mocked_tool_names"] = mocked_tool_names
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        orchestrator_tool_mock_behavior_config = cls.__new__(cls)
        orchestrator_tool_mock_behavior_config.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return orchestrator_tool_mock_behavior_config

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


_read_mocking_strategy = plain_reader("mocking_strategy", (str,), "a string", False)

_read_fallback_strategy = plain_reader("fallback_strategy", (str,), "a string", False)

_read_mocked_tool_names = plain_reader("mocked_tool_names", (list,), "an array", False, ((str,), "a string"))


_FIELDS: frozenset[str] = frozenset(
    (
        "mocking_strategy",
        "fallback_strategy",
        "mocked_tool_names",
    )
)


def _read_additional_properties(cls: type[OrchestratorToolMockBehaviorConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[OrchestratorToolMockBehaviorConfig], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    mocking_strategy = d.get("mocking_strategy", UNSET)
    if mocking_strategy.__class__ is not str and mocking_strategy is not UNSET:
        mocking_strategy = _read_mocking_strategy(cls, d)

    fallback_strategy = d.get("fallback_strategy", UNSET)
    if fallback_strategy.__class__ is not str and fallback_strategy is not UNSET:
        fallback_strategy = _read_fallback_strategy(cls, d)

    mocked_tool_names = d.get("mocked_tool_names", UNSET)
    if mocked_tool_names.__class__ is not list and mocked_tool_names is not UNSET:
        mocked_tool_names = _read_mocked_tool_names(cls, d)
    elif mocked_tool_names.__class__ is list and mocked_tool_names:
        check_items(cls, "mocked_tool_names", mocked_tool_names, (str,), "a string")

    return {
        "mocking_strategy": mocking_strategy,
        "fallback_strategy": fallback_strategy,
        "mocked_tool_names": mocked_tool_names,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    OrchestratorToolMockBehaviorConfig,
    _all_fields,
    {
        "mocking_strategy": _read_mocking_strategy,
        "fallback_strategy": _read_fallback_strategy,
        "mocked_tool_names": _read_mocked_tool_names,
        "additional_properties": _read_additional_properties,
    },
)
