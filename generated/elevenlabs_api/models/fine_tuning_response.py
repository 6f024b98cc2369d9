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
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="FineTuningResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class FineTuningResponse(Lazy):
    """Example:
        {'is_allowed_to_fine_tune': True, 'manual_verification_requested': False, 'state': {'eleven_multilingual_v2':
        'fine_tuned'}, 'verification_attempts_count': 2, 'verification_failures': []}

    Attributes:
        is_allowed_to_fine_tune (bool): Whether the user is allowed to fine-tune the voice.
        state (FineTuningResponseState): The state of the fine-tuning process for each model.
        verification_failures (list[str]): List of verification failures in the fine-tuning process.
        verification_attempts_count (int): The number of verification attempts in the fine-tuning process.
        manual_verification_requested (bool): Whether a manual verification was requested for the fine-tuning process.
        language (None | str | Unset): The language of the fine-tuning process.
        progress (FineTuningResponseProgressType0 | None | Unset): The progress of the fine-tuning process.
        message (FineTuningResponseMessageType0 | None | Unset): The message of the fine-tuning process.
        dataset_duration_seconds (float | None | Unset): The duration of the dataset in seconds.
        verification_attempts (list[VerificationAttemptResponse] | None | Unset): The number of verification attempts.
        slice_ids (list[str] | None | Unset): List of slice IDs.
        manual_verification (ManualVerificationResponse | None | Unset): The manual verification of the fine-tuning
            process.
        max_verification_attempts (int | None | Unset): The maximum number of verification attempts.
        next_max_verification_attempts_reset_unix_ms (int | None | Unset): The next maximum verification attempts reset
            time in Unix milliseconds.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "is_allowed_to_fine_tune",
        "state",
        "verification_failures",
        "verification_attempts_count",
        "manual_verification_requested",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        is_allowed_to_fine_tune = self.is_allowed_to_fine_tune

        state: Any
        try:
            state = self.state.to_dict()
        except (AttributeError, TypeError):
            state = self.state

        verification_failures: Any
        try:
            verification_failures = self.verification_failures

        except (AttributeError, TypeError):
            verification_failures = self.verification_failures

        verification_attempts_count = self.verification_attempts_count

        manual_verification_requested = self.manual_verification_requested

        language: Any
        try:
            language = self.language

        except (AttributeError, TypeError):
            language = self.language

        progress: Any
        try:
            if isinstance(self.progress, Unset):
                progress = UNSET
            elif isinstance(self.progress, FineTuningResponseProgressType0):
                progress = self.progress.to_dict()
            else:
                progress = self.progress

        except (AttributeError, TypeError):
            progress = self.progress

        message: Any
        try:
            if isinstance(self.message, Unset):
                message = UNSET
            elif isinstance(self.message, FineTuningResponseMessageType0):
                message = self.message.to_dict()
            else:
                message = self.message

        except (AttributeError, TypeError):
            message = self.message

        dataset_duration_seconds: Any
        try:
            dataset_duration_seconds = self.dataset_duration_seconds

        except (AttributeError, TypeError):
            dataset_duration_seconds = self.dataset_duration_seconds

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

        slice_ids: Any
        try:
            if isinstance(self.slice_ids, Unset):
                slice_ids = UNSET
            elif isinstance(self.slice_ids, list):
                slice_ids = self.slice_ids

            else:
                slice_ids = self.slice_ids

        except (AttributeError, TypeError):
            slice_ids = self.slice_ids

        manual_verification: Any
        try:
            if isinstance(self.manual_verification, Unset):
                manual_verification = UNSET
            elif isinstance(self.manual_verification, ManualVerificationResponse):
                manual_verification = self.manual_verification.to_dict()
            else:
                manual_verification = self.manual_verification

        except (AttributeError, TypeError):
            manual_verification = self.manual_verification

        max_verification_attempts: Any
        try:
            max_verification_attempts = self.max_verification_attempts

        except (AttributeError, TypeError):
            max_verification_attempts = self.max_verification_attempts

        next_max_verification_attempts_reset_unix_ms: Any
        try:
            next_max_verification_attempts_reset_unix_ms = self.next_max_verification_attempts_reset_unix_ms

        except (AttributeError, TypeError):
            next_max_verification_attempts_reset_unix_ms = self.next_max_verification_attempts_reset_unix_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_allowed_to_fine_tune is not None or "is_allowed_to_fine_tune" not in self._missing_fields:
            field_dict["is_allowed_to_fine_tune"] = is_allowed_to_fine_tune
        if state is not None or "state" not in self._missing_fields:
            field_dict["state"] = state
        if verification_failures is not None or "verification_failures" not in self._missing_fields:
            field_dict["verification_failures"] = verification_failures
        if verification_attempts_count is not None or "verification_attempts_count" not in self._missing_fields:
            field_dict["verification_attempts_count"] = verification_attempts_count
        if manual_verification_requested is not None or "manual_verification_requested" not in self._missing_fields:
            field_dict["manual_verification_requested"] = manual_verification_requested
        if language is not UNSET:
            field_dict["language"] = language
        if progress is not UNSET:
            field_dict["progress"] = progress
        if message is not UNSET:
            field_dict["message"] = message
        if dataset_duration_seconds is not UNSET:
            field_dict["dataset_duration_seconds"] = dataset_duration_seconds
        if verification_attempts is not UNSET:
            field_dict["verification_attempts"] = verification_attempts
        if slice_ids is not UNSET:
            field_dict["slice_ids"] = slice_ids
        if manual_verification is not UNSET:
            field_dict["manual_verification"] = manual_verification
        if max_verification_attempts is not UNSET:
            field_dict["max_verification_attempts"] = max_verification_attempts
        if next_max_verification_attempts_reset_unix_ms is not UNSET:
            field_dict["next_max_verification_attempts_reset_unix_ms"] = next_max_verification_attempts_reset_unix_ms
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        fine_tuning_response = cls.__new__(cls)
        fine_tuning_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return fine_tuning_response

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


_read_is_allowed_to_fine_tune = plain_reader("is_allowed_to_fine_tune", (bool,), "a boolean", True)


def _read_state(cls: type[FineTuningResponse], d: Mapping[str, Any]) -> Any:
    state_raw = d.get("state", MISSING)
    if state_raw is MISSING:
        state = missing_field(cls, "state")
    else:
        try:
            state = FineTuningResponseState.from_dict(state_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            state = deviating_field(cls, "state", state_raw)

    return state


_read_verification_failures = plain_reader("verification_failures", (list,), "an array", True, ((str,), "a string"))

_read_verification_attempts_count = plain_reader("verification_attempts_count", (int,), "an integer", True)

_read_manual_verification_requested = plain_reader("manual_verification_requested", (bool,), "a boolean", True)

_read_language = plain_reader(
    "language",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_progress(cls: type[FineTuningResponse], d: Mapping[str, Any]) -> Any:
    progress_raw = d.get("progress", UNSET)
    try:

        def _parse_progress(data: object) -> FineTuningResponseProgressType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            progress_type_0 = FineTuningResponseProgressType0.from_dict(data)

            return progress_type_0

        progress = _parse_progress(progress_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        progress = deviating_field(cls, "progress", progress_raw)

    return progress


def _read_message(cls: type[FineTuningResponse], d: Mapping[str, Any]) -> Any:
    message_raw = d.get("message", UNSET)
    try:

        def _parse_message(data: object) -> FineTuningResponseMessageType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            message_type_0 = FineTuningResponseMessageType0.from_dict(data)

            return message_type_0

        message = _parse_message(message_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        message = deviating_field(cls, "message", message_raw)

    return message


_read_dataset_duration_seconds = plain_reader(
    "dataset_duration_seconds",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


def _read_verification_attempts(cls: type[FineTuningResponse], d: Mapping[str, Any]) -> Any:
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


_read_slice_ids = plain_reader(
    "slice_ids",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


def _read_manual_verification(cls: type[FineTuningResponse], d: Mapping[str, Any]) -> Any:
    manual_verification_raw = d.get("manual_verification", UNSET)
    try:

        def _parse_manual_verification(data: object) -> ManualVerificationResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            manual_verification_type_0 = ManualVerificationResponse.from_dict(data)

            return manual_verification_type_0

        manual_verification = _parse_manual_verification(manual_verification_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        manual_verification = deviating_field(cls, "manual_verification", manual_verification_raw)

    return manual_verification


_read_max_verification_attempts = plain_reader(
    "max_verification_attempts",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_next_max_verification_attempts_reset_unix_ms = plain_reader(
    "next_max_verification_attempts_reset_unix_ms",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "is_allowed_to_fine_tune",
        "state",
        "verification_failures",
        "verification_attempts_count",
        "manual_verification_requested",
        "language",
        "progress",
        "message",
        "dataset_duration_seconds",
        "verification_attempts",
        "slice_ids",
        "manual_verification",
        "max_verification_attempts",
        "next_max_verification_attempts_reset_unix_ms",
    )
)


def _read_additional_properties(cls: type[FineTuningResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[FineTuningResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    is_allowed_to_fine_tune = d.get("is_allowed_to_fine_tune", MISSING)
    if is_allowed_to_fine_tune.__class__ is not bool:
        is_allowed_to_fine_tune = _read_is_allowed_to_fine_tune(cls, d)

    if "state" in known:
        state = known["state"]
    else:
        state = _read_state(cls, d)

    verification_failures = d.get("verification_failures", MISSING)
    if verification_failures.__class__ is not list:
        verification_failures = _read_verification_failures(cls, d)
    elif verification_failures.__class__ is list and verification_failures:
        check_items(cls, "verification_failures", verification_failures, (str,), "a string")

    verification_attempts_count = d.get("verification_attempts_count", MISSING)
    if verification_attempts_count.__class__ is not int:
        verification_attempts_count = _read_verification_attempts_count(cls, d)

    manual_verification_requested = d.get("manual_verification_requested", MISSING)
    if manual_verification_requested.__class__ is not bool:
        manual_verification_requested = _read_manual_verification_requested(cls, d)

    language = d.get("language", UNSET)
    if language.__class__ is not str and language is not None and language is not UNSET:
        language = _read_language(cls, d)

    if "progress" in known:
        progress = known["progress"]
    else:
        progress = d.get("progress", UNSET)
        if progress is not UNSET and progress is not None:
            progress = _read_progress(cls, d)

    if "message" in known:
        message = known["message"]
    else:
        message = d.get("message", UNSET)
        if message is not UNSET and message is not None:
            message = _read_message(cls, d)

    dataset_duration_seconds = d.get("dataset_duration_seconds", UNSET)
    if (
        dataset_duration_seconds.__class__ is not float
        and dataset_duration_seconds.__class__ is not int
        and dataset_duration_seconds is not None
        and dataset_duration_seconds is not UNSET
    ):
        dataset_duration_seconds = _read_dataset_duration_seconds(cls, d)

    if "verification_attempts" in known:
        verification_attempts = known["verification_attempts"]
    else:
        verification_attempts = d.get("verification_attempts", UNSET)
        if verification_attempts is not UNSET and verification_attempts is not None:
            verification_attempts = _read_verification_attempts(cls, d)

    slice_ids = d.get("slice_ids", UNSET)
    if slice_ids.__class__ is not list and slice_ids is not None and slice_ids is not UNSET:
        slice_ids = _read_slice_ids(cls, d)
    elif slice_ids.__class__ is list and slice_ids:
        check_items(cls, "slice_ids", slice_ids, (str,), "a string")

    if "manual_verification" in known:
        manual_verification = known["manual_verification"]
    else:
        manual_verification = d.get("manual_verification", UNSET)
        if manual_verification is not UNSET and manual_verification is not None:
            manual_verification = _read_manual_verification(cls, d)

    max_verification_attempts = d.get("max_verification_attempts", UNSET)
    if (
        max_verification_attempts.__class__ is not int
        and max_verification_attempts is not None
        and max_verification_attempts is not UNSET
    ):
        max_verification_attempts = _read_max_verification_attempts(cls, d)

    next_max_verification_attempts_reset_unix_ms = d.get("next_max_verification_attempts_reset_unix_ms", UNSET)
    if (
        next_max_verification_attempts_reset_unix_ms.__class__ is not int
        and next_max_verification_attempts_reset_unix_ms is not None
        and next_max_verification_attempts_reset_unix_ms is not UNSET
    ):
        next_max_verification_attempts_reset_unix_ms = _read_next_max_verification_attempts_reset_unix_ms(cls, d)

    return {
        "is_allowed_to_fine_tune": is_allowed_to_fine_tune,
        "state": state,
        "verification_failures": verification_failures,
        "verification_attempts_count": verification_attempts_count,
        "manual_verification_requested": manual_verification_requested,
        "language": language,
        "progress": progress,
        "message": message,
        "dataset_duration_seconds": dataset_duration_seconds,
        "verification_attempts": verification_attempts,
        "slice_ids": slice_ids,
        "manual_verification": manual_verification,
        "max_verification_attempts": max_verification_attempts,
        "next_max_verification_attempts_reset_unix_ms": next_max_verification_attempts_reset_unix_ms,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    FineTuningResponse,
    _all_fields,
    {
        "is_allowed_to_fine_tune": _read_is_allowed_to_fine_tune,
        "state": _read_state,
        "verification_failures": _read_verification_failures,
        "verification_attempts_count": _read_verification_attempts_count,
        "manual_verification_requested": _read_manual_verification_requested,
        "language": _read_language,
        "progress": _read_progress,
        "message": _read_message,
        "dataset_duration_seconds": _read_dataset_duration_seconds,
        "verification_attempts": _read_verification_attempts,
        "slice_ids": _read_slice_ids,
        "manual_verification": _read_manual_verification,
        "max_verification_attempts": _read_max_verification_attempts,
        "next_max_verification_attempts_reset_unix_ms": _read_next_max_verification_attempts_reset_unix_ms,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.fine_tuning_response_message_type_0 import FineTuningResponseMessageType0
from ..models.fine_tuning_response_progress_type_0 import FineTuningResponseProgressType0
from ..models.fine_tuning_response_state import FineTuningResponseState
from ..models.manual_verification_response import ManualVerificationResponse
from ..models.verification_attempt_response import VerificationAttemptResponse
