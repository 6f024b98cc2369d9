"""What the client adds to two generated groups: saving history audio and conversation audio by id.

Every operation method, and the pagers of every operation that pages (`history.iter_all`,
`conversations.iter_pages`, ...), is generated into `elevenlabs_api.api.<group>`, so an operation
added to the spec appears on regeneration. Only these groups are subclassed; the client and
`ConversationalAI` hand them out in place of the generated ones.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path

from elevenlabs_api.api.conversational_ai import AsyncConversationalAiResource, ConversationalAiResource
from elevenlabs_api.api.conversational_ai_conversations import (
    AsyncConversationalAiConversationsResource,
    ConversationalAiConversationsResource,
)
from elevenlabs_api.api.conversational_ai_conversations_audio import (
    AsyncConversationalAiConversationsAudioResource,
    ConversationalAiConversationsAudioResource,
)
from elevenlabs_api.api.history import AsyncHistoryResource, HistoryResource
from elevenlabs_api.types import UNSET

PathLike = str | os.PathLike[str]


class History(HistoryResource):
    def save_audio(self, history_item_id: str, path: PathLike) -> Path:
        """Stream the item's audio into `path`; the file appears only once the whole body arrived."""
        return self.get_audio(history_item_id).save(path)

    def save_download(self, history_item_ids: list[str], path: PathLike, *, output_format: str | None = None) -> Path:
        """Stream `download` into `path`: the audio for one id, a zip for several."""
        return self.download(history_item_ids, output_format=output_format or UNSET).save(path)


class AsyncHistory(AsyncHistoryResource):
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


class AsyncConversations(AsyncConversationalAiConversationsResource):
    @cached_property
    def audio(self) -> AsyncConversationAudio:
        return AsyncConversationAudio(self._requester)


class ConversationalAI(ConversationalAiResource):
    @cached_property
    def conversations(self) -> Conversations:
        return Conversations(self._requester)


class AsyncConversationalAI(AsyncConversationalAiResource):
    @cached_property
    def conversations(self) -> AsyncConversations:
        return AsyncConversations(self._requester)
