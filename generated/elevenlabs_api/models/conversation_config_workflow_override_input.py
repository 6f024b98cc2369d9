from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ClientEvent
from ..types import (
    ANY,
    BOOL,
    INT,
    NULL,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class ConversationConfigWorkflowOverrideInput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'client_events': ['audio', 'interruption'], 'max_duration_seconds': 600}

    Attributes:
        text_only: If enabled audio will not be processed and only text will be used, use to avoid audio pricing.
        max_duration_seconds: The maximum duration of a conversation in seconds
        client_events: The events that will be sent to the client
        file_input: Configuration for file input (image/PDF uploads) during conversations.
        monitoring_enabled: Enable real-time monitoring of conversations via WebSocket
        monitoring_events: The events that will be sent to monitoring connections.
        background_sound: Configuration for background sound during conversations.
        source_attribution: When enabled and knowledge base content is present, the LLM is instructed to report which
            sources it used.
    """

    text_only: bool | None | Unset = UNSET

    max_duration_seconds: int | None | Unset = UNSET

    client_events: list[ClientEvent] | None | Unset = UNSET

    file_input: FileInputConfigWorkflowOverride | None | Unset = UNSET

    monitoring_enabled: bool | None | Unset = UNSET

    monitoring_events: list[ClientEvent] | None | Unset = UNSET

    background_sound: BackgroundSoundConfigWorkflowOverride | None | Unset = UNSET

    source_attribution: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text_only", "text_only", union(BOOL, NULL)),
        Field("max_duration_seconds", "max_duration_seconds", union(INT, NULL)),
        Field("client_events", "client_events", union(list_of(literal("ClientEvent")), NULL)),
        Field("file_input", "file_input", union(object_of("FileInputConfigWorkflowOverride"), NULL)),
        Field("monitoring_enabled", "monitoring_enabled", union(BOOL, NULL)),
        Field("monitoring_events", "monitoring_events", union(list_of(literal("ClientEvent")), NULL)),
        Field("background_sound", "background_sound", union(object_of("BackgroundSoundConfigWorkflowOverride"), NULL)),
        Field("source_attribution", "source_attribution", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.background_sound_config_workflow_override import BackgroundSoundConfigWorkflowOverride
from ..models.file_input_config_workflow_override import FileInputConfigWorkflowOverride
