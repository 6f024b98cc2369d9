from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AudioOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    audio: A generated partial audio chunk, encoded using the selected output_format, by default this
        is MP3 encoded as a base64 string.
    normalized_alignment: Alignment information for the generated audio given the input normalized text sequence.
    alignment: Alignment information for the generated audio given the input text sequence.
    """

    audio: str

    normalized_alignment: NormalizedAlignment | Unset = UNSET

    alignment: Alignment | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("audio", "audio", STR, required=True),
        Field("normalized_alignment", "normalizedAlignment", object_of("NormalizedAlignment")),
        Field("alignment", "alignment", object_of("Alignment")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.alignment import Alignment
from ..models.normalized_alignment import NormalizedAlignment
