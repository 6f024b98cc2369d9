from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    parse_strictly,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CompositionPlan")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CompositionPlan(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("chunks",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        composition_plan = cls.__new__(cls)
        composition_plan.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


def _read_chunks(cls: type[CompositionPlan], d: Mapping[str, Any]) -> Any:
    chunks_raw = d.get("chunks", MISSING)
    if chunks_raw is MISSING:
        chunks = missing_field(cls, "chunks")
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

    return chunks


_FIELDS: frozenset[str] = frozenset(("chunks",))


def _read_additional_properties(cls: type[CompositionPlan], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[CompositionPlan], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "chunks" in known:
        chunks = known["chunks"]
    else:
        chunks = _read_chunks(cls, d)

    return {
        "chunks": chunks,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CompositionPlan,
    _all_fields,
    {
        "chunks": _read_chunks,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.audio_ref_chunk import AudioRefChunk
from ..models.generation_chunk_input import GenerationChunkInput
