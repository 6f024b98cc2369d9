"""The audio interfaces of `elevenlabs_client.conversational_ai`: the official ABCs, and the microphone
and speaker (`DefaultAudioInterface`, `AsyncDefaultAudioInterface`) against a fake `sounddevice`.

The fake's streams behave as PortAudio's do where a user would notice: each runs a thread of its own
from `start()` until `close()`, the microphone's callback is called from another thread than the
caller's, and the speaker's callback must fill a fixed-size buffer. No audio device, PortAudio or
sounddevice is needed.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import subprocess
import sys
import threading
import types
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from elevenlabs_client.conversational_ai.audio_interface import AsyncAudioInterface, AudioInterface
from elevenlabs_client.conversational_ai.default_audio_interface import (
    AsyncDefaultAudioInterface,
    DefaultAudioInterface,
)

CHUNK = 8_000  # bytes in 250 ms of 16-bit mono at 16 kHz
BLOCK = 2_000  # bytes the speaker asks for at a time (1,000 frames)
INSTALL = 'pip install "elevenlabs-client[audio]"'


class CallbackAbort(Exception):
    pass


class PortAudioError(Exception):
    pass


class FakeStream:
    """A stream with no device behind it; its thread stands for PortAudio's."""

    def __init__(self, *, samplerate: int, blocksize: int, channels: int, dtype: str, callback: Any) -> None:
        self.settings: dict[str, Any] = {
            "samplerate": samplerate,
            "blocksize": blocksize,
            "channels": channels,
            "dtype": dtype,
        }
        self.callback = callback
        self.closed = False
        self.aborted = False  # the callback raised CallbackAbort: PortAudio calls it no more
        self.raise_on_close: BaseException | None = None  # Ctrl-C landing while close() runs, say
        self.in_callback: int | None = None  # the thread running the callback, while one does
        self._closing = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._closing.wait, name="fake PortAudio stream")
        self._thread.start()

    def close(self) -> None:
        # Real PortAudio aborts the whole process here (a failed pthread_join); the fake fails the test.
        assert self.in_callback != threading.get_ident(), "a stream closed from its own callback"
        self.closed = True
        self._closing.set()
        if self._thread is not None:
            self._thread.join()
        if self.raise_on_close is not None:
            raising, self.raise_on_close = self.raise_on_close, None
            raise raising

    @property
    def running(self) -> bool:
        return self._thread is not None and not self.closed and not self.aborted


class FakeMicrophone(FakeStream):
    def record(self, audio: bytes) -> None:
        """PortAudio handing the callback one block of the microphone (a buffer, not bytes)."""
        assert self.running, "a stream that is not running records nothing"
        self.in_callback = threading.get_ident()
        try:
            self.callback(memoryview(bytearray(audio)), len(audio) // 2, None, 0)
        except CallbackAbort:
            self.aborted = True
        finally:
            self.in_callback = None


class FakeSpeaker(FakeStream):
    def play(self) -> bytes:
        """PortAudio asking the callback for the next block, in a buffer of fixed size (as cffi's is)."""
        assert self.running
        buffer = memoryview(bytearray(self.settings["blocksize"] * 2))
        self.callback(buffer, self.settings["blocksize"], None, 0)
        return bytes(buffer)


class FakeSoundDevice(types.ModuleType):
    def __init__(self) -> None:
        super().__init__("sounddevice")
        self.CallbackAbort = CallbackAbort
        self.PortAudioError = PortAudioError
        self.microphones: list[FakeMicrophone] = []
        self.speakers: list[FakeSpeaker] = []
        self.no_microphone = False

    def RawInputStream(self, **settings: Any) -> FakeMicrophone:
        if self.no_microphone:
            raise PortAudioError("Error querying device -1")
        self.microphones.append(FakeMicrophone(**settings))
        return self.microphones[-1]

    def RawOutputStream(self, **settings: Any) -> FakeSpeaker:
        self.speakers.append(FakeSpeaker(**settings))
        return self.speakers[-1]

    @property
    def microphone(self) -> FakeMicrophone:
        (microphone,) = self.microphones
        return microphone

    @property
    def speaker(self) -> FakeSpeaker:
        (speaker,) = self.speakers
        return speaker


@pytest.fixture
def sd(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSoundDevice]:
    fake = FakeSoundDevice()
    monkeypatch.setitem(sys.modules, "sounddevice", fake)
    threads = set(threading.enumerate())
    yield fake
    for stream in fake.microphones + fake.speakers:
        stream.close()  # a failed test must not leave its threads to the next one
    assert set(threading.enumerate()) == threads


def chunks_of(count: int) -> list[bytes]:
    return [bytes([n + 1]) * CHUNK for n in range(count)]


class AsyncRecorder:
    """An async input callback that says when it has received `expected` chunks."""

    def __init__(self, expected: int) -> None:
        self.received: list[Any] = []
        self.expected = expected
        self.done = asyncio.Event()

    async def __call__(self, chunk: bytes) -> None:
        self.received.append(chunk)
        if len(self.received) == self.expected:
            self.done.set()

    async def wait(self) -> None:
        await asyncio.wait_for(self.done.wait(), 30)  # a guard against a hang, not a measure of speed


def run(coroutine: Callable[[], Awaitable[Any]]) -> Any:
    async def main() -> Any:
        return await coroutine()

    return asyncio.run(main())


# -- the microphone


def test_the_microphone_hands_the_callback_250_ms_chunks_as_bytes(sd: FakeSoundDevice) -> None:
    received: list[Any] = []
    audio = DefaultAudioInterface()
    audio.start(received.append)
    assert sd.microphone.settings == {"samplerate": 16_000, "blocksize": 4_000, "channels": 1, "dtype": "int16"}
    assert sd.speaker.settings == {"samplerate": 16_000, "blocksize": 1_000, "channels": 1, "dtype": "int16"}
    for chunk in chunks_of(3):
        sd.microphone.record(chunk)
    audio.stop()
    assert received == chunks_of(3)
    assert all(type(chunk) is bytes for chunk in received)


def test_async_the_microphone_hands_the_callback_250_ms_chunks_in_order_on_the_loop(sd: FakeSoundDevice) -> None:
    async def scenario() -> list[Any]:
        recorder = AsyncRecorder(expected=5)
        audio = AsyncDefaultAudioInterface()
        await audio.start(recorder)
        assert sd.microphone.settings["blocksize"] == 4_000
        for chunk in chunks_of(5):
            await asyncio.to_thread(sd.microphone.record, chunk)  # PortAudio calls from its own thread
        await recorder.wait()
        await audio.stop()
        return recorder.received

    received = run(scenario)
    assert received == chunks_of(5)
    assert all(type(chunk) is bytes for chunk in received)


def test_a_failing_input_callback_stops_the_microphone_and_says_so_once(
    sd: FakeSoundDevice, caplog: pytest.LogCaptureFixture
) -> None:
    def send(chunk: bytes) -> None:
        raise ConnectionError("the socket is closed")

    with DefaultAudioInterface() as audio:
        audio.start(send)
        sd.microphone.record(chunks_of(1)[0])
        assert sd.microphone.aborted  # PortAudio is told to call no more
        assert sd.speaker.running  # the agent's audio still plays
    messages = [record for record in caplog.records if record.levelno == logging.ERROR]
    assert len(messages) == 1
    assert "microphone is stopped" in messages[0].getMessage()
    assert "the socket is closed" in caplog.text


def test_async_a_failing_input_callback_stops_sending_and_says_so_once(
    sd: FakeSoundDevice, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[bytes] = []

    async def send(chunk: bytes) -> None:
        calls.append(chunk)
        raise ConnectionError("the socket is closed")

    async def scenario() -> None:
        async with AsyncDefaultAudioInterface() as audio:
            await audio.start(send)
            for chunk in chunks_of(2):
                await asyncio.to_thread(sd.microphone.record, chunk)
                await asyncio.sleep(0)  # let the sending task run between chunks
                await asyncio.sleep(0)
            assert sd.microphone.aborted  # the chunk after the failure stopped the microphone
            assert sd.speaker.running
        assert asyncio.all_tasks() == {asyncio.current_task()}

    run(scenario)
    assert calls == chunks_of(1)
    assert len([record for record in caplog.records if record.levelno == logging.ERROR]) == 1
    assert "no longer sent" in caplog.text


# -- the speaker


def test_output_is_played_in_order_then_silence(sd: FakeSoundDevice) -> None:
    with DefaultAudioInterface() as audio:
        audio.start(lambda chunk: None)
        audio.output(b"a" * 3_000)  # returns at once: nothing plays until the speaker asks
        audio.output(b"b" * 1_500)
        played = [sd.speaker.play() for _ in range(4)]
    assert played == [b"a" * 2_000, b"a" * 1_000 + b"b" * 1_000, b"b" * 500 + bytes(1_500), bytes(BLOCK)]


def test_async_output_is_played_in_order_then_silence(sd: FakeSoundDevice) -> None:
    async def scenario() -> list[bytes]:
        async with AsyncDefaultAudioInterface() as audio:
            await audio.start(AsyncRecorder(expected=0))
            await audio.output(b"a" * 3_000)
            await audio.output(b"b" * 1_500)
            return [await asyncio.to_thread(sd.speaker.play) for _ in range(4)]

    played = run(scenario)
    assert played == [b"a" * 2_000, b"a" * 1_000 + b"b" * 1_000, b"b" * 500 + bytes(1_500), bytes(BLOCK)]


def test_interrupt_drops_the_queued_audio_and_what_comes_next_plays(sd: FakeSoundDevice) -> None:
    with DefaultAudioInterface() as audio:
        audio.start(lambda chunk: None)
        audio.output(b"a" * 10_000)
        assert sd.speaker.play() == b"a" * BLOCK
        audio.interrupt()
        assert sd.speaker.play() == bytes(BLOCK)
        audio.output(b"c" * BLOCK)
        assert sd.speaker.play() == b"c" * BLOCK


def test_async_interrupt_drops_the_queued_audio_and_what_comes_next_plays(sd: FakeSoundDevice) -> None:
    async def scenario() -> list[bytes]:
        async with AsyncDefaultAudioInterface() as audio:
            await audio.start(AsyncRecorder(expected=0))
            await audio.output(b"a" * 10_000)
            played = [await asyncio.to_thread(sd.speaker.play)]
            await audio.interrupt()
            played.append(await asyncio.to_thread(sd.speaker.play))
            await audio.output(b"c" * BLOCK)
            played.append(await asyncio.to_thread(sd.speaker.play))
            return played

    assert run(scenario) == [b"a" * BLOCK, bytes(BLOCK), b"c" * BLOCK]


# -- stopping: both streams closed, no thread or task left, however it ends


def test_stop_closes_both_streams_and_leaves_no_thread(sd: FakeSoundDevice) -> None:
    before = set(threading.enumerate())
    received: list[bytes] = []
    audio = DefaultAudioInterface()
    audio.start(received.append)
    assert len(set(threading.enumerate()) - before) == 2  # the fake's two PortAudio threads
    audio.output(b"a" * 10_000)
    audio.stop()
    assert sd.microphone.closed and sd.speaker.closed
    assert set(threading.enumerate()) == before
    audio.stop()  # a second stop is harmless

    audio.start(received.append)  # and the interface can start again, with new streams
    assert [stream.running for stream in sd.microphones + sd.speakers] == [False, True, False, True]
    assert sd.speakers[1].play() == bytes(BLOCK)  # what was queued before stop() is gone
    audio.stop()
    assert set(threading.enumerate()) == before


def test_async_stop_closes_both_streams_and_leaves_no_thread_or_task(sd: FakeSoundDevice) -> None:
    before = set(threading.enumerate())

    async def scenario() -> None:
        audio = AsyncDefaultAudioInterface()
        await audio.start(AsyncRecorder(expected=0))
        assert len(asyncio.all_tasks()) == 2  # this one and the one that sends the microphone's chunks
        await audio.stop()
        assert sd.microphone.closed and sd.speaker.closed
        assert asyncio.all_tasks() == {asyncio.current_task()}
        await audio.stop()

    run(scenario)
    assert set(threading.enumerate()) == before


def test_stop_called_by_the_input_callback_closes_both_streams_once_it_returns(sd: FakeSoundDevice) -> None:
    before = set(threading.enumerate())
    audio = DefaultAudioInterface()
    calls: list[bytes] = []

    def send(chunk: bytes) -> None:  # a conversation that ends on the first chunk, say
        calls.append(chunk)
        audio.stop()  # real PortAudio aborts the process if its stream is closed from its own callback

    audio.start(send)
    audio.output(b"a" * 10_000)
    sd.microphone.record(chunks_of(1)[0])
    assert sd.microphone.aborted  # PortAudio calls the callback no more
    for thread in set(threading.enumerate()) - before:
        thread.join(30)  # the thread that closes them, and the fake's two, which end when they close
    assert sd.microphone.closed and sd.speaker.closed
    assert set(threading.enumerate()) == before
    assert calls == chunks_of(1)
    audio.stop()
    audio.start(send)  # and it starts again afresh
    assert sd.speakers[1].play() == bytes(BLOCK)
    audio.stop()


def test_async_stop_called_by_the_input_callback_leaves_no_task(sd: FakeSoundDevice) -> None:
    calls: list[bytes] = []

    async def scenario() -> None:
        audio = AsyncDefaultAudioInterface()

        async def send(chunk: bytes) -> None:  # a conversation that ends on the first chunk, say
            calls.append(chunk)
            await audio.stop()
            await asyncio.sleep(0)  # and goes on awaiting: stop() has not cancelled it

        before = asyncio.all_tasks()  # this one, and wait_for's below
        await audio.start(send)
        await asyncio.to_thread(sd.microphone.record, chunks_of(1)[0])
        while asyncio.all_tasks() != before:
            await asyncio.sleep(0)  # hangs, rather than passes, if the sending task is left waiting
        assert sd.microphone.closed and sd.speaker.closed

    asyncio.run(asyncio.wait_for(scenario(), 30))
    assert calls == chunks_of(1)


def test_starting_twice_without_stop_is_refused(sd: FakeSoundDevice) -> None:
    with DefaultAudioInterface() as audio:
        audio.start(lambda chunk: None)
        with pytest.raises(RuntimeError, match=r"DefaultAudioInterface is already started: stop\(\) it"):
            audio.start(lambda chunk: None)
    assert len(sd.speakers) == 1


def test_ctrl_c_in_a_with_block_closes_both_streams(sd: FakeSoundDevice) -> None:
    before = set(threading.enumerate())
    with pytest.raises(KeyboardInterrupt), DefaultAudioInterface() as audio:
        audio.start(lambda chunk: None)
        raise KeyboardInterrupt
    assert sd.microphone.closed and sd.speaker.closed
    assert set(threading.enumerate()) == before


def test_ctrl_c_while_stop_closes_the_microphone_still_closes_the_speaker(sd: FakeSoundDevice) -> None:
    before = set(threading.enumerate())
    audio = DefaultAudioInterface()
    audio.start(lambda chunk: None)
    audio.output(b"a" * 10_000)
    sd.microphone.raise_on_close = KeyboardInterrupt()
    with pytest.raises(KeyboardInterrupt):
        audio.stop()
    assert sd.speaker.closed
    assert set(threading.enumerate()) == before
    audio.start(lambda chunk: None)  # and the next start begins with nothing queued
    assert sd.speakers[1].play() == bytes(BLOCK)
    audio.stop()


def test_async_a_cancelled_task_closes_both_streams_and_leaves_no_task(sd: FakeSoundDevice) -> None:
    async def conversation(started: asyncio.Event) -> None:
        async with AsyncDefaultAudioInterface() as audio:
            await audio.start(AsyncRecorder(expected=0))
            started.set()
            await asyncio.Event().wait()  # until cancelled, as asyncio.run cancels it on Ctrl-C

    async def scenario() -> None:
        started = asyncio.Event()
        task = asyncio.create_task(conversation(started))
        await started.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert sd.microphone.closed and sd.speaker.closed
        assert asyncio.all_tasks() == {asyncio.current_task()}

    run(scenario)


def test_a_microphone_that_will_not_open_leaves_the_speaker_closed(sd: FakeSoundDevice) -> None:
    sd.no_microphone = True
    audio = DefaultAudioInterface()
    with pytest.raises(PortAudioError):
        audio.start(lambda chunk: None)
    assert sd.speaker.closed
    sd.no_microphone = False
    audio.start(lambda chunk: None)  # not left half started
    audio.stop()


def test_async_a_microphone_that_will_not_open_leaves_no_stream_or_task(sd: FakeSoundDevice) -> None:
    sd.no_microphone = True

    async def scenario() -> None:
        with pytest.raises(PortAudioError):
            await AsyncDefaultAudioInterface().start(AsyncRecorder(expected=0))
        await asyncio.sleep(0)  # the sending task, cancelled, ends on the loop's next turn
        assert asyncio.all_tasks() == {asyncio.current_task()}

    run(scenario)
    assert sd.speaker.closed


# -- what a missing library says


@pytest.mark.parametrize("interface", [DefaultAudioInterface, AsyncDefaultAudioInterface])
def test_without_sounddevice_the_error_names_the_extra(interface: type[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", None)  # import sounddevice fails, as when not installed
    with pytest.raises(ImportError) as raised:
        interface()
    assert str(raised.value) == f"{interface.__name__} needs sounddevice, in the audio extra: {INSTALL}"
    assert raised.value.name == "sounddevice"
    assert raised.value.__cause__ is None  # one short error, not Python's own above it


@pytest.mark.parametrize("interface", [DefaultAudioInterface, AsyncDefaultAudioInterface])
def test_without_portaudio_the_error_says_to_install_it(
    interface: type[Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # What sounddevice does when it finds no PortAudio library to load.
    (tmp_path / "sounddevice.py").write_text("raise OSError('PortAudio library not found')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    with pytest.raises(OSError) as raised:
        interface()
    message = str(raised.value)
    assert message.startswith(f"{interface.__name__} needs the PortAudio library")
    assert "(PortAudio library not found)" in message
    assert "sudo apt install libportaudio2" in message


# -- the ABCs and the package


def test_the_abcs_refuse_a_subclass_missing_a_method() -> None:
    class NoInterrupt(AudioInterface):
        def start(self, input_callback: Callable[[bytes], None]) -> None: ...

        def stop(self) -> None: ...

        def output(self, audio: bytes) -> None: ...

    class AsyncNoOutput(AsyncAudioInterface):
        async def start(self, input_callback: Callable[[bytes], Awaitable[None]]) -> None: ...

        async def stop(self) -> None: ...

        async def interrupt(self) -> None: ...

    with pytest.raises(TypeError, match="interrupt"):
        NoInterrupt()  # type: ignore[abstract]
    with pytest.raises(TypeError, match="output"):
        AsyncNoOutput()  # type: ignore[abstract]


def test_the_abcs_have_the_official_names_and_signatures() -> None:
    official = {"start": ["self", "input_callback"], "stop": ["self"], "output": ["self", "audio"]}
    official["interrupt"] = ["self"]
    for abc, coroutines in ((AudioInterface, False), (AsyncAudioInterface, True)):
        assert abc.__abstractmethods__ == set(official)
        for name, parameters in official.items():
            method = getattr(abc, name)
            assert list(inspect.signature(method).parameters) == parameters
            assert inspect.iscoroutinefunction(method) is coroutines
    assert issubclass(DefaultAudioInterface, AudioInterface)
    assert issubclass(AsyncDefaultAudioInterface, AsyncAudioInterface)


def test_the_package_imports_without_sounddevice() -> None:
    script = (
        "import sys; sys.modules['sounddevice'] = None\n"  # any import of it would fail
        "import elevenlabs_client.conversational_ai\n"
        "from elevenlabs_client.conversational_ai.audio_interface import AudioInterface, AsyncAudioInterface\n"
        "from elevenlabs_client.conversational_ai.default_audio_interface import DefaultAudioInterface\n"
        "print('imported')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.stdout == "imported\n", result.stderr
