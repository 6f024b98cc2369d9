from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="VoicemailDetectionToolConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VoicemailDetectionToolConfig(Lazy):
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

    system_tool_type: Literal["voicemail_detection"] | Unset = _attrs_field(
        default="voicemail_detection",
        kw_only=True,
        validator=types.tag("VoicemailDetectionToolConfig", "system_tool_type", "voicemail_detection"),
    )

    voicemail_message: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("system_tool_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("system_tool_type", "voicemail_detection")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        voicemail_detection_tool_config = cls.__new__(cls)
        voicemail_detection_tool_config.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_system_tool_type(cls: type[VoicemailDetectionToolConfig], d: Mapping[str, Any]) -> Any:
    system_tool_type_raw = d.get("system_tool_type", UNSET)
    system_tool_type = cast(Literal["voicemail_detection"] | Unset, system_tool_type_raw)
    if system_tool_type != "voicemail_detection" and not isinstance(system_tool_type, Unset):
        raise ValueError(f"system_tool_type must match const 'voicemail_detection', got '{system_tool_type}'")

    return system_tool_type


_read_voicemail_message = plain_reader(
    "voicemail_message",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "system_tool_type",
        "voicemail_message",
    )
)


def _read_additional_properties(cls: type[VoicemailDetectionToolConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[VoicemailDetectionToolConfig], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "system_tool_type" in known:
        system_tool_type = known["system_tool_type"]
    else:
        system_tool_type = d.get("system_tool_type", UNSET)
        if system_tool_type is not UNSET:
            system_tool_type = _read_system_tool_type(cls, d)

    voicemail_message = d.get("voicemail_message", UNSET)
    if voicemail_message.__class__ is not str and voicemail_message is not None and voicemail_message is not UNSET:
        voicemail_message = _read_voicemail_message(cls, d)

    return {
        "system_tool_type": system_tool_type,
        "voicemail_message": voicemail_message,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    VoicemailDetectionToolConfig,
    _all_fields,
    {
        "system_tool_type": _read_system_tool_type,
        "voicemail_message": _read_voicemail_message,
        "additional_properties": _read_additional_properties,
    },
)
