from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class GetLibraryVoicesResponse(Lazy, AdditionalProperties[Any]):
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
        voices: The list of shared voices
        has_more: Whether there are more shared voices in subsequent pages.
        total_count: The total number of shared voices matching the query. Defaults to 0 on the server.
    """

    voices: list[LibraryVoiceResponse]

    has_more: bool

    total_count: int | Unset = UNSET

    last_sort_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("voices", "voices", list_of(object_of("LibraryVoiceResponse")), required=True),
        Field("has_more", "has_more", BOOL, required=True),
        Field("total_count", "total_count", INT),
        Field("last_sort_id", "last_sort_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.library_voice_response import LibraryVoiceResponse
