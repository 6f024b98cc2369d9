from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
)

T = TypeVar("T", bound="RunSubagentToolConfigOutput")


@_attrs_define
class RunSubagentToolConfigOutput:
    """Attributes:
    agents (list[SubAgentOutput]):
    system_tool_type (Literal['run_subagent'] | Unset):  Default: 'run_subagent'.
    """

    agents: list[SubAgentOutput]

    system_tool_type: Literal["run_subagent"] | Unset = "run_subagent"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("system_tool_type", "run_subagent")

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        system_tool_type_raw = d.pop("system_tool_type", UNSET)
        system_tool_type = cast(Literal["run_subagent"] | Unset, system_tool_type_raw)
        if system_tool_type != "run_subagent" and not isinstance(system_tool_type, Unset):
            raise ValueError(f"system_tool_type must match const 'run_subagent', got '{system_tool_type}'")

        agents_raw = d.pop("agents", MISSING)
        if agents_raw is MISSING:
            agents = missing_field(cls, "agents")
            _missing += ("agents",)
        else:
            try:
                expect_array("agents", agents_raw)
                agents = []
                _agents = agents_raw
                for agents_item_data in _agents:
                    agents_item = SubAgentOutput.from_dict(agents_item_data)

                    agents.append(agents_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                agents = deviating_field(cls, "agents", agents_raw)

        run_subagent_tool_config_output = cls(
            agents=agents,
            system_tool_type=system_tool_type,
        )
        if _missing:
            run_subagent_tool_config_output._missing_fields = _missing
        run_subagent_tool_config_output.additional_properties = d
        return run_subagent_tool_config_output

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.sub_agent_output import SubAgentOutput
