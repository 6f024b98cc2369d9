"""`client.conversational_ai.conversations`: the generated group, whose `audio` is `_conversation_audio.py`'s
(see `_history.py` for why each overlaid group has a module of its own)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from elevenlabs_api.api.conversational_ai_conversations import (
    AsyncConversationalAiConversationsResource,
    ConversationalAiConversationsResource,
)

if TYPE_CHECKING:
    from ._conversation_audio import AsyncConversationAudio, ConversationAudio


class Conversations(ConversationalAiConversationsResource):
    @cached_property
    def audio(self) -> ConversationAudio:
        from ._conversation_audio import ConversationAudio

        return ConversationAudio(self._requester)


class AsyncConversations(AsyncConversationalAiConversationsResource):
    @cached_property
    def audio(self) -> AsyncConversationAudio:
        from ._conversation_audio import AsyncConversationAudio

        return AsyncConversationAudio(self._requester)
