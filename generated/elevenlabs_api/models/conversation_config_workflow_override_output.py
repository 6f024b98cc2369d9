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
    unexpected_type,
)

T = TypeVar("T", bound="ConversationConfigWorkflowOverrideOutput")


@_attrs_define
class ConversationConfigWorkflowOverrideOutput:
    """Example:
        {'client_events': ['audio', 'interruption'], 'max_duration_seconds': 600}

    Attributes:
        text_only (bool | None | Unset): If enabled audio will not be processed and only text will be used, use to avoid
            audio pricing.
        max_duration_seconds (int | None | Unset): The maximum duration of a conversation in seconds
        client_events (list[ClientEvent | str] | None | Unset): The events that will be sent to the client
        file_input (FileInputConfigWorkflowOverride | None | Unset): Configuration for file input (image/PDF uploads)
            during conversations.
        monitoring_enabled (bool | None | Unset): Enable real-time monitoring of conversations via WebSocket
        monitoring_events (list[ClientEvent | str] | None | Unset): The events that will be sent to monitoring
            connections.
        background_sound (BackgroundSoundConfigWorkflowOverride | None | Unset): Configuration for background sound
            during conversations.
        source_attribution (bool | None | Unset): When enabled and knowledge base content is present, the LLM is
            instructed to report which sources it used.
    """

    text_only: bool | None | Unset = UNSET

    max_duration_seconds: int | None | Unset = UNSET

    client_events: list[ClientEvent | str] | None | Unset = UNSET

    file_input: FileInputConfigWorkflowOverride | None | Unset = UNSET

    monitoring_enabled: bool | None | Unset = UNSET

    monitoring_events: list[ClientEvent | str] | None | Unset = UNSET

    background_sound: BackgroundSoundConfigWorkflowOverride | None | Unset = UNSET

    source_attribution: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_only: Any
        try:
            text_only = self.text_only

        except (AttributeError, TypeError):
            text_only = self.text_only

        max_duration_seconds: Any
        try:
            max_duration_seconds = self.max_duration_seconds

        except (AttributeError, TypeError):
            max_duration_seconds = self.max_duration_seconds

        client_events: Any
        try:
            if isinstance(self.client_events, Unset):
                client_events = UNSET
            elif isinstance(self.client_events, list):
                client_events = []
                for client_events_type_0_item_data in self.client_events:
                    client_events_type_0_item: str
                    if isinstance(client_events_type_0_item_data, str):
                        client_events_type_0_item = client_events_type_0_item_data
                    else:
                        client_events_type_0_item = client_events_type_0_item_data

                    client_events.append(client_events_type_0_item)

            else:
                client_events = self.client_events

        except (AttributeError, TypeError):
            client_events = self.client_events

        file_input: Any
        try:
            if isinstance(self.file_input, Unset):
                file_input = UNSET
            elif isinstance(self.file_input, FileInputConfigWorkflowOverride):
                file_input = self.file_input.to_dict()
            else:
                file_input = self.file_input

        except (AttributeError, TypeError):
            file_input = self.file_input

        monitoring_enabled: Any
        try:
            monitoring_enabled = self.monitoring_enabled

        except (AttributeError, TypeError):
            monitoring_enabled = self.monitoring_enabled

        monitoring_events: Any
        try:
            if isinstance(self.monitoring_events, Unset):
                monitoring_events = UNSET
            elif isinstance(self.monitoring_events, list):
                monitoring_events = []
                for monitoring_events_type_0_item_data in self.monitoring_events:
                    monitoring_events_type_0_item: str
                    if isinstance(monitoring_events_type_0_item_data, str):
                        monitoring_events_type_0_item = monitoring_events_type_0_item_data
                    else:
                        monitoring_events_type_0_item = monitoring_events_type_0_item_data

                    monitoring_events.append(monitoring_events_type_0_item)

            else:
                monitoring_events = self.monitoring_events

        except (AttributeError, TypeError):
            monitoring_events = self.monitoring_events

        background_sound: Any
        try:
            if isinstance(self.background_sound, Unset):
                background_sound = UNSET
            elif isinstance(self.background_sound, BackgroundSoundConfigWorkflowOverride):
                background_sound = self.background_sound.to_dict()
            else:
                background_sound = self.background_sound

        except (AttributeError, TypeError):
            background_sound = self.background_sound

        source_attribution: Any
        try:
            source_attribution = self.source_attribution

        except (AttributeError, TypeError):
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
        if text_only.__class__ is not bool and text_only is not None and text_only is not UNSET:
            text_only = unexpected_type(cls, "text_only", text_only, "a boolean or null")

        max_duration_seconds = d.pop("max_duration_seconds", UNSET)
        if (
            max_duration_seconds.__class__ is not int
            and max_duration_seconds is not None
            and max_duration_seconds is not UNSET
        ):
            max_duration_seconds = unexpected_type(
                cls, "max_duration_seconds", max_duration_seconds, "an integer or null"
            )

        client_events_raw = d.pop("client_events", UNSET)
        try:

            def _parse_client_events(data: object) -> list[ClientEvent | str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                client_events_type_0 = []
                _client_events_type_0 = data
                for client_events_type_0_item_data in _client_events_type_0:
                    client_events_type_0_item = client_events_type_0_item_data

                    client_events_type_0.append(client_events_type_0_item)

                return client_events_type_0

            client_events = _parse_client_events(client_events_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            client_events = deviating_field(cls, "client_events", client_events_raw)

        file_input_raw = d.pop("file_input", UNSET)
        try:

            def _parse_file_input(data: object) -> FileInputConfigWorkflowOverride | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                file_input_type_0 = FileInputConfigWorkflowOverride.from_dict(data)

                return file_input_type_0

            file_input = _parse_file_input(file_input_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            file_input = deviating_field(cls, "file_input", file_input_raw)

        monitoring_enabled = d.pop("monitoring_enabled", UNSET)
        if (
            monitoring_enabled.__class__ is not bool
            and monitoring_enabled is not None
            and monitoring_enabled is not UNSET
        ):
            monitoring_enabled = unexpected_type(cls, "monitoring_enabled", monitoring_enabled, "a boolean or null")

        monitoring_events_raw = d.pop("monitoring_events", UNSET)
        try:

            def _parse_monitoring_events(data: object) -> list[ClientEvent | str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                monitoring_events_type_0 = []
                _monitoring_events_type_0 = data
                for monitoring_events_type_0_item_data in _monitoring_events_type_0:
                    monitoring_events_type_0_item = monitoring_events_type_0_item_data

                    monitoring_events_type_0.append(monitoring_events_type_0_item)

                return monitoring_events_type_0

            monitoring_events = _parse_monitoring_events(monitoring_events_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            monitoring_events = deviating_field(cls, "monitoring_events", monitoring_events_raw)

        background_sound_raw = d.pop("background_sound", UNSET)
        try:

            def _parse_background_sound(data: object) -> BackgroundSoundConfigWorkflowOverride | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                background_sound_type_0 = BackgroundSoundConfigWorkflowOverride.from_dict(data)

                return background_sound_type_0

            background_sound = _parse_background_sound(background_sound_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            background_sound = deviating_field(cls, "background_sound", background_sound_raw)

        source_attribution = d.pop("source_attribution", UNSET)
        if (
            source_attribution.__class__ is not bool
            and source_attribution is not None
            and source_attribution is not UNSET
        ):
            source_attribution = unexpected_type(cls, "source_attribution", source_attribution, "a boolean or null")

        conversation_config_workflow_override_output = cls(
            text_only=text_only,
            max_duration_seconds=max_duration_seconds,
            client_events=client_events,
            file_input=file_input,
            monitoring_enabled=monitoring_enabled,
            monitoring_events=monitoring_events,
            background_sound=background_sound,
            source_attribution=source_attribution,
        )
        conversation_config_workflow_override_output.additional_properties = d
        return conversation_config_workflow_override_output

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
from ..models.background_sound_config_workflow_override import BackgroundSoundConfigWorkflowOverride
from ..models.file_input_config_workflow_override import FileInputConfigWorkflowOverride
