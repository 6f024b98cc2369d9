from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class VoicemailDetectionToolConfig(Lazy, AdditionalProperties[Any]):
    """Allows the agent to detect when a voicemail system is encountered.

    This tool should be invoked by the LLM when it detects that the call has been
    answered by a voicemail system rather than a human. If a voicemail message
    is configured, it will be played; otherwise the call will end immediately.

    Attributes:
        system_tool_type:  Default: 'voicemail_detection'.
        voicemail_message: Optional message to leave on voicemail when detected. If not provided, the call will end
            immediately when voicemail is detected. Supports dynamic variables (e.g., {{system__time}},
            {{system__call_duration_secs}}, {{custom_variable}}).
    """

    system_tool_type: Literal["voicemail_detection"] | Unset = _attrs_field(
        default="voicemail_detection",
        kw_only=True,
        validator=types.tag("VoicemailDetectionToolConfig", "system_tool_type", "voicemail_detection"),
    )

    voicemail_message: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("system_tool_type", "system_tool_type", const("voicemail_detection")),
        Field("voicemail_message", "voicemail_message", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
