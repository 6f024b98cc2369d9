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
