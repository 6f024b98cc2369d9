from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    VoiceSharingResponseCategoryType0,
    VoiceSharingResponseReviewStatusType0,
    VoiceSharingResponseStatusType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="VoiceSharingResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VoiceSharingResponse(Lazy):
    """Example:
        {'category': 'professional', 'cloned_by_count': 50, 'date_unix': 1714204800, 'description': 'A female voice with
        a soft and friendly tone.', 'disable_at_unix': 1714204800, 'enabled_in_library': True, 'featured': True,
        'financial_rewards_enabled': True, 'free_users_allowed': True, 'history_item_sample_id':
        'DCwhRBWXzGAHq8TQ4Fs18', 'labels': {'accent': 'American', 'gender': 'female'}, 'liked_by_count': 100,
        'live_moderation_enabled': True, 'moderation_check': {'captcha_checks': [0.95, 0.98], 'captcha_ids':
        ['captcha1', 'captcha2'], 'date_checked_unix': 1714204800, 'description_check': True, 'description_value': 'A
        female voice with a soft and friendly tone.', 'name_check': True, 'name_value': 'Rachel', 'sample_checks':
        [0.95, 0.98], 'sample_ids': ['sample1', 'sample2']}, 'name': 'Rachel', 'notice_period': 30, 'original_voice_id':
        'DCwhRBWXzGAHq8TQ4Fs18', 'public_owner_id': 'DCwhRBWXzGAHq8TQ4Fs18', 'rate': 0.05, 'reader_app_enabled': True,
        'reader_restricted_on': [{'resource_id': 'FCwhRBWXzGAHq8TQ4Fs18', 'resource_type': 'read'}], 'review_status':
        'allowed', 'status': 'enabled', 'voice_mixing_allowed': False, 'whitelisted_emails': ['example@example.com']}

    Attributes:
        status (str | VoiceSharingResponseStatusType0): The status of the voice sharing.
        date_unix (int): The date of the voice sharing in Unix time.
        whitelisted_emails (list[str]): A list of whitelisted emails.
        public_owner_id (str): The ID of the public owner.
        original_voice_id (str): The ID of the original voice.
        financial_rewards_enabled (bool): Whether financial rewards are enabled.
        free_users_allowed (bool): Whether free users are allowed.
        live_moderation_enabled (bool): Whether live moderation is enabled.
        notice_period (int): The notice period of the voice sharing.
        voice_mixing_allowed (bool): Whether voice mixing is allowed.
        featured (bool): Whether the voice is featured.
        category (str | VoiceSharingResponseCategoryType0): The category of the voice.
        liked_by_count (int): The number of likes on the voice.
        cloned_by_count (int): The number of clones on the voice.
        name (str): The name of the voice.
        labels (VoiceSharingResponseLabels): The labels of the voice.
        review_status (str | VoiceSharingResponseReviewStatusType0): The review status of the voice.
        enabled_in_library (bool): Whether the voice is enabled in the library.
        history_item_sample_id (None | str | Unset): The sample ID of the history item.
        rate (float | None | Unset): The rate of the voice sharing.
        fiat_rate (float | None | Unset): The rate of the voice sharing in USD per 1000 credits.
        disable_at_unix (int | None | Unset): The date of the voice sharing in Unix time.
        reader_app_enabled (bool | None | Unset): Whether the reader app is enabled.
        image_url (None | str | Unset): The image URL of the voice.
        ban_reason (None | str | Unset): The ban reason of the voice.
        description (None | str | Unset): The description of the voice.
        review_message (None | str | Unset): The review message of the voice.
        instagram_username (None | str | Unset): The Instagram username of the voice.
        twitter_username (None | str | Unset): The Twitter/X username of the voice.
        youtube_username (None | str | Unset): The YouTube username of the voice.
        tiktok_username (None | str | Unset): The TikTok username of the voice.
        moderation_check (None | Unset | VoiceSharingModerationCheckResponseModel): The moderation check of the voice.
        reader_restricted_on (list[ReaderResourceResponseModel] | None | Unset): The reader restricted on of the voice.
    """

    status: str | VoiceSharingResponseStatusType0

    date_unix: int

    whitelisted_emails: list[str]

    public_owner_id: str

    original_voice_id: str

    financial_rewards_enabled: bool

    free_users_allowed: bool

    live_moderation_enabled: bool

    notice_period: int

    voice_mixing_allowed: bool

    featured: bool

    category: str | VoiceSharingResponseCategoryType0

    liked_by_count: int

    cloned_by_count: int

    name: str

    labels: VoiceSharingResponseLabels

    review_status: str | VoiceSharingResponseReviewStatusType0

    enabled_in_library: bool

    history_item_sample_id: None | str | Unset = UNSET

    rate: float | None | Unset = UNSET

    fiat_rate: float | None | Unset = UNSET

    disable_at_unix: int | None | Unset = UNSET

    reader_app_enabled: bool | None | Unset = UNSET

    image_url: None | str | Unset = UNSET

    ban_reason: None | str | Unset = UNSET

    description: None | str | Unset = UNSET

    review_message: None | str | Unset = UNSET

    instagram_username: None | str | Unset = UNSET

    twitter_username: None | str | Unset = UNSET

    youtube_username: None | str | Unset = UNSET

    tiktok_username: None | str | Unset = UNSET

    moderation_check: None | Unset | VoiceSharingModerationCheckResponseModel = UNSET

    reader_restricted_on: list[ReaderResourceResponseModel] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "status",
        "date_unix",
        "whitelisted_emails",
        "public_owner_id",
        "original_voice_id",
        "financial_rewards_enabled",
        "free_users_allowed",
        "live_moderation_enabled",
        "notice_period",
        "voice_mixing_allowed",
        "featured",
        "category",
        "liked_by_count",
        "cloned_by_count",
        "name",
        "labels",
        "review_status",
        "enabled_in_library",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        date_unix = self.date_unix

        whitelisted_emails: Any
        try:
            whitelisted_emails = self.whitelisted_emails

        except (AttributeError, TypeError):
            whitelisted_emails = self.whitelisted_emails

        public_owner_id = self.public_owner_id

        original_voice_id = self.original_voice_id

        financial_rewards_enabled = self.financial_rewards_enabled

        free_users_allowed = self.free_users_allowed

        live_moderation_enabled = self.live_moderation_enabled

        notice_period = self.notice_period

        voice_mixing_allowed = self.voice_mixing_allowed

        featured = self.featured

        category: Any
        try:
            if isinstance(self.category, str):
                category = self.category
            else:
                category = self.category

        except (AttributeError, TypeError):
            category = self.category

        liked_by_count = self.liked_by_count

        cloned_by_count = self.cloned_by_count

        name = self.name

        labels: Any
        try:
            labels = self.labels.to_dict()
        except (AttributeError, TypeError):
            labels = self.labels

        review_status: Any
        try:
            if isinstance(self.review_status, str):
                review_status = self.review_status
            else:
                review_status = self.review_status

        except (AttributeError, TypeError):
            review_status = self.review_status

        enabled_in_library = self.enabled_in_library

        history_item_sample_id: Any
        try:
            history_item_sample_id = self.history_item_sample_id

        except (AttributeError, TypeError):
            history_item_sample_id = self.history_item_sample_id

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

        disable_at_unix: Any
        try:
            disable_at_unix = self.disable_at_unix

        except (AttributeError, TypeError):
            disable_at_unix = self.disable_at_unix

        reader_app_enabled: Any
        try:
            reader_app_enabled = self.reader_app_enabled

        except (AttributeError, TypeError):
            reader_app_enabled = self.reader_app_enabled

        image_url: Any
        try:
            image_url = self.image_url

        except (AttributeError, TypeError):
            image_url = self.image_url

        ban_reason: Any
        try:
            ban_reason = self.ban_reason

        except (AttributeError, TypeError):
            ban_reason = self.ban_reason

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        review_message: Any
        try:
            review_message = self.review_message

        except (AttributeError, TypeError):
            review_message = self.review_message

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

        moderation_check: Any
        try:
            if isinstance(self.moderation_check, Unset):
                moderation_check = UNSET
            elif isinstance(self.moderation_check, VoiceSharingModerationCheckResponseModel):
                moderation_check = self.moderation_check.to_dict()
            else:
                moderation_check = self.moderation_check

        except (AttributeError, TypeError):
            moderation_check = self.moderation_check

        reader_restricted_on: Any
        try:
            if isinstance(self.reader_restricted_on, Unset):
                reader_restricted_on = UNSET
            elif isinstance(self.reader_restricted_on, list):
                reader_restricted_on = []
                for reader_restricted_on_type_0_item_data in self.reader_restricted_on:
                    reader_restricted_on_type_0_item = reader_restricted_on_type_0_item_data.to_dict()
                    reader_restricted_on.append(reader_restricted_on_type_0_item)

            else:
                reader_restricted_on = self.reader_restricted_on

        except (AttributeError, TypeError):
            reader_restricted_on = self.reader_restricted_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if date_unix is not None or "date_unix" not in self._missing_fields:
            field_dict["date_unix"] = date_unix
        if whitelisted_emails is not None or "whitelisted_emails" not in self._missing_fields:
            field_dict["whitelisted_emails"] = whitelisted_emails
        if public_owner_id is not None or "public_owner_id" not in self._missing_fields:
            field_dict["public_owner_id"] = public_owner_id
        if original_voice_id is not None or "original_voice_id" not in self._missing_fields:
            field_dict["original_voice_id"] = original_voice_id
        if financial_rewards_enabled is not None or "financial_rewards_enabled" not in self._missing_fields:
            field_dict["financial_rewards_enabled"] = financial_rewards_enabled
        if free_users_allowed is not None or "free_users_allowed" not in self._missing_fields:
            field_dict["free_users_allowed"] = free_users_allowed
        if live_moderation_enabled is not None or "live_moderation_enabled" not in self._missing_fields:
            field_dict["live_moderation_enabled"] = live_moderation_enabled
        if notice_period is not None or "notice_period" not in self._missing_fields:
            field_dict["notice_period"] = notice_period
        if voice_mixing_allowed is not None or "voice_mixing_allowed" not in self._missing_fields:
            field_dict["voice_mixing_allowed"] = voice_mixing_allowed
        if featured is not None or "featured" not in self._missing_fields:
            field_dict["featured"] = featured
        if category is not None or "category" not in self._missing_fields:
            field_dict["category"] = category
        if liked_by_count is not None or "liked_by_count" not in self._missing_fields:
            field_dict["liked_by_count"] = liked_by_count
        if cloned_by_count is not None or "cloned_by_count" not in self._missing_fields:
            field_dict["cloned_by_count"] = cloned_by_count
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if labels is not None or "labels" not in self._missing_fields:
            field_dict["labels"] = labels
        if review_status is not None or "review_status" not in self._missing_fields:
            field_dict["review_status"] = review_status
        if enabled_in_library is not None or "enabled_in_library" not in self._missing_fields:
            field_dict["enabled_in_library"] = enabled_in_library
        if history_item_sample_id is not UNSET:
            field_dict["history_item_sample_id"] = history_item_sample_id
        if rate is not UNSET:
            field_dict["rate"] = rate
        if fiat_rate is not UNSET:
            field_dict["fiat_rate"] = fiat_rate
        if disable_at_unix is not UNSET:
            field_dict["disable_at_unix"] = disable_at_unix
        if reader_app_enabled is not UNSET:
            field_dict["reader_app_enabled"] = reader_app_enabled
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if ban_reason is not UNSET:
            field_dict["ban_reason"] = ban_reason
        if description is not UNSET:
            field_dict["description"] = description
        if review_message is not UNSET:
            field_dict["review_message"] = review_message
        if instagram_username is not UNSET:
            field_dict["instagram_username"] = instagram_username
        if twitter_username is not UNSET:
            field_dict["twitter_username"] = twitter_username
        if youtube_username is not UNSET:
            field_dict["youtube_username"] = youtube_username
        if tiktok_username is not UNSET:
            field_dict["tiktok_username"] = tiktok_username
        if moderation_check is not UNSET:
            field_dict["moderation_check"] = moderation_check
        if reader_restricted_on is not UNSET:
            field_dict["reader_restricted_on"] = reader_restricted_on
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        voice_sharing_response = cls.__new__(cls)
        voice_sharing_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return voice_sharing_response

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


_read_status = plain_reader("status", (str,), "a string", True)

_read_date_unix = plain_reader("date_unix", (int,), "an integer", True)

_read_whitelisted_emails = plain_reader("whitelisted_emails", (list,), "an array", True, ((str,), "a string"))

_read_public_owner_id = plain_reader("public_owner_id", (str,), "a string", True)

_read_original_voice_id = plain_reader("original_voice_id", (str,), "a string", True)

_read_financial_rewards_enabled = plain_reader("financial_rewards_enabled", (bool,), "a boolean", True)

_read_free_users_allowed = plain_reader("free_users_allowed", (bool,), "a boolean", True)

_read_live_moderation_enabled = plain_reader("live_moderation_enabled", (bool,), "a boolean", True)

_read_notice_period = plain_reader("notice_period", (int,), "an integer", True)

_read_voice_mixing_allowed = plain_reader("voice_mixing_allowed", (bool,), "a boolean", True)

_read_featured = plain_reader("featured", (bool,), "a boolean", True)

_read_category = plain_reader("category", (str,), "a string", True)

_read_liked_by_count = plain_reader("liked_by_count", (int,), "an integer", True)

_read_cloned_by_count = plain_reader("cloned_by_count", (int,), "an integer", True)

_read_name = plain_reader("name", (str,), "a string", True)


def _read_labels(cls: type[VoiceSharingResponse], d: Mapping[str, Any]) -> Any:
    labels_raw = d.get("labels", MISSING)
    if labels_raw is MISSING:
        labels = missing_field(cls, "labels")
    else:
        try:
            labels = VoiceSharingResponseLabels.from_dict(labels_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            labels = deviating_field(cls, "labels", labels_raw)

    return labels


_read_review_status = plain_reader("review_status", (str,), "a string", True)

_read_enabled_in_library = plain_reader("enabled_in_library", (bool,), "a boolean", True)

_read_history_item_sample_id = plain_reader(
    "history_item_sample_id",
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

_read_disable_at_unix = plain_reader(
    "disable_at_unix",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_reader_app_enabled = plain_reader(
    "reader_app_enabled",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
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

_read_ban_reason = plain_reader(
    "ban_reason",
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

_read_review_message = plain_reader(
    "review_message",
    (
        str,
        type(None),
    ),
    "a string or null",
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


def _read_moderation_check(cls: type[VoiceSharingResponse], d: Mapping[str, Any]) -> Any:
    moderation_check_raw = d.get("moderation_check", UNSET)
    try:

        def _parse_moderation_check(data: object) -> None | Unset | VoiceSharingModerationCheckResponseModel:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            moderation_check_type_0 = VoiceSharingModerationCheckResponseModel.from_dict(data)

            return moderation_check_type_0

        moderation_check = _parse_moderation_check(moderation_check_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        moderation_check = deviating_field(cls, "moderation_check", moderation_check_raw)

    return moderation_check


def _read_reader_restricted_on(cls: type[VoiceSharingResponse], d: Mapping[str, Any]) -> Any:
    reader_restricted_on_raw = d.get("reader_restricted_on", UNSET)
    try:

        def _parse_reader_restricted_on(data: object) -> list[ReaderResourceResponseModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            reader_restricted_on_type_0 = []
            _reader_restricted_on_type_0 = data
            for reader_restricted_on_type_0_item_data in _reader_restricted_on_type_0:
                reader_restricted_on_type_0_item = ReaderResourceResponseModel.from_dict(
                    reader_restricted_on_type_0_item_data
                )

                reader_restricted_on_type_0.append(reader_restricted_on_type_0_item)

            return reader_restricted_on_type_0

        reader_restricted_on = _parse_reader_restricted_on(reader_restricted_on_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        reader_restricted_on = deviating_field(cls, "reader_restricted_on", reader_restricted_on_raw)

    return reader_restricted_on


_FIELDS: frozenset[str] = frozenset(
    (
        "status",
        "date_unix",
        "whitelisted_emails",
        "public_owner_id",
        "original_voice_id",
        "financial_rewards_enabled",
        "free_users_allowed",
        "live_moderation_enabled",
        "notice_period",
        "voice_mixing_allowed",
        "featured",
        "category",
        "liked_by_count",
        "cloned_by_count",
        "name",
        "labels",
        "review_status",
        "enabled_in_library",
        "history_item_sample_id",
        "rate",
        "fiat_rate",
        "disable_at_unix",
        "reader_app_enabled",
        "image_url",
        "ban_reason",
        "description",
        "review_message",
        "instagram_username",
        "twitter_username",
        "youtube_username",
        "tiktok_username",
        "moderation_check",
        "reader_restricted_on",
    )
)


def _read_additional_properties(cls: type[VoiceSharingResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[VoiceSharingResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    status = d.get("status", MISSING)
    if status.__class__ is not str:
        status = _read_status(cls, d)

    date_unix = d.get("date_unix", MISSING)
    if date_unix.__class__ is not int:
        date_unix = _read_date_unix(cls, d)

    whitelisted_emails = d.get("whitelisted_emails", MISSING)
    if whitelisted_emails.__class__ is not list:
        whitelisted_emails = _read_whitelisted_emails(cls, d)
    elif whitelisted_emails.__class__ is list and whitelisted_emails:
        check_items(cls, "whitelisted_emails", whitelisted_emails, (str,), "a string")

    public_owner_id = d.get("public_owner_id", MISSING)
    if public_owner_id.__class__ is not str:
        public_owner_id = _read_public_owner_id(cls, d)

    original_voice_id = d.get("original_voice_id", MISSING)
    if original_voice_id.__class__ is not str:
        original_voice_id = _read_original_voice_id(cls, d)

    financial_rewards_enabled = d.get("financial_rewards_enabled", MISSING)
    if financial_rewards_enabled.__class__ is not bool:
        financial_rewards_enabled = _read_financial_rewards_enabled(cls, d)

    free_users_allowed = d.get("free_users_allowed", MISSING)
    if free_users_allowed.__class__ is not bool:
        free_users_allowed = _read_free_users_allowed(cls, d)

    live_moderation_enabled = d.get("live_moderation_enabled", MISSING)
    if live_moderation_enabled.__class__ is not bool:
        live_moderation_enabled = _read_live_moderation_enabled(cls, d)

    notice_period = d.get("notice_period", MISSING)
    if notice_period.__class__ is not int:
        notice_period = _read_notice_period(cls, d)

    voice_mixing_allowed = d.get("voice_mixing_allowed", MISSING)
    if voice_mixing_allowed.__class__ is not bool:
        voice_mixing_allowed = _read_voice_mixing_allowed(cls, d)

    featured = d.get("featured", MISSING)
    if featured.__class__ is not bool:
        featured = _read_featured(cls, d)

    category = d.get("category", MISSING)
    if category.__class__ is not str:
        category = _read_category(cls, d)

    liked_by_count = d.get("liked_by_count", MISSING)
    if liked_by_count.__class__ is not int:
        liked_by_count = _read_liked_by_count(cls, d)

    cloned_by_count = d.get("cloned_by_count", MISSING)
    if cloned_by_count.__class__ is not int:
        cloned_by_count = _read_cloned_by_count(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    if "labels" in known:
        labels = known["labels"]
    else:
        labels = _read_labels(cls, d)

    review_status = d.get("review_status", MISSING)
    if review_status.__class__ is not str:
        review_status = _read_review_status(cls, d)

    enabled_in_library = d.get("enabled_in_library", MISSING)
    if enabled_in_library.__class__ is not bool:
        enabled_in_library = _read_enabled_in_library(cls, d)

    history_item_sample_id = d.get("history_item_sample_id", UNSET)
    if (
        history_item_sample_id.__class__ is not str
        and history_item_sample_id is not None
        and history_item_sample_id is not UNSET
    ):
        history_item_sample_id = _read_history_item_sample_id(cls, d)

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

    disable_at_unix = d.get("disable_at_unix", UNSET)
    if disable_at_unix.__class__ is not int and disable_at_unix is not None and disable_at_unix is not UNSET:
        disable_at_unix = _read_disable_at_unix(cls, d)

    reader_app_enabled = d.get("reader_app_enabled", UNSET)
    if reader_app_enabled.__class__ is not bool and reader_app_enabled is not None and reader_app_enabled is not UNSET:
        reader_app_enabled = _read_reader_app_enabled(cls, d)

    image_url = d.get("image_url", UNSET)
    if image_url.__class__ is not str and image_url is not None and image_url is not UNSET:
        image_url = _read_image_url(cls, d)

    ban_reason = d.get("ban_reason", UNSET)
    if ban_reason.__class__ is not str and ban_reason is not None and ban_reason is not UNSET:
        ban_reason = _read_ban_reason(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not None and description is not UNSET:
        description = _read_description(cls, d)

    review_message = d.get("review_message", UNSET)
    if review_message.__class__ is not str and review_message is not None and review_message is not UNSET:
        review_message = _read_review_message(cls, d)

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

    if "moderation_check" in known:
        moderation_check = known["moderation_check"]
    else:
        moderation_check = d.get("moderation_check", UNSET)
        if moderation_check is not UNSET and moderation_check is not None:
            moderation_check = _read_moderation_check(cls, d)

    if "reader_restricted_on" in known:
        reader_restricted_on = known["reader_restricted_on"]
    else:
        reader_restricted_on = d.get("reader_restricted_on", UNSET)
        if reader_restricted_on is not UNSET and reader_restricted_on is not None:
            reader_restricted_on = _read_reader_restricted_on(cls, d)

    return {
        "status": status,
        "date_unix": date_unix,
        "whitelisted_emails": whitelisted_emails,
        "public_owner_id": public_owner_id,
        "original_voice_id": original_voice_id,
        "financial_rewards_enabled": financial_rewards_enabled,
        "free_users_allowed": free_users_allowed,
        "live_moderation_enabled": live_moderation_enabled,
        "notice_period": notice_period,
        "voice_mixing_allowed": voice_mixing_allowed,
        "featured": featured,
        "category": category,
        "liked_by_count": liked_by_count,
        "cloned_by_count": cloned_by_count,
        "name": name,
        "labels": labels,
        "review_status": review_status,
        "enabled_in_library": enabled_in_library,
        "history_item_sample_id": history_item_sample_id,
        "rate": rate,
        "fiat_rate": fiat_rate,
        "disable_at_unix": disable_at_unix,
        "reader_app_enabled": reader_app_enabled,
        "image_url": image_url,
        "ban_reason": ban_reason,
        "description": description,
        "review_message": review_message,
        "instagram_username": instagram_username,
        "twitter_username": twitter_username,
        "youtube_username": youtube_username,
        "tiktok_username": tiktok_username,
        "moderation_check": moderation_check,
        "reader_restricted_on": reader_restricted_on,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    VoiceSharingResponse,
    _all_fields,
    {
        "status": _read_status,
        "date_unix": _read_date_unix,
        "whitelisted_emails": _read_whitelisted_emails,
        "public_owner_id": _read_public_owner_id,
        "original_voice_id": _read_original_voice_id,
        "financial_rewards_enabled": _read_financial_rewards_enabled,
        "free_users_allowed": _read_free_users_allowed,
        "live_moderation_enabled": _read_live_moderation_enabled,
        "notice_period": _read_notice_period,
        "voice_mixing_allowed": _read_voice_mixing_allowed,
        "featured": _read_featured,
        "category": _read_category,
        "liked_by_count": _read_liked_by_count,
        "cloned_by_count": _read_cloned_by_count,
        "name": _read_name,
        "labels": _read_labels,
        "review_status": _read_review_status,
        "enabled_in_library": _read_enabled_in_library,
        "history_item_sample_id": _read_history_item_sample_id,
        "rate": _read_rate,
        "fiat_rate": _read_fiat_rate,
        "disable_at_unix": _read_disable_at_unix,
        "reader_app_enabled": _read_reader_app_enabled,
        "image_url": _read_image_url,
        "ban_reason": _read_ban_reason,
        "description": _read_description,
        "review_message": _read_review_message,
        "instagram_username": _read_instagram_username,
        "twitter_username": _read_twitter_username,
        "youtube_username": _read_youtube_username,
        "tiktok_username": _read_tiktok_username,
        "moderation_check": _read_moderation_check,
        "reader_restricted_on": _read_reader_restricted_on,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.reader_resource_response_model import ReaderResourceResponseModel
from ..models.voice_sharing_moderation_check_response_model import VoiceSharingModerationCheckResponseModel
from ..models.voice_sharing_response_labels import VoiceSharingResponseLabels
