from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, literal, object_of, union
from ..models._literals import DubbingTranscriptsResponseModelTranscriptFormatType0
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class DubbingTranscriptsResponseModel(Lazy, AdditionalProperties[Any]):
    transcript_format: DubbingTranscriptsResponseModelTranscriptFormatType0 | str

    srt: None | str | Unset = UNSET

    webvtt: None | str | Unset = UNSET

    json: DubbingTranscript | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "transcript_format",
            "transcript_format",
            union(literal("DubbingTranscriptsResponseModelTranscriptFormatType0"), STR),
            required=True,
        ),
        Field("srt", "srt", union(STR, NULL)),
        Field("webvtt", "webvtt", union(STR, NULL)),
        Field("json", "json", union(object_of("DubbingTranscript"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DubbingTranscript(Lazy, AdditionalProperties[Any]):
    language: str

    utterances: list[DubbingTranscriptUtterance]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("language", "language", STR, required=True),
        Field("utterances", "utterances", list_of(object_of("DubbingTranscriptUtterance")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_transcript_utterance import DubbingTranscriptUtterance
