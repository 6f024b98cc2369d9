"""What the client adds to the generated groups: pagination for history and conversations, and saving files.

Every operation method (list, get, delete, get_audio, download, ...) is inherited from the classes
generated into `elevenlabs_api.api.<group>`, so an operation added to the spec appears here on
regeneration. Only the groups below are subclassed; the client and `ConversationalAI` hand them out
in place of the generated ones.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Unpack

from elevenlabs_api.api.conversational_ai import AsyncConversationalAiResource, ConversationalAiResource
from elevenlabs_api.api.conversational_ai_conversations import (
    AsyncConversationalAiConversationsResource,
    ConversationalAiConversationsListQuery,
    ConversationalAiConversationsResource,
)
from elevenlabs_api.api.conversational_ai_conversations_audio import (
    AsyncConversationalAiConversationsAudioResource,
    ConversationalAiConversationsAudioResource,
)
from elevenlabs_api.api.history import AsyncHistoryResource, HistoryListQuery, HistoryResource
from elevenlabs_api.types import UNSET

from ._pagination import apages_of, cursor_if_more, pages_of

if TYPE_CHECKING:  # models load when a response arrives, not when the client is imported
    from elevenlabs_api.models import (
        ConversationSummaryResponseModel,
        GetConversationsPageResponseModel,
        GetSpeechHistoryResponseModel,
        SpeechHistoryItemResponseModel,
    )

PathLike = str | os.PathLike[str]


def _history_cursor(page: GetSpeechHistoryResponseModel) -> str | None:
    return cursor_if_more(page.has_more, page.last_history_item_id, "last_history_item_id")


def _conversations_cursor(page: GetConversationsPageResponseModel) -> str | None:
    return cursor_if_more(page.has_more, page.next_cursor, "next_cursor")


class History(HistoryResource):
    def iter_pages(self, **filters: Unpack[HistoryListQuery]) -> Iterator[GetSpeechHistoryResponseModel]:
        """Every page of `list` with these filters, following `last_history_item_id` while `has_more`."""
        return pages_of(self.list, "start_after_history_item_id", _history_cursor, filters)

    def iter_all(self, **filters: Unpack[HistoryListQuery]) -> Iterator[SpeechHistoryItemResponseModel]:
        """Every item across pages, newest first unless `sort_direction` says otherwise."""
        for page in self.iter_pages(**filters):
            yield from page.history

    def save_audio(self, history_item_id: str, path: PathLike) -> Path:
        """Stream the item's audio into `path`; the file appears only once the whole body arrived."""
        return self.get_audio(history_item_id).save(path)

    def save_download(self, history_item_ids: list[str], path: PathLike, *, output_format: str | None = None) -> Path:
        """Stream `download` into `path`: the audio for one id, a zip for several."""
        return self.download(history_item_ids, output_format=output_format or UNSET).save(path)


class AsyncHistory(AsyncHistoryResource):
    def iter_pages(self, **filters: Unpack[HistoryListQuery]) -> AsyncIterator[GetSpeechHistoryResponseModel]:
        """Every page of `list` with these filters, following `last_history_item_id` while `has_more`."""
        return apages_of(self.list, "start_after_history_item_id", _history_cursor, filters)

    async def iter_all(self, **filters: Unpack[HistoryListQuery]) -> AsyncIterator[SpeechHistoryItemResponseModel]:
        """Every item across pages, newest first unless `sort_direction` says otherwise."""
        async for page in self.iter_pages(**filters):
            for item in page.history:
                yield item

    async def save_audio(self, history_item_id: str, path: PathLike) -> Path:
        """Stream the item's audio into `path`; the file appears only once the whole body arrived."""
        return await self.get_audio(history_item_id).save(path)

    async def save_download(
        self, history_item_ids: list[str], path: PathLike, *, output_format: str | None = None
    ) -> Path:
        """Stream `download` into `path`: the audio for one id, a zip for several."""
        return await self.download(history_item_ids, output_format=output_format or UNSET).save(path)


class ConversationAudio(ConversationalAiConversationsAudioResource):
    def save(self, conversation_id: str, path: PathLike) -> Path:
        """Stream the conversation's audio into `path`; the file appears only once the whole body arrived."""
        return self.get(conversation_id).save(path)


class AsyncConversationAudio(AsyncConversationalAiConversationsAudioResource):
    async def save(self, conversation_id: str, path: PathLike) -> Path:
        """Stream the conversation's audio into `path`; the file appears only once the whole body arrived."""
        return await self.get(conversation_id).save(path)


class Conversations(ConversationalAiConversationsResource):
    @cached_property
    def audio(self) -> ConversationAudio:
        return ConversationAudio(self._requester)

    def iter_pages(
        self, **filters: Unpack[ConversationalAiConversationsListQuery]
    ) -> Iterator[GetConversationsPageResponseModel]:
        """Every page of `list` with these filters, following `next_cursor` while `has_more`."""
        return pages_of(self.list, "cursor", _conversations_cursor, filters)

    def iter_all(
        self, **filters: Unpack[ConversationalAiConversationsListQuery]
    ) -> Iterator[ConversationSummaryResponseModel]:
        """Every conversation across pages."""
        for page in self.iter_pages(**filters):
            yield from page.conversations


class AsyncConversations(AsyncConversationalAiConversationsResource):
    @cached_property
    def audio(self) -> AsyncConversationAudio:
        return AsyncConversationAudio(self._requester)

    def iter_pages(
        self, **filters: Unpack[ConversationalAiConversationsListQuery]
    ) -> AsyncIterator[GetConversationsPageResponseModel]:
        """Every page of `list` with these filters, following `next_cursor` while `has_more`."""
        return apages_of(self.list, "cursor", _conversations_cursor, filters)

    async def iter_all(
        self, **filters: Unpack[ConversationalAiConversationsListQuery]
    ) -> AsyncIterator[ConversationSummaryResponseModel]:
        """Every conversation across pages."""
        async for page in self.iter_pages(**filters):
            for conversation in page.conversations:
                yield conversation


class ConversationalAI(ConversationalAiResource):
    @cached_property
    def conversations(self) -> Conversations:
        return Conversations(self._requester)


class AsyncConversationalAI(AsyncConversationalAiResource):
    @cached_property
    def conversations(self) -> AsyncConversations:
        return AsyncConversations(self._requester)
