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
class TranscriptionOrderItemRequest(Lazy, AdditionalProperties[Any]):
    """Example:
        {'instructions': 'Use speaker labels where possible.', 'kind': 'transcription', 'media_ids':
        ['prodmedia_01jgatk6h0fwxrtbjade61yqhx', 'prodmedia_01jgb2zd68f8f9tfvbb968wb8z'], 'source_language': 'en',
        'verbatim': False}

    Attributes:
        media_ids: The IDs of the uploaded media files to transcribe.
        source_language: The language code of the source media (e.g. 'en', 'es').
        kind: The type of order item. Default: 'transcription'.
        verbatim: Whether to transcribe every word exactly, including filler words. Defaults to False on the server.
        instructions: Optional free-text instructions for the transcription team.
    """

    media_ids: list[str]

    source_language: str

    kind: Literal["transcription"] | Unset = _attrs_field(
        default="transcription",
        kw_only=True,
        validator=types.tag("TranscriptionOrderItemRequest", "kind", "transcription"),
    )

    verbatim: bool | Unset = UNSET

    instructions: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("media_ids", "media_ids", list_of(STR), required=True),
        Field("source_language", "source_language", STR, required=True),
        Field("kind", "kind", const("transcription")),
        Field("verbatim", "verbatim", BOOL),
        Field("instructions", "instructions", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
