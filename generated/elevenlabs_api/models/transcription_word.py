from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import TranscriptionWordType
from ..types import (
    ANY,
    FLOAT,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    literal,
)


@_attrs_define(slots=False)
class TranscriptionWord(Lazy, AdditionalProperties[Any]):
    """A word or the spacing between words, with its timing.

    Attributes:
        text: The word or spacing.
        start: When it starts, in seconds.
        end: When it ends, in seconds.
        type_: Whether an entry is a word or the spacing between words.
        speaker_id: The speaker, when known.
        logprob: The log probability of the word (0 is certain).
        characters: The word's characters.
    """

    text: str | Unset = UNSET

    start: float | Unset = UNSET

    end: float | Unset = UNSET

    type_: TranscriptionWordType | Unset = UNSET

    speaker_id: str | Unset = UNSET

    logprob: float | Unset = UNSET

    characters: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR),
        Field("start", "start", FLOAT),
        Field("end", "end", FLOAT),
        Field("type_", "type", literal("TranscriptionWordType")),
        Field("speaker_id", "speaker_id", STR),
        Field("logprob", "logprob", FLOAT),
        Field("characters", "characters", list_of(STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
