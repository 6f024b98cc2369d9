from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import SearchStrategy
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="KnowledgeBaseToolConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class KnowledgeBaseToolConfig(Lazy):
    """Attributes:
    system_tool_type (Literal['knowledge_base'] | Unset):  Default: 'knowledge_base'.
    enabled_strategies (list[SearchStrategy | str] | Unset):
    """

    system_tool_type: Literal["knowledge_base"] | Unset = _attrs_field(
        default="knowledge_base",
        kw_only=True,
        validator=types.tag("KnowledgeBaseToolConfig", "system_tool_type", "knowledge_base"),
    )

    enabled_strategies: list[SearchStrategy | str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("system_tool_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("system_tool_type", "knowledge_base")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        system_tool_type = self.system_tool_type

        enabled_strategies: Any
        try:
            enabled_strategies = UNSET
            if not isinstance(self.enabled_strategies, Unset):
                enabled_strategies = []
                for enabled_strategies_item_data in self.enabled_strategies:
                    enabled_strategies_item: str
                    if isinstance(enabled_strategies_item_data, str):
                        enabled_strategies_item = enabled_strategies_item_data
                    else:
                        enabled_strategies_item = enabled_strategies_item_data

                    enabled_strategies.append(enabled_strategies_item)

        except (AttributeError, TypeError):
            enabled_strategies = self.enabled_strategies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if system_tool_type is not UNSET:
            field_dict["system_tool_type"] = system_tool_type
        if enabled_strategies is not UNSET:
            field_dict["enabled_strategies"] = enabled_strategies
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        knowledge_base_tool_config = cls.__new__(cls)
        knowledge_base_tool_config.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return knowledge_base_tool_config

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


def _read_system_tool_type(cls: type[KnowledgeBaseToolConfig], d: Mapping[str, Any]) -> Any:
    system_tool_type_raw = d.get("system_tool_type", UNSET)
    system_tool_type = cast(Literal["knowledge_base"] | Unset, system_tool_type_raw)
    if system_tool_type != "knowledge_base" and not isinstance(system_tool_type, Unset):
        raise ValueError(f"system_tool_type must match const 'knowledge_base', got '{system_tool_type}'")

    return system_tool_type


def _read_enabled_strategies(cls: type[KnowledgeBaseToolConfig], d: Mapping[str, Any]) -> Any:
    enabled_strategies_raw = d.get("enabled_strategies", UNSET)
    try:
        expect_array("enabled_strategies", enabled_strategies_raw)
        _enabled_strategies = enabled_strategies_raw
        enabled_strategies: list[SearchStrategy | str] | Unset = UNSET
        if _enabled_strategies is not UNSET:
            enabled_strategies = []
            for enabled_strategies_item_data in _enabled_strategies:
                enabled_strategies_item = enabled_strategies_item_data

                enabled_strategies.append(enabled_strategies_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        enabled_strategies = deviating_field(cls, "enabled_strategies", enabled_strategies_raw)

    return enabled_strategies


_FIELDS: frozenset[str] = frozenset(
    (
        "system_tool_type",
        "enabled_strategies",
    )
)


def _read_additional_properties(cls: type[KnowledgeBaseToolConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[KnowledgeBaseToolConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "system_tool_type" in known:
        system_tool_type = known["system_tool_type"]
    else:
        system_tool_type = d.get("system_tool_type", UNSET)
        if system_tool_type is not UNSET:
            system_tool_type = _read_system_tool_type(cls, d)

    if "enabled_strategies" in known:
        enabled_strategies = known["enabled_strategies"]
    else:
        enabled_strategies = d.get("enabled_strategies", UNSET)
        if enabled_strategies is not UNSET:
            enabled_strategies = _read_enabled_strategies(cls, d)

    return {
        "system_tool_type": system_tool_type,
        "enabled_strategies": enabled_strategies,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    KnowledgeBaseToolConfig,
    _all_fields,
    {
        "system_tool_type": _read_system_tool_type,
        "enabled_strategies": _read_enabled_strategies,
        "additional_properties": _read_additional_properties,
    },
)
