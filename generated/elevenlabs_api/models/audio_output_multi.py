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
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AudioOutputMulti(Lazy, AdditionalProperties[Any]):
    """Server payload containing an audio chunk for a specific context.

    Attributes:
        audio: Base64 encoded audio chunk.
        context_id: The contextId for which this audio is.
    """

    audio: str

    normalized_alignment: None | NormalizedAlignment | Unset = UNSET

    alignment: Alignment | None | Unset = UNSET

    context_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("audio", "audio", STR, required=True),
        Field("normalized_alignment", "normalizedAlignment", union(object_of("NormalizedAlignment"), NULL)),
        Field("alignment", "alignment", union(object_of("Alignment"), NULL)),
        Field("context_id", "contextId", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.alignment import Alignment
from ..models.normalized_alignment import NormalizedAlignment
