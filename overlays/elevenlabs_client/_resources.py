"""What the client adds to generated groups: saving history audio and conversation audio by id, and
checking a webhook's signature (`webhooks.construct_event`).

Every operation method, and the pagers of every operation that pages (`history.iter_all`,
`conversations.iter_pages`, ...), is generated into `elevenlabs_api.api.<group>`, so an operation
added to the spec appears on regeneration. Only these groups are subclassed; the client and
`ConversationalAI` hand them out in place of the generated ones.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import Any

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
from elevenlabs_api.api.webhooks import AsyncWebhooksResource, WebhooksResource
from elevenlabs_api.types import UNSET

from . import webhooks

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


class Webhooks(WebhooksResource):
    def construct_event(
        self,
        rawBody: bytes | str,  # the official SDK's name, so its keyword calls work unchanged
        sig_header: str | None,
        secret: str,
        *,
        tolerance: float = webhooks.DEFAULT_TOLERANCE,
        now: float | None = None,
    ) -> dict[str, Any]:
        """Verify a webhook delivery and return its event: `elevenlabs_client.webhooks.construct_event`,
        which needs no client. Raises a `WebhookVerificationError` subclass for a delivery that fails."""
        return webhooks.construct_event(rawBody, sig_header, secret, tolerance=tolerance, now=now)


class AsyncWebhooks(AsyncWebhooksResource):
    def construct_event(
        self,
        rawBody: bytes | str,
        sig_header: str | None,
        secret: str,
        *,
        tolerance: float = webhooks.DEFAULT_TOLERANCE,
        now: float | None = None,
    ) -> dict[str, Any]:
        """As `ElevenLabs.webhooks.construct_event`; a plain method here too (no `await`), since it does no I/O."""
        return webhooks.construct_event(rawBody, sig_header, secret, tolerance=tolerance, now=now)
