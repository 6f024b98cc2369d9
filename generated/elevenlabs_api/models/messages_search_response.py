from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
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
class MessagesSearchResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    has_more: Whether there are more results available
    next_cursor: Cursor for the next page of results
    """

    results: list[MessagesSearchResult]

    has_more: bool

    meta: ListResponseMeta | Unset = UNSET

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("results", "results", list_of(object_of("MessagesSearchResult")), required=True),
        Field("has_more", "has_more", BOOL, required=True),
        Field("meta", "meta", object_of("ListResponseMeta")),
        Field("next_cursor", "next_cursor", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class MessagesSearchResult(Lazy, AdditionalProperties[Any]):
    """transcript_index: index of the message in the conversation transcript
    chunk_text: text of the transcript; transcript messages if very long could have several chunks.
    chunk_highlights: chunk_text split into matched/unmatched segments for highlighting.
        Only populated for keyword/text search, not semantic search.
    score: similarity score of the message to the search query

    """

    conversation_id: str

    agent_id: str

    transcript_index: int

    chunk_text: str

    score: float

    conversation_start_time_unix_secs: int

    agent_name: None | str | Unset = UNSET

    chunk_highlights: list[SearchHighlightSegment] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("conversation_id", "conversation_id", STR, required=True),
        Field("agent_id", "agent_id", STR, required=True),
        Field("transcript_index", "transcript_index", INT, required=True),
        Field("chunk_text", "chunk_text", STR, required=True),
        Field("score", "score", FLOAT, required=True),
        Field("conversation_start_time_unix_secs", "conversation_start_time_unix_secs", INT, required=True),
        Field("agent_name", "agent_name", union(STR, NULL)),
        Field("chunk_highlights", "chunk_highlights", union(list_of(object_of("SearchHighlightSegment")), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.list_response_meta import ListResponseMeta
from ..models.search_highlight_segment import SearchHighlightSegment
