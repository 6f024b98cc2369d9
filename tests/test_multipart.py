"""music.compose_detailed over a real socket against the fake server, sync and async: the official SDK's
answer (the JSON part parsed, the audio part streaming as it arrives), bounded memory for a large audio
part, and a clear error for a body cut short or malformed, naming what was wrong."""

from __future__ import annotations

import asyncio
import hashlib
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from elevenlabs_client import APIConnectionError, AsyncElevenLabs, ElevenLabs, ResponseValidationError
from elevenlabs_client._testing._audio import _audio_chunks
from elevenlabs_client.testing import FakeElevenLabs, Fault
from test_surface import loaded_after

KEY = "sk-multipart"
PATH = "/v1/music/detailed"
FLAVOURS = ["sync", "async"]
MiB = 1024 * 1024


@pytest.fixture
def fake() -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(api_key=KEY, audio_size=300_000, chunk_size=16 * 1024) as server:
        yield server


def expected_audio(size: int, chunk_size: int) -> bytes:
    return b"".join(_audio_chunks(PATH, size, chunk_size))


def compose(flavour: str, fake: FakeElevenLabs, save: Path | None = None, **arguments: Any) -> dict[str, Any]:
    """What the caller sees: the answer's attributes, and the audio read whole (or saved to `save`)."""
    if flavour == "sync":
        with (
            ElevenLabs(api_key=KEY, base_url=fake.base_url, max_retries=0) as client,
            client.music.compose_detailed(prompt="calm piano", **arguments) as song,
        ):
            seen = {"json": song.json, "filename": song.filename, "song_id": song.song_id}
            if save is not None:
                song.audio.save(save)
                return seen
            return {**seen, "audio": b"".join(song.audio)}

    async def run() -> dict[str, Any]:
        async with AsyncElevenLabs(api_key=KEY, base_url=fake.base_url, max_retries=0) as client:
            song = await client.music.compose_detailed(prompt="calm piano", **arguments)
            async with song:
                seen = {"json": song.json, "filename": song.filename, "song_id": song.song_id}
                if save is not None:
                    await song.audio.save(save)
                    return seen
                return {**seen, "audio": b"".join([chunk async for chunk in song.audio])}

    return asyncio.run(run())


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_the_json_part_is_parsed_and_the_audio_part_arrives_whole(flavour: str, fake: FakeElevenLabs) -> None:
    song = compose(flavour, fake)
    assert song["json"]["song_metadata"]["title"] == "My Song"
    assert song["json"]["composition_plan"]["sections"][0]["section_name"] == "Verse 1"
    assert song["filename"] == "song.mp3"
    assert isinstance(song["song_id"], str) and song["song_id"], "the song-id header"
    assert song["audio"] == expected_audio(300_000, 16 * 1024)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_boundaries_split_across_chunks_are_found(flavour: str, fake: FakeElevenLabs) -> None:
    # 7-byte chunks split every boundary and header line of the body between chunks.
    song = compose(flavour, fake, chunk_size=7)
    assert song["json"]["song_metadata"]["genres"] == ["pop", "rock", "jazz"]
    assert song["audio"] == expected_audio(300_000, 16 * 1024)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_the_audio_is_saved_whole(flavour: str, fake: FakeElevenLabs, tmp_path: Path) -> None:
    target = tmp_path / "song.mp3"
    compose(flavour, fake, save=target)
    assert target.read_bytes() == expected_audio(300_000, 16 * 1024)
    assert [p.name for p in tmp_path.iterdir()] == ["song.mp3"]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_the_call_answers_before_the_audio_is_sent_and_memory_stays_flat(flavour: str) -> None:
    size = 48 * MiB
    with FakeElevenLabs(api_key=KEY, audio_size=size, chunk_size=64 * 1024) as fake:
        # A first call loads the spec, the server's validator and the client's modules: not what is measured.
        with ElevenLabs(api_key=KEY, base_url=fake.base_url) as client, client.music.compose_detailed(prompt="warm"):
            pass
        tracemalloc.start()
        try:
            if flavour == "sync":
                with ElevenLabs(api_key=KEY, base_url=fake.base_url, max_retries=0) as client:
                    song = client.music.compose_detailed(prompt="long")
                    sent_at_answer = fake.requests[-1].bytes_sent
                    digest, received = hashlib.sha256(), 0
                    for chunk in song.audio:
                        digest.update(chunk)
                        received += len(chunk)
            else:

                async def run() -> tuple[int, Any, int]:
                    async with AsyncElevenLabs(api_key=KEY, base_url=fake.base_url, max_retries=0) as client:
                        song = await client.music.compose_detailed(prompt="long")
                        sent = fake.requests[-1].bytes_sent
                        digest, received = hashlib.sha256(), 0
                        async for chunk in song.audio:
                            digest.update(chunk)
                            received += len(chunk)
                        return sent, digest, received

                sent_at_answer, digest, received = asyncio.run(run())
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert received == size
    assert digest.hexdigest() == hashlib.sha256(expected_audio(size, 64 * 1024)).hexdigest()
    assert sent_at_answer < size // 2, "the call waited for the audio instead of answering with its JSON part"
    assert peak < 8 * MiB, f"peak {peak / MiB:.1f} MiB while streaming {size // MiB} MiB"


def multipart(*parts: bytes, close: bool = True) -> bytes:
    body = b"".join(b"--b\r\n" + part + b"\r\n" for part in parts)
    return body + b"--b--\r\n" if close else body


JSON_PART = b'Content-Type: application/json\r\n\r\n{"song_metadata": {"title": "t"}}'
AUDIO_PART = b'Content-Type: audio/mpeg\r\nContent-Disposition: attachment; filename="x.mp3"\r\n\r\nID3 audio'
MIXED = "multipart/mixed; boundary=b"


def answer_with(fake: FakeElevenLabs, body: bytes, content_type: str = MIXED) -> None:
    fake.add_fault(Fault(path=PATH, status=200, body=body, headers={"Content-Type": content_type}))


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_well_formed_body_of_other_bytes_is_read_as_written(flavour: str, fake: FakeElevenLabs) -> None:
    # Another multipart type, a quoted boundary, a long preamble, bare LF line ends in the headers, no file
    # name, an epilogue: all as RFC 2046 allows.
    body = (
        b"preamble " * 10_000
        + b"\r\n"
        + multipart(b'Content-Type: application/json\n\n{"a": 1}', b"Content-Type: audio/mpeg\n\n\r\n-- b\r")
    )
    answer_with(fake, body + b"epilogue", 'multipart/related; boundary="b"')
    song = compose(flavour, fake)
    assert (song["json"], song["audio"], song["filename"]) == ({"a": 1}, b"\r\n-- b\r", "generated_music.mp3")


MALFORMED = {
    "not multipart": (b"{}", "application/json", "its Content-Type is 'application/json', not multipart/mixed"),
    "no boundary": (multipart(JSON_PART, AUDIO_PART), "multipart/mixed", "not multipart/mixed with a boundary"),
    "another boundary": (multipart(JSON_PART, AUDIO_PART), "multipart/mixed; boundary=zz", "has no boundary 'zz'"),
    "audio first": (multipart(AUDIO_PART, JSON_PART), MIXED, "starts with a part of type 'audio/mpeg'"),
    "bad JSON": (multipart(b"Content-Type: application/json\r\n\r\n{oops", AUDIO_PART), MIXED, "is not JSON"),
    "JSON list": (multipart(b"Content-Type: application/json\r\n\r\n[1]", AUDIO_PART), MIXED, "a list, not an object"),
    "header": (multipart(b"Content-Type application/json\r\n\r\n{}"), MIXED, "not 'Name: value' in part 1"),
    "no audio": (multipart(JSON_PART), MIXED, "ends after its JSON part: there is no audio part"),
    "cut in JSON": (b"--b\r\n" + JSON_PART[:-5], MIXED, "ended in part 1, without its closing boundary"),
    "cut in headers": (b"--b\r\nContent-Ty", MIXED, "ended in the headers of part 1"),
    "only a preamble": (b"x" * 70_000, MIXED, "has no boundary 'b', which its Content-Type names"),
    "endless headers": (b"--b\r\nX: " + b"y" * 70_000, MIXED, "has headers of more than 65536 bytes in part 1"),
    "text after boundary": (b"--bogus\r\n" + JSON_PART, MIXED, "after a boundary, where a line end belongs"),
}


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("case", MALFORMED, ids=list(MALFORMED))
def test_a_malformed_body_fails_the_call_saying_what_is_wrong(flavour: str, case: str, fake: FakeElevenLabs) -> None:
    body, content_type, problem = MALFORMED[case]
    answer_with(fake, body, content_type)
    with pytest.raises(ResponseValidationError) as caught:
        compose(flavour, fake)
    assert f"POST {PATH}: the multipart/mixed body" in str(caught.value)
    assert problem in str(caught.value)
    assert caught.value.status_code == 200


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_an_audio_part_cut_short_fails_its_reading_and_saves_nothing(
    flavour: str, fake: FakeElevenLabs, tmp_path: Path
) -> None:
    answer_with(fake, multipart(JSON_PART, AUDIO_PART, close=False))
    with pytest.raises(ResponseValidationError, match="ended in part 2, without its closing boundary"):
        compose(flavour, fake, save=tmp_path / "song.mp3")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_connection_dropped_in_the_audio_is_a_connection_error(flavour: str, fake: FakeElevenLabs) -> None:
    fake.add_fault(Fault(path=PATH, cut_after=100_000))
    with pytest.raises(APIConnectionError):
        compose(flavour, fake)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_with_raw_response_has_the_headers_and_the_same_answer(flavour: str, fake: FakeElevenLabs) -> None:
    if flavour == "sync":
        with ElevenLabs(api_key=KEY, base_url=fake.base_url) as client:
            raw = client.music.with_raw_response.compose_detailed(prompt="calm")
            audio = b"".join(raw.data.audio)
    else:

        async def run() -> tuple[Any, bytes]:
            async with AsyncElevenLabs(api_key=KEY, base_url=fake.base_url) as client:
                raw = await client.music.with_raw_response.compose_detailed(prompt="calm")
                return raw, b"".join([chunk async for chunk in raw.data.audio])

        raw, audio = asyncio.run(run())
    assert (raw.status_code, raw.method, raw.url) == (200, "POST", f"{fake.base_url}{PATH}")
    assert raw.headers["content-type"].startswith("multipart/mixed; boundary=")
    assert raw.data.song_id == raw.headers["song-id"]
    assert raw.data.json["song_metadata"]["title"] == "My Song"
    assert audio == expected_audio(300_000, 16 * 1024)


def test_importing_the_client_loads_neither_the_multipart_reader_nor_what_the_players_run() -> None:
    # Import time is measured against the official SDK's; few programs compose detailed music or play audio.
    # `play`, `save` and `stream` are importable from the package, as from the official one, but what runs a
    # player (subprocess) is imported only when one plays.
    modules = loaded_after("import elevenlabs_client")
    assert "elevenlabs_client.play" in modules
    assert {"elevenlabs_client._multipart", "subprocess"} & modules == set()
