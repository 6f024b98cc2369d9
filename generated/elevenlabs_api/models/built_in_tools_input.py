from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class BuiltInToolsInput(Lazy, AdditionalProperties[Any]):
    """System tools a conversational agent can be given.

    Deliberately not named ConversationalBuiltInTools: BuiltInToolsInput and
    BuiltInToolsOutput are part of the public API spec and the generated SDKs.

    Attributes:
        transfer_to_agent: The transfer to agent tool
        end_call: The end call tool
        language_detection: The language detection tool
        transfer_to_number: The transfer to number tool
        skip_turn: The skip turn tool
        play_keypad_touch_tone: The play DTMF tool
        voicemail_detection: The voicemail detection tool
    """

    transfer_to_agent: None | SystemToolConfigInput | Unset = UNSET

    end_call: None | SystemToolConfigInput | Unset = UNSET

    language_detection: None | SystemToolConfigInput | Unset = UNSET

    transfer_to_number: None | SystemToolConfigInput | Unset = UNSET

    skip_turn: None | SystemToolConfigInput | Unset = UNSET

    play_keypad_touch_tone: None | SystemToolConfigInput | Unset = UNSET

    voicemail_detection: None | SystemToolConfigInput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("transfer_to_agent", "transfer_to_agent", union(object_of("SystemToolConfigInput"), NULL)),
        Field("end_call", "end_call", union(object_of("SystemToolConfigInput"), NULL)),
        Field("language_detection", "language_detection", union(object_of("SystemToolConfigInput"), NULL)),
        Field("transfer_to_number", "transfer_to_number", union(object_of("SystemToolConfigInput"), NULL)),
        Field("skip_turn", "skip_turn", union(object_of("SystemToolConfigInput"), NULL)),
        Field("play_keypad_touch_tone", "play_keypad_touch_tone", union(object_of("SystemToolConfigInput"), NULL)),
        Field("voicemail_detection", "voicemail_detection", union(object_of("SystemToolConfigInput"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.system_tool_config_input import SystemToolConfigInput
