from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
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
from ..models._literals import LibraryVoiceResponseCategoryType0
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class LibraryVoiceResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'accent': 'american', 'age': 'young', 'category': 'professional', 'cloned_by_count': 11, 'date_unix':
        1714423232, 'description': 'Perfectly calm, neutral and strong voice. Great for a young female protagonist.',
        'descriptive': 'calm', 'featured': False, 'free_users_allowed': True, 'gender': 'Female', 'language': 'en',
        'live_moderation_enabled': False, 'name': 'Alita', 'play_api_usage_character_count_1y': 12852, 'preview_url':
        'https://storage.googleapis.com/eleven-public-
        prod/wqkMCd9huxXHX1dy5mLJn4QEQHj1/voices/sB1b5zUrxQVAFl2PhZFp/55e71aac-5cb7-4b3d-8241-429388160509.mp3',
        'public_owner_id': '63e84100a6bf7874ba37a1bab9a31828a379ec94b891b401653b655c5110880f', 'rate': 1,
        'usage_character_count_1y': 12852, 'usage_character_count_7d': 12852, 'use_case': 'characters_animation',
        'verified_languages': [{'accent': 'american', 'language': 'en', 'locale': 'en-US', 'model_id':
        'eleven_multilingual_v2', 'preview_url': 'https://storage.googleapis.com/eleven-public-
        prod/wqkMCd9huxXHX1dy5mLJn4QEQHj1/voices/sB1b5zUrxQVAFl2PhZFp/55e71aac-5cb7-4b3d-8241-429388160509.mp3'}],
        'voice_id': 'sB1b5zUrxQVAFl2PhZFp'}

    Attributes:
        public_owner_id: The public owner id of the voice.
        voice_id: The id of the voice.
        date_unix: The date the voice was added to the library in Unix time.
        name: The name of the voice.
        accent: The accent of the voice.
        gender: The gender of the voice.
        age: The age of the voice.
        descriptive: The descriptive of the voice.
        use_case: The use case of the voice.
        category: The category of the voice.
        usage_character_count_1y: The usage character count of the voice in the last year.
        usage_character_count_7d: The usage character count of the voice in the last 7 days.
        play_api_usage_character_count_1y: The play API usage character count of the voice in the last year.
        cloned_by_count: The number of times the voice has been cloned.
        free_users_allowed: Whether free users are allowed to use the voice.
        live_moderation_enabled: Whether live moderation is enabled for the voice.
        featured: Whether the voice is featured.
        language: The language of the voice.
        locale: The locale of the voice.
        description: The description of the voice.
        preview_url: The preview URL of the voice.
        rate: The rate multiplier of the voice.
        fiat_rate: The rate of the voice in USD per 1000 credits. null if default
        verified_languages: The verified languages of the voice.
        notice_period: The notice period of the voice.
        instagram_username: The Instagram username of the voice.
        twitter_username: The Twitter username of the voice.
        youtube_username: The YouTube username of the voice.
        tiktok_username: The TikTok username of the voice.
        image_url: The image URL of the voice.
        is_added_by_user: Whether the voice was added by the user.
        is_bookmarked: Whether the voice is bookmarked by the current user. Only relevant when is_added_by_user is True.
    """

    public_owner_id: str

    voice_id: str

    date_unix: int

    name: str

    accent: str

    gender: str

    age: str

    descriptive: str

    use_case: str

    category: LibraryVoiceResponseCategoryType0 | str

    usage_character_count_1y: int

    usage_character_count_7d: int

    play_api_usage_character_count_1y: int

    cloned_by_count: int

    free_users_allowed: bool

    live_moderation_enabled: bool

    featured: bool

    language: None | str | Unset = UNSET

    locale: None | str | Unset = UNSET

    description: None | str | Unset = UNSET

    preview_url: None | str | Unset = UNSET

    rate: float | None | Unset = UNSET

    fiat_rate: float | None | Unset = UNSET

    verified_languages: list[VerifiedVoiceLanguageResponseModel] | None | Unset = UNSET

    notice_period: int | None | Unset = UNSET

    instagram_username: None | str | Unset = UNSET

    twitter_username: None | str | Unset = UNSET

    youtube_username: None | str | Unset = UNSET

    tiktok_username: None | str | Unset = UNSET

    image_url: None | str | Unset = UNSET

    is_added_by_user: bool | None | Unset = UNSET

    is_bookmarked: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("public_owner_id", "public_owner_id", STR, required=True),
        Field("voice_id", "voice_id", STR, required=True),
        Field("date_unix", "date_unix", INT, required=True),
        Field("name", "name", STR, required=True),
        Field("accent", "accent", STR, required=True),
        Field("gender", "gender", STR, required=True),
        Field("age", "age", STR, required=True),
        Field("descriptive", "descriptive", STR, required=True),
        Field("use_case", "use_case", STR, required=True),
        Field("category", "category", union(literal("LibraryVoiceResponseCategoryType0"), STR), required=True),
        Field("usage_character_count_1y", "usage_character_count_1y", INT, required=True),
        Field("usage_character_count_7d", "usage_character_count_7d", INT, required=True),
        Field("play_api_usage_character_count_1y", "play_api_usage_character_count_1y", INT, required=True),
        Field("cloned_by_count", "cloned_by_count", INT, required=True),
        Field("free_users_allowed", "free_users_allowed", BOOL, required=True),
        Field("live_moderation_enabled", "live_moderation_enabled", BOOL, required=True),
        Field("featured", "featured", BOOL, required=True),
        Field("language", "language", union(STR, NULL)),
        Field("locale", "locale", union(STR, NULL)),
        Field("description", "description", union(STR, NULL)),
        Field("preview_url", "preview_url", union(STR, NULL)),
        Field("rate", "rate", union(FLOAT, NULL)),
        Field("fiat_rate", "fiat_rate", union(FLOAT, NULL)),
        Field(
            "verified_languages",
            "verified_languages",
            union(list_of(object_of("VerifiedVoiceLanguageResponseModel")), NULL),
        ),
        Field("notice_period", "notice_period", union(INT, NULL)),
        Field("instagram_username", "instagram_username", union(STR, NULL)),
        Field("twitter_username", "twitter_username", union(STR, NULL)),
        Field("youtube_username", "youtube_username", union(STR, NULL)),
        Field("tiktok_username", "tiktok_username", union(STR, NULL)),
        Field("image_url", "image_url", union(STR, NULL)),
        Field("is_added_by_user", "is_added_by_user", union(BOOL, NULL)),
        Field("is_bookmarked", "is_bookmarked", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.verified_voice_language_response_model import VerifiedVoiceLanguageResponseModel
