from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
    parse_strictly,
)

T = TypeVar("T", bound="CompositionPlan")


@_attrs_define
class CompositionPlan:
    """Composition plan for the `music_v2` model. Using this field with any other model will result in an error.

    Example:
        {'chunks': [{'duration_ms': 15000, 'positive_styles': ['pop', 'warm synths', 'steady groove', 'layered
        harmonies'], 'text': '[Verse]\\nCity lights are fading\\nWe keep moving through the night'}, {'duration_ms':
        15000, 'positive_styles': ['uplifting', 'bigger drums', 'wide vocals'], 'text': '[Chorus]\\nHold on to the
        feeling\\n{very loud}Let it rise and come alive'}, {'duration_ms': 5000, 'positive_styles': ['gentle ending',
        'soft pads'], 'text': '[Instrumental Outro]'}]}

    Attributes:
        chunks (list[AudioRefChunk | GenerationChunkInput]): The chunks that make up the generation.
    """

    chunks: list[AudioRefChunk | GenerationChunkInput]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        chunks: Any
        try:
            chunks = []
            for chunks_item_data in self.chunks:
                chunks_item: dict[str, Any]
                if isinstance(chunks_item_data, GenerationChunkInput) or isinstance(chunks_item_data, AudioRefChunk):
                    chunks_item = chunks_item_data.to_dict()
                else:
                    chunks_item = chunks_item_data

                chunks.append(chunks_item)

        except (AttributeError, TypeError):
            chunks = self.chunks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if chunks is not None or "chunks" not in self._missing_fields:
            field_dict["chunks"] = chunks
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        chunks_raw = d.pop("chunks", MISSING)
        if chunks_raw is MISSING:
            chunks = missing_field(cls, "chunks")
            _missing += ("chunks",)
        else:
            try:
                expect_array("chunks", chunks_raw)
                chunks = []
                _chunks = chunks_raw
                for chunks_item_data in _chunks:

                    def _parse_chunks_item(data: object) -> AudioRefChunk | GenerationChunkInput:
                        return parse_strictly(_parse_chunks_item_member, data)

                    def _parse_chunks_item_member(data: object) -> AudioRefChunk | GenerationChunkInput:
                        if isinstance(data, dict):
                            for known in (
                                GenerationChunkInput,
                                AudioRefChunk,
                            ):
                                kind = getattr(known, "_kind", None)
                                if kind is not None and data.get(kind[0]) == kind[1]:
                                    return known.from_dict(data)

                        try:
                            if not isinstance(data, dict):
                                raise TypeError(f"got {type(data).__name__}")
                            chunks_item_type_0 = GenerationChunkInput.from_dict(data)

                            return chunks_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        chunks_item_type_1 = AudioRefChunk.from_dict(data)

                        return chunks_item_type_1

                    chunks_item = _parse_chunks_item(chunks_item_data)

                    chunks.append(chunks_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                chunks = deviating_field(cls, "chunks", chunks_raw)

        composition_plan = cls(
            chunks=chunks,
        )
        if _missing:
            composition_plan._missing_fields = _missing
        composition_plan.additional_properties = d
        return composition_plan

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.audio_ref_chunk import AudioRefChunk
from ..models.generation_chunk_input import GenerationChunkInput
