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
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="VerificationAttemptResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VerificationAttemptResponse(Lazy):
    """Example:
        {'accepted': True, 'date_unix': 1714204800, 'levenshtein_distance': 2, 'recording': {'mime_type': 'audio/mpeg',
        'recording_id': 'CwhRBWXzGAHq8TQ4Fs17', 'size_bytes': 1000000, 'transcription': 'Hello, how are you?',
        'upload_date_unix': 1714204800}, 'similarity': 0.95, 'text': 'Hello, how are you?'}

    Attributes:
        text (str): The text of the verification attempt.
        date_unix (int): The date of the verification attempt in Unix time.
        accepted (bool): Whether the verification attempt was accepted.
        similarity (float): The similarity of the verification attempt.
        levenshtein_distance (float): The Levenshtein distance of the verification attempt.
        recording (None | RecordingResponse | Unset): The recording of the verification attempt.
    """

    text: str

    date_unix: int

    accepted: bool

    similarity: float

    levenshtein_distance: float

    recording: None | RecordingResponse | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "text",
        "date_unix",
        "accepted",
        "similarity",
        "levenshtein_distance",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text = self.text

        date_unix = self.date_unix

        accepted = self.accepted

        similarity = self.similarity

        levenshtein_distance = self.levenshtein_distance

        recording: Any
        try:
            if isinstance(self.recording, Unset):
                recording = UNSET
            elif isinstance(self.recording, RecordingResponse):
                recording = self.recording.to_dict()
            else:
                recording = self.recording

        except (AttributeError, TypeError):
            recording = self.recording

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if date_unix is not None or "date_unix" not in self._missing_fields:
            field_dict["date_unix"] = date_unix
        if accepted is not None or "accepted" not in self._missing_fields:
            field_dict["accepted"] = accepted
        if similarity is not None or "similarity" not in self._missing_fields:
            field_dict["similarity"] = similarity
        if levenshtein_distance is not None or "levenshtein_distance" not in self._missing_fields:
            field_dict["levenshtein_distance"] = levenshtein_distance
        if recording is not UNSET:
            field_dict["recording"] = recording
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        verification_attempt_response = cls.__new__(cls)
        verification_attempt_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return verification_attempt_response

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


_read_text = plain_reader("text", (str,), "a string", True)

_read_date_unix = plain_reader("date_unix", (int,), "an integer", True)

_read_accepted = plain_reader("accepted", (bool,), "a boolean", True)

_read_similarity = plain_reader(
    "similarity",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_levenshtein_distance = plain_reader(
    "levenshtein_distance",
    (
        float,
        int,
    ),
    "a number",
    True,
)


def _read_recording(cls: type[VerificationAttemptResponse], d: Mapping[str, Any]) -> Any:
    recording_raw = d.get("recording", UNSET)
    try:

        def _parse_recording(data: object) -> None | RecordingResponse | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            recording_type_0 = RecordingResponse.from_dict(data)

            return recording_type_0

        recording = _parse_recording(recording_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        recording = deviating_field(cls, "recording", recording_raw)

    return recording


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "date_unix",
        "accepted",
        "similarity",
        "levenshtein_distance",
        "recording",
    )
)


def _read_additional_properties(cls: type[VerificationAttemptResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[VerificationAttemptResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    date_unix = d.get("date_unix", MISSING)
    if date_unix.__class__ is not int:
        date_unix = _read_date_unix(cls, d)

    accepted = d.get("accepted", MISSING)
    if accepted.__class__ is not bool:
        accepted = _read_accepted(cls, d)

    similarity = d.get("similarity", MISSING)
    if similarity.__class__ is not float and similarity.__class__ is not int:
        similarity = _read_similarity(cls, d)

    levenshtein_distance = d.get("levenshtein_distance", MISSING)
    if levenshtein_distance.__class__ is not float and levenshtein_distance.__class__ is not int:
        levenshtein_distance = _read_levenshtein_distance(cls, d)

    if "recording" in known:
        recording = known["recording"]
    else:
        recording = d.get("recording", UNSET)
        if recording is not UNSET and recording is not None:
            recording = _read_recording(cls, d)

    return {
        "text": text,
        "date_unix": date_unix,
        "accepted": accepted,
        "similarity": similarity,
        "levenshtein_distance": levenshtein_distance,
        "recording": recording,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    VerificationAttemptResponse,
    _all_fields,
    {
        "text": _read_text,
        "date_unix": _read_date_unix,
        "accepted": _read_accepted,
        "similarity": _read_similarity,
        "levenshtein_distance": _read_levenshtein_distance,
        "recording": _read_recording,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.recording_response import RecordingResponse
