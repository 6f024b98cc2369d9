"""The audio side of a conversation, as the official SDK defines it: implement these to use your own
microphone and speaker (DefaultAudioInterface, in the `audio` extra, is one)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable


class AudioInterface(ABC):
    """Audio in and out for a `Conversation`: 16-bit PCM, mono, 16 kHz, both ways."""

    @abstractmethod
    def start(self, input_callback: Callable[[bytes], None]) -> None:
        """Called once as the conversation starts: call `input_callback` with each microphone chunk
        (250 ms, 4000 samples, is a good size) until `stop`."""

    @abstractmethod
    def stop(self) -> None:
        """Called once as the conversation ends: release the devices; no more `input_callback` calls."""

    @abstractmethod
    def output(self, audio: bytes) -> None:
        """Play a chunk of the agent's audio; return quickly (buffer it), without blocking the caller."""

    @abstractmethod
    def interrupt(self) -> None:
        """The user interrupted the agent: drop the audio not yet played."""


class AsyncAudioInterface(ABC):
    """`AudioInterface` for an `AsyncConversation`: the same methods, awaited."""

    @abstractmethod
    async def start(self, input_callback: Callable[[bytes], Awaitable[None]]) -> None:
        """Called once as the conversation starts: await `input_callback` with each microphone chunk."""

    @abstractmethod
    async def stop(self) -> None:
        """Called once as the conversation ends: release the devices; no more `input_callback` calls."""

    @abstractmethod
    async def output(self, audio: bytes) -> None:
        """Play a chunk of the agent's audio; return quickly (buffer it)."""

    @abstractmethod
    async def interrupt(self) -> None:
        """The user interrupted the agent: drop the audio not yet played."""
