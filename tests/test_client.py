"""`ElevenLabs` and `AsyncElevenLabs` against the fake server over real sockets; every test runs for both."""

from __future__ import annotations

import asyncio
import hashlib
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from conftest import API_KEY, Driver
from elevenlabs_api.models import GetConversationResponseModel, SpeechHistoryItemResponseModel
from elevenlabs_client import (
    APIConnectionError,
    AsyncElevenLabs,
    AuthenticationError,
    ElevenLabs,
    ElevenLabsError,
    NotFoundError,
    PaginationError,
    UnprocessableEntityError,
)
from elevenlabs_client.testing import FakeElevenLabs, Fault

ROOT = Path(__file__).resolve().parent.parent
MiB = 1024 * 1024


def history_requests(server: FakeElevenLabs) -> int:
    return sum(1 for r in server.requests if r.path.split("?")[0] == "/v1/history")


def sha256(chunks: Any) -> str:
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
    return digest.hexdigest()


# ---- pagination ----


def test_iter_all_walks_every_history_item_newest_first(drive: Driver, server: FakeElevenLabs) -> None:
    before = history_requests(server)
    items = drive.collect(drive.client.history.iter_all())
    ids = [item.history_item_id for item in items]
    assert len(ids) == 2345 and len(set(ids)) == 2345
    assert ids == [item["history_item_id"] for item in server.history]
    assert [item.date_unix for item in items] == sorted((item.date_unix for item in items), reverse=True)
    assert history_requests(server) - before == 24, "pages of 100: 23 full ones and one of 45"


@pytest.mark.parametrize(
    ("filters", "keep", "ascending"),
    [
        ({"source": "TTS"}, lambda item: item["source"] == "TTS", False),
        ({"sort_direction": "asc", "page_size": 250}, lambda item: True, True),
        (
            {"model_id": "eleven_multilingual_v2", "page_size": 33},
            lambda i: i["model_id"] == "eleven_multilingual_v2",
            False,
        ),
    ],
    ids=["source", "ascending", "model"],
)
def test_iter_all_honours_filters(
    drive: Driver, server: FakeElevenLabs, filters: dict[str, Any], keep: Any, ascending: bool
) -> None:
    expected = [item["history_item_id"] for item in server.history if keep(item)]
    if ascending:
        expected.reverse()
    assert 0 < len(expected)
    items = drive.collect(drive.client.history.iter_all(**filters))
    assert [item.history_item_id for item in items] == expected


def test_iter_pages_gives_the_pages(drive: Driver, server: FakeElevenLabs) -> None:
    pages = drive.collect(drive.client.history.iter_pages(page_size=1000))
    assert [len(page.history) for page in pages] == [1000, 1000, 345]
    assert [page.has_more for page in pages] == [True, True, False]


def test_iter_all_stops_early_without_fetching_more(drive: Driver, server: FakeElevenLabs) -> None:
    before = history_requests(server)
    items = drive.collect(drive.client.history.iter_all(page_size=10), limit=15)
    assert len(items) == 15
    assert history_requests(server) - before == 2


def test_a_repeated_cursor_raises_instead_of_looping(drive_fresh: Driver, fresh_server: FakeElevenLabs) -> None:
    stuck = {"history": [fresh_server.history[0]], "has_more": True, "last_history_item_id": "same"}
    fresh_server.add_fault(Fault(path="/v1/history", status=200, json_body=stuck, times=5))
    with pytest.raises(PaginationError, match="'same' a second time"):
        drive_fresh.collect(drive_fresh.client.history.iter_all())


def test_has_more_without_a_cursor_raises(drive_fresh: Driver, fresh_server: FakeElevenLabs) -> None:
    page = {"history": [fresh_server.history[0]], "has_more": True, "last_history_item_id": None}
    fresh_server.add_fault(Fault(path="/v1/history", status=200, json_body=page))
    with pytest.raises(PaginationError, match="has_more but gives no last_history_item_id"):
        drive_fresh.collect(drive_fresh.client.history.iter_all())


def test_a_repeated_conversations_cursor_raises(drive_fresh: Driver, fresh_server: FakeElevenLabs) -> None:
    page = {"conversations": [fresh_server.conversations[0]], "has_more": True, "next_cursor": "again"}
    fresh_server.add_fault(Fault(path="/v1/convai/conversations", status=200, json_body=page, times=5))
    with pytest.raises(PaginationError, match="'again' a second time"):
        drive_fresh.collect(drive_fresh.client.conversational_ai.conversations.iter_all())
    assert len(fresh_server.requests) == 2


def test_conversations_iter_all_follows_next_cursor(drive: Driver, server: FakeElevenLabs) -> None:
    conversations = drive.collect(drive.client.conversational_ai.conversations.iter_all(page_size=7))
    ids = [conversation.conversation_id for conversation in conversations]
    assert ids == [conversation["conversation_id"] for conversation in server.conversations]
    assert len(set(ids)) == 120


def test_conversations_filter(drive: Driver, server: FakeElevenLabs) -> None:
    agent = server.conversations[0]["agent_id"]
    conversations = drive.collect(drive.client.conversational_ai.conversations.iter_all(agent_id=agent))
    expected = [c["conversation_id"] for c in server.conversations if c["agent_id"] == agent]
    assert [c.conversation_id for c in conversations] == expected


# ---- plain calls ----


def test_get_returns_the_model(drive: Driver, server: FakeElevenLabs) -> None:
    wanted = server.history[5]
    item = drive.call(drive.client.history.get, wanted["history_item_id"])
    assert isinstance(item, SpeechHistoryItemResponseModel)
    assert item.to_dict() == wanted


def test_conversation_get_and_delete(drive_fresh: Driver, fresh_server: FakeElevenLabs) -> None:
    conversations = drive_fresh.client.conversational_ai.conversations
    conversation_id = fresh_server.conversations[0]["conversation_id"]
    conversation = drive_fresh.call(conversations.get, conversation_id)
    assert isinstance(conversation, GetConversationResponseModel)
    assert conversation.conversation_id == conversation_id
    drive_fresh.call(conversations.delete, conversation_id)
    with pytest.raises(NotFoundError):
        drive_fresh.call(conversations.get, conversation_id)


def test_delete_history_item(drive_fresh: Driver, fresh_server: FakeElevenLabs) -> None:
    item_id = fresh_server.history[0]["history_item_id"]
    assert drive_fresh.call(drive_fresh.client.history.delete, item_id).status == "ok"
    with pytest.raises(NotFoundError) as raised:
        drive_fresh.call(drive_fresh.client.history.get, item_id)
    assert raised.value.status_code == 404
    assert raised.value.body["detail"]["status"] == "history_item_not_found"


def test_page_size_over_1000_is_a_422_with_details(drive: Driver) -> None:
    with pytest.raises(UnprocessableEntityError) as raised:
        drive.call(drive.client.history.list, page_size=1001)
    assert raised.value.detail[0]["loc"] == ["query", "page_size"]


def test_wrong_key_is_an_authentication_error(driver_class: type[Driver], server: FakeElevenLabs) -> None:
    driver = driver_class(server.base_url)
    driver.client = type(driver.client)(api_key="wrong", base_url=server.base_url)
    try:
        with pytest.raises(AuthenticationError) as raised:
            driver.call(driver.client.history.list)
        assert "wrong" not in str(raised.value)
    finally:
        driver.close()


# ---- path ids ----


@pytest.mark.parametrize("bad_id", ["", ".", ".."])
def test_dot_and_empty_ids_are_refused_before_any_request(drive: Driver, server: FakeElevenLabs, bad_id: str) -> None:
    before = len(server.requests)
    client = drive.client
    for method in (client.history.get, client.history.delete, client.conversational_ai.conversations.get):
        with pytest.raises(ValueError, match="must not be"):
            drive.call(method, bad_id)
    with pytest.raises(ValueError, match="history_item_id must not be"):
        drive.call(client.history.get_audio, bad_id)
    assert len(server.requests) == before


def test_other_ids_are_percent_encoded(drive: Driver, server: FakeElevenLabs) -> None:
    with pytest.raises(NotFoundError):
        drive.call(drive.client.history.get, "a b/c?x=1#y")
    assert server.requests[-1].path == "/v1/history/a%20b%2Fc%3Fx%3D1%23y"


# ---- streaming and saving ----


def test_save_audio_of_200_mib_has_the_right_bytes(drive: Driver, server: FakeElevenLabs, tmp_path: Path) -> None:
    item_id = server.history[1]["history_item_id"]
    server.set_audio_size(item_id, 200 * MiB)
    saved = drive.call(drive.client.history.save_audio, item_id, tmp_path / "item.mp3")
    assert saved == tmp_path / "item.mp3"
    assert saved.stat().st_size == 200 * MiB
    with saved.open("rb") as file:
        assert sha256(iter(lambda: file.read(MiB), b"")) == sha256(server.audio_chunks(item_id))
    assert [p.name for p in tmp_path.iterdir()] == ["item.mp3"]


def test_get_audio_streams_the_body(drive: Driver, server: FakeElevenLabs) -> None:
    item_id = server.history[2]["history_item_id"]
    chunks = drive.chunks(drive.client.history.get_audio, item_id, chunk_size=4096)
    assert all(len(chunk) == 4096 for chunk in chunks[:-1])
    assert b"".join(chunks) == b"".join(server.audio_chunks(item_id))


def test_breaking_out_early_closes_the_connection(drive: Driver, server: FakeElevenLabs) -> None:
    item_id = server.history[3]["history_item_id"]
    server.set_audio_size(item_id, 100 * MiB)
    first = drive.first_chunk_then_break(drive.client.history.get_audio, item_id)
    assert first
    server.wait_for_idle(timeout=10)
    last = [r for r in server.requests if r.path.endswith(f"{item_id}/audio")][-1]
    assert 0 < last.bytes_sent < 100 * MiB, "the server stopped sending: the client hung up"
    assert drive.call(drive.client.history.get, item_id).history_item_id == item_id, "the client still works"


def test_closing_a_kept_iterator_closes_the_connection(drive_fresh: Driver, fresh_server: FakeElevenLabs) -> None:
    item_id = fresh_server.history[0]["history_item_id"]
    fresh_server.set_audio_size(item_id, 100 * MiB)
    assert drive_fresh.first_chunk_then_close(drive_fresh.client.history.get_audio, item_id)
    fresh_server.wait_for_idle(timeout=10)
    assert 0 < fresh_server.requests[-1].bytes_sent < 100 * MiB


def test_a_failed_save_leaves_an_existing_file_as_it_was(
    drive_fresh: Driver, fresh_server: FakeElevenLabs, tmp_path: Path
) -> None:
    item_id = fresh_server.history[0]["history_item_id"]
    target = tmp_path / "item.mp3"
    target.write_bytes(b"the old audio")
    fresh_server.set_audio_size(item_id, 2 * MiB)
    fresh_server.add_fault(Fault(path=f"/v1/history/{item_id}/audio", cut_after=MiB))
    with pytest.raises(APIConnectionError):
        drive_fresh.call(drive_fresh.client.history.save_audio, item_id, target)
    assert target.read_bytes() == b"the old audio"
    assert [p.name for p in tmp_path.iterdir()] == ["item.mp3"]


def test_a_connection_cut_mid_body_leaves_no_file(
    drive_fresh: Driver, fresh_server: FakeElevenLabs, tmp_path: Path
) -> None:
    item_id = fresh_server.history[0]["history_item_id"]
    fresh_server.set_audio_size(item_id, 5 * MiB)
    fresh_server.add_fault(Fault(path=f"/v1/history/{item_id}/audio", cut_after=MiB))
    with pytest.raises(APIConnectionError):
        drive_fresh.call(drive_fresh.client.history.save_audio, item_id, tmp_path / "item.mp3")
    assert list(tmp_path.iterdir()) == []


def test_an_error_status_on_save_leaves_no_file(drive: Driver, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        drive.call(drive.client.history.save_audio, "no-such-item", tmp_path / "item.mp3")
    assert list(tmp_path.iterdir()) == []


def test_three_id_download_is_a_zip_of_their_audio(drive: Driver, server: FakeElevenLabs, tmp_path: Path) -> None:
    ids = [item["history_item_id"] for item in server.history[10:13]]
    saved = drive.call(drive.client.history.save_download, ids, tmp_path / "items.zip")
    with zipfile.ZipFile(saved) as archive:
        assert archive.testzip() is None
        assert sorted(archive.namelist()) == sorted(f"{item_id}.mp3" for item_id in ids)
        for item_id in ids:
            assert archive.read(f"{item_id}.mp3") == b"".join(server.audio_chunks(item_id))


def test_one_id_download_is_its_audio(drive: Driver, server: FakeElevenLabs) -> None:
    item_id = server.history[14]["history_item_id"]
    body = b"".join(drive.chunks(drive.client.history.download, [item_id]))
    assert body == b"".join(server.audio_chunks(item_id))
    assert not zipfile.is_zipfile(io.BytesIO(body))


def test_conversation_audio_get_and_save(drive: Driver, server: FakeElevenLabs, tmp_path: Path) -> None:
    conversation_id = server.conversations[1]["conversation_id"]
    audio = drive.client.conversational_ai.conversations.audio
    expected = b"".join(server.audio_chunks(conversation_id))
    assert b"".join(drive.chunks(audio.get, conversation_id)) == expected
    saved = drive.call(audio.save, conversation_id, tmp_path / "call.mp3")
    assert saved.read_bytes() == expected


# ---- construction ----


@pytest.mark.parametrize("client_class", [ElevenLabs, AsyncElevenLabs])
def test_key_comes_from_the_environment_when_the_client_is_made(
    client_class: type[ElevenLabs | AsyncElevenLabs], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ELEVENLABS_API_KEY", raising=False)
    with pytest.raises(ElevenLabsError, match="ELEVENLABS_API_KEY"):
        client_class()
    monkeypatch.setenv("ELEVENLABS_API_KEY", "sk-from-env-123")
    client = client_class()
    assert "sk-from-env-123" not in repr(client)
    assert "sk-from-env-123" not in repr(vars(client))


def test_an_async_client_used_after_its_loop_closed_says_so(server: FakeElevenLabs) -> None:
    client = AsyncElevenLabs(api_key=API_KEY, base_url=server.base_url)

    async def count() -> int:
        return len((await client.history.list(page_size=3)).history)

    assert asyncio.run(count()) == 3
    with pytest.raises(ElevenLabsError, match="make the client inside the loop"):
        asyncio.run(count())
