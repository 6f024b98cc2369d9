from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import LibraryVoiceResponseCategoryType0
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

T = TypeVar("T", bound="LibraryVoiceResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class LibraryVoiceResponse(Lazy):
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
        public_owner_id (str): The public owner id of the voice.
        voice_id (str): The id of the voice.
        date_unix (int): The date the voice was added to the library in Unix time.
        name (str): The name of the voice.
        accent (str): The accent of the voice.
        gender (str): The gender of the voice.
        age (str): The age of the voice.
        descriptive (str): The descriptive of the voice.
        use_case (str): The use case of the voice.
        category (LibraryVoiceResponseCategoryType0 | str): The category of the voice.
        usage_character_count_1y (int): The usage character count of the voice in the last year.
        usage_character_count_7d (int): The usage character count of the voice in the last 7 days.
        play_api_usage_character_count_1y (int): The play API usage character count of the voice in the last year.
        cloned_by_count (int): The number of times the voice has been cloned.
        free_users_allowed (bool): Whether free users are allowed to use the voice.
        live_moderation_enabled (bool): Whether live moderation is enabled for the voice.
        featured (bool): Whether the voice is featured.
        language (None | str | Unset): The language of the voice.
        locale (None | str | Unset): The locale of the voice.
        description (None | str | Unset): The description of the voice.
        preview_url (None | str | Unset): The preview URL of the voice.
        rate (float | None | Unset): The rate multiplier of the voice.
        fiat_rate (float | None | Unset): The rate of the voice in USD per 1000 credits. null if default
        verified_languages (list[VerifiedVoiceLanguageResponseModel] | None | Unset): The verified languages of the
            voice.
        notice_period (int | None | Unset): The notice period of the voice.
        instagram_username (None | str | Unset): The Instagram username of the voice.
        twitter_username (None | str | Unset): The Twitter username of the voice.
        youtube_username (None | str | Unset): The YouTube username of the voice.
        tiktok_username (None | str | Unset): The TikTok username of the voice.
        image_url (None | str | Unset): The image URL of the voice.
        is_added_by_user (bool | None | Unset): Whether the voice was added by the user.
        is_bookmarked (bool | None | Unset): Whether the voice is bookmarked by the current user. Only relevant when
            is_added_by_user is True.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "public_owner_id",
        "voice_id",
        "date_unix",
        "name",
        "accent",
        "gender",
        "age",
        "descriptive",
        "use_case",
        "category",
        "usage_character_count_1y",
        "usage_character_count_7d",
        "play_api_usage_character_count_1y",
        "cloned_by_count",
        "free_users_allowed",
        "live_moderation_enabled",
        "featured",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        public_owner_id = self.public_owner_id

        voice_id = self.voice_id

        date_unix = self.date_unix

        name = self.name

        accent = self.accent

        gender = self.gender

        age = self.age

        descriptive = self.descriptive

        use_case = self.use_case

        category: Any
        try:
            if isinstance(self.category, str):
                category = self.category
            else:
                category = self.category

        except (AttributeError, TypeError):
            category = self.category

        usage_character_count_1y = self.usage_character_count_1y

        usage_character_count_7d = self.usage_character_count_7d

        play_api_usage_character_count_1y = self.play_api_usage_character_count_1y

        cloned_by_count = self.cloned_by_count

        free_users_allowed = self.free_users_allowed

        live_moderation_enabled = self.live_moderation_enabled

        featured = self.featured

        language: Any
        try:
            language = self.language

        except (AttributeError, TypeError):
            language = self.language

        locale: Any
        try:
            locale = self.locale

        except (AttributeError, TypeError):
            locale = self.locale

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

        rate: Any
        try:
            rate = self.rate

        except (AttributeError, TypeError):
            rate = self.rate

        fiat_rate: Any
        try:
            fiat_rate = self.fiat_rate

        except (AttributeError, TypeError):
            fiat_rate = self.fiat_rate

        verified_languages: Any
        try:
            if isinstance(self.verified_languages, Unset):
                verified_languages = UNSET
            elif isinstance(self.verified_languages, list):
                verified_languages = []
                for verified_languages_type_0_item_data in self.verified_languages:
                    verified_languages_type_0_item = verified_languages_type_0_item_data.to_dict()
                    verified_languages.append(verified_languages_type_0_item)

            else:
                verified_languages = self.verified_languages

        except (AttributeError, TypeError):
            verified_languages = self.verified_languages

        notice_period: Any
        try:
            notice_period = self.notice_period

        except (AttributeError, TypeError):
            notice_period = self.notice_period

        instagram_username: Any
        try:
            instagram_username = self.instagram_username

        except (AttributeError, TypeError):
            instagram_username = self.instagram_username

        twitter_username: Any
        try:
            twitter_username = self.twitter_username

        except (AttributeError, TypeError):
            twitter_username = self.twitter_username

        youtube_username: Any
        try:
            youtube_username = self.youtube_username

        except (AttributeError, TypeError):
            youtube_username = self.youtube_username

        tiktok_username: Any
        try:
            tiktok_username = self.tiktok_username

        except (AttributeError, TypeError):
            tiktok_username = self.tiktok_username

        image_url: Any
        try:
            image_url = self.image_url

        except (AttributeError, TypeError):
            image_url = self.image_url

        is_added_by_user: Any
        try:
            is_added_by_user = self.is_added_by_user

        except (AttributeError, TypeError):
            is_added_by_user = self.is_added_by_user

        is_bookmarked: Any
        try:
            is_bookmarked = self.is_bookmarked

        except (AttributeError, TypeError):
            is_bookmarked = self.is_bookmarked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if public_owner_id is not None or "public_owner_id" not in self._missing_fields:
            field_dict["public_owner_id"] = public_owner_id
        if voice_id is not None or "voice_id" not in self._missing_fields:
            field_dict["voice_id"] = voice_id
        if date_unix is not None or "date_unix" not in self._missing_fields:
            field_dict["date_unix"] = date_unix
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if accent is not None or "accent" not in self._missing_fields:
            field_dict["accent"] = accent
        if gender is not None or "gender" not in self._missing_fields:
            field_dict["gender"] = gender
        if age is not None or "age" not in self._missing_fields:
            field_dict["age"] = age
        if descriptive is not None or "descriptive" not in self._missing_fields:
            field_dict["descriptive"] = descriptive
        if use_case is not None or "use_case" not in self._missing_fields:
            field_dict["use_case"] = use_case
        if category is not None or "category" not in self._missing_fields:
            field_dict["category"] = category
        if usage_character_count_1y is not None or "usage_character_count_1y" not in self._missing_fields:
            field_dict["usage_character_count_1y"] = usage_character_count_1y
        if usage_character_count_7d is not None or "usage_character_count_7d" not in self._missing_fields:
            field_dict["usage_character_count_7d"] = usage_character_count_7d
        if (
            play_api_usage_character_count_1y is not None
            or "play_api_usage_character_count_1y" not in self._missing_fields
        ):
            field_dict["play_api_usage_character_count_1y"] = play_api_usage_character_count_1y
        if cloned_by_count is not None or "cloned_by_count" not in self._missing_fields:
            field_dict["cloned_by_count"] = cloned_by_count
        if free_users_allowed is not None or "free_users_allowed" not in self._missing_fields:
            field_dict["free_users_allowed"] = free_users_allowed
        if live_moderation_enabled is not None or "live_moderation_enabled" not in self._missing_fields:
            field_dict["live_moderation_enabled"] = live_moderation_enabled
        if featured is not None or "featured" not in self._missing_fields:
            field_dict["featured"] = featured
        if language is not UNSET:
            field_dict["language"] = language
        if locale is not UNSET:
            field_dict["locale"] = locale
        if description is not UNSET:
            field_dict["description"] = description
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if rate is not UNSET:
            field_dict["rate"] = rate
        if fiat_rate is not UNSET:
            field_dict["fiat_rate"] = fiat_rate
        if verified_languages is not UNSET:
            field_dict["verified_languages"] = verified_languages
        if notice_period is not UNSET:
            field_dict["notice_period"] = notice_period
        if instagram_username is not UNSET:
            field_dict["instagram_username"] = instagram_username
        if twitter_username is not UNSET:
            field_dict["twitter_username"] = twitter_username
        if youtube_username is not UNSET:
            field_dict["youtube_username"] = youtube_username
        if tiktok_username is not UNSET:
            field_dict["tiktok_username"] = tiktok_username
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if is_added_by_user is not UNSET:
            field_dict["is_added_by_user"] = is_added_by_user
        if is_bookmarked is not UNSET:
            field_dict["is_bookmarked"] = is_bookmarked
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        library_voice_response = cls.__new__(cls)
        library_voice_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return library_voice_response

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


_read_public_owner_id = plain_reader("public_owner_id", (str,), "a string", True)

_read_voice_id = plain_reader("voice_id", (str,), "a string", True)

_read_date_unix = plain_reader("date_unix", (int,), "an integer", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_accent = plain_reader("accent", (str,), "a string", True)

_read_gender = plain_reader("gender", (str,), "a string", True)

_read_age = plain_reader("age", (str,), "a string", True)

_read_descriptive = plain_reader("descriptive", (str,), "a string", True)

_read_use_case = plain_reader("use_case", (str,), "a string", True)

_read_category = plain_reader("category", (str,), "a string", True)

_read_usage_character_count_1y = plain_reader("usage_character_count_1y", (int,), "an integer", True)

_read_usage_character_count_7d = plain_reader("usage_character_count_7d", (int,), "an integer", True)

_read_play_api_usage_character_count_1y = plain_reader("play_api_usage_character_count_1y", (int,), "an integer", True)

_read_cloned_by_count = plain_reader("cloned_by_count", (int,), "an integer", True)

_read_free_users_allowed = plain_reader("free_users_allowed", (bool,), "a boolean", True)

_read_live_moderation_enabled = plain_reader("live_moderation_enabled", (bool,), "a boolean", True)

_read_featured = plain_reader("featured", (bool,), "a boolean", True)

_read_language = plain_reader(
    "language",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_locale = plain_reader(
    "locale",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_description = plain_reader(
    "description",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_preview_url = plain_reader(
    "preview_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_rate = plain_reader(
    "rate",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_fiat_rate = plain_reader(
    "fiat_rate",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


def _read_verified_languages(cls: type[LibraryVoiceResponse], d: Mapping[str, Any]) -> Any:
    verified_languages_raw = d.get("verified_languages", UNSET)
    try:

        def _parse_verified_languages(data: object) -> list[VerifiedVoiceLanguageResponseModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            verified_languages_type_0 = []
            _verified_languages_type_0 = data
            for verified_languages_type_0_item_data in _verified_languages_type_0:
                verified_languages_type_0_item = VerifiedVoiceLanguageResponseModel.from_dict(
                    verified_languages_type_0_item_data
                )

                verified_languages_type_0.append(verified_languages_type_0_item)

            return verified_languages_type_0

        verified_languages = _parse_verified_languages(verified_languages_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        verified_languages = deviating_field(cls, "verified_languages", verified_languages_raw)

    return verified_languages


_read_notice_period = plain_reader(
    "notice_period",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_instagram_username = plain_reader(
    "instagram_username",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_twitter_username = plain_reader(
    "twitter_username",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_youtube_username = plain_reader(
    "youtube_username",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_tiktok_username = plain_reader(
    "tiktok_username",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_image_url = plain_reader(
    "image_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_is_added_by_user = plain_reader(
    "is_added_by_user",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_is_bookmarked = plain_reader(
    "is_bookmarked",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "public_owner_id",
        "voice_id",
        "date_unix",
        "name",
        "accent",
        "gender",
        "age",
        "descriptive",
        "use_case",
        "category",
        "usage_character_count_1y",
        "usage_character_count_7d",
        "play_api_usage_character_count_1y",
        "cloned_by_count",
        "free_users_allowed",
        "live_moderation_enabled",
        "featured",
        "language",
        "locale",
        "description",
        "preview_url",
        "rate",
        "fiat_rate",
        "verified_languages",
        "notice_period",
        "instagram_username",
        "twitter_username",
        "youtube_username",
        "tiktok_username",
        "image_url",
        "is_added_by_user",
        "is_bookmarked",
    )
)


def _read_additional_properties(cls: type[LibraryVoiceResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[LibraryVoiceResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    public_owner_id = d.get("public_owner_id", MISSING)
    if public_owner_id.__class__ is not str:
        public_owner_id = _read_public_owner_id(cls, d)

    voice_id = d.get("voice_id", MISSING)
    if voice_id.__class__ is not str:
        voice_id = _read_voice_id(cls, d)

    date_unix = d.get("date_unix", MISSING)
    if date_unix.__class__ is not int:
        date_unix = _read_date_unix(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    accent = d.get("accent", MISSING)
    if accent.__class__ is not str:
        accent = _read_accent(cls, d)

    gender = d.get("gender", MISSING)
    if gender.__class__ is not str:
        gender = _read_gender(cls, d)

    age = d.get("age", MISSING)
    if age.__class__ is not str:
        age = _read_age(cls, d)

    descriptive = d.get("descriptive", MISSING)
    if descriptive.__class__ is not str:
        descriptive = _read_descriptive(cls, d)

    use_case = d.get("use_case", MISSING)
    if use_case.__class__ is not str:
        use_case = _read_use_case(cls, d)

    category = d.get("category", MISSING)
    if category.__class__ is not str:
        category = _read_category(cls, d)

    usage_character_count_1y = d.get("usage_character_count_1y", MISSING)
    if usage_character_count_1y.__class__ is not int:
        usage_character_count_1y = _read_usage_character_count_1y(cls, d)

    usage_character_count_7d = d.get("usage_character_count_7d", MISSING)
    if usage_character_count_7d.__class__ is not int:
        usage_character_count_7d = _read_usage_character_count_7d(cls, d)

    play_api_usage_character_count_1y = d.get("play_api_usage_character_count_1y", MISSING)
    if play_api_usage_character_count_1y.__class__ is not int:
        play_api_usage_character_count_1y = _read_play_api_usage_character_count_1y(cls, d)

    cloned_by_count = d.get("cloned_by_count", MISSING)
    if cloned_by_count.__class__ is not int:
        cloned_by_count = _read_cloned_by_count(cls, d)

    free_users_allowed = d.get("free_users_allowed", MISSING)
    if free_users_allowed.__class__ is not bool:
        free_users_allowed = _read_free_users_allowed(cls, d)

    live_moderation_enabled = d.get("live_moderation_enabled", MISSING)
    if live_moderation_enabled.__class__ is not bool:
        live_moderation_enabled = _read_live_moderation_enabled(cls, d)

    featured = d.get("featured", MISSING)
    if featured.__class__ is not bool:
        featured = _read_featured(cls, d)

    language = d.get("language", UNSET)
    if language.__class__ is not str and language is not None and language is not UNSET:
        language = _read_language(cls, d)

    locale = d.get("locale", UNSET)
    if locale.__class__ is not str and locale is not None and locale is not UNSET:
        locale = _read_locale(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not None and description is not UNSET:
        description = _read_description(cls, d)

    preview_url = d.get("preview_url", UNSET)
    if preview_url.__class__ is not str and preview_url is not None and preview_url is not UNSET:
        preview_url = _read_preview_url(cls, d)

    rate = d.get("rate", UNSET)
    if rate.__class__ is not float and rate.__class__ is not int and rate is not None and rate is not UNSET:
        rate = _read_rate(cls, d)

    fiat_rate = d.get("fiat_rate", UNSET)
    if (
        fiat_rate.__class__ is not float
        and fiat_rate.__class__ is not int
        and fiat_rate is not None
        and fiat_rate is not UNSET
    ):
        fiat_rate = _read_fiat_rate(cls, d)

    if "verified_languages" in known:
        verified_languages = known["verified_languages"]
    else:
        verified_languages = d.get("verified_languages", UNSET)
        if verified_languages is not UNSET and verified_languages is not None:
            verified_languages = _read_verified_languages(cls, d)

    notice_period = d.get("notice_period", UNSET)
    if notice_period.__class__ is not int and notice_period is not None and notice_period is not UNSET:
        notice_period = _read_notice_period(cls, d)

    instagram_username = d.get("instagram_username", UNSET)
    if instagram_username.__class__ is not str and instagram_username is not None and instagram_username is not UNSET:
        instagram_username = _read_instagram_username(cls, d)

    twitter_username = d.get("twitter_username", UNSET)
    if twitter_username.__class__ is not str and twitter_username is not None and twitter_username is not UNSET:
        twitter_username = _read_twitter_username(cls, d)

    youtube_username = d.get("youtube_username", UNSET)
    if youtube_username.__class__ is not str and youtube_username is not None and youtube_username is not UNSET:
        youtube_username = _read_youtube_username(cls, d)

    tiktok_username = d.get("tiktok_username", UNSET)
    if tiktok_username.__class__ is not str and tiktok_username is not None and tiktok_username is not UNSET:
        tiktok_username = _read_tiktok_username(cls, d)

    image_url = d.get("image_url", UNSET)
    if image_url.__class__ is not str and image_url is not None and image_url is not UNSET:
        image_url = _read_image_url(cls, d)

    is_added_by_user = d.get("is_added_by_user", UNSET)
    if is_added_by_user.__class__ is not bool and is_added_by_user is not None and is_added_by_user is not UNSET:
        is_added_by_user = _read_is_added_by_user(cls, d)

    is_bookmarked = d.get("is_bookmarked", UNSET)
    if is_bookmarked.__class__ is not bool and is_bookmarked is not None and is_bookmarked is not UNSET:
        is_bookmarked = _read_is_bookmarked(cls, d)

    return {
        "public_owner_id": public_owner_id,
        "voice_id": voice_id,
        "date_unix": date_unix,
        "name": name,
        "accent": accent,
        "gender": gender,
        "age": age,
        "descriptive": descriptive,
        "use_case": use_case,
        "category": category,
        "usage_character_count_1y": usage_character_count_1y,
        "usage_character_count_7d": usage_character_count_7d,
        "play_api_usage_character_count_1y": play_api_usage_character_count_1y,
        "cloned_by_count": cloned_by_count,
        "free_users_allowed": free_users_allowed,
        "live_moderation_enabled": live_moderation_enabled,
        "featured": featured,
        "language": language,
        "locale": locale,
        "description": description,
        "preview_url": preview_url,
        "rate": rate,
        "fiat_rate": fiat_rate,
        "verified_languages": verified_languages,
        "notice_period": notice_period,
        "instagram_username": instagram_username,
        "twitter_username": twitter_username,
        "youtube_username": youtube_username,
        "tiktok_username": tiktok_username,
        "image_url": image_url,
        "is_added_by_user": is_added_by_user,
        "is_bookmarked": is_bookmarked,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    LibraryVoiceResponse,
    _all_fields,
    {
        "public_owner_id": _read_public_owner_id,
        "voice_id": _read_voice_id,
        "date_unix": _read_date_unix,
        "name": _read_name,
        "accent": _read_accent,
        "gender": _read_gender,
        "age": _read_age,
        "descriptive": _read_descriptive,
        "use_case": _read_use_case,
        "category": _read_category,
        "usage_character_count_1y": _read_usage_character_count_1y,
        "usage_character_count_7d": _read_usage_character_count_7d,
        "play_api_usage_character_count_1y": _read_play_api_usage_character_count_1y,
        "cloned_by_count": _read_cloned_by_count,
        "free_users_allowed": _read_free_users_allowed,
        "live_moderation_enabled": _read_live_moderation_enabled,
        "featured": _read_featured,
        "language": _read_language,
        "locale": _read_locale,
        "description": _read_description,
        "preview_url": _read_preview_url,
        "rate": _read_rate,
        "fiat_rate": _read_fiat_rate,
        "verified_languages": _read_verified_languages,
        "notice_period": _read_notice_period,
        "instagram_username": _read_instagram_username,
        "twitter_username": _read_twitter_username,
        "youtube_username": _read_youtube_username,
        "tiktok_username": _read_tiktok_username,
        "image_url": _read_image_url,
        "is_added_by_user": _read_is_added_by_user,
        "is_bookmarked": _read_is_bookmarked,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.verified_voice_language_response_model import VerifiedVoiceLanguageResponseModel
