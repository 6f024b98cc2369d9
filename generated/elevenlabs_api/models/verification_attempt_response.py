from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, BOOL, FLOAT, INT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class VerificationAttemptResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'accepted': True, 'date_unix': 1714204800, 'levenshtein_distance': 2, 'recording': {'mime_type': 'audio/mpeg',
        'recording_id': 'CwhRBWXzGAHq8TQ4Fs17', 'size_bytes': 1000000, 'transcription': 'Hello, how are you?',
        'upload_date_unix': 1714204800}, 'similarity': 0.95, 'text': 'Hello, how are you?'}

    Attributes:
        text: The text of the verification attempt.
        date_unix: The date of the verification attempt in Unix time.
        accepted: Whether the verification attempt was accepted.
        similarity: The similarity of the verification attempt.
        levenshtein_distance: The Levenshtein distance of the verification attempt.
        recording: The recording of the verification attempt.
    """

    text: str

    date_unix: int

    accepted: bool

    similarity: float

    levenshtein_distance: float

    recording: None | RecordingResponse | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("date_unix", "date_unix", INT, required=True),
        Field("accepted", "accepted", BOOL, required=True),
        Field("similarity", "similarity", FLOAT, required=True),
        Field("levenshtein_distance", "levenshtein_distance", FLOAT, required=True),
        Field("recording", "recording", union(object_of("RecordingResponse"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class RecordingResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'mime_type': 'audio/mpeg', 'recording_id': 'CwhRBWXzGAHq8TQ4Fs17', 'size_bytes': 1000000, 'transcription':
        'Hello, how are you?', 'upload_date_unix': 1714204800}

    Attributes:
        recording_id: The ID of the recording.
        mime_type: The MIME type of the recording.
        size_bytes: The size of the recording in bytes.
        upload_date_unix: The date of the recording in Unix time.
        transcription: The transcription of the recording.
    """

    recording_id: str

    mime_type: str

    size_bytes: int

    upload_date_unix: int

    transcription: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("recording_id", "recording_id", STR, required=True),
        Field("mime_type", "mime_type", STR, required=True),
        Field("size_bytes", "size_bytes", INT, required=True),
        Field("upload_date_unix", "upload_date_unix", INT, required=True),
        Field("transcription", "transcription", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
