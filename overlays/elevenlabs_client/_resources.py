"""The resources users call: the generated ones, plus what a spec cannot say (pagination, saving files).

Every operation method (list, get, delete, get_audio, download, ...) is inherited from the classes
generated into `elevenlabs_api.api.<tag>`, so an operation added to the spec appears here on
regeneration.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Unpack

from elevenlabs_api.api import AsyncRequester, Requester
from elevenlabs_api.api.conversations import (
    AsyncConversationsResource,
    ConversationsListQuery,
    ConversationsResource,
)
from elevenlabs_api.api.history import AsyncHistoryResource, HistoryListQuery, HistoryResource
from elevenlabs_api.types import UNSET

from ._files import asave_chunks, save_chunks
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
        return save_chunks(self.get_audio(history_item_id), path)

    def save_download(self, history_item_ids: list[str], path: PathLike, *, output_format: str | None = None) -> Path:
        """Stream `download` into `path`: the audio for one id, a zip for several."""
        return save_chunks(self.download(history_item_ids, output_format=output_format or UNSET), path)


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
        return await asave_chunks(await self.get_audio(history_item_id), path)

    async def save_download(
        self, history_item_ids: list[str], path: PathLike, *, output_format: str | None = None
    ) -> Path:
        """Stream `download` into `path`: the audio for one id, a zip for several."""
        return await asave_chunks(await self.download(history_item_ids, output_format=output_format or UNSET), path)


class Conversations(ConversationsResource):
    def __init__(self, requester: Requester) -> None:
        super().__init__(requester)
        self.audio = ConversationAudio(self)

    def iter_pages(self, **filters: Unpack[ConversationsListQuery]) -> Iterator[GetConversationsPageResponseModel]:
        """Every page of `list` with these filters, following `next_cursor` while `has_more`."""
        return pages_of(self.list, "cursor", _conversations_cursor, filters)

    def iter_all(self, **filters: Unpack[ConversationsListQuery]) -> Iterator[ConversationSummaryResponseModel]:
        """Every conversation across pages."""
        for page in self.iter_pages(**filters):
            yield from page.conversations


class AsyncConversations(AsyncConversationsResource):
    def __init__(self, requester: AsyncRequester) -> None:
        super().__init__(requester)
        self.audio = AsyncConversationAudio(self)

    def iter_pages(self, **filters: Unpack[ConversationsListQuery]) -> AsyncIterator[GetConversationsPageResponseModel]:
        """Every page of `list` with these filters, following `next_cursor` while `has_more`."""
        return apages_of(self.list, "cursor", _conversations_cursor, filters)

    async def iter_all(
        self, **filters: Unpack[ConversationsListQuery]
    ) -> AsyncIterator[ConversationSummaryResponseModel]:
        """Every conversation across pages."""
        async for page in self.iter_pages(**filters):
            for conversation in page.conversations:
                yield conversation


class ConversationAudio:
    """`conversations.audio.get` and `.save`, the official SDK's names for the audio operation."""

    def __init__(self, conversations: Conversations) -> None:
        self._conversations = conversations

    def get(self, conversation_id: str, *, chunk_size: int | None = None) -> Iterator[bytes]:
        return self._conversations.get_audio(conversation_id, chunk_size=chunk_size)

    def save(self, conversation_id: str, path: PathLike) -> Path:
        return save_chunks(self.get(conversation_id), path)


class AsyncConversationAudio:
    def __init__(self, conversations: AsyncConversations) -> None:
        self._conversations = conversations

    async def get(self, conversation_id: str, *, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return await self._conversations.get_audio(conversation_id, chunk_size=chunk_size)

    async def save(self, conversation_id: str, path: PathLike) -> Path:
        return await asave_chunks(await self.get(conversation_id), path)


class ConversationalAI:
    def __init__(self, requester: Requester) -> None:
        self.conversations = Conversations(requester)


class AsyncConversationalAI:
    def __init__(self, requester: AsyncRequester) -> None:
        self.conversations = AsyncConversations(requester)
