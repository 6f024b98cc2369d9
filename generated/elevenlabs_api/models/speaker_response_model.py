from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    FLOAT,
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.utterance_response_model import UtteranceResponseModel
