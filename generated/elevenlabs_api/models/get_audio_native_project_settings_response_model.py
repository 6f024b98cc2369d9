from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, BOOL, INT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, literal, object_of, union
from ..models._literals import AudioNativeProjectSettingsResponseModelStatusType0
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class AudioNativeProjectSettingsResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'audio_path': 'audio/my_project.mp3', 'audio_url': 'https://example.com/audio/my_project.mp3', 'author': 'John
        Doe', 'background_color': '#FFFFFF', 'image': 'https://example.com/image.jpg', 'sessionization': 1, 'small':
        False, 'status': 'ready', 'text_color': '#000000', 'title': 'My Project'}

    Attributes:
        title: The title of the project.
        image: The image of the project.
        author: The author of the project.
        small: Whether the project is small.
        text_color: The text color of the project.
        background_color: The background color of the project.
        sessionization: The sessionization of the project. Specifies for how many minutes to persist the session across
            page reloads.
        audio_path: The path of the audio file.
        audio_url: The URL of the audio file.
        status: Current state of the project Defaults to 'ready' on the server.
    """

    title: str

    image: str

    author: str

    small: bool

    text_color: str

    background_color: str

    sessionization: int

    audio_path: None | str | Unset = UNSET

    audio_url: None | str | Unset = UNSET

    status: AudioNativeProjectSettingsResponseModelStatusType0 | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("title", "title", STR, required=True),
        Field("image", "image", STR, required=True),
        Field("author", "author", STR, required=True),
        Field("small", "small", BOOL, required=True),
        Field("text_color", "text_color", STR, required=True),
        Field("background_color", "background_color", STR, required=True),
        Field("sessionization", "sessionization", INT, required=True),
        Field("audio_path", "audio_path", union(STR, NULL)),
        Field("audio_url", "audio_url", union(STR, NULL)),
        Field("status", "status", union(literal("AudioNativeProjectSettingsResponseModelStatusType0"), STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
