"""`client.history`: the generated group, with saving an item's audio (or a download) to a file.

Every operation method, and the pagers of every operation that pages (`history.iter_all`,
`conversations.iter_pages`, ...), is generated into `elevenlabs_api.api.<group>`, so an operation
added to the spec appears on regeneration. Only a few groups are subclassed, each in a module of its
own that imports only its own generated group (this one, `_webhooks.py`, `_conversational_ai.py` and its
nested `_conversations.py`, `_conversation_audio.py`), so that making one group loads no other; the client
(or the parent group) hands them out in place of the generated ones, on first use.
"""

from __future__ import annotations

import os
from pathlib import Path

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
