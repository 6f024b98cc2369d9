from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="VoiceVerificationResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VoiceVerificationResponse(Lazy):
    """Example:
        {'is_verified': True, 'language': 'en', 'requires_verification': False, 'verification_attempts': [{'accepted':
        True, 'date_unix': 1714204800, 'levenshtein_distance': 2, 'recording': {'mime_type': 'audio/mpeg',
        'recording_id': 'CwhRBWXzGAHq8TQ4Fs17', 'size_bytes': 1000000, 'transcription': 'Hello, how are you?',
        'upload_date_unix': 1714204800}, 'similarity': 0.95, 'text': 'Hello, how are you?'}],
        'verification_attempts_count': 0, 'verification_failures': []}

    Attributes:
        requires_verification (bool): Whether the voice requires verification.
        is_verified (bool): Whether the voice has been verified.
        verification_failures (list[str]): List of verification failures.
        verification_attempts_count (int): The number of verification attempts.
        language (None | str | Unset): The language of the voice.
        verification_attempts (list[VerificationAttemptResponse] | None | Unset): Number of times a verification was
            attempted.
    """

    requires_verification: bool

    is_verified: bool

    verification_failures: list[str]

    verification_attempts_count: int

    language: None | str | Unset = UNSET

    verification_attempts: list[VerificationAttemptResponse] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "requires_verification",
        "is_verified",
        "verification_failures",
        "verification_attempts_count",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        requires_verification = self.requires_verification

        is_verified = self.is_verified

        verification_failures: Any
        try:
            verification_failures = self.verification_failures

        except (AttributeError, TypeError):
            verification_failures = self.verification_failures

        verification_attempts_count = self.verification_attempts_count

        language: Any
        try:
            language = self.language

        except (AttributeError, TypeError):
            language = self.language

        verification_attempts: Any
        try:
            if isinstance(self.verification_attempts, Unset):
                verification_attempts = UNSET
            elif isinstance(self.verification_attempts, list):
                verification_attempts = []
                for verification_attempts_type_0_item_data in self.verification_attempts:
                    verification_attempts_type_0_item = verification_attempts_type_0_item_data.to_dict()
                    verification_attempts.append(verification_attempts_type_0_item)

            else:
                verification_attempts = self.verification_attempts

        except (AttributeError, TypeError):
            verification_attempts = self.verification_attempts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if requires_verification is not None or "requires_verification" not in self._missing_fields:
            field_dict["requires_verification"] = requires_verification
        if is_verified is not None or "is_verified" not in self._missing_fields:
            field_dict["is_verified"] = is_verified
        if verification_failures is not None or "verification_failures" not in self._missing_fields:
            field_dict["verification_failures"] = verification_failures
        if verification_attempts_count is not None or "verification_attempts_count" not in self._missing_fields:
            field_dict["verification_attempts_count"] = verification_attempts_count
        if language is not UNSET:
            field_dict["language"] = language
        if verification_attempts is not UNSET:
            field_dict["verification_attempts"] = verification_attempts
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        voice_verification_response = cls.__new__(cls)
        voice_verification_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return voice_verification_response

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


_read_requires_verification = plain_reader("requires_verification", (bool,), "a boolean", True)

_read_is_verified = plain_reader("is_verified", (bool,), "a boolean", True)

_read_verification_failures = plain_reader("verification_failures", (list,), "an array", True, ((str,), "a string"))

_read_verification_attempts_count = plain_reader("verification_attempts_count", (int,), "an integer", True)

_read_language = plain_reader(
    "language",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_verification_attempts(cls: type[VoiceVerificationResponse], d: Mapping[str, Any]) -> Any:
    verification_attempts_raw = d.get("verification_attempts", UNSET)
    try:

        def _parse_verification_attempts(data: object) -> list[VerificationAttemptResponse] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            verification_attempts_type_0 = []
            _verification_attempts_type_0 = data
            for verification_attempts_type_0_item_data in _verification_attempts_type_0:
                verification_attempts_type_0_item = VerificationAttemptResponse.from_dict(
                    verification_attempts_type_0_item_data
                )

                verification_attempts_type_0.append(verification_attempts_type_0_item)

            return verification_attempts_type_0

        verification_attempts = _parse_verification_attempts(verification_attempts_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        verification_attempts = deviating_field(cls, "verification_attempts", verification_attempts_raw)

    return verification_attempts


_FIELDS: frozenset[str] = frozenset(
    (
        "requires_verification",
        "is_verified",
        "verification_failures",
        "verification_attempts_count",
        "language",
        "verification_attempts",
    )
)


def _read_additional_properties(cls: type[VoiceVerificationResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[VoiceVerificationResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    requires_verification = d.get("requires_verification", MISSING)
    if requires_verification.__class__ is not bool:
        requires_verification = _read_requires_verification(cls, d)

    is_verified = d.get("is_verified", MISSING)
    if is_verified.__class__ is not bool:
        is_verified = _read_is_verified(cls, d)

    verification_failures = d.get("verification_failures", MISSING)
    if verification_failures.__class__ is not list:
        verification_failures = _read_verification_failures(cls, d)
    elif verification_failures.__class__ is list and verification_failures:
        check_items(cls, "verification_failures", verification_failures, (str,), "a string")

    verification_attempts_count = d.get("verification_attempts_count", MISSING)
    if verification_attempts_count.__class__ is not int:
        verification_attempts_count = _read_verification_attempts_count(cls, d)

    language = d.get("language", UNSET)
    if language.__class__ is not str and language is not None and language is not UNSET:
        language = _read_language(cls, d)

    if "verification_attempts" in known:
        verification_attempts = known["verification_attempts"]
    else:
        verification_attempts = d.get("verification_attempts", UNSET)
        if verification_attempts is not UNSET and verification_attempts is not None:
            verification_attempts = _read_verification_attempts(cls, d)

    return {
        "requires_verification": requires_verification,
        "is_verified": is_verified,
        "verification_failures": verification_failures,
        "verification_attempts_count": verification_attempts_count,
        "language": language,
        "verification_attempts": verification_attempts,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    VoiceVerificationResponse,
    _all_fields,
    {
        "requires_verification": _read_requires_verification,
        "is_verified": _read_is_verified,
        "verification_failures": _read_verification_failures,
        "verification_attempts_count": _read_verification_attempts_count,
        "language": _read_language,
        "verification_attempts": _read_verification_attempts,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.verification_attempt_response import VerificationAttemptResponse
