from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetVoicesResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetVoicesResponse(Lazy):
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
        voices (list[Voice]): A list of available voices.
    """

    voices: list[Voice]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("voices",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        voices: Any
        try:
            voices = []
            for voices_item_data in self.voices:
                voices_item = voices_item_data.to_dict()
                voices.append(voices_item)

        except (AttributeError, TypeError):
            voices = self.voices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voices is not None or "voices" not in self._missing_fields:
            field_dict["voices"] = voices
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_voices_response = cls.__new__(cls)
        get_voices_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return get_voices_response

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


def _read_voices(cls: type[GetVoicesResponse], d: Mapping[str, Any]) -> Any:
    voices_raw = d.get("voices", MISSING)
    if voices_raw is MISSING:
        voices = missing_field(cls, "voices")
    else:
        try:
            expect_array("voices", voices_raw)
            voices = []
            _voices = voices_raw
            for voices_item_data in _voices:
                voices_item = Voice.from_dict(voices_item_data)

                voices.append(voices_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            voices = deviating_field(cls, "voices", voices_raw)

    return voices


_FIELDS: frozenset[str] = frozenset(("voices",))


def _read_additional_properties(cls: type[GetVoicesResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[GetVoicesResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "voices" in known:
        voices = known["voices"]
    else:
        voices = _read_voices(cls, d)

    return {
        "voices": voices,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetVoicesResponse,
    _all_fields,
    {
        "voices": _read_voices,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.voice import Voice
