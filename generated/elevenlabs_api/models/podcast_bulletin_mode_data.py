from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="PodcastBulletinModeData")


@_attrs_define
class PodcastBulletinModeData:
    """Example:
        {'host_voice_id': 'aw1NgEzBg83R7vgmiJt6'}

    Attributes:
        host_voice_id (str): The ID of the host voice.
    """

    host_voice_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        host_voice_id = self.host_voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if host_voice_id is not None or "host_voice_id" not in self._missing_fields:
            field_dict["host_voice_id"] = host_voice_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        host_voice_id = d.pop("host_voice_id", MISSING)
        if host_voice_id.__class__ is not str:
            if host_voice_id is MISSING:
                host_voice_id = missing_field(cls, "host_voice_id")
                _missing += ("host_voice_id",)
            else:
                host_voice_id = unexpected_type(cls, "host_voice_id", host_voice_id, "a string")

        podcast_bulletin_mode_data = cls(
            host_voice_id=host_voice_id,
        )
        if _missing:
            podcast_bulletin_mode_data._missing_fields = _missing
        podcast_bulletin_mode_data.additional_properties = d
        return podcast_bulletin_mode_data

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
