from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="GetAudioNativeProjectSettingsResponseModel")


@_attrs_define
class GetAudioNativeProjectSettingsResponseModel:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        enabled = d.pop("enabled", MISSING)
        if enabled.__class__ is not bool:
            if enabled is MISSING:
                enabled = missing_field(cls, "enabled")
                _missing += ("enabled",)
            else:
                enabled = unexpected_type(cls, "enabled", enabled, "a boolean")

        snapshot_id = d.pop("snapshot_id", UNSET)
        if snapshot_id.__class__ is not str and snapshot_id is not None and snapshot_id is not UNSET:
            snapshot_id = unexpected_type(cls, "snapshot_id", snapshot_id, "a string or null")

        settings_raw = d.pop("settings", UNSET)
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

        get_audio_native_project_settings_response_model = cls(
            enabled=enabled,
            snapshot_id=snapshot_id,
            settings=settings,
        )
        if _missing:
            get_audio_native_project_settings_response_model._missing_fields = _missing
        get_audio_native_project_settings_response_model.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.audio_native_project_settings_response_model import AudioNativeProjectSettingsResponseModel
