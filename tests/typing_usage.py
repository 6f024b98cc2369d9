"""Typed use of the client as a user writes it; never run, only checked by mypy (tests/test_typing.py)."""

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import assert_type

from elevenlabs_api.models import (
    GetConversationResponseModel,
    GetSpeechHistoryResponseModel,
    SpeechHistoryItemResponseModel,
)
from elevenlabs_client import AsyncElevenLabs, ElevenLabs


def sync_usage(client: ElevenLabs) -> None:
    assert_type(client.history.list(page_size=50, sort_direction="desc", source="TTS"), GetSpeechHistoryResponseModel)
    assert_type(client.history.get("id"), SpeechHistoryItemResponseModel)
    assert_type(client.history.get_audio("id", chunk_size=1024), Iterator[bytes])
    assert_type(client.history.download(["a", "b"], output_format="wav"), Iterator[bytes])
    assert_type(client.history.iter_all(voice_id="v", date_after_unix=1), Iterator[SpeechHistoryItemResponseModel])
    assert_type(client.history.save_audio("id", "out.mp3"), Path)
    assert_type(client.conversational_ai.conversations.get("c"), GetConversationResponseModel)
    assert_type(client.conversational_ai.conversations.audio.get("c"), Iterator[bytes])


async def async_usage(client: AsyncElevenLabs) -> None:
    assert_type(await client.history.list(page_size=50, sort_direction="asc"), GetSpeechHistoryResponseModel)
    assert_type(await client.history.get_audio("id"), AsyncIterator[bytes])
    assert_type(client.history.iter_all(source="STS"), AsyncIterator[SpeechHistoryItemResponseModel])
    assert_type(await client.history.save_download(["a"], "out.zip"), Path)
    assert_type(await client.conversational_ai.conversations.audio.save("c", "c.mp3"), Path)
