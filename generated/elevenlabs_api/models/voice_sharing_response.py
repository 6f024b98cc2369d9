from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    VoiceSharingResponseCategoryType0,
    VoiceSharingResponseReviewStatusType0,
    VoiceSharingResponseStatusType0,
)
from ..types import (
    ANY,
    BOOL,
    FLOAT,
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
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class VoiceSharingResponse(Lazy, AdditionalProperties[Any]):
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
        status: The status of the voice sharing.
        date_unix: The date of the voice sharing in Unix time.
        whitelisted_emails: A list of whitelisted emails.
        public_owner_id: The ID of the public owner.
        original_voice_id: The ID of the original voice.
        financial_rewards_enabled: Whether financial rewards are enabled.
        free_users_allowed: Whether free users are allowed.
        live_moderation_enabled: Whether live moderation is enabled.
        notice_period: The notice period of the voice sharing.
        voice_mixing_allowed: Whether voice mixing is allowed.
        featured: Whether the voice is featured.
        category: The category of the voice.
        liked_by_count: The number of likes on the voice.
        cloned_by_count: The number of clones on the voice.
        name: The name of the voice.
        labels: The labels of the voice.
        review_status: The review status of the voice.
        enabled_in_library: Whether the voice is enabled in the library.
        history_item_sample_id: The sample ID of the history item.
        rate: The rate of the voice sharing.
        fiat_rate: The rate of the voice sharing in USD per 1000 credits.
        disable_at_unix: The date of the voice sharing in Unix time.
        reader_app_enabled: Whether the reader app is enabled.
        image_url: The image URL of the voice.
        ban_reason: The ban reason of the voice.
        description: The description of the voice.
        review_message: The review message of the voice.
        instagram_username: The Instagram username of the voice.
        twitter_username: The Twitter/X username of the voice.
        youtube_username: The YouTube username of the voice.
        tiktok_username: The TikTok username of the voice.
        moderation_check: The moderation check of the voice.
        reader_restricted_on: The reader restricted on of the voice.
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("status", "status", union(literal("VoiceSharingResponseStatusType0"), STR), required=True),
        Field("date_unix", "date_unix", INT, required=True),
        Field("whitelisted_emails", "whitelisted_emails", list_of(STR), required=True),
        Field("public_owner_id", "public_owner_id", STR, required=True),
        Field("original_voice_id", "original_voice_id", STR, required=True),
        Field("financial_rewards_enabled", "financial_rewards_enabled", BOOL, required=True),
        Field("free_users_allowed", "free_users_allowed", BOOL, required=True),
        Field("live_moderation_enabled", "live_moderation_enabled", BOOL, required=True),
        Field("notice_period", "notice_period", INT, required=True),
        Field("voice_mixing_allowed", "voice_mixing_allowed", BOOL, required=True),
        Field("featured", "featured", BOOL, required=True),
        Field("category", "category", union(literal("VoiceSharingResponseCategoryType0"), STR), required=True),
        Field("liked_by_count", "liked_by_count", INT, required=True),
        Field("cloned_by_count", "cloned_by_count", INT, required=True),
        Field("name", "name", STR, required=True),
        Field("labels", "labels", object_of("VoiceSharingResponseLabels"), required=True),
        Field(
            "review_status",
            "review_status",
            union(literal("VoiceSharingResponseReviewStatusType0"), STR),
            required=True,
        ),
        Field("enabled_in_library", "enabled_in_library", BOOL, required=True),
        Field("history_item_sample_id", "history_item_sample_id", union(STR, NULL)),
        Field("rate", "rate", union(FLOAT, NULL)),
        Field("fiat_rate", "fiat_rate", union(FLOAT, NULL)),
        Field("disable_at_unix", "disable_at_unix", union(INT, NULL)),
        Field("reader_app_enabled", "reader_app_enabled", union(BOOL, NULL)),
        Field("image_url", "image_url", union(STR, NULL)),
        Field("ban_reason", "ban_reason", union(STR, NULL)),
        Field("description", "description", union(STR, NULL)),
        Field("review_message", "review_message", union(STR, NULL)),
        Field("instagram_username", "instagram_username", union(STR, NULL)),
        Field("twitter_username", "twitter_username", union(STR, NULL)),
        Field("youtube_username", "youtube_username", union(STR, NULL)),
        Field("tiktok_username", "tiktok_username", union(STR, NULL)),
        Field(
            "moderation_check", "moderation_check", union(object_of("VoiceSharingModerationCheckResponseModel"), NULL)
        ),
        Field(
            "reader_restricted_on",
            "reader_restricted_on",
            union(list_of(object_of("ReaderResourceResponseModel")), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.reader_resource_response_model import ReaderResourceResponseModel
from ..models.voice_sharing_moderation_check_response_model import VoiceSharingModerationCheckResponseModel
from ..models.voice_sharing_response_labels import VoiceSharingResponseLabels
