from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
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
from ..models._literals import GenerationChunkInputConditionStrengthType0, GenerationChunkInputContextAdherenceType0
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CompositionPlan(Lazy, AdditionalProperties[Any]):
    """Composition plan for the `music_v2` model. Using this field with any other model will result in an error.

    Example:
        {'chunks': [{'duration_ms': 15000, 'positive_styles': ['pop', 'warm synths', 'steady groove', 'layered
        harmonies'], 'text': '[Verse]\\nCity lights are fading\\nWe keep moving through the night'}, {'duration_ms':
        15000, 'positive_styles': ['uplifting', 'bigger drums', 'wide vocals'], 'text': '[Chorus]\\nHold on to the
        feeling\\n{very loud}Let it rise and come alive'}, {'duration_ms': 5000, 'positive_styles': ['gentle ending',
        'soft pads'], 'text': '[Instrumental Outro]'}]}

    Attributes:
        chunks: The chunks that make up the generation.
    """

    chunks: list[AudioRefChunk | GenerationChunkInput]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "chunks",
            "chunks",
            list_of(union(object_of("GenerationChunkInput"), object_of("AudioRefChunk"))),
            required=True,
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class GenerationChunkInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text: The text config to be generated for this chunk. Can contain section name in square brackets, e.g. [Verse
        1], lyrics lines, and inline directions in curly braces, e.g. {scratching}.
    duration_ms: The duration of the chunk in milliseconds. Must be between 3000ms and 120000ms.
    positive_styles: The styles and musical directions that should be present in this chunk. Use English language
        for best results. The styles for the first chunk are the most important as they set the overall tone and genre.
        Styles for subsequent chunks can be used to add nuance, progression, emphasis, or change the direction of the
        song. Aim to have at least 6-7 styles in early chunks until the direction is established. Generic styles like
        'great production quality' are good default styles to append to the list.
    negative_styles: The styles and musical directions that should not be present in this chunk. Use English
        language for best results. Leaving empty is a good default, only use this field if you want to explicitly avoid
        a particular style or direction.
    context_adherence: How much the model adheres to the context of its surrounding chunks. Low adherence means the
        model can deviate from the context and be more creative. High adherence means the model will be more consistent
        with the context. Defaults to 'high' on the server.
    conditioning_ref: The audio reference to condition the generation on. The first chunk is the most important as
        it will influence the generation of all subsequent chunks. Thus, if you want to apply conditioning to the entire
        song, start conditioning from the first chunk.
    condition_strength: How strongly the model adheres to the conditioning reference. Low strength means the model
        will be more creative and deviate from the reference. High strength means the model will be more consistent with
        the reference.
    """

    text: str

    duration_ms: int

    positive_styles: list[str]

    negative_styles: list[str] | Unset = UNSET

    context_adherence: GenerationChunkInputContextAdherenceType0 | str | Unset = UNSET

    conditioning_ref: AudioRefChunk | None | Unset = UNSET

    condition_strength: GenerationChunkInputConditionStrengthType0 | None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("duration_ms", "duration_ms", INT, required=True),
        Field("positive_styles", "positive_styles", list_of(STR), required=True),
        Field("negative_styles", "negative_styles", list_of(STR)),
        Field(
            "context_adherence", "context_adherence", union(literal("GenerationChunkInputContextAdherenceType0"), STR)
        ),
        Field("conditioning_ref", "conditioning_ref", union(object_of("AudioRefChunk"), NULL)),
        Field(
            "condition_strength",
            "condition_strength",
            union(literal("GenerationChunkInputConditionStrengthType0"), NULL, STR),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.audio_ref_chunk import AudioRefChunk
