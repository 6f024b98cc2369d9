from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="MessagesSearchResult")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class MessagesSearchResult(Lazy):
    """transcript_index: index of the message in the conversation transcript
    chunk_text: text of the transcript; transcript messages if very long could have several chunks.
    chunk_highlights: chunk_text split into matched/unmatched segments for highlighting.
        Only populated for keyword/text search, not semantic search.
    score: similarity score of the message to the search query

    Attributes:
        conversation_id (str):
        agent_id (str):
        transcript_index (int):
        chunk_text (str):
        score (float):
        conversation_start_time_unix_secs (int):
        agent_name (None | str | Unset):
        chunk_highlights (list[SearchHighlightSegment] | None | Unset):
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "conversation_id",
        "agent_id",
        "transcript_index",
        "chunk_text",
        "score",
        "conversation_start_time_unix_secs",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        conversation_id = self.conversation_id

        agent_id = self.agent_id

        transcript_index = self.transcript_index

        chunk_text = self.chunk_text

        score = self.score

        conversation_start_time_unix_secs = self.conversation_start_time_unix_secs

        agent_name: Any
        try:
            agent_name = self.agent_name

        except (AttributeError, TypeError):
            agent_name = self.agent_name

        chunk_highlights: Any
        try:
            if isinstance(self.chunk_highlights, Unset):
                chunk_highlights = UNSET
            elif isinstance(self.chunk_highlights, list):
                chunk_highlights = []
                for chunk_highlights_type_0_item_data in self.chunk_highlights:
                    chunk_highlights_type_0_item = chunk_highlights_type_0_item_data.to_dict()
                    chunk_highlights.append(chunk_highlights_type_0_item)

            else:
                chunk_highlights = self.chunk_highlights

        except (AttributeError, TypeError):
            chunk_highlights = self.chunk_highlights

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if conversation_id is not None or "conversation_id" not in self._missing_fields:
            field_dict["conversation_id"] = conversation_id
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if transcript_index is not None or "transcript_index" not in self._missing_fields:
            field_dict["transcript_index"] = transcript_index
        if chunk_text is not None or "chunk_text" not in self._missing_fields:
            field_dict["chunk_text"] = chunk_text
        if score is not None or "score" not in self._missing_fields:
            field_dict["score"] = score
        if (
            conversation_start_time_unix_secs is not None
            or "conversation_start_time_unix_secs" not in self._missing_fields
        ):
            field_dict["conversation_start_time_unix_secs"] = conversation_start_time_unix_secs
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if chunk_highlights is not UNSET:
            field_dict["chunk_highlights"] = chunk_highlights
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        messages_search_result = cls.__new__(cls)
        messages_search_result.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return messages_search_result

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


_read_conversation_id = plain_reader("conversation_id", (str,), "a string", True)

_read_agent_id = plain_reader("agent_id", (str,), "a string", True)

_read_transcript_index = plain_reader("transcript_index", (int,), "an integer", True)

_read_chunk_text = plain_reader("chunk_text", (str,), "a string", True)

_read_score = plain_reader(
    "score",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_conversation_start_time_unix_secs = plain_reader("conversation_start_time_unix_secs", (int,), "an integer", True)

_read_agent_name = plain_reader(
    "agent_name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_chunk_highlights(cls: type[MessagesSearchResult], d: Mapping[str, Any]) -> Any:
    chunk_highlights_raw = d.get("chunk_highlights", UNSET)
    try:

        def _parse_chunk_highlights(data: object) -> list[SearchHighlightSegment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            chunk_highlights_type_0 = []
            _chunk_highlights_type_0 = data
            for chunk_highlights_type_0_item_data in _chunk_highlights_type_0:
                chunk_highlights_type_0_item = SearchHighlightSegment.from_dict(chunk_highlights_type_0_item_data)

                chunk_highlights_type_0.append(chunk_highlights_type_0_item)

            return chunk_highlights_type_0

        chunk_highlights = _parse_chunk_highlights(chunk_highlights_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        chunk_highlights = deviating_field(cls, "chunk_highlights", chunk_highlights_raw)

    return chunk_highlights


_FIELDS: frozenset[str] = frozenset(
    (
        "conversation_id",
        "agent_id",
        "transcript_index",
        "chunk_text",
        "score",
        "conversation_start_time_unix_secs",
        "agent_name",
        "chunk_highlights",
    )
)


def _read_additional_properties(cls: type[MessagesSearchResult], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[MessagesSearchResult], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    conversation_id = d.get("conversation_id", MISSING)
    if conversation_id.__class__ is not str:
        conversation_id = _read_conversation_id(cls, d)

    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    transcript_index = d.get("transcript_index", MISSING)
    if transcript_index.__class__ is not int:
        transcript_index = _read_transcript_index(cls, d)

    chunk_text = d.get("chunk_text", MISSING)
    if chunk_text.__class__ is not str:
        chunk_text = _read_chunk_text(cls, d)

    score = d.get("score", MISSING)
    if score.__class__ is not float and score.__class__ is not int:
        score = _read_score(cls, d)

    conversation_start_time_unix_secs = d.get("conversation_start_time_unix_secs", MISSING)
    if conversation_start_time_unix_secs.__class__ is not int:
        conversation_start_time_unix_secs = _read_conversation_start_time_unix_secs(cls, d)

    agent_name = d.get("agent_name", UNSET)
    if agent_name.__class__ is not str and agent_name is not None and agent_name is not UNSET:
        agent_name = _read_agent_name(cls, d)

    if "chunk_highlights" in known:
        chunk_highlights = known["chunk_highlights"]
    else:
        chunk_highlights = d.get("chunk_highlights", UNSET)
        if chunk_highlights is not UNSET and chunk_highlights is not None:
            chunk_highlights = _read_chunk_highlights(cls, d)

    return {
        "conversation_id": conversation_id,
        "agent_id": agent_id,
        "transcript_index": transcript_index,
        "chunk_text": chunk_text,
        "score": score,
        "conversation_start_time_unix_secs": conversation_start_time_unix_secs,
        "agent_name": agent_name,
        "chunk_highlights": chunk_highlights,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    MessagesSearchResult,
    _all_fields,
    {
        "conversation_id": _read_conversation_id,
        "agent_id": _read_agent_id,
        "transcript_index": _read_transcript_index,
        "chunk_text": _read_chunk_text,
        "score": _read_score,
        "conversation_start_time_unix_secs": _read_conversation_start_time_unix_secs,
        "agent_name": _read_agent_name,
        "chunk_highlights": _read_chunk_highlights,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.search_highlight_segment import SearchHighlightSegment
