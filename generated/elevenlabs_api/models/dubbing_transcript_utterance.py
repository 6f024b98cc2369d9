from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, FLOAT, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class DubbingTranscriptUtterance(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text: Defaults to empty on the server.
    speaker_id: Defaults to 'unknown' on the server.
    start_s: Defaults to 0.0 on the server.
    end_s: Defaults to 0.0 on the server.
    """

    text: str | Unset = UNSET

    speaker_id: str | Unset = UNSET

    start_s: float | Unset = UNSET

    end_s: float | Unset = UNSET

    words: list[DubbingTranscriptWord] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR),
        Field("speaker_id", "speaker_id", STR),
        Field("start_s", "start_s", FLOAT),
        Field("end_s", "end_s", FLOAT),
        Field("words", "words", list_of(object_of("DubbingTranscriptWord"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DubbingTranscriptCharacter(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text: Defaults to empty on the server.
    start_s: Defaults to 0.0 on the server.
    end_s: Defaults to 0.0 on the server.
    """

    text: str | Unset = UNSET

    start_s: float | Unset = UNSET

    end_s: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR),
        Field("start_s", "start_s", FLOAT),
        Field("end_s", "end_s", FLOAT),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DubbingTranscriptWord(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text: Defaults to empty on the server.
    word_type: Defaults to 'unknown' on the server.
    start_s: Defaults to 0.0 on the server.
    end_s: Defaults to 0.0 on the server.
    """

    text: str | Unset = UNSET

    word_type: str | Unset = UNSET

    start_s: float | Unset = UNSET

    end_s: float | Unset = UNSET

    characters: list[DubbingTranscriptCharacter] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR),
        Field("word_type", "word_type", STR),
        Field("start_s", "start_s", FLOAT),
        Field("end_s", "end_s", FLOAT),
        Field("characters", "characters", list_of(object_of("DubbingTranscriptCharacter"))),
        Field("additional_properties", None, dict_of(ANY)),
    )
