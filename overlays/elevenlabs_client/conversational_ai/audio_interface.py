"""What a `Conversation` records from and plays to: `AudioInterface` (sync) and `AsyncAudioInterface`.

The names and signatures are the official SDK's, so an audio interface written for it works here
unchanged. `DefaultAudioInterface` (microphone and speaker) implements both, in
`default_audio_interface`; a test or a telephony bridge implements its own. Audio either way is raw
PCM: signed 16-bit little-endian samples, one channel, 16,000 samples a second.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable

__all__ = ["AsyncAudioInterface", "AudioInterface"]


class AudioInterface(ABC):
    """The microphone and the speaker of a sync `Conversation`.

    The conversation calls `start` once before the session opens and `stop` once after it ends;
    in between it calls `output` with each piece of the agent's audio and `interrupt` when the
    server says the user interrupted the agent.
    """

    @abstractmethod
    def start(self, input_callback: Callable[[bytes], None]) -> None:
        """Begin recording: from now on call `input_callback` with each chunk of the user's audio.

        Chunks are 16-bit PCM, mono, 16 kHz; 4,000 samples (8,000 bytes, 250 ms) a chunk is what the
        server expects best. The callback sends the chunk, so it may be called from any thread, but
        one chunk at a time and in order.
        """

    @abstractmethod
    def stop(self) -> None:
        """Stop recording and playing and release the devices, streams and threads.

        Once this returns, `input_callback` is never called again.
        """

    @abstractmethod
    def output(self, audio: bytes) -> None:
        """Queue `audio` (16-bit PCM, mono, 16 kHz) to be played after what is already queued.

        Must return at once, without waiting for the audio to play: it is called from the thread
        that reads the agent's messages, which would otherwise fall behind.
        """

    @abstractmethod
    def interrupt(self) -> None:
        """The user interrupted the agent: drop all audio queued by `output` that has not played yet."""


class AsyncAudioInterface(ABC):
    """The microphone and the speaker of an `AsyncConversation`: `AudioInterface`'s contract, with
    coroutines, and an `input_callback` that is a coroutine function to await for each chunk."""

    @abstractmethod
    async def start(self, input_callback: Callable[[bytes], Awaitable[None]]) -> None:
        """Begin recording: from now on await `input_callback` with each chunk of the user's audio.

        Chunks are 16-bit PCM, mono, 16 kHz; 4,000 samples (8,000 bytes, 250 ms) a chunk is what the
        server expects best. Await the callback on the conversation's event loop, one chunk at a time
        and in order.
        """

    @abstractmethod
    async def stop(self) -> None:
        """Stop recording and playing and release the devices, streams and tasks.

        Once this returns, `input_callback` is never awaited again.
        """

    @abstractmethod
    async def output(self, audio: bytes) -> None:
        """Queue `audio` (16-bit PCM, mono, 16 kHz) to be played after what is already queued.

        Must return at once, without waiting for the audio to play: the task that reads the agent's
        messages awaits it.
        """

    @abstractmethod
    async def interrupt(self) -> None:
        """The user interrupted the agent: drop all audio queued by `output` that has not played yet."""
