from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="SkipTurnToolConfig")


@_attrs_define
class SkipTurnToolConfig:
    """Allows the agent to explicitly skip its turn.

    This tool should be invoked by the LLM when the user indicates they would like
    to think or take a short pause before continuing the conversation—e.g. when
    they say: "Give me a second", "Let me think", or "One moment please".  After
    calling this tool, the assistant should not speak until the user speaks
    again, or another normal turn-taking condition is met.  The tool itself has
    no parameters and performs no side-effects other than informing the backend
    that the current turn generation is complete.

    Attributes:
        system_tool_type (Literal['skip_turn'] | Unset):  Default: 'skip_turn'.
    """

    system_tool_type: Literal["skip_turn"] | Unset = "skip_turn"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("system_tool_type", "skip_turn")

    def to_dict(self) -> dict[str, Any]:
        system_tool_type = self.system_tool_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if system_tool_type is not UNSET:
            field_dict["system_tool_type"] = system_tool_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        system_tool_type_raw = d.pop("system_tool_type", UNSET)
        system_tool_type = cast(Literal["skip_turn"] | Unset, system_tool_type_raw)
        if system_tool_type != "skip_turn" and not isinstance(system_tool_type, Unset):
            raise ValueError(f"system_tool_type must match const 'skip_turn', got '{system_tool_type}'")

        skip_turn_tool_config = cls(
            system_tool_type=system_tool_type,
        )
        skip_turn_tool_config.additional_properties = d
        return skip_turn_tool_config

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
