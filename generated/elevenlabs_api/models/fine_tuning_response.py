from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    object_of,
    union,
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.fine_tuning_response_message_type_0 import FineTuningResponseMessageType0
from ..models.fine_tuning_response_progress_type_0 import FineTuningResponseProgressType0
from ..models.fine_tuning_response_state import FineTuningResponseState
from ..models.manual_verification_response import ManualVerificationResponse
from ..models.verification_attempt_response import VerificationAttemptResponse
