"""`client.conversational_ai`: the generated group, whose `conversations` are `_conversations.py`'s (see
`_history.py` for why each overlaid group has a module of its own; this one loads that one on first use,
as the generated group does its nested groups)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from elevenlabs_api.api.conversational_ai import AsyncConversationalAiResource, ConversationalAiResource

if TYPE_CHECKING:
    from ._conversations import AsyncConversations, Conversations


class ConversationalAI(ConversationalAiResource):
    @cached_property
    def conversations(self) -> Conversations:
        from ._conversations import Conversations

        return Conversations(self._requester)


class AsyncConversationalAI(AsyncConversationalAiResource):
    @cached_property
    def conversations(self) -> AsyncConversations:
        from ._conversations import AsyncConversations

        return AsyncConversations(self._requester)
