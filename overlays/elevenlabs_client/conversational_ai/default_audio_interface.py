"""The microphone and the speaker: `DefaultAudioInterface` and `AsyncDefaultAudioInterface`.

They record and play with sounddevice (PortAudio), the optional `audio` extra:
`pip install "elevenlabs-client[audio]"`. sounddevice is imported when one is made, not before, so
the rest of the client needs no audio library; a missing sounddevice or a missing PortAudio (which
its wheels bundle on macOS and Windows, and which Linux has as a system package) is an error saying
what to install.

No thread of ours is involved: PortAudio calls the input stream's callback with each 250 ms of the
microphone, and the output stream's callback each time the speaker wants its next 62.5 ms, which it
takes from the front of a byte queue that `output()` appends to and `interrupt()` empties. `stop()`
closes both streams; a `with` (`async with`) block calls it however the block ends, Ctrl-C included.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import threading
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Protocol, Self, cast

from .audio_interface import AsyncAudioInterface, AudioInterface

__all__ = ["AsyncDefaultAudioInterface", "DefaultAudioInterface"]

logger = logging.getLogger("elevenlabs_client")

SAMPLE_RATE = 16_000  # what the agents channel sends and expects, both ways
INSTALL = 'pip install "elevenlabs-client[audio]"'

# A raw stream's callback: (buffer, frames, time, status); the buffer is the stream's bytes.
StreamCallback = Callable[[Any, int, Any, Any], None]


class _Stream(Protocol):
    def start(self) -> None: ...

    def close(self) -> None: ...


class _SoundDevice(Protocol):
    """The part of sounddevice used here; it ships no type information."""

    CallbackAbort: type[Exception]

    def RawInputStream(
        self, *, samplerate: int, blocksize: int, channels: int, dtype: str, callback: StreamCallback
    ) -> _Stream: ...

    def RawOutputStream(
        self, *, samplerate: int, blocksize: int, channels: int, dtype: str, callback: StreamCallback
    ) -> _Stream: ...


def _import_sounddevice(who: str) -> _SoundDevice:
    try:
        module = importlib.import_module("sounddevice")
    except ImportError as exc:
        # sounddevice itself missing says all; a dependency of it missing keeps its own error as the cause.
        cause = None if exc.name == "sounddevice" else exc
        raise ImportError(f"{who} needs sounddevice, in the audio extra: {INSTALL}", name="sounddevice") from cause
    except OSError as exc:  # sounddevice is there but could not load the PortAudio library
        raise OSError(
            f"{who} needs the PortAudio library, which sounddevice could not load ({exc}). On Linux, install "
            "it from the system's packages (Debian and Ubuntu: sudo apt install libportaudio2; Fedora: sudo dnf "
            "install portaudio); on macOS and Windows, sounddevice's wheels include it (reinstall with "
            f"{INSTALL})."
        ) from None
    return cast(_SoundDevice, module)


class _StopRecording(Exception):
    """Raised by an input callback to stop the microphone without a word: the reason was already logged."""


class _Playback:
    """The agent's audio not yet played: `put` appends, the output stream takes from the front, `clear`
    drops it all. The lock is held for a copy only, never while PortAudio waits."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending = bytearray()

    def put(self, audio: bytes) -> None:
        with self._lock:
            self._pending += audio

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()

    def fill(self, outdata: Any, frames: int, time: Any, status: Any) -> None:
        """The output stream's callback: the next bytes queued, then silence if the queue runs out."""
        size = len(outdata)
        with self._lock:
            chunk = bytes(self._pending[:size])
            del self._pending[:size]  # cheap: a bytearray drops its front without moving the rest
        outdata[:] = chunk.ljust(size, b"\0")


class _Devices:
    """The input and output streams of one start() .. stop(), for both interfaces."""

    def __init__(self, who: str) -> None:
        self._who = who
        self._sd = _import_sounddevice(who)
        self._streams: list[_Stream] = []
        self.playback = _Playback()
        self._generation = 0  # one more at each open() and close(): a recorder of an earlier one stops
        self._recording_thread: int | None = None  # PortAudio's, while it runs the input callback

    def open(self, on_chunk: Callable[[bytes], None], input_frames: int, output_frames: int) -> None:
        if self._streams:
            raise RuntimeError(f"{self._who} is already started: stop() it before starting it again")
        sd, rate = self._sd, SAMPLE_RATE
        self._generation += 1
        try:
            # The agents channel's format both ways: 16-bit mono at 16 kHz.
            speaker = sd.RawOutputStream(
                samplerate=rate, blocksize=output_frames, channels=1, dtype="int16", callback=self.playback.fill
            )
            self._streams.append(speaker)
            microphone = sd.RawInputStream(
                samplerate=rate, blocksize=input_frames, channels=1, dtype="int16", callback=self._recorder(on_chunk)
            )
            self._streams.append(microphone)
            for opened in self._streams:
                opened.start()
        except BaseException:  # a device that will not open, or Ctrl-C: close what did open
            self.close()
            raise

    def close(self) -> None:
        self._generation += 1
        if threading.get_ident() != self._recording_thread:
            self._close(self._streams)
            return
        # Called from the input callback: PortAudio cannot close a stream from its own callback (it aborts the
        # process), so a thread of ours does, once the callback has returned and told the microphone to stop.
        streams, self._streams = self._streams, []
        self.playback.clear()
        # Not a daemon (as a thread started from PortAudio's would be): the interpreter waits for it at exit.
        threading.Thread(target=self._close, args=(streams,), name=f"{self._who}.stop()", daemon=False).start()

    def _close(self, streams: list[_Stream]) -> None:
        # Each stream is closed even if closing another fails or Ctrl-C lands meanwhile: every step is an
        # ExitStack callback before any runs. They run last in, first out: the microphone, the speaker, the queue.
        with contextlib.ExitStack() as closing:
            closing.callback(self.playback.clear)
            while streams:
                closing.callback(streams.pop(0).close)

    def _recorder(self, on_chunk: Callable[[bytes], None]) -> StreamCallback:
        generation = self._generation

        def record(indata: Any, frames: int, time: Any, status: Any) -> None:
            self._recording_thread = threading.get_ident()
            try:
                on_chunk(bytes(indata))
            except _StopRecording:  # already said
                raise self._sd.CallbackAbort from None
            except Exception:
                # Said once, then the microphone stops: PortAudio would call again every 250 ms.
                logger.exception("%s: the microphone is stopped, as sending its audio failed", self._who)
                raise self._sd.CallbackAbort from None
            finally:
                self._recording_thread = None
            if self._generation != generation:  # the callback called stop()
                raise self._sd.CallbackAbort

        return record


class DefaultAudioInterface(AudioInterface):
    """The default microphone and speaker, for `Conversation(..., audio_interface=DefaultAudioInterface())`.

    The microphone's audio reaches `input_callback` in 250 ms chunks on PortAudio's thread; `output()`
    queues and returns at once; `interrupt()` drops what is queued. `stop()` may be called from
    `input_callback` too: the streams then close in a short-lived thread once the callback returns.
    Needs the `audio` extra.
    """

    INPUT_FRAMES_PER_BUFFER = 4_000  # 250 ms at 16 kHz: the chunk the contract asks for
    OUTPUT_FRAMES_PER_BUFFER = 1_000  # 62.5 ms: how much is still heard after interrupt()

    def __init__(self) -> None:
        self._devices = _Devices(type(self).__name__)

    def start(self, input_callback: Callable[[bytes], None]) -> None:
        self._devices.open(input_callback, self.INPUT_FRAMES_PER_BUFFER, self.OUTPUT_FRAMES_PER_BUFFER)

    def stop(self) -> None:
        self._devices.close()

    def output(self, audio: bytes) -> None:
        self._devices.playback.put(audio)

    def interrupt(self) -> None:
        self._devices.playback.clear()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()


class AsyncDefaultAudioInterface(AsyncAudioInterface):
    """The default microphone and speaker, for `AsyncConversation`.

    Each 250 ms chunk of the microphone is handed from PortAudio's thread to the event loop that
    called `start()`, where one task awaits `input_callback` with the chunks in order; `stop()`
    cancels that task. `output()` and `interrupt()` return at once. Needs the `audio` extra.
    """

    INPUT_FRAMES_PER_BUFFER = DefaultAudioInterface.INPUT_FRAMES_PER_BUFFER
    OUTPUT_FRAMES_PER_BUFFER = DefaultAudioInterface.OUTPUT_FRAMES_PER_BUFFER

    def __init__(self) -> None:
        self._devices = _Devices(type(self).__name__)
        self._sender: asyncio.Task[None] | None = None

    async def start(self, input_callback: Callable[[bytes], Awaitable[None]]) -> None:
        loop = asyncio.get_running_loop()
        chunks: asyncio.Queue[bytes] = asyncio.Queue()
        sender = asyncio.create_task(self._send(chunks, input_callback))

        def on_chunk(chunk: bytes) -> None:  # on PortAudio's thread
            if sender.done():  # sending failed (and said so): stop the microphone rather than pile up chunks
                raise _StopRecording
            loop.call_soon_threadsafe(chunks.put_nowait, chunk)

        try:
            self._devices.open(on_chunk, self.INPUT_FRAMES_PER_BUFFER, self.OUTPUT_FRAMES_PER_BUFFER)
        except BaseException:
            sender.cancel()
            raise
        self._sender = sender

    async def stop(self) -> None:
        self._devices.close()  # first, and with no await before it: cancelling stop() cannot leave them open
        sender, self._sender = self._sender, None
        if sender is not None and sender is not asyncio.current_task():
            sender.cancel()
            # asyncio.wait, not `await sender`: it raises no CancelledError of the task's, and so needs no
            # suppress() that would hide a cancellation of stop() itself.
            await asyncio.wait({sender})

    async def output(self, audio: bytes) -> None:
        self._devices.playback.put(audio)

    async def interrupt(self) -> None:
        self._devices.playback.clear()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.stop()

    async def _send(self, chunks: asyncio.Queue[bytes], input_callback: Callable[[bytes], Awaitable[None]]) -> None:
        while True:
            chunk = await chunks.get()
            try:
                await input_callback(chunk)
            except Exception:
                logger.exception(
                    "%s: the microphone's audio is no longer sent, as sending it failed", type(self).__name__
                )
                return
            if self._sender is not asyncio.current_task():  # the callback itself called stop(), which cannot await it
                return
