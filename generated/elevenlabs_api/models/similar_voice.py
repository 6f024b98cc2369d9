from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voicecategory import VOICECATEGORY
from ..types import MISSING, UNSET, Unset, missing_field

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
        if voice_id is not None:
            field_dict["voice_id"] = voice_id
        if name is not None:
            field_dict["name"] = name
        if category is not None:
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
        voice_id = d.pop("voice_id", MISSING)
        if voice_id is MISSING:
            voice_id = missing_field(cls, "voice_id")

        name = d.pop("name", MISSING)
        if name is MISSING:
            name = missing_field(cls, "name")

        category = d.pop("category", MISSING)
        if category is MISSING:
            category = missing_field(cls, "category")

        description = d.pop("description", UNSET)

        preview_url = d.pop("preview_url", UNSET)

        similar_voice = cls(
            voice_id=voice_id,
            name=name,
            category=category,
            description=description,
            preview_url=preview_url,
        )
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
