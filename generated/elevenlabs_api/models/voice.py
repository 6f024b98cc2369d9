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
from ..models._literals import (
    FineTuningResponseStateAdditionalPropertyType0,
    ReaderResourceResponseModelResourceTypeType0,
    VoiceCategoryType0,
    VoiceLabellingStatusType0,
    VoiceRecordingQualityType0,
    VoiceSafetyControlType0,
    VoiceSharingResponseCategoryType0,
    VoiceSharingResponseReviewStatusType0,
    VoiceSharingResponseStatusType0,
)
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class FineTuningResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'is_allowed_to_fine_tune': True, 'manual_verification_requested': False, 'state': {'eleven_multilingual_v2':
        'fine_tuned'}, 'verification_attempts_count': 2, 'verification_failures': []}

    Attributes:
        is_allowed_to_fine_tune: Whether the user is allowed to fine-tune the voice.
        state: The state of the fine-tuning process for each model.
        verification_failures: List of verification failures in the fine-tuning process.
        verification_attempts_count: The number of verification attempts in the fine-tuning process.
        manual_verification_requested: Whether a manual verification was requested for the fine-tuning process.
        language: The language of the fine-tuning process.
        progress: The progress of the fine-tuning process.
        message: The message of the fine-tuning process.
        dataset_duration_seconds: The duration of the dataset in seconds.
        verification_attempts: The number of verification attempts.
        slice_ids: List of slice IDs.
        manual_verification: The manual verification of the fine-tuning process.
        max_verification_attempts: The maximum number of verification attempts.
        next_max_verification_attempts_reset_unix_ms: The next maximum verification attempts reset time in Unix
            milliseconds.
    """

    is_allowed_to_fine_tune: bool

    state: FineTuningResponseState

    verification_failures: list[str]

    verification_attempts_count: int

    manual_verification_requested: bool

    language: None | str | Unset = UNSET

    progress: FineTuningResponseProgressType0 | None | Unset = UNSET

    message: FineTuningResponseMessageType0 | None | Unset = UNSET

    dataset_duration_seconds: float | None | Unset = UNSET

    verification_attempts: list[VerificationAttemptResponse] | None | Unset = UNSET

    slice_ids: list[str] | None | Unset = UNSET

    manual_verification: ManualVerificationResponse | None | Unset = UNSET

    max_verification_attempts: int | None | Unset = UNSET

    next_max_verification_attempts_reset_unix_ms: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("is_allowed_to_fine_tune", "is_allowed_to_fine_tune", BOOL, required=True),
        Field("state", "state", object_of("FineTuningResponseState"), required=True),
        Field("verification_failures", "verification_failures", list_of(STR), required=True),
        Field("verification_attempts_count", "verification_attempts_count", INT, required=True),
        Field("manual_verification_requested", "manual_verification_requested", BOOL, required=True),
        Field("language", "language", union(STR, NULL)),
        Field("progress", "progress", union(object_of("FineTuningResponseProgressType0"), NULL)),
        Field("message", "message", union(object_of("FineTuningResponseMessageType0"), NULL)),
        Field("dataset_duration_seconds", "dataset_duration_seconds", union(FLOAT, NULL)),
        Field(
            "verification_attempts",
            "verification_attempts",
            union(list_of(object_of("VerificationAttemptResponse")), NULL),
        ),
        Field("slice_ids", "slice_ids", union(list_of(STR), NULL)),
        Field("manual_verification", "manual_verification", union(object_of("ManualVerificationResponse"), NULL)),
        Field("max_verification_attempts", "max_verification_attempts", union(INT, NULL)),
        Field(
            "next_max_verification_attempts_reset_unix_ms",
            "next_max_verification_attempts_reset_unix_ms",
            union(INT, NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class FineTuningResponseMessageType0(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


@_attrs_define(slots=False)
class FineTuningResponseProgressType0(Lazy, AdditionalProperties["float"]):
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(FLOAT)),)


@_attrs_define(slots=False)
class FineTuningResponseState(Lazy, AdditionalProperties["FineTuningResponseStateAdditionalPropertyType0 | str"]):
    """The state of the fine-tuning process for each model."""

    additional_properties: dict[str, FineTuningResponseStateAdditionalPropertyType0 | str] = _attrs_field(
        init=False, factory=dict
    )

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "additional_properties",
            None,
            dict_of(union(literal("FineTuningResponseStateAdditionalPropertyType0"), STR)),
        ),
    )


@_attrs_define(slots=False)
class ManualVerificationFileResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'file_id': 'CwhRBWXzGAHq8TQ4Fs18', 'file_name': 'file.mp3', 'mime_type': 'audio/mpeg', 'size_bytes': 1000000,
        'upload_date_unix': 1714204800}

    Attributes:
        file_id: The ID of the file.
        file_name: The name of the file.
        mime_type: The MIME type of the file.
        size_bytes: The size of the file in bytes.
        upload_date_unix: The date of the file in Unix time.
    """

    file_id: str

    file_name: str

    mime_type: str

    size_bytes: int

    upload_date_unix: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("file_id", "file_id", STR, required=True),
        Field("file_name", "file_name", STR, required=True),
        Field("mime_type", "mime_type", STR, required=True),
        Field("size_bytes", "size_bytes", INT, required=True),
        Field("upload_date_unix", "upload_date_unix", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ManualVerificationResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'extra_text': 'Please verify the voice is that of a female.', 'files': [{'file_id': 'CwhRBWXzGAHq8TQ4Fs18',
        'file_name': 'file.mp3', 'mime_type': 'audio/mpeg', 'size_bytes': 1000000, 'upload_date_unix': 1714204800}],
        'request_time_unix': 1714204800}

    Attributes:
        extra_text: The extra text of the manual verification.
        request_time_unix: The date of the manual verification in Unix time.
        files: The files of the manual verification.
    """

    extra_text: str

    request_time_unix: int

    files: list[ManualVerificationFileResponse]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("extra_text", "extra_text", STR, required=True),
        Field("request_time_unix", "request_time_unix", INT, required=True),
        Field("files", "files", list_of(object_of("ManualVerificationFileResponse")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ReaderResourceResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'resource_id': 'FCwhRBWXzGAHq8TQ4Fs18', 'resource_type': 'read'}

    Attributes:
        resource_type: The type of resource.
        resource_id: The ID of the resource.
    """

    resource_type: ReaderResourceResponseModelResourceTypeType0 | str

    resource_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "resource_type",
            "resource_type",
            union(literal("ReaderResourceResponseModelResourceTypeType0"), STR),
            required=True,
        ),
        Field("resource_id", "resource_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class VoiceLabels(Lazy, AdditionalProperties["str"]):
    """Labels associated with the voice."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


@_attrs_define(slots=False)
class VoiceSharingModerationCheckResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'captcha_checks': [0.95, 0.98], 'captcha_ids': ['captcha1', 'captcha2'], 'date_checked_unix': 1714204800,
        'description_check': True, 'description_value': 'A female voice with a soft and friendly tone.', 'name_check':
        True, 'name_value': 'Rachel', 'sample_checks': [0.95, 0.98], 'sample_ids': ['sample1', 'sample2']}

    Attributes:
        date_checked_unix: The date the moderation check was made in Unix time.
        name_value: The name value of the voice.
        name_check: Whether the name check was successful.
        description_value: The description value of the voice.
        description_check: Whether the description check was successful.
        sample_ids: A list of sample IDs.
        sample_checks: A list of sample checks.
        captcha_ids: A list of captcha IDs.
        captcha_checks: A list of CAPTCHA check values.
    """

    date_checked_unix: int | None | Unset = UNSET

    name_value: None | str | Unset = UNSET

    name_check: bool | None | Unset = UNSET

    description_value: None | str | Unset = UNSET

    description_check: bool | None | Unset = UNSET

    sample_ids: list[str] | None | Unset = UNSET

    sample_checks: list[float] | None | Unset = UNSET

    captcha_ids: list[str] | None | Unset = UNSET

    captcha_checks: list[float] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("date_checked_unix", "date_checked_unix", union(INT, NULL)),
        Field("name_value", "name_value", union(STR, NULL)),
        Field("name_check", "name_check", union(BOOL, NULL)),
        Field("description_value", "description_value", union(STR, NULL)),
        Field("description_check", "description_check", union(BOOL, NULL)),
        Field("sample_ids", "sample_ids", union(list_of(STR), NULL)),
        Field("sample_checks", "sample_checks", union(list_of(FLOAT), NULL)),
        Field("captcha_ids", "captcha_ids", union(list_of(STR), NULL)),
        Field("captcha_checks", "captcha_checks", union(list_of(FLOAT), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
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


@_attrs_define(slots=False)
class VoiceSharingResponseLabels(Lazy, AdditionalProperties["str"]):
    """The labels of the voice."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


@_attrs_define(slots=False)
class VoiceVerificationResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'is_verified': True, 'language': 'en', 'requires_verification': False, 'verification_attempts': [{'accepted':
        True, 'date_unix': 1714204800, 'levenshtein_distance': 2, 'recording': {'mime_type': 'audio/mpeg',
        'recording_id': 'CwhRBWXzGAHq8TQ4Fs17', 'size_bytes': 1000000, 'transcription': 'Hello, how are you?',
        'upload_date_unix': 1714204800}, 'similarity': 0.95, 'text': 'Hello, how are you?'}],
        'verification_attempts_count': 0, 'verification_failures': []}

    Attributes:
        requires_verification: Whether the voice requires verification.
        is_verified: Whether the voice has been verified.
        verification_failures: List of verification failures.
        verification_attempts_count: The number of verification attempts.
        language: The language of the voice.
        verification_attempts: Number of times a verification was attempted.
    """

    requires_verification: bool

    is_verified: bool

    verification_failures: list[str]

    verification_attempts_count: int

    language: None | str | Unset = UNSET

    verification_attempts: list[VerificationAttemptResponse] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("requires_verification", "requires_verification", BOOL, required=True),
        Field("is_verified", "is_verified", BOOL, required=True),
        Field("verification_failures", "verification_failures", list_of(STR), required=True),
        Field("verification_attempts_count", "verification_attempts_count", INT, required=True),
        Field("language", "language", union(STR, NULL)),
        Field(
            "verification_attempts",
            "verification_attempts",
            union(list_of(object_of("VerificationAttemptResponse")), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.verification_attempt_response import VerificationAttemptResponse
from ..models.verified_voice_language_response_model import VerifiedVoiceLanguageResponseModel
from ..models.voice_sample import VoiceSample
from ..models.voice_settings import VoiceSettings
