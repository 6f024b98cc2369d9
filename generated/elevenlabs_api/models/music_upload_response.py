from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class MusicUploadResponse(Lazy, AdditionalProperties[Any]):
    """Response model for music upload endpoint.

    Example:
        {'song_id': 'jR4Xz8kL2mNpQ9wVtY1b'}

    Attributes:
        song_id: Unique identifier for the uploaded song
        composition_plan: The composition plan extracted from the uploaded song. Only present if
            `extract_composition_plan` was provided in the request body.
        words_timestamps: Word-level timestamps transcribed from the uploaded song. Only present if `with_timestamps`
            was True in the request body
    """

    song_id: str

    composition_plan: CompositionPlan | MusicPrompt | None | Unset = UNSET

    words_timestamps: list[WordTimestamp] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("song_id", "song_id", STR, required=True),
        Field(
            "composition_plan", "composition_plan", union(object_of("MusicPrompt"), object_of("CompositionPlan"), NULL)
        ),
        Field("words_timestamps", "words_timestamps", union(list_of(object_of("WordTimestamp")), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.composition_plan import CompositionPlan
from ..models.music_prompt import MusicPrompt
from ..models.word_timestamp import WordTimestamp
