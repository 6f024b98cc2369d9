from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagesSearchResult")


@_attrs_define
class MessagesSearchResult:
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

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        agent_id = self.agent_id

        transcript_index = self.transcript_index

        chunk_text = self.chunk_text

        score = self.score

        conversation_start_time_unix_secs = self.conversation_start_time_unix_secs

        agent_name: None | str | Unset = self.agent_name

        chunk_highlights: list[dict[str, Any]] | None | Unset
        if isinstance(self.chunk_highlights, Unset):
            chunk_highlights = UNSET
        elif isinstance(self.chunk_highlights, list):
            chunk_highlights = []
            for chunk_highlights_type_0_item_data in self.chunk_highlights:
                chunk_highlights_type_0_item = chunk_highlights_type_0_item_data.to_dict()
                chunk_highlights.append(chunk_highlights_type_0_item)

        else:
            chunk_highlights = self.chunk_highlights

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["conversation_id"] = conversation_id
        field_dict["agent_id"] = agent_id
        field_dict["transcript_index"] = transcript_index
        field_dict["chunk_text"] = chunk_text
        field_dict["score"] = score
        field_dict["conversation_start_time_unix_secs"] = conversation_start_time_unix_secs
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if chunk_highlights is not UNSET:
            field_dict["chunk_highlights"] = chunk_highlights
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        conversation_id = d.pop("conversation_id")

        agent_id = d.pop("agent_id")

        transcript_index = d.pop("transcript_index")

        chunk_text = d.pop("chunk_text")

        score = d.pop("score")

        conversation_start_time_unix_secs = d.pop("conversation_start_time_unix_secs")

        agent_name = d.pop("agent_name", UNSET)

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

        chunk_highlights = _parse_chunk_highlights(d.pop("chunk_highlights", UNSET))

        messages_search_result = cls(
            conversation_id=conversation_id,
            agent_id=agent_id,
            transcript_index=transcript_index,
            chunk_text=chunk_text,
            score=score,
            conversation_start_time_unix_secs=conversation_start_time_unix_secs,
            agent_name=agent_name,
            chunk_highlights=chunk_highlights,
        )
        messages_search_result.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.search_highlight_segment import SearchHighlightSegment
