from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetAudioNativeProjectSettingsResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetAudioNativeProjectSettingsResponseModel(Lazy):
    """Example:
        {'enabled': True, 'settings': {'audio_path': 'audio/my_project.mp3', 'audio_url':
        'https://example.com/audio/my_project.mp3', 'author': 'John Doe', 'background_color': '#FFFFFF', 'image':
        'https://example.com/image.jpg', 'sessionization': 1, 'small': False, 'status': 'ready', 'text_color':
        '#000000', 'title': 'My Project'}, 'snapshot_id': 'JBFqnCBsd6RMkjVDRZzb'}

    Attributes:
        enabled (bool): Whether the project is enabled.
        snapshot_id (None | str | Unset): The ID of the latest snapshot of the project.
        settings (AudioNativeProjectSettingsResponseModel | None | Unset): The settings of the project.
    """

    enabled: bool

    snapshot_id: None | str | Unset = UNSET

    settings: AudioNativeProjectSettingsResponseModel | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("enabled",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        enabled = self.enabled

        snapshot_id: Any
        try:
            snapshot_id = self.snapshot_id

        except (AttributeError, TypeError):
            snapshot_id = self.snapshot_id

        settings: Any
        try:
            if isinstance(self.settings, Unset):
                settings = UNSET
            elif isinstance(self.settings, AudioNativeProjectSettingsResponseModel):
                settings = self.settings.to_dict()
            else:
                settings = self.settings

        except (AttributeError, TypeError):
            settings = self.settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enabled is not None or "enabled" not in self._missing_fields:
            field_dict["enabled"] = enabled
        if snapshot_id is not UNSET:
            field_dict["snapshot_id"] = snapshot_id
        if settings is not UNSET:
            field_dict["settings"] = settings
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_audio_native_project_settings_response_model = cls.__new__(cls)
        get_audio_native_project_settings_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_audio_native_project_settings_response_model

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


_read_enabled = plain_reader("enabled", (bool,), "a boolean", True)

_read_snapshot_id = plain_reader(
    "snapshot_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_settings(cls: type[GetAudioNativeProjectSettingsResponseModel], d: Mapping[str, Any]) -> Any:
    settings_raw = d.get("settings", UNSET)
    try:

        def _parse_settings(data: object) -> AudioNativeProjectSettingsResponseModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            settings_type_0 = AudioNativeProjectSettingsResponseModel.from_dict(data)

            return settings_type_0

        settings = _parse_settings(settings_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        settings = deviating_field(cls, "settings", settings_raw)

    return settings


_FIELDS: frozenset[str] = frozenset(
    (
        "enabled",
        "snapshot_id",
        "settings",
    )
)


def _read_additional_properties(
    cls: type[GetAudioNativeProjectSettingsResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetAudioNativeProjectSettingsResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    enabled = d.get("enabled", MISSING)
    if enabled.__class__ is not bool:
        enabled = _read_enabled(cls, d)

    snapshot_id = d.get("snapshot_id", UNSET)
    if snapshot_id.__class__ is not str and snapshot_id is not None and snapshot_id is not UNSET:
        snapshot_id = _read_snapshot_id(cls, d)

    if "settings" in known:
        settings = known["settings"]
    else:
        settings = d.get("settings", UNSET)
        if settings is not UNSET and settings is not None:
            settings = _read_settings(cls, d)

    return {
        "enabled": enabled,
        "snapshot_id": snapshot_id,
        "settings": settings,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetAudioNativeProjectSettingsResponseModel,
    _all_fields,
    {
        "enabled": _read_enabled,
        "snapshot_id": _read_snapshot_id,
        "settings": _read_settings,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.audio_native_project_settings_response_model import AudioNativeProjectSettingsResponseModel
