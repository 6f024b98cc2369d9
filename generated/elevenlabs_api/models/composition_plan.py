from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)


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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.audio_ref_chunk import AudioRefChunk
from ..models.generation_chunk_input import GenerationChunkInput
