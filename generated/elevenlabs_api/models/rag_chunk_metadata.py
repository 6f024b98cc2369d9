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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="RagChunkMetadata")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class RagChunkMetadata(Lazy):
    """Attributes:
    document_id (str):
    chunk_id (str):
    vector_distance (float):
    """

    document_id: str

    chunk_id: str

    vector_distance: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "document_id",
        "chunk_id",
        "vector_distance",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        document_id = self.document_id

        chunk_id = self.chunk_id

        vector_distance = self.vector_distance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if document_id is not None or "document_id" not in self._missing_fields:
            field_dict["document_id"] = document_id
        if chunk_id is not None or "chunk_id" not in self._missing_fields:
            field_dict["chunk_id"] = chunk_id
        if vector_distance is not None or "vector_distance" not in self._missing_fields:
            field_dict["vector_distance"] = vector_distance
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        rag_chunk_metadata = cls.__new__(cls)
        rag_chunk_metadata.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return rag_chunk_metadata

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


_read_document_id = plain_reader("document_id", (str,), "a string", True)

_read_chunk_id = plain_reader("chunk_id", (str,), "a string", True)

_read_vector_distance = plain_reader(
    "vector_distance",
    (
        float,
        int,
    ),
    "a number",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "document_id",
        "chunk_id",
        "vector_distance",
    )
)


def _read_additional_properties(cls: type[RagChunkMetadata], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[RagChunkMetadata], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    document_id = d.get("document_id", MISSING)
    if document_id.__class__ is not str:
        document_id = _read_document_id(cls, d)

    chunk_id = d.get("chunk_id", MISSING)
    if chunk_id.__class__ is not str:
        chunk_id = _read_chunk_id(cls, d)

    vector_distance = d.get("vector_distance", MISSING)
    if vector_distance.__class__ is not float and vector_distance.__class__ is not int:
        vector_distance = _read_vector_distance(cls, d)

    return {
        "document_id": document_id,
        "chunk_id": chunk_id,
        "vector_distance": vector_distance,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    RagChunkMetadata,
    _all_fields,
    {
        "document_id": _read_document_id,
        "chunk_id": _read_chunk_id,
        "vector_distance": _read_vector_distance,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
