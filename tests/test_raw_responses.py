"""`with_raw_response` on every group (the status, the headers and the parsed data, sync and async), a
stream's headers read before its body, and request_options' additional headers, query and body
parameters reaching the server without touching the key."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import API_KEY
from elevenlabs_client import AsyncElevenLabs, ElevenLabs, RawResponse
from elevenlabs_client.testing import FakeElevenLabs, Fault
from test_contract import PATH_VALUES, arguments
from test_errors_per_group import SAMPLE
from test_surface import method_of

AUDIO = bytes(range(256)) * 64  # 16 KiB


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeElevenLabs]:
    # The resources the calls name exist (see test_contract).
    ids = ["text", *PATH_VALUES]
    with FakeElevenLabs(history_items=3, conversations=3, api_key=API_KEY, audio_size=4096, resource_ids=ids) as server:
        yield server


def raw_method_of(client: Any, operation: dict[str, Any]) -> Any:
    """client.<groups>.with_raw_response.<method>"""
    target = client
    for attribute in operation["x-fern-sdk-group-name"]:
        target = getattr(target, attribute)
    return getattr(target.with_raw_response, operation["x-fern-sdk-method-name"])


def comparable(value: Any) -> Any:
    """What a plain call's answer and a raw call's data must agree on."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [comparable(item) for item in value]
    return value


def drain_sync(value: Any) -> Any:
    if "Stream" in type(value).__name__:
        return [item if isinstance(item, bytes) else comparable(item) for item in value]
    return comparable(value)


async def drain_async(value: Any) -> Any:
    if hasattr(value, "__aiter__"):
        return [item if isinstance(item, bytes) else comparable(item) async for item in value]
    return comparable(value)


@pytest.mark.parametrize(("path", "method", "operation"), SAMPLE, ids=[op["operationId"] for _, _, op in SAMPLE])
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_with_raw_response_answers_the_status_headers_and_the_same_data(
    fake: FakeElevenLabs, flavour: str, path: str, method: str, operation: dict[str, Any]
) -> None:
    if flavour == "sync":
        with ElevenLabs(api_key=API_KEY, base_url=fake.base_url, max_retries=0) as client:
            plain = method_of(client, operation)
            given = arguments(plain, method, operation, fake, flavour, path)
            expected = drain_sync(plain(**given))
            raw = raw_method_of(client, operation)(**given)
            data = drain_sync(raw.data)
    else:

        async def run() -> tuple[Any, Any, Any]:
            async with AsyncElevenLabs(api_key=API_KEY, base_url=fake.base_url, max_retries=0) as client:
                plain = method_of(client, operation)
                given = arguments(plain, method, operation, fake, flavour, path)
                expected = await drain_async(await plain(**given))
                raw = await raw_method_of(client, operation)(**given)
                return expected, raw, await drain_async(raw.data)

        expected, raw, data = asyncio.run(run())
    assert isinstance(raw, RawResponse)
    assert 200 <= raw.status_code < 300
    assert raw.method == method.upper()
    assert raw.url.startswith(fake.base_url + path.split("{")[0])
    assert "content-type" in raw.headers
    if isinstance(data, dict) and isinstance(expected, dict) and method == "post" and data != expected:
        # Each create makes its own resource: the two answers differ in the new resource's id alone.
        differing = {k for k in {*data, *expected} if data.get(k) != expected.get(k)}
        assert all(k == "id" or k.endswith("_id") for k in differing), differing
    else:
        assert data == expected
    assert API_KEY not in repr(raw)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_raw_binary_answer_has_the_vendors_headers_and_still_streams(
    fake: FakeElevenLabs, flavour: str, tmp_path: Path
) -> None:
    headers = {"history-item-id": "hist_1", "request-id": "req_1", "character-cost": "42", "content-type": "audio/mpeg"}
    fake.add_fault(Fault(path="/v1/text-to-speech/*", method="POST", status=200, body=AUDIO, headers=headers))
    target = tmp_path / "speech.mp3"
    if flavour == "sync":
        with ElevenLabs(api_key=API_KEY, base_url=fake.base_url) as client:
            raw = client.text_to_speech.with_raw_response.convert("voice", text="Hello")
            raw.data.save(target)
    else:

        async def run() -> RawResponse[Any]:
            async with AsyncElevenLabs(api_key=API_KEY, base_url=fake.base_url) as client:
                raw = await client.text_to_speech.with_raw_response.convert("voice", text="Hello")
                await raw.data.save(target)
                return raw

        raw = asyncio.run(run())
    assert (raw.headers["history-item-id"], raw.headers["request-id"], raw.headers["character-cost"]) == (
        "hist_1",
        "req_1",
        "42",
    )
    assert target.read_bytes() == AUDIO


class SlowBody(BaseHTTPRequestHandler):
    """Sends the headers and a first chunk, then waits until the test lets it send the rest."""

    release = threading.Event()
    first_sent = threading.Event()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"] or 0))
        self.send_response(200)
        self.send_header("Content-Type", "audio/mpeg")
        self.send_header("Content-Length", str(len(AUDIO)))
        self.send_header("history-item-id", "hist_slow")
        self.end_headers()
        self.wfile.write(AUDIO[:1024])
        self.wfile.flush()
        self.first_sent.set()
        # A client that waits for the whole body before handing over the headers never gets it: the
        # connection closes short of its Content-Length.
        if self.release.wait(timeout=5):
            self.wfile.write(AUDIO[1024:])

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def slow_server() -> Iterator[str]:
    SlowBody.release.clear()
    SlowBody.first_sent.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowBody)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    SlowBody.release.set()
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_streams_headers_are_read_before_its_body(slow_server: str, flavour: str) -> None:
    """The server holds the body back until the headers have been read: the raw call must return first."""
    if flavour == "sync":
        with ElevenLabs(api_key=API_KEY, base_url=slow_server) as client:
            raw = client.text_to_speech.with_raw_response.convert("voice", text="Hello")
            item_id = raw.headers["history-item-id"]
            SlowBody.release.set()
            body = b"".join(raw.data)
    else:

        async def run() -> tuple[str, bytes]:
            async with AsyncElevenLabs(api_key=API_KEY, base_url=slow_server) as client:
                raw = await client.text_to_speech.with_raw_response.convert("voice", text="Hello")
                item_id = raw.headers["history-item-id"]
                SlowBody.release.set()
                return item_id, b"".join([chunk async for chunk in raw.data])

        item_id, body = asyncio.run(run())
    assert item_id == "hist_slow"
    assert body == AUDIO


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_extras_reach_the_server_merged_into_the_one_request(fake: FakeElevenLabs, flavour: str) -> None:
    options: Any = {
        "additional_headers": {"x-trace": "t-1"},
        "additional_query_parameters": {"not_in_the_spec_yet": "yes"},
        "additional_body_parameters": {"seed": 7, "future_field": {"a": 1}},
    }
    fake.clear_faults()
    before = len(fake.requests)
    if flavour == "sync":
        with ElevenLabs(api_key=API_KEY, base_url=fake.base_url) as client:
            b"".join(client.text_to_speech.convert("voice", text="Hello", request_options=options))
            b"".join(client.text_to_speech.convert("voice", text="Again"))
    else:

        async def run() -> None:
            async with AsyncElevenLabs(api_key=API_KEY, base_url=fake.base_url) as client:
                [c async for c in client.text_to_speech.convert("voice", text="Hello", request_options=options)]
                [c async for c in client.text_to_speech.convert("voice", text="Again")]

        asyncio.run(run())
    first, second = fake.requests[before:]
    assert first.headers["x-trace"] == "t-1"
    assert first.headers["xi-api-key"] == API_KEY
    assert first.query["not_in_the_spec_yet"] == "yes"
    body = first.json()
    assert (body["text"], body["seed"], body["future_field"]) == ("Hello", 7, {"a": 1})
    # The next call is sent without them.
    assert "x-trace" not in second.headers and second.query == {}
    assert second.json().keys() == body.keys() - {"seed", "future_field"}


@pytest.mark.parametrize("header", ["xi-api-key", "XI-API-KEY", "Host"])
def test_extras_cannot_set_the_key_or_the_host(fake: FakeElevenLabs, header: str) -> None:
    before = len(fake.requests)
    with (
        ElevenLabs(api_key=API_KEY, base_url=fake.base_url) as client,
        pytest.raises(ValueError, match="cannot set") as raised,
    ):
        client.history.list(request_options={"additional_headers": {header: "other-key"}})
    assert "other-key" not in str(raised.value)
    assert len(fake.requests) == before  # refused before anything was sent


def test_body_extras_need_a_json_body(fake: FakeElevenLabs) -> None:
    before = len(fake.requests)
    with ElevenLabs(api_key=API_KEY, base_url=fake.base_url) as client:
        with pytest.raises(ValueError, match="need a JSON body, and GET /v1/history sends no JSON object"):
            client.history.list(request_options={"additional_body_parameters": {"x": 1}})
        with pytest.raises(ValueError, match="POST /v1/speech-to-text sends a multipart form"):
            client.speech_to_text.convert(
                model_id="scribe_v1", file=b"RIFF", request_options={"additional_body_parameters": {"x": 1}}
            )
    assert len(fake.requests) == before
