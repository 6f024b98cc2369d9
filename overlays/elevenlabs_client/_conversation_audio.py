"""`client.conversational_ai.conversations.audio`: the generated group, with saving a conversation's audio
to a file (see `_history.py` for why each overlaid group has a module of its own)."""

from __future__ import annotations

import os
from pathlib import Path

from elevenlabs_api.api.conversational_ai_conversations_audio import (
    AsyncConversationalAiConversationsAudioResource,
    ConversationalAiConversationsAudioResource,
)

PathLike = str | os.PathLike[str]


class ConversationAudio(ConversationalAiConversationsAudioResource):
    def save(self, conversation_id: str, path: PathLike) -> Path:
        """Stream the conversation's audio into `path`; the file appears only once the whole body arrived."""
        return self.get(conversation_id).save(path)


class AsyncConversationAudio(AsyncConversationalAiConversationsAudioResource):
    async def save(self, conversation_id: str, path: PathLike) -> Path:
        """Stream the conversation's audio into `path`; the file appears only once the whole body arrived."""
        return await self.get(conversation_id).save(path)
