"""The fake ElevenLabs server (elevenlabs_client.testing) over real sockets, with plain httpx."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import math
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import httpx
import pytest
from elevenlabs_api.models import (
    ConversationSummaryResponseModel,
    GetConversationResponseModel,
    GetConversationsPageResponseModel,
    GetSpeechHistoryResponseModel,
    SpeechHistoryItemResponseModel,
)
from elevenlabs_client.testing import FakeElevenLabs, Fault

API_KEY = "test-key"
MiB = 1024 * 1024
SOURCES = {"TTS", "STS", "Projects", "PD", "AN", "Dubbing", "PlayAPI", "ConvAI", "VoiceGeneration"}


@pytest.fixture(scope="module")
def shared() -> Iterator[FakeElevenLabs]:
    """The big server, for tests that only read; they must not delete, resize or add faults."""
    with FakeElevenLabs(history_items=2345, conversations=120, api_key=API_KEY) as server:
        yield server


@pytest.fixture
def fresh() -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(history_items=30, conversations=12, api_key=API_KEY, audio_size=10_000) as server:
        yield server


def connect(server: FakeElevenLabs, **options: Any) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, headers={"xi-api-key": server.api_key}, timeout=10, **options)


@pytest.fixture
def http(shared: FakeElevenLabs) -> Iterator[httpx.Client]:
    with connect(shared) as client:
        yield client


@pytest.fixture
def fresh_http(fresh: FakeElevenLabs) -> Iterator[httpx.Client]:
    with connect(fresh) as client:
        yield client


def sha256(chunks: Iterable[bytes]) -> str:
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
    return digest.hexdigest()


def walk_history(http: httpx.Client, **params: Any) -> tuple[list[dict[str, Any]], int]:
    """Every item through the cursor, and how many pages it took."""
    items: list[dict[str, Any]] = []
    pages = 0
    while True:
        page = http.get("/v1/history", params=params).raise_for_status().json()
        assert GetSpeechHistoryResponseModel.from_dict(page).to_dict() == page
        items += page["history"]
        pages += 1
        if not page["has_more"]:
            return items, pages
        assert page["last_history_item_id"] == page["history"][-1]["history_item_id"]
        assert page["scanned_until"] == page["history"][-1]["date_unix"]
        params["start_after_history_item_id"] = page["last_history_item_id"]


def walk_conversations(http: httpx.Client, **params: Any) -> tuple[list[dict[str, Any]], int]:
    conversations: list[dict[str, Any]] = []
    pages = 0
    while True:
        page = http.get("/v1/convai/conversations", params=params).raise_for_status().json()
        assert GetConversationsPageResponseModel.from_dict(page).to_dict() == page
        conversations += page["conversations"]
        pages += 1
        assert page["has_more"] == (page["next_cursor"] is not None)
        if not page["has_more"]:
            return conversations, pages
        params["cursor"] = page["next_cursor"]


def ids(items: Iterable[dict[str, Any]], key: str = "history_item_id") -> list[str]:
    return [item[key] for item in items]


# ---- history data and pagination ----


def test_history_pages_cover_every_item_once_newest_first(http: httpx.Client, shared: FakeElevenLabs) -> None:
    items, pages = walk_history(http)
    assert pages == 24, "pages of 100: 23 full ones and one of 45"
    assert len(items) == 2345
    assert len(set(ids(items))) == 2345
    assert items == shared.history
    dates = [item["date_unix"] for item in items]
    assert all(newer > older for newer, older in itertools.pairwise(dates)), "strictly newest first"


@pytest.mark.parametrize(
    ("params", "keep"),
    [
        ({"voice_id": "21m00Tcm4TlvDq8ikWAM"}, lambda item: item["voice_id"] == "21m00Tcm4TlvDq8ikWAM"),
        ({"model_id": "eleven_v3", "page_size": 37}, lambda item: item["model_id"] == "eleven_v3"),
        ({"source": "STS", "page_size": 1000}, lambda item: item["source"] == "STS"),
        ({"search": "LightHouse", "page_size": 10}, lambda item: "lighthouse" in (item["text"] or "").lower()),
    ],
    ids=["voice", "model", "source", "search"],
)
def test_history_pages_with_a_filter(
    http: httpx.Client, shared: FakeElevenLabs, params: dict[str, Any], keep: Callable[[dict[str, Any]], bool]
) -> None:
    expected = [item for item in shared.history if keep(item)]
    assert 0 < len(expected) < 2345
    items, pages = walk_history(http, **params)
    assert items == expected
    assert pages == max(1, math.ceil(len(expected) / params.get("page_size", 100)))


def test_history_ascending_with_a_filter(http: httpx.Client, shared: FakeElevenLabs) -> None:
    expected = [item for item in reversed(shared.history) if item["source"] == "TTS"]
    items, _ = walk_history(http, sort_direction="asc", source="TTS", page_size=250)
    assert items == expected


def test_history_dates_before_are_exclusive_and_after_inclusive(http: httpx.Client, shared: FakeElevenLabs) -> None:
    history = shared.history
    params = {"date_before_unix": history[100]["date_unix"], "date_after_unix": history[200]["date_unix"]}
    items, _ = walk_history(http, **params)
    assert items == history[101:201]


def test_an_empty_page(http: httpx.Client) -> None:
    page = http.get("/v1/history", params={"date_before_unix": 0}).json()
    assert page == {"history": [], "last_history_item_id": None, "has_more": False, "scanned_until": None}


def test_history_data_is_realistic_and_deterministic(shared: FakeElevenLabs) -> None:
    history = shared.history
    assert {item["source"] for item in history} == SOURCES | {None}
    assert {item["voice_category"] for item in history} == {"premade", "cloned", "generated", "professional", None}
    assert all(len(i) == 20 and i.isalnum() for i in ids(history))
    assert any(item["dialogue"] for item in history) and any(item["alignments"] for item in history)
    assert any(item["text"] is None for item in history) and any(item["feedback"] for item in history)
    assert FakeElevenLabs(history_items=2345, conversations=120).history == history, "same arguments, same data"


@pytest.mark.parametrize(
    ("params", "loc", "kind"),
    [
        ({"page_size": "1001"}, ["query", "page_size"], "less_than_equal"),
        ({"page_size": "0"}, ["query", "page_size"], "greater_than_equal"),
        ({"page_size": "ten"}, ["query", "page_size"], "int_parsing"),
        ({"sort_direction": "sideways"}, ["query", "sort_direction"], "enum"),
        ({"source": "Projects"}, ["query", "source"], "enum"),
        ({"start_after_history_item_id": "nope"}, ["query", "start_after_history_item_id"], "value_error"),
    ],
)
def test_bad_history_queries_are_422_in_fastapi_shape(
    http: httpx.Client, params: dict[str, str], loc: list[str], kind: str
) -> None:
    response = http.get("/v1/history", params=params)
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == loc and error["type"] == kind and error["msg"]


def test_history_item_is_the_listed_one(http: httpx.Client, shared: FakeElevenLabs) -> None:
    for wanted in shared.history[:25]:
        item = http.get(f"/v1/history/{wanted['history_item_id']}").raise_for_status().json()
        assert item == wanted
        assert SpeechHistoryItemResponseModel.from_dict(item).to_dict() == item


def test_delete_then_get_is_404(fresh_http: httpx.Client, fresh: FakeElevenLabs) -> None:
    item_id = fresh.history[3]["history_item_id"]
    assert fresh_http.delete(f"/v1/history/{item_id}").json() == {"status": "ok"}
    for response in (
        fresh_http.get(f"/v1/history/{item_id}"),
        fresh_http.delete(f"/v1/history/{item_id}"),
        fresh_http.get(f"/v1/history/{item_id}/audio"),
    ):
        assert response.status_code == 404
        assert response.json()["detail"]["status"] == "history_item_not_found"
    assert item_id not in ids(fresh.history)
    assert item_id not in ids(walk_history(fresh_http)[0])


def test_a_cursor_naming_a_deleted_item_still_works(fresh_http: httpx.Client, fresh: FakeElevenLabs) -> None:
    history = fresh.history
    fresh_http.delete(f"/v1/history/{history[9]['history_item_id']}").raise_for_status()
    page = fresh_http.get("/v1/history", params={"start_after_history_item_id": history[9]["history_item_id"]})
    assert page.json()["history"] == history[10:]


# ---- errors common to every route ----


@pytest.mark.parametrize("headers", [{}, {"xi-api-key": "wrong"}], ids=["missing", "wrong"])
@pytest.mark.parametrize("path", ["/v1/history", "/v1/convai/conversations", "/v1/history/x/audio"])
def test_a_missing_or_wrong_key_is_401(shared: FakeElevenLabs, headers: dict[str, str], path: str) -> None:
    response = httpx.get(shared.base_url + path, headers=headers)
    assert response.status_code == 401
    assert response.json() == {"detail": {"status": "invalid_api_key", "message": "Invalid API key"}}


def test_404_and_405_bodies(http: httpx.Client) -> None:
    item = http.get("/v1/history/no-such-item")
    assert item.status_code == 404
    assert item.json()["detail"]["status"] == "history_item_not_found"
    assert "no-such-item" in item.json()["detail"]["message"]
    conversation = http.get("/v1/convai/conversations/conv_nope")
    assert conversation.status_code == 404
    assert conversation.json()["detail"]["status"] == "conversation_not_found"
    for path in ["/v1/nothing", "/v1/history/", "/v1/history/a/b/c", "/"]:
        response = http.get(path)
        assert (response.status_code, response.json()) == (404, {"detail": "Not Found"}), path
    wrong_method = http.put("/v1/history")
    assert (wrong_method.status_code, wrong_method.json()) == (405, {"detail": "Method Not Allowed"})


# ---- audio and downloads ----


def test_audio_has_its_length_and_the_bytes_of_audio_chunks(http: httpx.Client, shared: FakeElevenLabs) -> None:
    item_id = shared.history[0]["history_item_id"]
    response = http.get(f"/v1/history/{item_id}/audio")
    assert response.headers["content-type"] == "audio/mpeg"
    assert int(response.headers["content-length"]) == len(response.content) == 64 * 1024
    assert hashlib.sha256(response.content).hexdigest() == sha256(shared.audio_chunks(item_id))
    assert response.content.count(0) < len(response.content) // 100, "a pattern, not zeros"
    other = http.get(f"/v1/history/{shared.history[1]['history_item_id']}/audio").content
    assert other != response.content, "each id has its own bytes"


def test_large_audio_streams_with_the_right_bytes(fresh_http: httpx.Client, fresh: FakeElevenLabs) -> None:
    item_id = fresh.history[0]["history_item_id"]
    fresh.set_audio_size(item_id, 20 * MiB)
    digest, size = hashlib.sha256(), 0
    with fresh_http.stream("GET", f"/v1/history/{item_id}/audio") as response:
        assert response.headers["content-length"] == str(20 * MiB)
        for chunk in response.iter_raw(MiB):
            digest.update(chunk)
            size += len(chunk)
    assert size == 20 * MiB
    assert digest.hexdigest() == sha256(fresh.audio_chunks(item_id))


def test_conversation_audio(http: httpx.Client, shared: FakeElevenLabs) -> None:
    conversation_id = shared.conversations[2]["conversation_id"]
    response = http.get(f"/v1/convai/conversations/{conversation_id}/audio")
    assert response.headers["content-type"] == "audio/mpeg"
    assert response.content == b"".join(shared.audio_chunks(conversation_id))
    assert http.get("/v1/convai/conversations/conv_nope/audio").status_code == 404


def test_three_id_download_is_a_zip_of_their_audio(http: httpx.Client, shared: FakeElevenLabs) -> None:
    wanted = ids(shared.history[10:13])
    response = http.post("/v1/history/download", json={"history_item_ids": wanted})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    assert response.headers["transfer-encoding"] == "chunked"
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == [f"{item_id}.mp3" for item_id in wanted]
        for item_id in wanted:
            assert archive.read(f"{item_id}.mp3") == b"".join(shared.audio_chunks(item_id))


def test_one_id_download_is_its_audio(http: httpx.Client, shared: FakeElevenLabs) -> None:
    item_id = shared.history[14]["history_item_id"]
    expected = b"".join(shared.audio_chunks(item_id))
    for body in ({"history_item_ids": [item_id]}, {"history_item_ids": [item_id, item_id], "output_format": "default"}):
        response = http.post("/v1/history/download", json=body)
        assert response.headers["content-type"] == "audio/mpeg"
        assert response.content == expected


def test_wav_downloads(http: httpx.Client, shared: FakeElevenLabs) -> None:
    first, second = ids(shared.history[20:22])
    single = http.post("/v1/history/download", json={"history_item_ids": [first], "output_format": "wav"})
    assert single.headers["content-type"] == "audio/wav"
    assert single.content[:4] == b"RIFF" and single.content[8:12] == b"WAVE"
    assert single.content == b"".join(shared.audio_chunks(first, "wav"))
    both = http.post("/v1/history/download", json={"history_item_ids": [first, second], "output_format": "wav"})
    with zipfile.ZipFile(io.BytesIO(both.content)) as archive:
        assert archive.namelist() == [f"{first}.wav", f"{second}.wav"]
        assert archive.read(f"{first}.wav") == single.content


@pytest.mark.parametrize(
    ("content", "status", "check"),
    [
        (b'{"history_item_ids": ["ID"], "output_format": "mp3"}', 400, "invalid_output_format"),
        (b'{"history_item_ids": []}', 422, "too_short"),
        (b'{"output_format": "wav"}', 422, "missing"),
        (b'{"history_item_ids": "ID"}', 422, "list_type"),
        (b"{not json", 422, "json_invalid"),
        (b"", 422, "missing"),
        (b'{"history_item_ids": ["ID", "no-such-item"]}', 404, "history_item_not_found"),
    ],
    ids=["format", "empty", "no-ids", "not-a-list", "bad-json", "no-body", "unknown-id"],
)
def test_download_errors(http: httpx.Client, shared: FakeElevenLabs, content: bytes, status: int, check: str) -> None:
    content = content.replace(b"ID", shared.history[0]["history_item_id"].encode())
    response = http.post("/v1/history/download", content=content, headers={"content-type": "application/json"})
    assert response.status_code == status
    body = response.json()
    if status == 400:
        assert body == {"error": "invalid_output_format", "message": "output_format must be wav or none"}
    elif status == 404:
        assert body["detail"]["status"] == check
    else:
        assert body["detail"][0]["type"] == check and body["detail"][0]["loc"][0] == "body"


# ---- conversations ----


def test_conversation_pages_follow_the_cursor(http: httpx.Client, shared: FakeElevenLabs) -> None:
    conversations, pages = walk_conversations(http, page_size=7, summary_mode="include")
    assert pages == math.ceil(120 / 7)
    assert conversations == shared.conversations
    assert len(set(ids(conversations, "conversation_id"))) == 120
    starts = [c["start_time_unix_secs"] for c in conversations]
    assert all(newer > older for newer, older in itertools.pairwise(starts))
    default_pages, _ = walk_conversations(http)
    assert ids(default_pages, "conversation_id") == ids(conversations, "conversation_id"), "30 a page by default"
    assert all(c["transcript_summary"] is None for c in default_pages), "summary_mode defaults to exclude"


def test_conversation_filters(http: httpx.Client, shared: FakeElevenLabs) -> None:
    summaries = shared.conversations
    agent = summaries[1]["agent_id"]

    def where(**wanted: str) -> list[dict[str, Any]]:
        return [c for c in summaries if all(c[key] == value for key, value in wanted.items())]

    window = {  # before is exclusive, after inclusive, as for history dates
        "call_start_before_unix": summaries[10]["start_time_unix_secs"],
        "call_start_after_unix": summaries[40]["start_time_unix_secs"],
    }
    cases = [
        ({"agent_id": agent}, where(agent_id=agent)),
        ({"call_successful": "failure"}, where(call_successful="failure")),
        ({"agent_id": agent, "call_successful": "success"}, where(agent_id=agent, call_successful="success")),
        (window, summaries[11:41]),
    ]
    for params, expected in cases:
        assert 0 < len(expected) < 120, params
        found, _ = walk_conversations(http, page_size=9, summary_mode="include", **params)
        assert found == expected, params


def test_every_conversation_parses_and_round_trips(http: httpx.Client, shared: FakeElevenLabs) -> None:
    users: dict[str | None, list[str]] = {}
    statuses = set()
    for summary in shared.conversations:
        assert ConversationSummaryResponseModel.from_dict(summary).to_dict() == summary
        body = http.get(f"/v1/convai/conversations/{summary['conversation_id']}").raise_for_status().json()
        parsed = GetConversationResponseModel.from_dict(body)
        assert parsed.to_dict() == body
        assert (body["conversation_id"], body["agent_id"], body["status"]) == (
            summary["conversation_id"],
            summary["agent_id"],
            summary["status"],
        )
        assert len(body["transcript"]) == summary["message_count"]
        users.setdefault(body["user_id"], []).append(summary["conversation_id"])
        statuses.add(body["status"])
    assert statuses == {"initiated", "in-progress", "processing", "done", "failed"}
    user = next(u for u in users if u is not None)
    found, _ = walk_conversations(http, user_id=user)
    assert ids(found, "conversation_id") == users[user]


def test_a_conversation_has_every_kind_of_tool_result(http: httpx.Client, shared: FakeElevenLabs) -> None:
    body = http.get(f"/v1/convai/conversations/{shared.conversations[0]['conversation_id']}").json()
    roles = {turn["role"] for turn in body["transcript"]}
    results = [result for turn in body["transcript"] for result in turn["tool_results"]]
    kinds = {result.get("type", "absent") for result in results}
    system = {r["result"] and r["result"]["result_type"] for r in results if r.get("type") == "system"}
    workflow = next(result for result in results if result.get("type") == "workflow")
    steps = {step["type"] for step in workflow["result"]["steps"]}
    nested = [r for step in workflow["result"]["steps"] if step["type"] == "nested_tools" for r in step["results"]]
    assert roles == {"user", "agent"}
    assert kinds == {"system", "api_integration_webhook", "workflow", "client", "webhook", "mcp", None, "absent"}
    assert len(system) == 13, "the 12 result_types of a system tool, and a null result"
    assert steps == {"edge", "nested_tools"} and any(r["type"] == "workflow" for r in nested)


def test_the_scripted_call_is_filled_in_for_each_conversation(http: httpx.Client, shared: FakeElevenLabs) -> None:
    # The script is a data file with ${...} marks; none may reach a client, and what they stand for differs.
    bodies = [http.get(f"/v1/convai/conversations/{s['conversation_id']}").text for s in shared.conversations[:6]]
    assert not any("${" in body or '"$json"' in body or '"$if"' in body for body in bodies)
    first, second = (json.loads(body) for body in bodies[:2])
    name = first["conversation_initiation_client_data"]["dynamic_variables"]["customer_name"]
    assert first["transcript"][0]["message"].startswith(f"Hi {name}, thanks for calling")
    call_ids = [{c["request_id"] for turn in b["transcript"] for c in turn["tool_calls"]} for b in (first, second)]
    assert call_ids[0] and not call_ids[0] & call_ids[1], "tool request ids are per conversation"
    lookup = next(c for turn in first["transcript"] for c in turn["tool_calls"] if c["tool_name"].startswith("sales"))
    assert json.loads(lookup["params_as_json"]) == {"phone": first["metadata"]["phone_call"]["external_number"]}


@pytest.mark.parametrize(
    "params",
    [{"page_size": "101"}, {"page_size": "0"}, {"cursor": "not-a-cursor"}, {"call_successful": "maybe"}],
)
def test_bad_conversation_queries_are_422(http: httpx.Client, params: dict[str, str]) -> None:
    response = http.get("/v1/convai/conversations", params=params)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", next(iter(params))]


def test_conversation_delete(fresh_http: httpx.Client, fresh: FakeElevenLabs) -> None:
    conversation_id = fresh.conversations[4]["conversation_id"]
    deleted = fresh_http.delete(f"/v1/convai/conversations/{conversation_id}")
    assert (deleted.status_code, deleted.headers["content-type"], deleted.content) == (200, "application/json", b"null")
    assert fresh_http.get(f"/v1/convai/conversations/{conversation_id}").status_code == 404
    assert fresh_http.delete(f"/v1/convai/conversations/{conversation_id}").status_code == 404
    assert conversation_id not in ids(walk_conversations(fresh_http)[0], "conversation_id")
    assert conversation_id not in ids(fresh.conversations, "conversation_id")


# ---- faults ----


def test_cut_after_sends_that_many_bytes_then_drops_the_connection(
    fresh_http: httpx.Client, fresh: FakeElevenLabs
) -> None:
    item_id = fresh.history[0]["history_item_id"]
    fault = fresh.add_fault(Fault(path=f"/v1/history/{item_id}/audio", cut_after=1000))
    received = b""
    with pytest.raises(httpx.RemoteProtocolError), fresh_http.stream("GET", f"/v1/history/{item_id}/audio") as response:
        assert response.headers["content-length"] == "10000", "the full length is announced"
        for chunk in response.iter_raw():
            received += chunk
    assert received == b"".join(fresh.audio_chunks(item_id))[:1000]
    record = fresh.requests[-1]
    assert (record.fault, record.status, record.bytes_sent) == (fault, 200, 1000)
    assert fresh_http.get(f"/v1/history/{item_id}/audio").content == b"".join(fresh.audio_chunks(item_id))


def test_cut_after_with_reset_is_a_read_error(fresh_http: httpx.Client, fresh: FakeElevenLabs) -> None:
    item_id = fresh.history[0]["history_item_id"]
    fresh.add_fault(Fault(path=f"/v1/history/{item_id}/audio", cut_after=1000, reset=True))
    with pytest.raises(httpx.ReadError):
        fresh_http.get(f"/v1/history/{item_id}/audio")


def test_cut_after_in_a_chunked_zip(fresh_http: httpx.Client, fresh: FakeElevenLabs) -> None:
    fresh.add_fault(Fault(path="/v1/history/download", method="POST", cut_after=5000))
    with pytest.raises(httpx.RemoteProtocolError):
        fresh_http.post("/v1/history/download", json={"history_item_ids": ids(fresh.history[:3])})


@pytest.mark.parametrize(
    ("fault", "body", "content_type"),
    [
        (
            Fault(path="/v1/history", status=503, json_body={"detail": "busy"}),
            b'{"detail": "busy"}',
            "application/json",
        ),
        (Fault(path="/v1/history", status=429, headers={"Retry-After": "2"}), b"", "application/json"),
        (
            Fault(path="/v1/history", status=500, body="<html>oops</html>", headers={"content-type": "text/html"}),
            b"<html>oops</html>",
            "text/html",
        ),
        (Fault(path="/v1/history", status=200, body='{"history": ['), b'{"history": [', "application/json"),
        (
            Fault(path="/v1/history", status=307, headers={"Location": "/v1/history?page_size=1"}),
            b"",
            "application/json",
        ),
    ],
    ids=["503-json", "429-retry-after", "500-html", "200-invalid-json", "307-redirect"],
)
def test_status_faults_answer_instead_of_the_route(
    fresh_http: httpx.Client, fresh: FakeElevenLabs, fault: Fault, body: bytes, content_type: str
) -> None:
    fresh.add_fault(fault)
    response = fresh_http.get("/v1/history")
    assert (response.status_code, response.content, response.headers["content-type"]) == (
        fault.status,
        body,
        content_type,
    )
    for name, value in fault.headers.items():
        assert response.headers[name] == value
    assert fresh.requests[-1].fault is fault
    assert fresh_http.get("/v1/history").status_code == 200, "times=1: the next request is normal"


def test_a_status_fault_skips_the_key_check(fresh: FakeElevenLabs) -> None:
    fresh.add_fault(Fault(path="/v1/history", status=503))
    assert httpx.get(fresh.base_url + "/v1/history").status_code == 503


def test_delay_answers_late(fresh_http: httpx.Client, fresh: FakeElevenLabs) -> None:
    fresh.add_fault(Fault(path="/v1/history", delay=0.3))
    started = time.monotonic()
    assert fresh_http.get("/v1/history").status_code == 200
    assert time.monotonic() - started >= 0.3
    fresh.add_fault(Fault(path="/v1/history", delay=1))
    with pytest.raises(httpx.ReadTimeout):
        fresh_http.get("/v1/history", timeout=0.1)


def test_fault_matching(fresh_http: httpx.Client, fresh: FakeElevenLabs) -> None:
    item_id = fresh.history[0]["history_item_id"]

    def statuses(*paths: str) -> list[int]:
        return [fresh_http.get(path).status_code for path in paths]

    fresh.add_fault(Fault(path="/v1/history/*", status=502, times=2))
    assert statuses("/v1/history", f"/v1/history/{item_id}", f"/v1/history/{item_id}/audio") == [200, 502, 502]
    assert statuses(f"/v1/history/{item_id}") == [200], "used up"

    fresh.add_fault(Fault(path=f"/v1/history/{item_id}", method="DELETE", status=500))
    assert statuses(f"/v1/history/{item_id}") == [200], "another method"
    assert fresh_http.delete(f"/v1/history/{item_id}").status_code == 500

    first = fresh.add_fault(Fault(path="/v1/history", status=503))
    fresh.add_fault(Fault(path="/v1/history", status=504, times=None))
    assert statuses("/v1/history", "/v1/history", "/v1/history") == [503, 504, 504], "in the order added"
    assert fresh.requests[-3].fault is first
    fresh.clear_faults()
    assert statuses("/v1/history") == [200]


# ---- what the server records, and how it behaves as a server ----


def test_requests_keep_the_raw_path(fresh_http: httpx.Client, fresh: FakeElevenLabs) -> None:
    response = fresh_http.get("/v1/history/a%2Fb%20c", params={"search": "x y"})
    assert response.json()["detail"]["message"] == "History item a/b c not found", "routed on the decoded id"
    record = fresh.requests[-1]
    assert (record.method, record.path, record.query) == ("GET", "/v1/history/a%2Fb%20c", {"search": "x y"})
    assert record.target == "/v1/history/a%2Fb%20c?search=x+y"
    assert record.headers["xi-api-key"] == API_KEY and record.status == 404
    fresh_http.post("/v1/history/download", json={"history_item_ids": []})
    assert fresh.requests[-1].json() == {"history_item_ids": []}


def test_connections_are_kept_alive(fresh_http: httpx.Client, fresh: FakeElevenLabs) -> None:
    responses = [
        fresh_http.get("/v1/history"),
        fresh_http.post("/v1/history/download", json={"history_item_ids": ids(fresh.history[:2])}),
        fresh_http.get("/v1/history/nope"),
        fresh_http.get("/v1/history", params={"page_size": 0}),
    ]
    ports = {response.extensions["network_stream"].get_extra_info("client_addr") for response in responses}
    assert len(ports) == 1, "one connection for all, a chunked one among them"


def test_a_client_hanging_up_stops_the_stream(fresh_http: httpx.Client, fresh: FakeElevenLabs) -> None:
    item_id = fresh.history[0]["history_item_id"]
    fresh.set_audio_size(item_id, 100 * MiB)
    with fresh_http.stream("GET", f"/v1/history/{item_id}/audio") as response:
        next(response.iter_raw())
    fresh.wait_for_idle(timeout=5)
    assert 0 < fresh.requests[-1].bytes_sent < 100 * MiB


def test_stop_ends_every_thread() -> None:
    before = set(threading.enumerate())
    server = FakeElevenLabs(history_items=3, conversations=2).start()
    idle = connect(server)
    idle.get("/v1/history").raise_for_status()  # a kept-alive connection waiting for its next request
    server.add_fault(Fault(path="/v1/history", delay=30))
    errors: list[Exception] = []

    def slow_request() -> None:
        try:
            httpx.get(server.base_url + "/v1/history", headers={"xi-api-key": API_KEY}, timeout=60)
        except httpx.HTTPError as error:
            errors.append(error)

    waiting = threading.Thread(target=slow_request)
    waiting.start()
    while not any(r.fault for r in server.requests):
        time.sleep(0.01)
    started = time.monotonic()
    server.stop()
    waiting.join(timeout=5)
    assert time.monotonic() - started < 2, "stop() does not wait for the delay"
    assert errors and not waiting.is_alive()
    assert set(threading.enumerate()) <= before, "no thread of the server is left"
    with pytest.raises(RuntimeError, match="not running"):
        _ = server.base_url
    idle.close()
    with server, connect(server) as client:  # a stopped server starts again
        assert client.get("/v1/history").status_code == 200


def test_python_m_runs_it_in_the_foreground() -> None:
    command = [sys.executable, "-m", "elevenlabs_client.testing", "--history-items", "3", "--api-key", "demo"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None
            base_url = process.stdout.readline().split()[-1]
            assert base_url.startswith("http://127.0.0.1:")
            assert "demo" in process.stdout.readline()
            page = httpx.get(base_url + "/v1/history", headers={"xi-api-key": "demo"}).json()
            assert len(page["history"]) == 3
        finally:
            process.terminate()


def test_conversation_ids_name_the_first_conversations() -> None:
    fake = FakeElevenLabs(conversations=1, conversation_ids=["conv_given", "conversation_id"], api_key=API_KEY)
    with fake, httpx.Client(base_url=fake.base_url, headers={"xi-api-key": API_KEY}) as http:
        listed = http.get("/v1/convai/conversations").json()["conversations"]
        assert sorted(c["conversation_id"] for c in listed) == ["conv_given", "conversation_id"]
        assert http.get("/v1/convai/conversations/conversation_id").json()["conversation_id"] == "conversation_id"
        audio = http.get("/v1/convai/conversations/conv_given/audio")
        assert audio.status_code == 200 and audio.content


@pytest.mark.parametrize("path", ["/v1/convai/agents", "/v1/convai/conversations", "/v1/music/finetunes"])
def test_first_page_cursors_ask_for_the_first_page_and_other_unknown_cursors_are_refused(path: str) -> None:
    fake = FakeElevenLabs(conversations=3, collection_size=3, first_page_cursors=["cursor"], api_key=API_KEY)
    with fake, httpx.Client(base_url=fake.base_url, headers={"xi-api-key": API_KEY}) as http:
        first = http.get(path)
        assert http.get(path, params={"cursor": "cursor"}).json() == first.json()
        refused = http.get(path, params={"cursor": "another"})
        assert refused.status_code == 422 and refused.json()["detail"][0]["msg"] == "Invalid cursor"
