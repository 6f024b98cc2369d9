from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    VoiceCategoryType0,
    VoiceLabellingStatusType0,
    VoiceRecordingQualityType0,
    VoiceSafetyControlType0,
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

T = TypeVar("T", bound="Voice")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class Voice(Lazy):
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
        voice_id (str): The ID of the voice.
        name (str): The name of the voice.
        category (str | VoiceCategoryType0): The category of the voice.
        labels (VoiceLabels): Labels associated with the voice.
        available_for_tiers (list[str]): The tiers the voice is available for.
        high_quality_base_model_ids (list[str]): The base model IDs for high-quality voices.
        samples (list[VoiceSample] | None | Unset): List of samples associated with the voice.
        fine_tuning (FineTuningResponse | None | Unset): Fine-tuning information for the voice.
        description (None | str | Unset): The description of the voice.
        preview_url (None | str | Unset): The preview URL of the voice.
        settings (None | Unset | VoiceSettings): The settings of the voice.
        sharing (None | Unset | VoiceSharingResponse): The sharing information of the voice.
        verified_languages (list[VerifiedVoiceLanguageResponseModel] | None | Unset): The verified languages of the
            voice.
        collection_ids (list[str] | None | Unset): The IDs of collections this voice belongs to.
        safety_control (None | str | Unset | VoiceSafetyControlType0): The safety controls of the voice.
        voice_verification (None | Unset | VoiceVerificationResponse): The voice verification of the voice.
        permission_on_resource (None | str | Unset): The permission on the resource of the voice.
        is_owner (bool | None | Unset): Whether the voice is owned by the user.
        is_legacy (bool | Unset): Whether the voice is legacy. Defaults to False on the server.
        is_mixed (bool | Unset): Whether the voice is mixed. Defaults to False on the server.
        favorited_at_unix (int | None | Unset): Timestamp when the voice was marked as favorite in Unix time.
        created_at_unix (int | None | Unset): The creation time of the voice in Unix time.
        is_bookmarked (bool | None | Unset): Whether the voice is bookmarked by the current user. Only relevant for
            community (library-copied) voices.
        recording_quality (None | str | Unset | VoiceRecordingQualityType0): The recording quality of the voice as
            determined by the review pipeline.
        labelling_status (None | str | Unset | VoiceLabellingStatusType0): The review pipeline status of the voice.
        recording_quality_reason (None | str | Unset): The reason for the recording quality assessment, as determined by
            the review pipeline.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "voice_id",
        "name",
        "category",
        "labels",
        "available_for_tiers",
        "high_quality_base_model_ids",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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

        labels: Any
        try:
            labels = self.labels.to_dict()
        except (AttributeError, TypeError):
            labels = self.labels

        available_for_tiers: Any
        try:
            available_for_tiers = self.available_for_tiers

        except (AttributeError, TypeError):
            available_for_tiers = self.available_for_tiers

        high_quality_base_model_ids: Any
        try:
            high_quality_base_model_ids = self.high_quality_base_model_ids

        except (AttributeError, TypeError):
            high_quality_base_model_ids = self.high_quality_base_model_ids

        samples: Any
        try:
            if isinstance(self.samples, Unset):
                samples = UNSET
            elif isinstance(self.samples, list):
                samples = []
                for samples_type_0_item_data in self.samples:
                    samples_type_0_item = samples_type_0_item_data.to_dict()
                    samples.append(samples_type_0_item)

            else:
                samples = self.samples

        except (AttributeError, TypeError):
            samples = self.samples

        fine_tuning: Any
        try:
            if isinstance(self.fine_tuning, Unset):
                fine_tuning = UNSET
            elif isinstance(self.fine_tuning, FineTuningResponse):
                fine_tuning = self.fine_tuning.to_dict()
            else:
                fine_tuning = self.fine_tuning

        except (AttributeError, TypeError):
            fine_tuning = self.fine_tuning

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

        settings: Any
        try:
            if isinstance(self.settings, Unset):
                settings = UNSET
            elif isinstance(self.settings, VoiceSettings):
                settings = self.settings.to_dict()
            else:
                settings = self.settings

        except (AttributeError, TypeError):
            settings = self.settings

        sharing: Any
        try:
            if isinstance(self.sharing, Unset):
                sharing = UNSET
            elif isinstance(self.sharing, VoiceSharingResponse):
                sharing = self.sharing.to_dict()
            else:
                sharing = self.sharing

        except (AttributeError, TypeError):
            sharing = self.sharing

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

        collection_ids: Any
        try:
            if isinstance(self.collection_ids, Unset):
                collection_ids = UNSET
            elif isinstance(self.collection_ids, list):
                collection_ids = self.collection_ids

            else:
                collection_ids = self.collection_ids

        except (AttributeError, TypeError):
            collection_ids = self.collection_ids

        safety_control: Any
        try:
            if isinstance(self.safety_control, Unset):
                safety_control = UNSET
            elif isinstance(self.safety_control, str):
                safety_control = self.safety_control
            else:
                safety_control = self.safety_control

        except (AttributeError, TypeError):
            safety_control = self.safety_control

        voice_verification: Any
        try:
            if isinstance(self.voice_verification, Unset):
                voice_verification = UNSET
            elif isinstance(self.voice_verification, VoiceVerificationResponse):
                voice_verification = self.voice_verification.to_dict()
            else:
                voice_verification = self.voice_verification

        except (AttributeError, TypeError):
            voice_verification = self.voice_verification

        permission_on_resource: Any
        try:
            permission_on_resource = self.permission_on_resource

        except (AttributeError, TypeError):
            permission_on_resource = self.permission_on_resource

        is_owner: Any
        try:
            is_owner = self.is_owner

        except (AttributeError, TypeError):
            is_owner = self.is_owner

        is_legacy = self.is_legacy

        is_mixed = self.is_mixed

        favorited_at_unix: Any
        try:
            favorited_at_unix = self.favorited_at_unix

        except (AttributeError, TypeError):
            favorited_at_unix = self.favorited_at_unix

        created_at_unix: Any
        try:
            created_at_unix = self.created_at_unix

        except (AttributeError, TypeError):
            created_at_unix = self.created_at_unix

        is_bookmarked: Any
        try:
            is_bookmarked = self.is_bookmarked

        except (AttributeError, TypeError):
            is_bookmarked = self.is_bookmarked

        recording_quality: Any
        try:
            if isinstance(self.recording_quality, Unset):
                recording_quality = UNSET
            elif isinstance(self.recording_quality, str):
                recording_quality = self.recording_quality
            else:
                recording_quality = self.recording_quality

        except (AttributeError, TypeError):
            recording_quality = self.recording_quality

        labelling_status: Any
        try:
            if isinstance(self.labelling_status, Unset):
                labelling_status = UNSET
            elif isinstance(self.labelling_status, str):
                labelling_status = self.labelling_status
            else:
                labelling_status = self.labelling_status

        except (AttributeError, TypeError):
            labelling_status = self.labelling_status

        recording_quality_reason: Any
        try:
            recording_quality_reason = self.recording_quality_reason

        except (AttributeError, TypeError):
            recording_quality_reason = self.recording_quality_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voice_id is not None or "voice_id" not in self._missing_fields:
            field_dict["voice_id"] = voice_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if category is not None or "category" not in self._missing_fields:
            field_dict["category"] = category
        if labels is not None or "labels" not in self._missing_fields:
            field_dict["labels"] = labels
        if available_for_tiers is not None or "available_for_tiers" not in self._missing_fields:
            field_dict["available_for_tiers"] = available_for_tiers
        if high_quality_base_model_ids is not None or "high_quality_base_model_ids" not in self._missing_fields:
            field_dict["high_quality_base_model_ids"] = high_quality_base_model_ids
        if samples is not UNSET:
            field_dict["samples"] = samples
        if fine_tuning is not UNSET:
            field_dict["fine_tuning"] = fine_tuning
        if description is not UNSET:
            field_dict["description"] = description
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if settings is not UNSET:
            field_dict["settings"] = settings
        if sharing is not UNSET:
            field_dict["sharing"] = sharing
        if verified_languages is not UNSET:
            field_dict["verified_languages"] = verified_languages
        if collection_ids is not UNSET:
            field_dict["collection_ids"] = collection_ids
        if safety_control is not UNSET:
            field_dict["safety_control"] = safety_control
        if voice_verification is not UNSET:
            field_dict["voice_verification"] = voice_verification
        if permission_on_resource is not UNSET:
            field_dict["permission_on_resource"] = permission_on_resource
        if is_owner is not UNSET:
            field_dict["is_owner"] = is_owner
        if is_legacy is not UNSET:
            field_dict["is_legacy"] = is_legacy
        if is_mixed is not UNSET:
            field_dict["is_mixed"] = is_mixed
        if favorited_at_unix is not UNSET:
            field_dict["favorited_at_unix"] = favorited_at_unix
        if created_at_unix is not UNSET:
            field_dict["created_at_unix"] = created_at_unix
        if is_bookmarked is not UNSET:
            field_dict["is_bookmarked"] = is_bookmarked
        if recording_quality is not UNSET:
            field_dict["recording_quality"] = recording_quality
        if labelling_status is not UNSET:
            field_dict["labelling_status"] = labelling_status
        if recording_quality_reason is not UNSET:
            field_dict["recording_quality_reason"] = recording_quality_reason
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        voice = cls.__new__(cls)
        voice.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return voice

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


_read_voice_id = plain_reader("voice_id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_category = plain_reader("category", (str,), "a string", True)


def _read_labels(cls: type[Voice], d: Mapping[str, Any]) -> Any:
    labels_raw = d.get("labels", MISSING)
    if labels_raw is MISSING:
        labels = missing_field(cls, "labels")
    else:
        try:
            labels = VoiceLabels.from_dict(labels_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            labels = deviating_field(cls, "labels", labels_raw)

    return labels


_read_available_for_tiers = plain_reader("available_for_tiers", (list,), "an array", True, ((str,), "a string"))

_read_high_quality_base_model_ids = plain_reader(
    "high_quality_base_model_ids", (list,), "an array", True, ((str,), "a string")
)


def _read_samples(cls: type[Voice], d: Mapping[str, Any]) -> Any:
    samples_raw = d.get("samples", UNSET)
    try:

        def _parse_samples(data: object) -> list[VoiceSample] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            samples_type_0 = []
            _samples_type_0 = data
            for samples_type_0_item_data in _samples_type_0:
                samples_type_0_item = VoiceSample.from_dict(samples_type_0_item_data)

                samples_type_0.append(samples_type_0_item)

            return samples_type_0

        samples = _parse_samples(samples_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        samples = deviating_field(cls, "samples", samples_raw)

    return samples


def _read_fine_tuning(cls: type[Voice], d: Mapping[str, Any]) -> Any:
    fine_tuning_raw = d.get("fine_tuning", UNSET)
    try:

        def _parse_fine_tuning(data: object) -> FineTuningResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            fine_tuning_type_0 = FineTuningResponse.from_dict(data)

            return fine_tuning_type_0

        fine_tuning = _parse_fine_tuning(fine_tuning_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        fine_tuning = deviating_field(cls, "fine_tuning", fine_tuning_raw)

    return fine_tuning


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


def _read_settings(cls: type[Voice], d: Mapping[str, Any]) -> Any:
    settings_raw = d.get("settings", UNSET)
    try:

        def _parse_settings(data: object) -> None | Unset | VoiceSettings:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            settings_type_0 = VoiceSettings.from_dict(data)

            return settings_type_0

        settings = _parse_settings(settings_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        settings = deviating_field(cls, "settings", settings_raw)

    return settings


def _read_sharing(cls: type[Voice], d: Mapping[str, Any]) -> Any:
    sharing_raw = d.get("sharing", UNSET)
    try:

        def _parse_sharing(data: object) -> None | Unset | VoiceSharingResponse:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            sharing_type_0 = VoiceSharingResponse.from_dict(data)

            return sharing_type_0

        sharing = _parse_sharing(sharing_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        sharing = deviating_field(cls, "sharing", sharing_raw)

    return sharing


def _read_verified_languages(cls: type[Voice], d: Mapping[str, Any]) -> Any:
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


_read_collection_ids = plain_reader(
    "collection_ids",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)

_read_safety_control = plain_reader(
    "safety_control",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


def _read_voice_verification(cls: type[Voice], d: Mapping[str, Any]) -> Any:
    voice_verification_raw = d.get("voice_verification", UNSET)
    try:

        def _parse_voice_verification(data: object) -> None | Unset | VoiceVerificationResponse:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            voice_verification_type_0 = VoiceVerificationResponse.from_dict(data)

            return voice_verification_type_0

        voice_verification = _parse_voice_verification(voice_verification_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        voice_verification = deviating_field(cls, "voice_verification", voice_verification_raw)

    return voice_verification


_read_permission_on_resource = plain_reader(
    "permission_on_resource",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_is_owner = plain_reader(
    "is_owner",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_is_legacy = plain_reader("is_legacy", (bool,), "a boolean", False)

_read_is_mixed = plain_reader("is_mixed", (bool,), "a boolean", False)

_read_favorited_at_unix = plain_reader(
    "favorited_at_unix",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_created_at_unix = plain_reader(
    "created_at_unix",
    (
        int,
        type(None),
    ),
    "an integer or null",
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

_read_recording_quality = plain_reader(
    "recording_quality",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_labelling_status = plain_reader(
    "labelling_status",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_recording_quality_reason = plain_reader(
    "recording_quality_reason",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "voice_id",
        "name",
        "category",
        "labels",
        "available_for_tiers",
        "high_quality_base_model_ids",
        "samples",
        "fine_tuning",
        "description",
        "preview_url",
        "settings",
        "sharing",
        "verified_languages",
        "collection_ids",
        "safety_control",
        "voice_verification",
        "permission_on_resource",
        "is_owner",
        "is_legacy",
        "is_mixed",
        "favorited_at_unix",
        "created_at_unix",
        "is_bookmarked",
        "recording_quality",
        "labelling_status",
        "recording_quality_reason",
    )
)


def _read_additional_properties(cls: type[Voice], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[Voice], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    voice_id = d.get("voice_id", MISSING)
    if voice_id.__class__ is not str:
        voice_id = _read_voice_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    category = d.get("category", MISSING)
    if category.__class__ is not str:
        category = _read_category(cls, d)

    if "labels" in known:
        labels = known["labels"]
    else:
        labels = _read_labels(cls, d)

    available_for_tiers = d.get("available_for_tiers", MISSING)
    if available_for_tiers.__class__ is not list:
        available_for_tiers = _read_available_for_tiers(cls, d)
    elif available_for_tiers.__class__ is list and available_for_tiers:
        check_items(cls, "available_for_tiers", available_for_tiers, (str,), "a string")

    high_quality_base_model_ids = d.get("high_quality_base_model_ids", MISSING)
    if high_quality_base_model_ids.__class__ is not list:
        high_quality_base_model_ids = _read_high_quality_base_model_ids(cls, d)
    elif high_quality_base_model_ids.__class__ is list and high_quality_base_model_ids:
        check_items(cls, "high_quality_base_model_ids", high_quality_base_model_ids, (str,), "a string")

    if "samples" in known:
        samples = known["samples"]
    else:
        samples = d.get("samples", UNSET)
        if samples is not UNSET and samples is not None:
            samples = _read_samples(cls, d)

    if "fine_tuning" in known:
        fine_tuning = known["fine_tuning"]
    else:
        fine_tuning = d.get("fine_tuning", UNSET)
        if fine_tuning is not UNSET and fine_tuning is not None:
            fine_tuning = _read_fine_tuning(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not None and description is not UNSET:
        description = _read_description(cls, d)

    preview_url = d.get("preview_url", UNSET)
    if preview_url.__class__ is not str and preview_url is not None and preview_url is not UNSET:
        preview_url = _read_preview_url(cls, d)

    if "settings" in known:
        settings = known["settings"]
    else:
        settings = d.get("settings", UNSET)
        if settings is not UNSET and settings is not None:
            settings = _read_settings(cls, d)

    if "sharing" in known:
        sharing = known["sharing"]
    else:
        sharing = d.get("sharing", UNSET)
        if sharing is not UNSET and sharing is not None:
            sharing = _read_sharing(cls, d)

    if "verified_languages" in known:
        verified_languages = known["verified_languages"]
    else:
        verified_languages = d.get("verified_languages", UNSET)
        if verified_languages is not UNSET and verified_languages is not None:
            verified_languages = _read_verified_languages(cls, d)

    collection_ids = d.get("collection_ids", UNSET)
    if collection_ids.__class__ is not list and collection_ids is not None and collection_ids is not UNSET:
        collection_ids = _read_collection_ids(cls, d)
    elif collection_ids.__class__ is list and collection_ids:
        check_items(cls, "collection_ids", collection_ids, (str,), "a string")

    safety_control = d.get("safety_control", UNSET)
    if safety_control is not None and safety_control.__class__ is not str and safety_control is not UNSET:
        safety_control = _read_safety_control(cls, d)

    if "voice_verification" in known:
        voice_verification = known["voice_verification"]
    else:
        voice_verification = d.get("voice_verification", UNSET)
        if voice_verification is not UNSET and voice_verification is not None:
            voice_verification = _read_voice_verification(cls, d)

    permission_on_resource = d.get("permission_on_resource", UNSET)
    if (
        permission_on_resource.__class__ is not str
        and permission_on_resource is not None
        and permission_on_resource is not UNSET
    ):
        permission_on_resource = _read_permission_on_resource(cls, d)

    is_owner = d.get("is_owner", UNSET)
    if is_owner.__class__ is not bool and is_owner is not None and is_owner is not UNSET:
        is_owner = _read_is_owner(cls, d)

    is_legacy = d.get("is_legacy", UNSET)
    if is_legacy.__class__ is not bool and is_legacy is not UNSET:
        is_legacy = _read_is_legacy(cls, d)

    is_mixed = d.get("is_mixed", UNSET)
    if is_mixed.__class__ is not bool and is_mixed is not UNSET:
        is_mixed = _read_is_mixed(cls, d)

    favorited_at_unix = d.get("favorited_at_unix", UNSET)
    if favorited_at_unix.__class__ is not int and favorited_at_unix is not None and favorited_at_unix is not UNSET:
        favorited_at_unix = _read_favorited_at_unix(cls, d)

    created_at_unix = d.get("created_at_unix", UNSET)
    if created_at_unix.__class__ is not int and created_at_unix is not None and created_at_unix is not UNSET:
        created_at_unix = _read_created_at_unix(cls, d)

    is_bookmarked = d.get("is_bookmarked", UNSET)
    if is_bookmarked.__class__ is not bool and is_bookmarked is not None and is_bookmarked is not UNSET:
        is_bookmarked = _read_is_bookmarked(cls, d)

    recording_quality = d.get("recording_quality", UNSET)
    if recording_quality is not None and recording_quality.__class__ is not str and recording_quality is not UNSET:
        recording_quality = _read_recording_quality(cls, d)

    labelling_status = d.get("labelling_status", UNSET)
    if labelling_status is not None and labelling_status.__class__ is not str and labelling_status is not UNSET:
        labelling_status = _read_labelling_status(cls, d)

    recording_quality_reason = d.get("recording_quality_reason", UNSET)
    if (
        recording_quality_reason.__class__ is not str
        and recording_quality_reason is not None
        and recording_quality_reason is not UNSET
    ):
        recording_quality_reason = _read_recording_quality_reason(cls, d)

    return {
        "voice_id": voice_id,
        "name": name,
        "category": category,
        "labels": labels,
        "available_for_tiers": available_for_tiers,
        "high_quality_base_model_ids": high_quality_base_model_ids,
        "samples": samples,
        "fine_tuning": fine_tuning,
        "description": description,
        "preview_url": preview_url,
        "settings": settings,
        "sharing": sharing,
        "verified_languages": verified_languages,
        "collection_ids": collection_ids,
        "safety_control": safety_control,
        "voice_verification": voice_verification,
        "permission_on_resource": permission_on_resource,
        "is_owner": is_owner,
        "is_legacy": is_legacy,
        "is_mixed": is_mixed,
        "favorited_at_unix": favorited_at_unix,
        "created_at_unix": created_at_unix,
        "is_bookmarked": is_bookmarked,
        "recording_quality": recording_quality,
        "labelling_status": labelling_status,
        "recording_quality_reason": recording_quality_reason,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    Voice,
    _all_fields,
    {
        "voice_id": _read_voice_id,
        "name": _read_name,
        "category": _read_category,
        "labels": _read_labels,
        "available_for_tiers": _read_available_for_tiers,
        "high_quality_base_model_ids": _read_high_quality_base_model_ids,
        "samples": _read_samples,
        "fine_tuning": _read_fine_tuning,
        "description": _read_description,
        "preview_url": _read_preview_url,
        "settings": _read_settings,
        "sharing": _read_sharing,
        "verified_languages": _read_verified_languages,
        "collection_ids": _read_collection_ids,
        "safety_control": _read_safety_control,
        "voice_verification": _read_voice_verification,
        "permission_on_resource": _read_permission_on_resource,
        "is_owner": _read_is_owner,
        "is_legacy": _read_is_legacy,
        "is_mixed": _read_is_mixed,
        "favorited_at_unix": _read_favorited_at_unix,
        "created_at_unix": _read_created_at_unix,
        "is_bookmarked": _read_is_bookmarked,
        "recording_quality": _read_recording_quality,
        "labelling_status": _read_labelling_status,
        "recording_quality_reason": _read_recording_quality_reason,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.fine_tuning_response import FineTuningResponse
from ..models.verified_voice_language_response_model import VerifiedVoiceLanguageResponseModel
from ..models.voice_labels import VoiceLabels
from ..models.voice_sample import VoiceSample
from ..models.voice_settings import VoiceSettings
from ..models.voice_sharing_response import VoiceSharingResponse
from ..models.voice_verification_response import VoiceVerificationResponse
