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

T = TypeVar("T", bound="VoicemailDetectionToolConfig")


@_attrs_define
class VoicemailDetectionToolConfig:
    """Allows the agent to detect when a voicemail system is encountered.

    This tool should be invoked by the LLM when it detects that the call has been
    answered by a voicemail system rather than a human. If a voicemail message
    is configured, it will be played; otherwise the call will end immediately.

    Attributes:
        system_tool_type (Literal['voicemail_detection'] | Unset):  Default: 'voicemail_detection'.
        voicemail_message (None | str | Unset): Optional message to leave on voicemail when detected. If not provided,
            the call will end immediately when voicemail is detected. Supports dynamic variables (e.g., {{system__time}},
            {{system__call_duration_secs}}, {{custom_variable}}).
    """

    system_tool_type: Literal["voicemail_detection"] | Unset = "voicemail_detection"

    voicemail_message: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("system_tool_type", "voicemail_detection")

    def to_dict(self) -> dict[str, Any]:
        system_tool_type = self.system_tool_type

        voicemail_message: Any
        try:
            voicemail_message = self.voicemail_message

        except (AttributeError, TypeError):
            voicemail_message = self.voicemail_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if system_tool_type is not UNSET:
            field_dict["system_tool_type"] = system_tool_type
        if voicemail_message is not UNSET:
            field_dict["voicemail_message"] = voicemail_message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        system_tool_type_raw = d.pop("system_tool_type", UNSET)
        system_tool_type = cast(Literal["voicemail_detection"] | Unset, system_tool_type_raw)
        if system_tool_type != "voicemail_detection" and not isinstance(system_tool_type, Unset):
            raise ValueError(f"system_tool_type must match const 'voicemail_detection', got '{system_tool_type}'")

        voicemail_message = d.pop("voicemail_message", UNSET)
        if voicemail_message.__class__ is not str and voicemail_message is not None and voicemail_message is not UNSET:
            voicemail_message = unexpected_type(cls, "voicemail_message", voicemail_message, "a string or null")

        voicemail_detection_tool_config = cls(
            system_tool_type=system_tool_type,
            voicemail_message=voicemail_message,
        )
        voicemail_detection_tool_config.additional_properties = d
        return voicemail_detection_tool_config

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
