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
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class VoiceSample(Lazy, AdditionalProperties[Any]):
    """Example:
        {'file_name': 'sample.mp3', 'hash': '1234567890', 'mime_type': 'audio/mpeg', 'sample_id':
        'DCwhRBWXzGAHq8TQ4Fs18', 'size_bytes': 1000000}

    Attributes:
        sample_id: The ID of the sample.
        file_name: The name of the sample file.
        mime_type: The MIME type of the sample file.
        size_bytes: The size of the sample file in bytes.
        hash_: The hash of the sample file.
    """

    sample_id: str

    file_name: str

    mime_type: str

    size_bytes: int

    hash_: str

    duration_secs: float | None | Unset = UNSET

    remove_background_noise: bool | None | Unset = UNSET

    has_isolated_audio: bool | None | Unset = UNSET

    has_isolated_audio_preview: bool | None | Unset = UNSET

    speaker_separation: None | SpeakerSeparationResponseModel | Unset = UNSET

    trim_start: int | None | Unset = UNSET

    trim_end: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("sample_id", "sample_id", STR, required=True),
        Field("file_name", "file_name", STR, required=True),
        Field("mime_type", "mime_type", STR, required=True),
        Field("size_bytes", "size_bytes", INT, required=True),
        Field("hash_", "hash", STR, required=True),
        Field("duration_secs", "duration_secs", union(FLOAT, NULL)),
        Field("remove_background_noise", "remove_background_noise", union(BOOL, NULL)),
        Field("has_isolated_audio", "has_isolated_audio", union(BOOL, NULL)),
        Field("has_isolated_audio_preview", "has_isolated_audio_preview", union(BOOL, NULL)),
        Field("speaker_separation", "speaker_separation", union(object_of("SpeakerSeparationResponseModel"), NULL)),
        Field("trim_start", "trim_start", union(INT, NULL)),
        Field("trim_end", "trim_end", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.speaker_separation_response_model import SpeakerSeparationResponseModel
