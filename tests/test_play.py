"""elevenlabs_client.play: the official SDK's play, save and stream, sync and async, with a fake player
first on PATH (a script that records what it was fed) or none at all, and streams from the fake server."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from elevenlabs_client import APIConnectionError, AsyncElevenLabs, ElevenLabs
from elevenlabs_client.play import AudioPlaybackError, play, save, stream
from elevenlabs_client.testing import FakeElevenLabs, Fault

KEY = "sk-play"
VOICE = "JBFqnCBsd6RMkjVDRZzb"
FLAVOURS = ["sync", "async"]
PLAYER = f"""#!{sys.executable}
import os, sys
out = os.environ["FAKE_PLAYER_OUT"]
with open(out + ".args", "w") as f:
    f.write(" ".join([os.path.basename(sys.argv[0]), *sys.argv[1:]]))
with open(out, "wb") as f:
    f.write(sys.stdin.buffer.read(10) if os.environ.get("FAKE_PLAYER_QUIT") else sys.stdin.buffer.read())
if os.environ.get("FAKE_PLAYER_FAIL"):
    sys.stderr.write("no audio output device\\n")
    sys.exit(3)
"""


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(api_key=KEY, audio_size=200_000, chunk_size=16 * 1024) as server:
        yield server


@pytest.fixture
def played(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the fake ffplay and mpv (alone on PATH) write what they were fed, and their arguments beside it."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for name in ("ffplay", "mpv"):
        (folder / name).write_text(PLAYER)
        (folder / name).chmod(0o755)
    monkeypatch.setenv("PATH", str(folder))
    monkeypatch.setenv("FAKE_PLAYER_OUT", str(tmp_path / "played"))
    return tmp_path / "played"


@pytest.fixture
def no_player(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no ffplay, no mpv


def speech(fake: FakeElevenLabs) -> bytes:
    with ElevenLabs(api_key=KEY, base_url=fake.base_url) as client:
        return b"".join(client.text_to_speech.convert(VOICE, text="Hello"))


def with_speech(flavour: str, fake: FakeElevenLabs, helper: Any, *arguments: Any, **keywords: Any) -> Any:
    """`helper(<the text to speech stream>, *arguments)`, with a sync client or awaited with an async one."""
    if flavour == "sync":
        with ElevenLabs(api_key=KEY, base_url=fake.base_url, max_retries=0) as client:
            return helper(client.text_to_speech.convert(VOICE, text="Hello"), *arguments, **keywords)

    async def run() -> Any:
        async with AsyncElevenLabs(api_key=KEY, base_url=fake.base_url, max_retries=0) as client:
            return await helper(client.text_to_speech.convert(VOICE, text="Hello"), *arguments, **keywords)

    return asyncio.run(run())


def test_play_feeds_bytes_to_ffplay(played: Path) -> None:
    assert play(b"ID3 audio bytes") is None
    assert played.read_bytes() == b"ID3 audio bytes"
    assert Path(f"{played}.args").read_text() == "ffplay -autoexit - -nodisp"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_play_feeds_a_stream_to_ffplay_whole(flavour: str, fake: FakeElevenLabs, played: Path) -> None:
    expected = speech(fake)
    with_speech(flavour, fake, play)
    assert played.read_bytes() == expected and len(expected) == 200_000


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_stream_plays_with_mpv_and_returns_the_audio(flavour: str, fake: FakeElevenLabs, played: Path) -> None:
    expected = speech(fake)
    assert with_speech(flavour, fake, stream) == expected
    assert played.read_bytes() == expected
    assert Path(f"{played}.args").read_text() == "mpv --no-cache --no-terminal -- fd://0"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_without_ffplay_play_says_to_install_ffmpeg_and_downloads_nothing(
    flavour: str, fake: FakeElevenLabs, no_player: None
) -> None:
    before = len(fake.requests)
    with pytest.raises(ValueError, match=r"ffplay was not found on PATH.*install ffmpeg") as caught:
        with_speech(flavour, fake, play)
    assert isinstance(caught.value, AudioPlaybackError)
    assert "brew install ffmpeg" in str(caught.value) and "sudo apt install ffmpeg" in str(caught.value)
    assert len(fake.requests) == before, "the audio was requested though nothing could play it"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_without_mpv_stream_says_to_install_mpv(flavour: str, fake: FakeElevenLabs, no_player: None) -> None:
    with pytest.raises(AudioPlaybackError, match=r"mpv was not found on PATH.*install mpv \(macOS: brew install mpv"):
        with_speech(flavour, fake, stream)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_player_that_fails_is_an_error_with_what_it_said(
    flavour: str, fake: FakeElevenLabs, played: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_PLAYER_FAIL", "1")
    with pytest.raises(AudioPlaybackError, match="ffplay exited with status 3 .*it said: no audio output device"):
        with_speech(flavour, fake, play)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_player_closed_early_ends_playing_without_an_error(
    flavour: str, fake: FakeElevenLabs, played: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_PLAYER_QUIT", "1")  # reads 10 bytes, then exits 0, as when its window is closed
    assert with_speech(flavour, fake, play) is None
    assert played.read_bytes() == speech(fake)[:10]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("module", "keywords", "install"),
    [
        ("sounddevice", {"use_ffmpeg": False}, "pip install sounddevice soundfile"),
        ("IPython", {"notebook": True}, "pip install ipython"),
    ],
)
def test_other_players_name_the_library_to_install(
    flavour: str,
    module: str,
    keywords: dict[str, bool],
    install: str,
    fake: FakeElevenLabs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # not installed
    before = len(fake.requests)
    with pytest.raises(AudioPlaybackError, match=install):
        with_speech(flavour, fake, play, **keywords)
    assert len(fake.requests) == before


def test_save_writes_bytes(tmp_path: Path) -> None:
    save(b"ID3 audio", str(tmp_path / "a.mp3"))
    assert (tmp_path / "a.mp3").read_bytes() == b"ID3 audio"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_save_writes_a_stream_whole(flavour: str, fake: FakeElevenLabs, tmp_path: Path) -> None:
    with_speech(flavour, fake, save, tmp_path / "hello.mp3")
    assert (tmp_path / "hello.mp3").read_bytes() == speech(fake)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_save_of_a_stream_cut_short_leaves_the_old_file(flavour: str, fake: FakeElevenLabs, tmp_path: Path) -> None:
    target = tmp_path / "hello.mp3"
    target.write_bytes(b"yesterday's take")
    fake.add_fault(Fault(path=f"/v1/text-to-speech/{VOICE}", cut_after=50_000))
    with pytest.raises(APIConnectionError):
        with_speech(flavour, fake, save, target)
    assert target.read_bytes() == b"yesterday's take"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hello.mp3"], "a temporary file was left"


def test_the_helpers_import_from_the_package_as_from_the_official_one(tmp_path: Path) -> None:
    # `from elevenlabs import play, save, stream` ports with its import changed: the functions, not the module.
    import elevenlabs_client

    assert (elevenlabs_client.play, elevenlabs_client.save, elevenlabs_client.stream) == (play, save, stream)
    elevenlabs_client.save(b"ID3 audio", tmp_path / "a.mp3")
    assert (tmp_path / "a.mp3").read_bytes() == b"ID3 audio"
