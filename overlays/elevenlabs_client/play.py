"""The official SDK's audio helpers, under its names and arguments: `play`, `save` and `stream`.

`from elevenlabs_client.play import play, save, stream`. Each takes bytes or the chunks of a stream
(`client.text_to_speech.convert(...)`, `song.audio`); given an async stream (`AsyncElevenLabs`), each
returns a coroutine to await. Unlike the official helpers, `play` and `stream` hand the chunks to the
player as they arrive instead of joining them first, `save` writes the file only once it is complete
(as the streams' `.save()`), and a missing player or library is an `AudioPlaybackError` (a
`ValueError`, as the official SDK raises) saying what to install.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import AsyncIterable, Callable, Coroutine, Iterable
from typing import IO, Any, overload

from ._errors import ElevenLabsError
from ._files import asave_chunks, atomic_file, save_chunks

__all__ = ["AudioPlaybackError", "play", "save", "stream"]

Audio = bytes | bytearray | Iterable[bytes]

FFPLAY = ["ffplay", "-autoexit", "-", "-nodisp"]
MPV = ["mpv", "--no-cache", "--no-terminal", "--", "fd://0"]
INSTALL = {
    "ffplay": "install ffmpeg, which provides ffplay (macOS: brew install ffmpeg; Debian and Ubuntu: "
    "sudo apt install ffmpeg; Windows and others: https://ffmpeg.org/download.html), or call "
    "play(audio, use_ffmpeg=False), which needs pip install sounddevice soundfile",
    "mpv": "install mpv (macOS: brew install mpv; Debian and Ubuntu: sudo apt install mpv; Windows and "
    "others: https://mpv.io/installation/), or use play(audio), which plays with ffmpeg's ffplay",
}


class AudioPlaybackError(ElevenLabsError, ValueError):
    """No player or library to play with (the message says what to install), or the player failed."""


@overload
def play(audio: Audio, notebook: bool = False, use_ffmpeg: bool = True) -> None: ...
@overload
def play(audio: AsyncIterable[bytes], notebook: bool = False, use_ffmpeg: bool = True) -> Coroutine[Any, Any, None]: ...
def play(
    audio: Audio | AsyncIterable[bytes], notebook: bool = False, use_ffmpeg: bool = True
) -> None | Coroutine[Any, Any, None]:
    """Play the audio: with ffmpeg's `ffplay` (by default), in a Jupyter notebook (`notebook=True`, IPython),
    or with sounddevice and soundfile (`use_ffmpeg=False`). Returns when it has been played."""
    if isinstance(audio, AsyncIterable):
        return _aplay(audio, notebook, use_ffmpeg)
    if notebook or not use_ffmpeg:
        try:
            player = _whole_player(notebook)
        except BaseException:
            _close(audio)
            raise
        player(_joined(audio))
    else:
        _pipe(FFPLAY, _chunks(audio), keep=False)
    return None


@overload
def save(audio: Audio, filename: str | os.PathLike[str]) -> None: ...
@overload
def save(audio: AsyncIterable[bytes], filename: str | os.PathLike[str]) -> Coroutine[Any, Any, None]: ...
def save(audio: Audio | AsyncIterable[bytes], filename: str | os.PathLike[str]) -> None | Coroutine[Any, Any, None]:
    """Write the audio to `filename` as it arrives; the file appears only once it is complete, and a
    failure leaves an existing file as it was."""
    if isinstance(audio, AsyncIterable):
        return _asave(audio, filename)
    if isinstance(audio, (bytes, bytearray)):
        with atomic_file(filename) as (out, _):
            out.write(audio)
    else:
        save_chunks(iter(_chunks(audio)), filename)
    return None


@overload
def stream(audio_stream: Iterable[bytes]) -> bytes: ...
@overload
def stream(audio_stream: AsyncIterable[bytes]) -> Coroutine[Any, Any, bytes]: ...
def stream(audio_stream: Iterable[bytes] | AsyncIterable[bytes]) -> bytes | Coroutine[Any, Any, bytes]:
    """Play the chunks with `mpv` as they arrive, and return the whole audio (as the official SDK does)."""
    if isinstance(audio_stream, AsyncIterable):
        return _apipe(MPV, audio_stream, keep=True)
    return _pipe(MPV, _chunks(audio_stream), keep=True)


def _chunks(audio: Audio) -> Iterable[bytes]:
    if isinstance(audio, str):
        raise TypeError("the audio is text (str); give its bytes, or the stream a call returned")
    return [bytes(audio)] if isinstance(audio, (bytes, bytearray)) else audio


def _joined(audio: Audio) -> bytes:
    chunks = _chunks(audio)
    try:
        return b"".join(chunks)
    finally:
        _close(chunks)


def _close(chunks: object) -> None:
    close = getattr(chunks, "close", None)
    if close is not None:
        close()


async def _aclose(chunks: object) -> None:
    aclose = getattr(chunks, "aclose", None)
    if aclose is not None:
        await aclose()


def _player(command: list[str]) -> list[str]:
    found = shutil.which(command[0])
    if found is None:
        raise AudioPlaybackError(f"{command[0]} was not found on PATH, and it plays the audio: {INSTALL[command[0]]}")
    return [found, *command[1:]]


def _pipe(command: list[str], chunks: Iterable[bytes], keep: bool) -> bytes:
    """Feed the chunks to the player's stdin as they come; what it writes to stderr goes to a file, so a
    player that says much cannot block on a full pipe while it is fed."""
    import subprocess  # here, not at the top: the package imports this module, and subprocess is not cheap

    fed = bytearray()
    try:
        player = _player(command)
        with tempfile.TemporaryFile() as errors:
            process = subprocess.Popen(player, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=errors)
            assert process.stdin is not None
            try:
                for chunk in chunks:
                    if keep:
                        fed += chunk
                    process.stdin.write(chunk)
                    process.stdin.flush()  # a chunk plays as it arrives, not when a buffer fills
            except BrokenPipeError:
                pass  # the player quit early (a user closed it); its status says whether that was a failure
            except BaseException:
                process.kill()
                raise
            finally:
                with contextlib.suppress(BrokenPipeError):
                    process.stdin.close()  # the end of the audio: the player plays what it has, then exits
                process.wait()
            _check(command[0], process.returncode, errors)
    finally:
        _close(chunks)
    return bytes(fed)


async def _apipe(command: list[str], chunks: AsyncIterable[bytes], keep: bool) -> bytes:
    import asyncio
    import subprocess

    fed = bytearray()
    try:
        player = _player(command)
        with tempfile.TemporaryFile() as errors:
            process = await asyncio.create_subprocess_exec(
                *player, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=errors
            )
            assert process.stdin is not None
            try:
                async for chunk in chunks:
                    if keep:
                        fed += chunk
                    process.stdin.write(chunk)
                    await process.stdin.drain()
            except (BrokenPipeError, ConnectionResetError):
                pass  # as in _pipe
            except BaseException:
                process.kill()
                raise
            finally:
                process.stdin.close()
                await process.wait()
            _check(command[0], process.returncode, errors)
    finally:
        await _aclose(chunks)
    return bytes(fed)


def _check(name: str, status: int | None, errors: IO[bytes]) -> None:
    if status:
        errors.seek(0)
        said = errors.read()[-2000:].decode(errors="replace").strip()
        raise AudioPlaybackError(
            f"{name} exited with status {status} and did not play the audio" + (f"; it said: {said}" if said else "")
        )


def _whole_player(notebook: bool) -> Callable[[bytes], None]:
    """What plays for `notebook=True` or `use_ffmpeg=False`, which need the whole audio; found before any of
    it is read, so a missing library fails without a download."""
    if notebook:
        try:
            from IPython.display import Audio, display  # type: ignore[import-not-found, unused-ignore]
        except ModuleNotFoundError:
            raise AudioPlaybackError("play(audio, notebook=True) needs IPython: pip install ipython") from None
        return lambda audio: display(Audio(audio, rate=44100, autoplay=True))
    try:
        import sounddevice  # type: ignore[import-not-found, unused-ignore]
        import soundfile  # type: ignore[import-not-found, unused-ignore]
    except (ModuleNotFoundError, OSError):  # OSError: sounddevice installed without the PortAudio library
        message = "play(audio, use_ffmpeg=False) needs sounddevice and soundfile: pip install sounddevice soundfile"
        raise AudioPlaybackError(message) from None

    def played(audio: bytes) -> None:
        import io

        sounddevice.play(*soundfile.read(io.BytesIO(audio)))
        sounddevice.wait()

    return played


async def _aplay(audio: AsyncIterable[bytes], notebook: bool, use_ffmpeg: bool) -> None:
    if not notebook and use_ffmpeg:
        await _apipe(FFPLAY, audio, keep=False)
        return
    import asyncio

    try:
        player = _whole_player(notebook)
        whole = b"".join([chunk async for chunk in audio])
    finally:
        await _aclose(audio)
    await asyncio.to_thread(player, whole)  # sounddevice waits for the end of the audio: not on the loop


async def _asave(audio: AsyncIterable[bytes], filename: str | os.PathLike[str]) -> None:
    await asave_chunks(aiter(audio), filename)
