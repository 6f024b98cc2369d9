from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    SpeakerSeparationResponseModelStatusType0,
)
from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)


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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.speaker_separation_response_model_speakers_type_0 import SpeakerSeparationResponseModelSpeakersType0
