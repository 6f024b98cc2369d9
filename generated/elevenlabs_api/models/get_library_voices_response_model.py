from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, deviating_field, missing_field

T = TypeVar("T", bound="GetLibraryVoicesResponseModel")


@_attrs_define
class GetLibraryVoicesResponseModel:
    """Example:
        {'has_more': False, 'total_count': 0, 'voices': [{'accent': 'american', 'age': 'young', 'category':
        'professional', 'cloned_by_count': 11, 'date_unix': 1714423232, 'description': 'Perfectly calm, neutral and
        strong voice. Great for a young female protagonist.', 'descriptive': 'calm', 'featured': False,
        'free_users_allowed': True, 'gender': 'Female', 'language': 'en', 'live_moderation_enabled': False, 'name':
        'Alita', 'play_api_usage_character_count_1y': 12852, 'preview_url': 'https://storage.googleapis.com/eleven-
        public-prod/wqkMCd9huxXHX1dy5mLJn4QEQHj1/voices/sB1b5zUrxQVAFl2PhZFp/55e71aac-5cb7-4b3d-8241-429388160509.mp3',
        'public_owner_id': '63e84100a6bf7874ba37a1bab9a31828a379ec94b891b401653b655c5110880f', 'rate': 1,
        'usage_character_count_1y': 12852, 'usage_character_count_7d': 12852, 'use_case': 'characters_animation',
        'verified_languages': [{'accent': 'american', 'language': 'en', 'locale': 'en-US', 'model_id':
        'eleven_multilingual_v2', 'preview_url': 'https://storage.googleapis.com/eleven-public-
        prod/wqkMCd9huxXHX1dy5mLJn4QEQHj1/voices/sB1b5zUrxQVAFl2PhZFp/55e71aac-5cb7-4b3d-8241-429388160509.mp3'}],
        'voice_id': 'sB1b5zUrxQVAFl2PhZFp'}]}

    Attributes:
        voices (list[LibraryVoiceResponseModel]): The list of shared voices
        has_more (bool): Whether there are more shared voices in subsequent pages.
        total_count (int | Unset): The total number of shared voices matching the query. Default: 0.
        last_sort_id (None | str | Unset):
    """

    voices: list[LibraryVoiceResponseModel]

    has_more: bool

    total_count: int | Unset = 0

    last_sort_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voices: Any
        try:
            voices = []
            for voices_item_data in self.voices:
                voices_item = voices_item_data.to_dict()
                voices.append(voices_item)

        except (AttributeError, TypeError):
            voices = self.voices

        has_more = self.has_more

        total_count = self.total_count

        last_sort_id: Any
        try:
            last_sort_id = self.last_sort_id

        except (AttributeError, TypeError):
            last_sort_id = self.last_sort_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voices is not None:
            field_dict["voices"] = voices
        if has_more is not None:
            field_dict["has_more"] = has_more
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if last_sort_id is not UNSET:
            field_dict["last_sort_id"] = last_sort_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        voices_raw = d.pop("voices", MISSING)
        if voices_raw is MISSING:
            voices_raw = missing_field(cls, "voices")
        try:
            voices = []
            _voices = voices_raw
            for voices_item_data in _voices:
                voices_item = LibraryVoiceResponseModel.from_dict(voices_item_data)

                voices.append(voices_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            voices = deviating_field(cls, "voices", voices_raw)

        has_more = d.pop("has_more", MISSING)
        if has_more is MISSING:
            has_more = missing_field(cls, "has_more")

        total_count = d.pop("total_count", UNSET)

        last_sort_id = d.pop("last_sort_id", UNSET)

        get_library_voices_response_model = cls(
            voices=voices,
            has_more=has_more,
            total_count=total_count,
            last_sort_id=last_sort_id,
        )
        get_library_voices_response_model.additional_properties = d
        return get_library_voices_response_model

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
from ..models.library_voice_response_model import LibraryVoiceResponseModel
