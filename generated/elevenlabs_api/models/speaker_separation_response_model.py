from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import SpeakerSeparationResponseModelStatusType0
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SpeakerSeparationResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'sample_id': 'DCwhRBWXzGAHq8TQ4Fs18', 'status': 'not_started', 'voice_id': 'DCwhRBWXzGAHq8TQ4Fs18'}

    Attributes:
        voice_id: The ID of the voice.
        sample_id: The ID of the sample.
        status: The status of the speaker separation.
        speakers: The speakers of the sample.
        selected_speaker_ids: The IDs of the selected speakers.
    """

    voice_id: str

    sample_id: str

    status: SpeakerSeparationResponseModelStatusType0 | str

    speakers: None | SpeakerSeparationResponseModelSpeakersType0 | Unset = UNSET

    selected_speaker_ids: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("voice_id", "voice_id", STR, required=True),
        Field("sample_id", "sample_id", STR, required=True),
        Field("status", "status", union(literal("SpeakerSeparationResponseModelStatusType0"), STR), required=True),
        Field("speakers", "speakers", union(object_of("SpeakerSeparationResponseModelSpeakersType0"), NULL)),
        Field("selected_speaker_ids", "selected_speaker_ids", union(list_of(STR), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SpeakerResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'duration_secs': 5.0, 'speaker_id': 'DCwhRBWXzGAHq8TQ4Fs18'}

    Attributes:
        speaker_id: The ID of the speaker.
        duration_secs: The duration of the speaker segment in seconds.
        utterances: The utterances of the speaker.
    """

    speaker_id: str

    duration_secs: float

    utterances: list[UtteranceResponseModel] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("speaker_id", "speaker_id", STR, required=True),
        Field("duration_secs", "duration_secs", FLOAT, required=True),
        Field("utterances", "utterances", union(list_of(object_of("UtteranceResponseModel")), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SpeakerSeparationResponseModelSpeakersType0(Lazy, AdditionalProperties["SpeakerResponseModel"]):
    additional_properties: dict[str, SpeakerResponseModel] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("SpeakerResponseModel"))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.utterance_response_model import UtteranceResponseModel
