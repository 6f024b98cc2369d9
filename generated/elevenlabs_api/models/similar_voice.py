from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voicecategory import VOICECATEGORY
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="SimilarVoice")


@_attrs_define
class SimilarVoice:
    """Attributes:
    voice_id (str):
    name (str):
    category (str | VOICECATEGORY):
    description (None | str | Unset):
    preview_url (None | str | Unset):
    """

    voice_id: str

    name: str

    category: str | VOICECATEGORY

    description: None | str | Unset = UNSET

    preview_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        name = self.name

        category: Any
        try:
            if isinstance(self.category, str):
                category = self.category
            else:
                category = self.category

        except (AttributeError, TypeError):
            category = self.category

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        preview_url: Any
        try:
            preview_url = self.preview_url

        except (AttributeError, TypeError):
            preview_url = self.preview_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voice_id is not None or "voice_id" not in self._missing_fields:
            field_dict["voice_id"] = voice_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if category is not None or "category" not in self._missing_fields:
            field_dict["category"] = category
        if description is not UNSET:
            field_dict["description"] = description
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        voice_id = d.pop("voice_id", MISSING)
        if voice_id.__class__ is not str:
            if voice_id is MISSING:
                voice_id = missing_field(cls, "voice_id")
                _missing += ("voice_id",)
            else:
                voice_id = unexpected_type(cls, "voice_id", voice_id, "a string")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        category = d.pop("category", MISSING)
        if category.__class__ is not str:
            if category is MISSING:
                category = missing_field(cls, "category")
                _missing += ("category",)
            else:
                category = unexpected_type(cls, "category", category, "a string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not None and description is not UNSET:
            description = unexpected_type(cls, "description", description, "a string or null")

        preview_url = d.pop("preview_url", UNSET)
        if preview_url.__class__ is not str and preview_url is not None and preview_url is not UNSET:
            preview_url = unexpected_type(cls, "preview_url", preview_url, "a string or null")

        similar_voice = cls(
            voice_id=voice_id,
            name=name,
            category=category,
            description=description,
            preview_url=preview_url,
        )
        if _missing:
            similar_voice._missing_fields = _missing
        similar_voice.additional_properties = d
        return similar_voice

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
