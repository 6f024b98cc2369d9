from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    VoiceCategoryType0,
    VoiceLabellingStatusType0,
    VoiceRecordingQualityType0,
    VoiceSafetyControlType0,
)
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
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class Voice(Lazy, AdditionalProperties[Any]):
    """Example:
        {'available_for_tiers': ['creator', 'enterprise'], 'category': 'professional', 'description': 'A warm,
        expressive voice with a touch of humor.', 'fine_tuning': {'is_allowed_to_fine_tune': True,
        'manual_verification_requested': False, 'state': {'eleven_multilingual_v2': 'fine_tuned'},
        'verification_attempts_count': 2, 'verification_failures': []}, 'high_quality_base_model_ids':
        ['eleven_v2_flash', 'eleven_flash_v2', 'eleven_turbo_v2_5', 'eleven_multilingual_v2', 'eleven_v2_5_flash',
        'eleven_flash_v2_5', 'eleven_turbo_v2'], 'is_legacy': False, 'is_mixed': False, 'is_owner': False, 'labels':
        {'accent': 'American', 'age': 'middle-aged', 'description': 'expressive', 'gender': 'female', 'use_case':
        'social media'}, 'name': 'Rachel', 'preview_url': 'https://storage.googleapis.com/eleven-public-
        prod/premade/voices/9BWtsMINqrJLrRacOk9x/405766b8-1f4e-4d3c-aba1-6f25333823ec.mp3', 'settings':
        {'similarity_boost': 1.0, 'speed': 1.0, 'stability': 1.0, 'style': 0.0, 'use_speaker_boost': True}, 'sharing':
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
        'allowed', 'status': 'enabled', 'voice_mixing_allowed': False, 'whitelisted_emails': ['example@example.com']},
        'verified_languages': [{'accent': 'american', 'language': 'en', 'locale': 'en-US', 'model_id':
        'eleven_multilingual_v2', 'preview_url': 'https://storage.googleapis.com/eleven-public-
        prod/premade/voices/9BWtsMINqrJLrRacOk9x/405766b8-1f4e-4d3c-aba1-6f25333823ec.mp3'}], 'voice_id':
        '21m00Tcm4TlvDq8ikWAM', 'voice_verification': {'is_verified': True, 'language': 'en', 'requires_verification':
        False, 'verification_attempts': [{'accepted': True, 'date_unix': 1714204800, 'levenshtein_distance': 2,
        'recording': {'mime_type': 'audio/mpeg', 'recording_id': 'CwhRBWXzGAHq8TQ4Fs17', 'size_bytes': 1000000,
        'transcription': 'Hello, how are you?', 'upload_date_unix': 1714204800}, 'similarity': 0.95, 'text': 'Hello, how
        are you?'}], 'verification_attempts_count': 0, 'verification_failures': []}}

    Attributes:
        voice_id: The ID of the voice.
        name: The name of the voice.
        category: The category of the voice.
        labels: Labels associated with the voice.
        available_for_tiers: The tiers the voice is available for.
        high_quality_base_model_ids: The base model IDs for high-quality voices.
        samples: List of samples associated with the voice.
        fine_tuning: Fine-tuning information for the voice.
        description: The description of the voice.
        preview_url: The preview URL of the voice.
        settings: The settings of the voice.
        sharing: The sharing information of the voice.
        verified_languages: The verified languages of the voice.
        collection_ids: The IDs of collections this voice belongs to.
        safety_control: The safety controls of the voice.
        voice_verification: The voice verification of the voice.
        permission_on_resource: The permission on the resource of the voice.
        is_owner: Whether the voice is owned by the user.
        is_legacy: Whether the voice is legacy. Defaults to False on the server.
        is_mixed: Whether the voice is mixed. Defaults to False on the server.
        favorited_at_unix: Timestamp when the voice was marked as favorite in Unix time.
        created_at_unix: The creation time of the voice in Unix time.
        is_bookmarked: Whether the voice is bookmarked by the current user. Only relevant for community (library-copied)
            voices.
        recording_quality: The recording quality of the voice as determined by the review pipeline.
        labelling_status: The review pipeline status of the voice.
        recording_quality_reason: The reason for the recording quality assessment, as determined by the review pipeline.
    """

    voice_id: str

    name: str

    category: str | VoiceCategoryType0

    labels: VoiceLabels

    available_for_tiers: list[str]

    high_quality_base_model_ids: list[str]

    samples: list[VoiceSample] | None | Unset = UNSET

    fine_tuning: FineTuningResponse | None | Unset = UNSET

    description: None | str | Unset = UNSET

    preview_url: None | str | Unset = UNSET

    settings: None | Unset | VoiceSettings = UNSET

    sharing: None | Unset | VoiceSharingResponse = UNSET

    verified_languages: list[VerifiedVoiceLanguageResponseModel] | None | Unset = UNSET

    collection_ids: list[str] | None | Unset = UNSET

    safety_control: None | str | Unset | VoiceSafetyControlType0 = UNSET

    voice_verification: None | Unset | VoiceVerificationResponse = UNSET

    permission_on_resource: None | str | Unset = UNSET

    is_owner: bool | None | Unset = UNSET

    is_legacy: bool | Unset = UNSET

    is_mixed: bool | Unset = UNSET

    favorited_at_unix: int | None | Unset = UNSET

    created_at_unix: int | None | Unset = UNSET

    is_bookmarked: bool | None | Unset = UNSET

    recording_quality: None | str | Unset | VoiceRecordingQualityType0 = UNSET

    labelling_status: None | str | Unset | VoiceLabellingStatusType0 = UNSET

    recording_quality_reason: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("voice_id", "voice_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("category", "category", union(literal("VoiceCategoryType0"), STR), required=True),
        Field("labels", "labels", object_of("VoiceLabels"), required=True),
        Field("available_for_tiers", "available_for_tiers", list_of(STR), required=True),
        Field("high_quality_base_model_ids", "high_quality_base_model_ids", list_of(STR), required=True),
        Field("samples", "samples", union(list_of(object_of("VoiceSample")), NULL)),
        Field("fine_tuning", "fine_tuning", union(object_of("FineTuningResponse"), NULL)),
        Field("description", "description", union(STR, NULL)),
        Field("preview_url", "preview_url", union(STR, NULL)),
        Field("settings", "settings", union(object_of("VoiceSettings"), NULL)),
        Field("sharing", "sharing", union(object_of("VoiceSharingResponse"), NULL)),
        Field(
            "verified_languages",
            "verified_languages",
            union(list_of(object_of("VerifiedVoiceLanguageResponseModel")), NULL),
        ),
        Field("collection_ids", "collection_ids", union(list_of(STR), NULL)),
        Field("safety_control", "safety_control", union(literal("VoiceSafetyControlType0"), NULL, STR)),
        Field("voice_verification", "voice_verification", union(object_of("VoiceVerificationResponse"), NULL)),
        Field("permission_on_resource", "permission_on_resource", union(STR, NULL)),
        Field("is_owner", "is_owner", union(BOOL, NULL)),
        Field("is_legacy", "is_legacy", BOOL),
        Field("is_mixed", "is_mixed", BOOL),
        Field("favorited_at_unix", "favorited_at_unix", union(INT, NULL)),
        Field("created_at_unix", "created_at_unix", union(INT, NULL)),
        Field("is_bookmarked", "is_bookmarked", union(BOOL, NULL)),
        Field("recording_quality", "recording_quality", union(literal("VoiceRecordingQualityType0"), NULL, STR)),
        Field("labelling_status", "labelling_status", union(literal("VoiceLabellingStatusType0"), NULL, STR)),
        Field("recording_quality_reason", "recording_quality_reason", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.fine_tuning_response import FineTuningResponse
from ..models.verified_voice_language_response_model import VerifiedVoiceLanguageResponseModel
from ..models.voice_labels import VoiceLabels
from ..models.voice_sample import VoiceSample
from ..models.voice_settings import VoiceSettings
from ..models.voice_sharing_response import VoiceSharingResponse
from ..models.voice_verification_response import VoiceVerificationResponse
