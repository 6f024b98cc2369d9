from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="RunSubagentToolConfigInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class RunSubagentToolConfigInput(Lazy):
    """Attributes:
    agents (list[SubAgentInput]):
    system_tool_type (Literal['run_subagent'] | Unset):  Default: 'run_subagent'.
    """

    agents: list[SubAgentInput]

    system_tool_type: Literal["run_subagent"] | Unset = _attrs_field(
        default="run_subagent",
        kw_only=True,
        validator=types.tag("RunSubagentToolConfigInput", "system_tool_type", "run_subagent"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("agents",)
    _tags: ClassVar[tuple[str, ...]] = ("system_tool_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("system_tool_type", "run_subagent")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        agents: Any
        try:
            agents = []
            for agents_item_data in self.agents:
                agents_item = agents_item_data.to_dict()
                agents.append(agents_item)

        except (AttributeError, TypeError):
            agents = self.agents

        system_tool_type = self.system_tool_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agents is not None or "agents" not in self._missing_fields:
            field_dict["agents"] = agents
        if system_tool_type is not UNSET:
            field_dict["system_tool_type"] = system_tool_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        run_subagent_tool_config_input = cls.__new__(cls)
        run_subagent_tool_config_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return run_subagent_tool_config_input

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


def _read_system_tool_type(cls: type[RunSubagentToolConfigInput], d: Mapping[str, Any]) -> Any:
    system_tool_type_raw = d.get("system_tool_type", UNSET)
    system_tool_type = cast(Literal["run_subagent"] | Unset, system_tool_type_raw)
    if system_tool_type != "run_subagent" and not isinstance(system_tool_type, Unset):
        raise ValueError(f"system_tool_type must match const 'run_subagent', got '{system_tool_type}'")

    return system_tool_type


def _read_agents(cls: type[RunSubagentToolConfigInput], d: Mapping[str, Any]) -> Any:
    agents_raw = d.get("agents", MISSING)
    if agents_raw is MISSING:
        agents = missing_field(cls, "agents")
    else:
        try:
            expect_array("agents", agents_raw)
            agents = []
            _agents = agents_raw
            for agents_item_data in _agents:
                agents_item = SubAgentInput.from_dict(agents_item_data)

                agents.append(agents_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            agents = deviating_field(cls, "agents", agents_raw)

    return agents


_FIELDS: frozenset[str] = frozenset(
    (
        "agents",
        "system_tool_type",
    )
)


def _read_additional_properties(cls: type[RunSubagentToolConfigInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[RunSubagentToolConfigInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "system_tool_type" in known:
        system_tool_type = known["system_tool_type"]
    else:
        system_tool_type = d.get("system_tool_type", UNSET)
        if system_tool_type is not UNSET:
            system_tool_type = _read_system_tool_type(cls, d)

    if "agents" in known:
        agents = known["agents"]
    else:
        agents = _read_agents(cls, d)

    return {
        "agents": agents,
        "system_tool_type": system_tool_type,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    RunSubagentToolConfigInput,
    _all_fields,
    {
        "agents": _read_agents,
        "system_tool_type": _read_system_tool_type,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.sub_agent_input import SubAgentInput
