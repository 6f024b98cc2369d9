from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class GetVoicesResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'voices': [{'available_for_tiers': ['creator', 'enterprise'], 'category': 'professional', 'description': 'A
        warm, expressive voice with a touch of humor.', 'fine_tuning': {'is_allowed_to_fine_tune': True,
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
        are you?'}], 'verification_attempts_count': 0, 'verification_failures': []}}]}

    Attributes:
        voices: A list of available voices.
    """

    voices: list[Voice]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("voices", "voices", list_of(object_of("Voice")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.voice import Voice
