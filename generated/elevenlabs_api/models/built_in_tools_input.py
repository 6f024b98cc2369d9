from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BuiltInToolsInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BuiltInToolsInput(Lazy):
    """System tools a conversational agent can be given.

    Deliberately not named ConversationalBuiltInTools: BuiltInToolsInput and
    BuiltInToolsOutput are part of the public API spec and the generated SDKs.

    Attributes:
        transfer_to_agent (None | SystemToolConfigInput | Unset): The transfer to agent tool
        end_call (None | SystemToolConfigInput | Unset): The end call tool
        language_detection (None | SystemToolConfigInput | Unset): The language detection tool
        transfer_to_number (None | SystemToolConfigInput | Unset): The transfer to number tool
        skip_turn (None | SystemToolConfigInput | Unset): The skip turn tool
        play_keypad_touch_tone (None | SystemToolConfigInput | Unset): The play DTMF tool
        voicemail_detection (None | SystemToolConfigInput | Unset): The voicemail detection tool
    """

    transfer_to_agent: None | SystemToolConfigInput | Unset = UNSET

    end_call: None | SystemToolConfigInput | Unset = UNSET

    language_detection: None | SystemToolConfigInput | Unset = UNSET

    transfer_to_number: None | SystemToolConfigInput | Unset = UNSET

    skip_turn: None | SystemToolConfigInput | Unset = UNSET

    play_keypad_touch_tone: None | SystemToolConfigInput | Unset = UNSET

    voicemail_detection: None | SystemToolConfigInput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        transfer_to_agent: Any
        try:
            if isinstance(self.transfer_to_agent, Unset):
                transfer_to_agent = UNSET
            elif isinstance(self.transfer_to_agent, SystemToolConfigInput):
                transfer_to_agent = self.transfer_to_agent.to_dict()
            else:
                transfer_to_agent = self.transfer_to_agent

        except (AttributeError, TypeError):
            transfer_to_agent = self.transfer_to_agent

        end_call: Any
        try:
            if isinstance(self.end_call, Unset):
                end_call = UNSET
            elif isinstance(self.end_call, SystemToolConfigInput):
                end_call = self.end_call.to_dict()
            else:
                end_call = self.end_call

        except (AttributeError, TypeError):
            end_call = self.end_call

        language_detection: Any
        try:
            if isinstance(self.language_detection, Unset):
                language_detection = UNSET
            elif isinstance(self.language_detection, SystemToolConfigInput):
                language_detection = self.language_detection.to_dict()
            else:
                language_detection = self.language_detection

        except (AttributeError, TypeError):
            language_detection = self.language_detection

        transfer_to_number: Any
        try:
            if isinstance(self.transfer_to_number, Unset):
                transfer_to_number = UNSET
            elif isinstance(self.transfer_to_number, SystemToolConfigInput):
                transfer_to_number = self.transfer_to_number.to_dict()
            else:
                transfer_to_number = self.transfer_to_number

        except (AttributeError, TypeError):
            transfer_to_number = self.transfer_to_number

        skip_turn: Any
        try:
            if isinstance(self.skip_turn, Unset):
                skip_turn = UNSET
            elif isinstance(self.skip_turn, SystemToolConfigInput):
                skip_turn = self.skip_turn.to_dict()
            else:
                skip_turn = self.skip_turn

        except (AttributeError, TypeError):
            skip_turn = self.skip_turn

        play_keypad_touch_tone: Any
        try:
            if isinstance(self.play_keypad_touch_tone, Unset):
                play_keypad_touch_tone = UNSET
            elif isinstance(self.play_keypad_touch_tone, SystemToolConfigInput):
                play_keypad_touch_tone = self.play_keypad_touch_tone.to_dict()
            else:
                play_keypad_touch_tone = self.play_keypad_touch_tone

        except (AttributeError, TypeError):
            play_keypad_touch_tone = self.play_keypad_touch_tone

        voicemail_detection: Any
        try:
            if isinstance(self.voicemail_detection, Unset):
                voicemail_detection = UNSET
            elif isinstance(self.voicemail_detection, SystemToolConfigInput):
                voicemail_detection = self.voicemail_detection.to_dict()
            else:
                voicemail_detection = self.voicemail_detection

        except (AttributeError, TypeError):
            voicemail_detection = self.voicemail_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if transfer_to_agent is not UNSET:
            field_dict["transfer_to_agent"] = transfer_to_agent
        if end_call is not UNSET:
            field_dict["end_call"] = end_call
        if language_detection is not UNSET:
            field_dict["language_detection"] = language_detection
        if transfer_to_number is not UNSET:
            field_dict["transfer_to_number"] = transfer_to_number
        if skip_turn is not UNSET:
            field_dict["skip_turn"] = skip_turn
        if play_keypad_touch_tone is not UNSET:
            field_dict["play_keypad_touch_tone"] = play_keypad_touch_tone
        if voicemail_detection is not UNSET:
            field_dict["voicemail_detection"] = voicemail_detection
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        built_in_tools_input = cls.__new__(cls)
        built_in_tools_input.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return built_in_tools_input

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


def _read_transfer_to_agent(cls: type[BuiltInToolsInput], d: Mapping[str, Any]) -> Any:
    transfer_to_agent_raw = d.get("transfer_to_agent", UNSET)
    try:

        def _parse_transfer_to_agent(data: object) -> None | SystemToolConfigInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            transfer_to_agent_type_0 = SystemToolConfigInput.from_dict(data)

            return transfer_to_agent_type_0

        transfer_to_agent = _parse_transfer_to_agent(transfer_to_agent_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        transfer_to_agent = deviating_field(cls, "transfer_to_agent", transfer_to_agent_raw)

    return transfer_to_agent


def _read_end_call(cls: type[BuiltInToolsInput], d: Mapping[str, Any]) -> Any:
    end_call_raw = d.get("end_call", UNSET)
    try:

        def _parse_end_call(data: object) -> None | SystemToolConfigInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            end_call_type_0 = SystemToolConfigInput.from_dict(data)

            return end_call_type_0

        end_call = _parse_end_call(end_call_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        end_call = deviating_field(cls, "end_call", end_call_raw)

    return end_call


def _read_language_detection(cls: type[BuiltInToolsInput], d: Mapping[str, Any]) -> Any:
    language_detection_raw = d.get("language_detection", UNSET)
    try:

        def _parse_language_detection(data: object) -> None | SystemToolConfigInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            language_detection_type_0 = SystemToolConfigInput.from_dict(data)

            return language_detection_type_0

        language_detection = _parse_language_detection(language_detection_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        language_detection = deviating_field(cls, "language_detection", language_detection_raw)

    return language_detection


def _read_transfer_to_number(cls: type[BuiltInToolsInput], d: Mapping[str, Any]) -> Any:
    transfer_to_number_raw = d.get("transfer_to_number", UNSET)
    try:

        def _parse_transfer_to_number(data: object) -> None | SystemToolConfigInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            transfer_to_number_type_0 = SystemToolConfigInput.from_dict(data)

            return transfer_to_number_type_0

        transfer_to_number = _parse_transfer_to_number(transfer_to_number_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        transfer_to_number = deviating_field(cls, "transfer_to_number", transfer_to_number_raw)

    return transfer_to_number


def _read_skip_turn(cls: type[BuiltInToolsInput], d: Mapping[str, Any]) -> Any:
    skip_turn_raw = d.get("skip_turn", UNSET)
    try:

        def _parse_skip_turn(data: object) -> None | SystemToolConfigInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            skip_turn_type_0 = SystemToolConfigInput.from_dict(data)

            return skip_turn_type_0

        skip_turn = _parse_skip_turn(skip_turn_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        skip_turn = deviating_field(cls, "skip_turn", skip_turn_raw)

    return skip_turn


def _read_play_keypad_touch_tone(cls: type[BuiltInToolsInput], d: Mapping[str, Any]) -> Any:
    play_keypad_touch_tone_raw = d.get("play_keypad_touch_tone", UNSET)
    try:

        def _parse_play_keypad_touch_tone(data: object) -> None | SystemToolConfigInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            play_keypad_touch_tone_type_0 = SystemToolConfigInput.from_dict(data)

            return play_keypad_touch_tone_type_0

        play_keypad_touch_tone = _parse_play_keypad_touch_tone(play_keypad_touch_tone_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        play_keypad_touch_tone = deviating_field(cls, "play_keypad_touch_tone", play_keypad_touch_tone_raw)

    return play_keypad_touch_tone


def _read_voicemail_detection(cls: type[BuiltInToolsInput], d: Mapping[str, Any]) -> Any:
    voicemail_detection_raw = d.get("voicemail_detection", UNSET)
    try:

        def _parse_voicemail_detection(data: object) -> None | SystemToolConfigInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            voicemail_detection_type_0 = SystemToolConfigInput.from_dict(data)

            return voicemail_detection_type_0

        voicemail_detection = _parse_voicemail_detection(voicemail_detection_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        voicemail_detection = deviating_field(cls, "voicemail_detection", voicemail_detection_raw)

    return voicemail_detection


_FIELDS: frozenset[str] = frozenset(
    (
        "transfer_to_agent",
        "end_call",
        "language_detection",
        "transfer_to_number",
        "skip_turn",
        "play_keypad_touch_tone",
        "voicemail_detection",
    )
)


def _read_additional_properties(cls: type[BuiltInToolsInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[BuiltInToolsInput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "transfer_to_agent" in known:
        transfer_to_agent = known["transfer_to_agent"]
    else:
        transfer_to_agent = d.get("transfer_to_agent", UNSET)
        if transfer_to_agent is not UNSET and transfer_to_agent is not None:
            transfer_to_agent = _read_transfer_to_agent(cls, d)

    if "end_call" in known:
        end_call = known["end_call"]
    else:
        end_call = d.get("end_call", UNSET)
        if end_call is not UNSET and end_call is not None:
            end_call = _read_end_call(cls, d)

    if "language_detection" in known:
        language_detection = known["language_detection"]
    else:
        language_detection = d.get("language_detection", UNSET)
        if language_detection is not UNSET and language_detection is not None:
            language_detection = _read_language_detection(cls, d)

    if "transfer_to_number" in known:
        transfer_to_number = known["transfer_to_number"]
    else:
        transfer_to_number = d.get("transfer_to_number", UNSET)
        if transfer_to_number is not UNSET and transfer_to_number is not None:
            transfer_to_number = _read_transfer_to_number(cls, d)

    if "skip_turn" in known:
        skip_turn = known["skip_turn"]
    else:
        skip_turn = d.get("skip_turn", UNSET)
        if skip_turn is not UNSET and skip_turn is not None:
            skip_turn = _read_skip_turn(cls, d)

    if "play_keypad_touch_tone" in known:
        play_keypad_touch_tone = known["play_keypad_touch_tone"]
    else:
        play_keypad_touch_tone = d.get("play_keypad_touch_tone", UNSET)
        if play_keypad_touch_tone is not UNSET and play_keypad_touch_tone is not None:
            play_keypad_touch_tone = _read_play_keypad_touch_tone(cls, d)

    if "voicemail_detection" in known:
        voicemail_detection = known["voicemail_detection"]
    else:
        voicemail_detection = d.get("voicemail_detection", UNSET)
        if voicemail_detection is not UNSET and voicemail_detection is not None:
            voicemail_detection = _read_voicemail_detection(cls, d)

    return {
        "transfer_to_agent": transfer_to_agent,
        "end_call": end_call,
        "language_detection": language_detection,
        "transfer_to_number": transfer_to_number,
        "skip_turn": skip_turn,
        "play_keypad_touch_tone": play_keypad_touch_tone,
        "voicemail_detection": voicemail_detection,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BuiltInToolsInput,
    _all_fields,
    {
        "transfer_to_agent": _read_transfer_to_agent,
        "end_call": _read_end_call,
        "language_detection": _read_language_detection,
        "transfer_to_number": _read_transfer_to_number,
        "skip_turn": _read_skip_turn,
        "play_keypad_touch_tone": _read_play_keypad_touch_tone,
        "voicemail_detection": _read_voicemail_detection,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.system_tool_config_input import SystemToolConfigInput
