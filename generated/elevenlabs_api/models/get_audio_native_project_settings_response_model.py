from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    NULL,
    STR,
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
class GetAudioNativeProjectSettingsResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'enabled': True, 'settings': {'audio_path': 'audio/my_project.mp3', 'audio_url':
        'https://example.com/audio/my_project.mp3', 'author': 'John Doe', 'background_color': '#FFFFFF', 'image':
        'https://example.com/image.jpg', 'sessionization': 1, 'small': False, 'status': 'ready', 'text_color':
        '#000000', 'title': 'My Project'}, 'snapshot_id': 'JBFqnCBsd6RMkjVDRZzb'}

    Attributes:
        enabled: Whether the project is enabled.
        snapshot_id: The ID of the latest snapshot of the project.
        settings: The settings of the project.
    """

    enabled: bool

    snapshot_id: None | str | Unset = UNSET

    settings: AudioNativeProjectSettingsResponseModel | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("enabled", "enabled", BOOL, required=True),
        Field("snapshot_id", "snapshot_id", union(STR, NULL)),
        Field("settings", "settings", union(object_of("AudioNativeProjectSettingsResponseModel"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.audio_native_project_settings_response_model import AudioNativeProjectSettingsResponseModel
