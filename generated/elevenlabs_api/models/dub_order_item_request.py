from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class DubOrderItemRequest(Lazy, AdditionalProperties[Any]):
    """Example:
        {'captions_sdh': False, 'destination_languages': ['hi', 'fr-FR', 'de'], 'include_captions': True,
        'include_source_captions': False, 'instructions': "Voices don't need to match the originals, prioritize native-
        sounding voices", 'kind': 'dub', 'media_id': 'prodmedia_01jgatk6h0fwxrtbjade61yqhx', 'source_language': 'en'}

    Attributes:
        source_language: The language code of the source media (e.g. 'en', 'es').
        destination_languages: List of target language codes to dub the media into.
        include_captions: Whether to generate captions for the dubbed outputs.
        include_source_captions: Whether to generate captions for the source language.
        kind: The type of order item. Default: 'dub'.
        instructions: Optional free-text instructions for the dubbing team.
        captions_sdh: Whether captions should use SDH format, which includes descriptions for deaf and hard-of-hearing
            viewers.
    """

    media_id: str

    source_language: str

    destination_languages: list[str]

    include_captions: bool

    include_source_captions: bool

    kind: Literal["dub"] | Unset = _attrs_field(
        default="dub",
        kw_only=True,
        validator=types.tag("DubOrderItemRequest", "kind", "dub"),
    )

    instructions: None | str | Unset = UNSET

    captions_sdh: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("media_id", "media_id", STR, required=True),
        Field("source_language", "source_language", STR, required=True),
        Field("destination_languages", "destination_languages", list_of(STR), required=True),
        Field("include_captions", "include_captions", BOOL, required=True),
        Field("include_source_captions", "include_source_captions", BOOL, required=True),
        Field("kind", "kind", const("dub")),
        Field("instructions", "instructions", union(STR, NULL)),
        Field("captions_sdh", "captions_sdh", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
