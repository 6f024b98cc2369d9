from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import ClientEvent
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationConfigOutput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'client_events': ['audio', 'interruption'], 'max_duration_seconds': 600}

    Attributes:
        text_only: If enabled audio will not be processed and only text will be used, use to avoid audio pricing.
            Defaults to False on the server.
        max_duration_seconds: The maximum duration of a conversation in seconds Defaults to 600 on the server.
        client_events: The events that will be sent to the client
        monitoring_enabled: Enable real-time monitoring of conversations via WebSocket Defaults to False on the server.
        monitoring_events: The events that will be sent to monitoring connections.
        source_attribution: When enabled and knowledge base content is present, the LLM is instructed to report which
            sources it used. Defaults to False on the server.
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

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text_only", "text_only", BOOL),
        Field("max_duration_seconds", "max_duration_seconds", INT),
        Field("client_events", "client_events", list_of(union(literal("ClientEvent"), STR))),
        Field("file_input", "file_input", object_of("FileInputConfig")),
        Field("monitoring_enabled", "monitoring_enabled", BOOL),
        Field("monitoring_events", "monitoring_events", list_of(union(literal("ClientEvent"), STR))),
        Field("background_sound", "background_sound", object_of("BackgroundSoundConfig")),
        Field("source_attribution", "source_attribution", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.background_sound_config import BackgroundSoundConfig
from ..models.file_input_config import FileInputConfig
