from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="LanguageDetectionToolConfig")


@_attrs_define
class LanguageDetectionToolConfig:
    """Attributes:
    system_tool_type (Literal['language_detection'] | Unset):  Default: 'language_detection'.
    only_at_conversation_start (bool | Unset): If no language switch happens in the first 2 user turns, later
        attempts fail and the conversation stays in the current language. If the language switches during those turns,
        later switching stays available. Enable to reduce the possibility of false switching. Default: False.
    """

    system_tool_type: Literal["language_detection"] | Unset = "language_detection"

    only_at_conversation_start: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("system_tool_type", "language_detection")

    def to_dict(self) -> dict[str, Any]:
        system_tool_type = self.system_tool_type

        only_at_conversation_start = self.only_at_conversation_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if system_tool_type is not UNSET:
            field_dict["system_tool_type"] = system_tool_type
        if only_at_conversation_start is not UNSET:
            field_dict["only_at_conversation_start"] = only_at_conversation_start
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        system_tool_type_raw = d.pop("system_tool_type", UNSET)
        system_tool_type = cast(Literal["language_detection"] | Unset, system_tool_type_raw)
        if system_tool_type != "language_detection" and not isinstance(system_tool_type, Unset):
            raise ValueError(f"system_tool_type must match const 'language_detection', got '{system_tool_type}'")

        only_at_conversation_start = d.pop("only_at_conversation_start", UNSET)
        if only_at_conversation_start.__class__ is not bool and only_at_conversation_start is not UNSET:
            only_at_conversation_start = unexpected_type(
                cls, "only_at_conversation_start", only_at_conversation_start, "a boolean"
            )

        language_detection_tool_config = cls(
            system_tool_type=system_tool_type,
            only_at_conversation_start=only_at_conversation_start,
        )
        language_detection_tool_config.additional_properties = d
        return language_detection_tool_config

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
