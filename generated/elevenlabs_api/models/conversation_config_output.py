from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ClientEvent
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationConfigOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationConfigOutput(Lazy):
    """Example:
        {'client_events': ['audio', 'interruption'], 'max_duration_seconds': 600}

    Attributes:
        text_only (bool | Unset): If enabled audio will not be processed and only text will be used, use to avoid audio
            pricing. Defaults to False on the server.
        max_duration_seconds (int | Unset): The maximum duration of a conversation in seconds Defaults to 600 on the
            server.
        client_events (list[ClientEvent | str] | Unset): The events that will be sent to the client
        file_input (FileInputConfig | Unset):
        monitoring_enabled (bool | Unset): Enable real-time monitoring of conversations via WebSocket Defaults to False
            on the server.
        monitoring_events (list[ClientEvent | str] | Unset): The events that will be sent to monitoring connections.
        background_sound (BackgroundSoundConfig | Unset):
        source_attribution (bool | Unset): When enabled and knowledge base content is present, the LLM is instructed to
            report which sources it used. Defaults to False on the server.
    """

    text_only: bool | Unset = UNSET

    max_duration_seconds: int | Unset = UNSET

    client_events: list[ClientEvent | str] | Unset = UNSET

    file_input: FileInputConfig | Unset = UNSET

    monitoring_enabled: bool | Unset = UNSET

    monitoring_events: list[ClientEvent | str] | Unset = UNSET

    background_sound: BackgroundSoundConfig | Unset = UNSET

    source_attribution: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text_only = self.text_only

        max_duration_seconds = self.max_duration_seconds

        client_events: Any
        try:
            client_events = UNSET
            if not isinstance(self.client_events, Unset):
                client_events = []
                for client_events_item_data in self.client_events:
                    client_events_item: str
                    if isinstance(client_events_item_data, str):
                        client_events_item = client_events_item_data
                    else:
                        client_events_item = client_events_item_data

                    client_events.append(client_events_item)

        except (AttributeError, TypeError):
            client_events = self.client_events

        file_input: Any
        try:
            file_input = UNSET
            if not isinstance(self.file_input, Unset):
                file_input = self.file_input.to_dict()
        except (AttributeError, TypeError):
            file_input = self.file_input

        monitoring_enabled = self.monitoring_enabled

        monitoring_events: Any
        try:
            monitoring_events = UNSET
            if not isinstance(self.monitoring_events, Unset):
                monitoring_events = []
                for monitoring_events_item_data in self.monitoring_events:
                    monitoring_events_item: str
                    if isinstance(monitoring_events_item_data, str):
                        monitoring_events_item = monitoring_events_item_data
                    else:
                        monitoring_events_item = monitoring_events_item_data

                    monitoring_events.append(monitoring_events_item)

        except (AttributeError, TypeError):
            monitoring_events = self.monitoring_events

        background_sound: Any
        try:
            background_sound = UNSET
            if not isinstance(self.background_sound, Unset):
                background_sound = self.background_sound.to_dict()
        except (AttributeError, TypeError):
            background_sound = self.background_sound

        source_attribution = self.source_attribution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text_only is not UNSET:
            field_dict["text_only"] = text_only
        if max_duration_seconds is not UNSET:
            field_dict["max_duration_seconds"] = max_duration_seconds
        if client_events is not UNSET:
            field_dict["client_events"] = client_events
        if file_input is not UNSET:
            field_dict["file_input"] = file_input
        if monitoring_enabled is not UNSET:
            field_dict["monitoring_enabled"] = monitoring_enabled
        if monitoring_events is not UNSET:
            field_dict["monitoring_events"] = monitoring_events
        if background_sound is not UNSET:
            field_dict["background_sound"] = background_sound
        if source_attribution is not UNSET:
            field_dict["source_attribution"] = source_attribution
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_config_output = cls.__new__(cls)
        conversation_config_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_config_output

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


_read_text_only = plain_reader("text_only", (bool,), "a boolean", False)

_read_max_duration_seconds = plain_reader("max_duration_seconds", (int,), "an integer", False)


def _read_client_events(cls: type[ConversationConfigOutput], d: Mapping[str, Any]) -> Any:
    client_events_raw = d.get("client_events", UNSET)
    try:
        expect_array("client_events", client_events_raw)
        _client_events = client_events_raw
        client_events: list[ClientEvent | str] | Unset = UNSET
        if _client_events is not UNSET:
            client_events = []
            for client_events_item_data in _client_events:
                client_events_item = client_events_item_data

                client_events.append(client_events_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        client_events = deviating_field(cls, "client_events", client_events_raw)

    return client_events


def _read_file_input(cls: type[ConversationConfigOutput], d: Mapping[str, Any]) -> Any:
    file_input_raw = d.get("file_input", UNSET)
    try:
        _file_input = file_input_raw
        file_input: FileInputConfig | Unset
        if isinstance(_file_input, Unset):
            file_input = UNSET
        else:
            file_input = FileInputConfig.from_dict(_file_input)
    except (KeyError, TypeError, ValueError, AttributeError):
        file_input = deviating_field(cls, "file_input", file_input_raw)

    return file_input


_read_monitoring_enabled = plain_reader("monitoring_enabled", (bool,), "a boolean", False)


def _read_monitoring_events(cls: type[ConversationConfigOutput], d: Mapping[str, Any]) -> Any:
    monitoring_events_raw = d.get("monitoring_events", UNSET)
    try:
        expect_array("monitoring_events", monitoring_events_raw)
        _monitoring_events = monitoring_events_raw
        monitoring_events: list[ClientEvent | str] | Unset = UNSET
        if _monitoring_events is not UNSET:
            monitoring_events = []
            for monitoring_events_item_data in _monitoring_events:
                monitoring_events_item = monitoring_events_item_data

                monitoring_events.append(monitoring_events_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        monitoring_events = deviating_field(cls, "monitoring_events", monitoring_events_raw)

    return monitoring_events


def _read_background_sound(cls: type[ConversationConfigOutput], d: Mapping[str, Any]) -> Any:
    background_sound_raw = d.get("background_sound", UNSET)
    try:
        _background_sound = background_sound_raw
        background_sound: BackgroundSoundConfig | Unset
        if isinstance(_background_sound, Unset):
            background_sound = UNSET
        else:
            background_sound = BackgroundSoundConfig.from_dict(_background_sound)
    except (KeyError, TypeError, ValueError, AttributeError):
        background_sound = deviating_field(cls, "background_sound", background_sound_raw)

    return background_sound


_read_source_attribution = plain_reader("source_attribution", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "text_only",
        "max_duration_seconds",
        "client_events",
        "file_input",
        "monitoring_enabled",
        "monitoring_events",
        "background_sound",
        "source_attribution",
    )
)


def _read_additional_properties(cls: type[ConversationConfigOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ConversationConfigOutput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text_only = d.get("text_only", UNSET)
    if text_only.__class__ is not bool and text_only is not UNSET:
        text_only = _read_text_only(cls, d)

    max_duration_seconds = d.get("max_duration_seconds", UNSET)
    if max_duration_seconds.__class__ is not int and max_duration_seconds is not UNSET:
        max_duration_seconds = _read_max_duration_seconds(cls, d)

    if "client_events" in known:
        client_events = known["client_events"]
    else:
        client_events = d.get("client_events", UNSET)
        if client_events is not UNSET:
            client_events = _read_client_events(cls, d)

    if "file_input" in known:
        file_input = known["file_input"]
    else:
        file_input = d.get("file_input", UNSET)
        if file_input is not UNSET:
            file_input = _read_file_input(cls, d)

    monitoring_enabled = d.get("monitoring_enabled", UNSET)
    if monitoring_enabled.__class__ is not bool and monitoring_enabled is not UNSET:
        monitoring_enabled = _read_monitoring_enabled(cls, d)

    if "monitoring_events" in known:
        monitoring_events = known["monitoring_events"]
    else:
        monitoring_events = d.get("monitoring_events", UNSET)
        if monitoring_events is not UNSET:
            monitoring_events = _read_monitoring_events(cls, d)

    if "background_sound" in known:
        background_sound = known["background_sound"]
    else:
        background_sound = d.get("background_sound", UNSET)
        if background_sound is not UNSET:
            background_sound = _read_background_sound(cls, d)

    source_attribution = d.get("source_attribution", UNSET)
    if source_attribution.__class__ is not bool and source_attribution is not UNSET:
        source_attribution = _read_source_attribution(cls, d)

    return {
        "text_only": text_only,
        "max_duration_seconds": max_duration_seconds,
        "client_events": client_events,
        "file_input": file_input,
        "monitoring_enabled": monitoring_enabled,
        "monitoring_events": monitoring_events,
        "background_sound": background_sound,
        "source_attribution": source_attribution,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationConfigOutput,
    _all_fields,
    {
        "text_only": _read_text_only,
        "max_duration_seconds": _read_max_duration_seconds,
        "client_events": _read_client_events,
        "file_input": _read_file_input,
        "monitoring_enabled": _read_monitoring_enabled,
        "monitoring_events": _read_monitoring_events,
        "background_sound": _read_background_sound,
        "source_attribution": _read_source_attribution,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.background_sound_config import BackgroundSoundConfig
from ..models.file_input_config import FileInputConfig
