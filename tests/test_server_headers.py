"""The test server sends the vendor's response headers: text to speech's `history-item-id` (an item
the history then holds) and `character-cost`, the headers the spec declares (music's `song-id`), and
a `request-id` on every answer, errors included. Sync and async, through `with_raw_response`."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import API_KEY
from doc_examples import example_containing, run
from elevenlabs_client import AsyncElevenLabs, ElevenLabs
from elevenlabs_client.testing import FakeElevenLabs


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(history_items=5, conversations=2, api_key=API_KEY, audio_size=2048) as server:
        yield server


def test_the_readme_example_reads_the_generations_headers(fake: FakeElevenLabs) -> None:
    with ElevenLabs(api_key=API_KEY, base_url=fake.base_url) as client:
        raw = client.text_to_speech.with_raw_response.convert("JBFqnCBsd6RMkjVDRZzb", text="Hello")
        assert raw.headers["character-cost"] == "5"
        assert len(b"".join(raw.data)) == 2048
        item = client.history.get(raw.headers["history-item-id"])
        newest = client.history.list(page_size=1).history[0]
    assert (item.text, item.voice_id, item.source) == ("Hello", "JBFqnCBsd6RMkjVDRZzb", "TTS")
    assert newest.history_item_id == raw.headers["history-item-id"], "the generation is the newest item"
    assert raw.headers["request-id"]


def test_async_generations_get_their_own_history_items(fake: FakeElevenLabs) -> None:
    async def run() -> tuple[str, str, object]:
        async with AsyncElevenLabs(api_key=API_KEY, base_url=fake.base_url) as client:
            first = await client.text_to_speech.with_raw_response.convert("voice-a", text="One")
            second = await client.text_to_speech.with_raw_response.stream("voice-b", text="Two, three")
            async for _ in second.data:
                pass
            item = await client.history.get(second.headers["history-item-id"])
            return first.headers["history-item-id"], second.headers["history-item-id"], item.text

    first, second, text = asyncio.run(run())
    assert first != second and text == "Two, three"
    assert [i["history_item_id"] for i in fake.history[:2]] == [second, first]


def test_headers_the_spec_declares_are_sent(fake: FakeElevenLabs) -> None:
    with ElevenLabs(api_key=API_KEY, base_url=fake.base_url) as client:
        music = client.music.with_raw_response.compose(prompt="calm piano")
        sound = client.text_to_sound_effects.with_raw_response.convert(text="a door creaks")
    assert music.headers["song-id"]
    assert sound.headers["character-cost"] == str(len("a door creaks"))
    assert "history-item-id" not in music.headers, "only where the vendor sends it"


def test_every_answer_has_a_request_id_errors_too(fake: FakeElevenLabs) -> None:
    with httpx.Client(base_url=fake.base_url, headers={"xi-api-key": API_KEY}) as http:
        answers = [
            http.get("/v1/user"),
            http.get("/v1/history"),
            http.get("/v1/convai/agents/nope"),
            http.post("/v1/text-to-speech/v", json={}),
            http.get("/v9/nothing"),
        ]
    assert [a.status_code for a in answers] == [200, 200, 404, 422, 404]
    ids = [a.headers.get("request-id") for a in answers]
    assert all(ids) and len(set(ids)) == len(ids), ids


def test_the_docs_test_server_and_raw_response_examples_run_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    run(example_containing("FakeElevenLabs(history_items=500"), {})  # docs/user/testing.md
    assert (tmp_path / "hello.mp3").stat().st_size == 64 * 1024
    (tmp_path / "hello.mp3").unlink()
    # The raw response example uses a `client` and the history item id of the vendor's documentation.
    with (
        FakeElevenLabs(api_key=API_KEY, history_ids=["VW7YKqPnjY4h39yTbx2L"]) as server,
        ElevenLabs(api_key=API_KEY, base_url=server.base_url) as client,
    ):
        namespace: dict[str, Any] = {"client": client}
        # docs/user/raw-responses-and-extras.md
        run(example_containing('with_raw_response.convert("JBFqnCBsd6RMkjVDRZzb"'), namespace)
        item_id, cost = capsys.readouterr().out.split()
        assert (cost, client.history.get(item_id).text) == ("5", "Hello")
        assert namespace["item"].data.history_item_id == "VW7YKqPnjY4h39yTbx2L"
    assert (tmp_path / "hello.mp3").exists()
