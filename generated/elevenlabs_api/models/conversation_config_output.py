from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_event import ClientEvent
from ..types import (
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationConfigOutput")


@_attrs_define
class ConversationConfigOutput:
    """Example:
        {'client_events': ['audio', 'interruption'], 'max_duration_seconds': 600}

    Attributes:
        text_only (bool | Unset): If enabled audio will not be processed and only text will be used, use to avoid audio
            pricing. Default: False.
        max_duration_seconds (int | Unset): The maximum duration of a conversation in seconds Default: 600.
        client_events (list[ClientEvent | str] | Unset): The events that will be sent to the client
        file_input (FileInputConfig | Unset):
        monitoring_enabled (bool | Unset): Enable real-time monitoring of conversations via WebSocket Default: False.
        monitoring_events (list[ClientEvent | str] | Unset): The events that will be sent to monitoring connections.
        background_sound (BackgroundSoundConfig | Unset):
        source_attribution (bool | Unset): When enabled and knowledge base content is present, the LLM is instructed to
            report which sources it used. Default: False.
    """

    text_only: bool | Unset = False

    max_duration_seconds: int | Unset = 600

    client_events: list[ClientEvent | str] | Unset = UNSET

    file_input: FileInputConfig | Unset = UNSET

    monitoring_enabled: bool | Unset = False

    monitoring_events: list[ClientEvent | str] | Unset = UNSET

    background_sound: BackgroundSoundConfig | Unset = UNSET

    source_attribution: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        text_only = d.pop("text_only", UNSET)
        if text_only.__class__ is not bool and text_only is not UNSET:
            text_only = unexpected_type(cls, "text_only", text_only, "a boolean")

        max_duration_seconds = d.pop("max_duration_seconds", UNSET)
        if max_duration_seconds.__class__ is not int and max_duration_seconds is not UNSET:
            max_duration_seconds = unexpected_type(cls, "max_duration_seconds", max_duration_seconds, "an integer")

        client_events_raw = d.pop("client_events", UNSET)
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

        file_input_raw = d.pop("file_input", UNSET)
        try:
            _file_input = file_input_raw
            file_input: FileInputConfig | Unset
            if isinstance(_file_input, Unset):
                file_input = UNSET
            else:
                file_input = FileInputConfig.from_dict(_file_input)
        except (KeyError, TypeError, ValueError, AttributeError):
            file_input = deviating_field(cls, "file_input", file_input_raw)

        monitoring_enabled = d.pop("monitoring_enabled", UNSET)
        if monitoring_enabled.__class__ is not bool and monitoring_enabled is not UNSET:
            monitoring_enabled = unexpected_type(cls, "monitoring_enabled", monitoring_enabled, "a boolean")

        monitoring_events_raw = d.pop("monitoring_events", UNSET)
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

        background_sound_raw = d.pop("background_sound", UNSET)
        try:
            _background_sound = background_sound_raw
            background_sound: BackgroundSoundConfig | Unset
            if isinstance(_background_sound, Unset):
                background_sound = UNSET
            else:
                background_sound = BackgroundSoundConfig.from_dict(_background_sound)
        except (KeyError, TypeError, ValueError, AttributeError):
            background_sound = deviating_field(cls, "background_sound", background_sound_raw)

        source_attribution = d.pop("source_attribution", UNSET)
        if source_attribution.__class__ is not bool and source_attribution is not UNSET:
            source_attribution = unexpected_type(cls, "source_attribution", source_attribution, "a boolean")

        conversation_config_output = cls(
            text_only=text_only,
            max_duration_seconds=max_duration_seconds,
            client_events=client_events,
            file_input=file_input,
            monitoring_enabled=monitoring_enabled,
            monitoring_events=monitoring_events,
            background_sound=background_sound,
            source_attribution=source_attribution,
        )
        conversation_config_output.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.background_sound_config import BackgroundSoundConfig
from ..models.file_input_config import FileInputConfig
