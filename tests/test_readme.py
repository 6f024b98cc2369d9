"""The examples of README.md and docs/, run as written: the blocks after one of this file's markers, collected
from every page (tests/doc_examples.py), each page's blocks in one namespace in page order. The first is
answered by a loopback stub of this test's own, the rest by the test server; a failing block is named by its
page and line."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from doc_examples import ROOT, Example, examples, pages, run

MARKER = "<!-- run by tests/test_readme.py -->"
KEY = "sk-readme"


def audio_for(text: str) -> bytes:
    return b"ID3" + text.encode() * 50


class Stub(BaseHTTPRequestHandler):
    """Text to speech, voice search and speech to text, with the shapes the spec gives them."""

    seen: ClassVar[list[tuple[str, str, dict[str, str], bytes]]] = []

    def answer(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.seen.append((self.command, self.path, dict(self.headers), body))
        if self.headers.get("xi-api-key") != KEY:
            return self.reply(401, {"detail": {"status": "invalid_api_key"}})
        path = self.path.split("?")[0]
        if self.command == "POST" and re.fullmatch(r"/v1/text-to-speech/[^/]+(/stream)?", path):
            return self.reply(200, audio_for(json.loads(body)["text"]), "audio/mpeg")
        if self.command == "GET" and path == "/v2/voices":
            voice = {
                "voice_id": "JBFqnCBsd6RMkjVDRZzb",
                "name": "George",
                "category": "premade",
                "labels": {"accent": "british"},
                "available_for_tiers": [],
                "high_quality_base_model_ids": ["eleven_multilingual_v2"],
            }
            return self.reply(200, {"voices": [voice], "has_more": False, "total_count": 1})
        if self.command == "POST" and path == "/v1/speech-to-text":
            boundary = self.headers["Content-Type"].split("boundary=")[1].encode()
            parts = {
                re.search(rb'name="([^"]+)"', part).group(1).decode(): part.split(b"\r\n\r\n", 1)[1][:-2]  # type: ignore[union-attr]
                for part in body.split(b"--" + boundary)[1:-1]
            }
            transcript = parts["file"][3:53].decode()  # what audio_for() put in
            return self.reply(
                200,
                {
                    "language_code": "eng",
                    "language_probability": 0.99,
                    "text": f"{parts['model_id'].decode()}: {transcript}",
                    "words": [{"text": transcript, "type": "word", "logprob": -0.1}],
                },
            )
        return self.reply(404, {"detail": "Not Found"})

    def reply(self, status: int, payload: Any, content_type: str = "application/json") -> None:
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def stub() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Stub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Stub.seen = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def by_page(found: list[Example]) -> dict[Path, list[Example]]:
    grouped: dict[Path, list[Example]] = {}
    for example in found:
        grouped.setdefault(example.page, []).append(example)
    return grouped


def run_pages(found: list[Example]) -> None:
    """Each page is one program: its blocks share a namespace (a later one uses the first one's client)."""
    for page_examples in by_page(found).values():
        namespace: dict[str, Any] = {"__name__": "__readme__"}
        for example in page_examples:
            run(example, namespace)


def test_the_readme_marks_its_examples() -> None:
    joined = "\n".join(example.code for example in examples(MARKER))
    for call in ("text_to_speech.convert", "voices.search", "speech_to_text.convert"):
        assert f"client.{call}(" in joined, call


REALTIME_MARKER = "<!-- run by tests/test_readme.py against the test server -->"
SPEECH_ENGINE_MARKER = "<!-- run by tests/test_readme.py: speech engine -->"
QUICKSTART_MARKER = "<!-- run by tests/test_readme.py: quickstart -->"
PAGINATION_MARKER = "<!-- run by tests/test_readme.py: pagination -->"
LOW_LEVEL_MARKER = "<!-- run by tests/test_readme.py: low-level package -->"
MARKERS = {
    MARKER,
    REALTIME_MARKER,
    SPEECH_ENGINE_MARKER,
    QUICKSTART_MARKER,
    PAGINATION_MARKER,
    LOW_LEVEL_MARKER,
    "<!-- run by tests/test_webhooks.py -->",
    "<!-- run by tests/test_server_headers.py -->",
}
# What may stand before a python block instead: why it does not run (a microphone, a third party's server or
# SDK), or the reference's own markers (tests/test_reference_pages.py runs its examples; signatures are not code
# to run).
NOT_RUN = re.compile(r"<!-- (?:not run: [^>]+|(?:session )?signature: (?:sync|async)|example: (?:sync|async)) -->")


def test_every_run_marker_is_one_a_test_reads_and_stands_right_before_a_python_block() -> None:
    # A misspelt marker, or one that drifted away from its block, would drop an example from every test silently.
    for page in pages():
        text = page.read_text(encoding="utf-8")
        for match in re.finditer(r"<!-- run by [^>]*-->", text):
            if text[match.start() - 1] == "`":
                continue  # a page that speaks of the markers, in a code span
            where = f"{page.relative_to(ROOT)}:{text.count(chr(10), 0, match.start()) + 1}"
            assert match.group(0) in MARKERS, f"{where}: {match.group(0)} is read by no test"
            assert re.match(r"\s*```python\n", text[match.end() :]), f"{where}: no python block right after the marker"


def test_every_python_block_is_run_by_a_test_or_says_why_not() -> None:
    unmarked, not_run = [], []
    for page in pages():
        text = page.read_text(encoding="utf-8")
        for block in re.finditer(r"^```python\n", text, flags=re.MULTILINE):
            before = text[: block.start()].rstrip().rsplit("\n", 1)[-1]
            where = f"{page.relative_to(ROOT)}:{text.count(chr(10), 0, block.start()) + 1}"
            if before in MARKERS:
                continue
            if not NOT_RUN.fullmatch(before):
                unmarked.append(where)
            elif before.startswith("<!-- not run"):
                not_run.append(f"{where} {before}")
    assert not unmarked, f"python blocks with neither a marker of a test that runs them nor a reason: {unmarked}"
    # The few that cannot run here, each with its reason; a new one is a decision this list makes visible.
    assert len(not_run) == 4, "\n".join(not_run)


def test_the_readme_examples_run_as_written(
    stub: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ELEVENLABS_API_KEY", KEY)
    monkeypatch.setenv("ELEVENLABS_BASE_URL", stub)
    monkeypatch.chdir(tmp_path)
    run_pages(examples(MARKER))

    said = "The first move is what sets everything in motion."
    assert (tmp_path / "first-move.mp3").read_bytes() == audio_for(said)
    printed = capsys.readouterr().out
    assert "JBFqnCBsd6RMkjVDRZzb George" in printed
    assert f"scribe_v1: {said[:50]}" in printed
    calls = [(method, path.split("?")[0]) for method, path, _, _ in Stub.seen]
    assert ("POST", "/v1/text-to-speech/JBFqnCBsd6RMkjVDRZzb") in calls
    assert ("GET", "/v2/voices") in calls
    assert ("POST", "/v1/speech-to-text") in calls
    tts = next(body for method, path, _, body in Stub.seen if path.startswith("/v1/text-to-speech/"))
    assert json.loads(tts)["model_id"] == "eleven_multilingual_v2"


def test_the_quickstart_runs_as_written_sync_and_async_against_the_test_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from elevenlabs_client.testing import FakeElevenLabs

    found = examples(QUICKSTART_MARKER)
    assert [example.page.name for example in found] == ["README.md", "README.md"], "the sync and the async one"
    monkeypatch.chdir(tmp_path)
    with FakeElevenLabs(api_key=KEY, audio_size=4096) as server:
        monkeypatch.setenv("ELEVENLABS_API_KEY", KEY)
        monkeypatch.setenv("ELEVENLABS_BASE_URL", server.base_url)
        for example in found:  # each a program of its own
            run(example, {"__name__": "__readme__"})
        requests = [(request.method, request.path) for request in server.requests]
        sockets = server.sockets
    printed = capsys.readouterr().out
    for name in ("hello.mp3", "hello-async.mp3"):
        assert (tmp_path / name).stat().st_size == 4096, name
    for name in ("realtime.mp3", "realtime-async.mp3"):
        assert (tmp_path / name).stat().st_size > 0, name
    assert [socket.channel for socket in sockets] == ["stream-input", "stream-input"]
    assert printed.count("21m00Tcm4TlvDq8ikWAM ") == 2, "every voice of every page is listed, the first one too"
    assert printed.count("transcript: ") == 2 and printed.count("not found: 404\n") == 2
    assert requests.count(("POST", "/v1/speech-to-text")) == 2
    assert requests.count(("GET", "/v1/voices/no-such-voice")) == 2, "a 404 is not retried"


def test_the_realtime_examples_run_as_written_against_the_test_server(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from elevenlabs_client.testing import FakeElevenLabs

    found = examples(REALTIME_MARKER)
    assert len(found) == 8
    assert [example.page.name for example in found] == ["agents.md"] * 3 + ["realtime-text-to-speech.md"] * 3 + [
        "realtime-transcription.md"
    ] * 2
    with FakeElevenLabs(api_key=KEY) as server:
        monkeypatch.setenv("ELEVENLABS_API_KEY", KEY)
        monkeypatch.setenv("ELEVENLABS_BASE_URL", server.base_url)
        run_pages(found)
        sockets = server.sockets
    printed = capsys.readouterr().out
    spoken = "Hello, how are you today? I am fine. "
    assert f"convert_realtime: {len(server.realtime_audio('JBFqnCBsd6RMkjVDRZzb', spoken))} bytes" in printed
    assert "bytes for Hello there." in printed and "bytes for Goodbye." in printed and "session final" in printed
    assert "multi-context audio for answer-2" in printed
    assert "Agent: Hello! How can I help you today?\nAgent: You said: What can you do?\n" in printed
    assert "Agent: The weather tool says: Sunny in Paris" in printed
    assert "Async agent: You said: Hello\n" in printed
    assert f"Async conversation id: {sockets[2].agent.conversation_id}" in printed  # type: ignore[union-attr]
    assert f"Conversation id: {sockets[0].agent.conversation_id}" in printed  # type: ignore[union-attr]
    # Realtime transcription: 0.1 s of audio is one word to the test server, its first byte picking it.
    assert "partial: is is\ncommitted: is is\npartial: speech\ncommitted: speech\n" in printed
    assert "official committed: test test\n" in printed and "error:" not in printed
    channels = ["conversation"] * 3 + ["stream-input", "stream-input", "multi-stream-input"]
    assert [socket.channel for socket in sockets[:6]] == channels
    assert [socket.path for socket in sockets[6:]] == ["/v1/speech-to-text/realtime"] * 2


def test_the_speech_engine_example_runs_as_written_against_the_test_server(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from elevenlabs_client.testing import FakeElevenLabs

    (example,) = examples(SPEECH_ENGINE_MARKER)
    with FakeElevenLabs(api_key=KEY) as server:
        monkeypatch.setenv("ELEVENLABS_API_KEY", KEY)
        monkeypatch.setenv("ELEVENLABS_BASE_URL", server.base_url)
        run(example, {"__name__": "__readme__"})
        created = [request for request in server.requests if request.path == "/v1/speech-engine"]
    assert capsys.readouterr().out.splitlines() == ["You said: Hello", "You said: Stop."]
    assert len(created) == 1


def test_the_pagination_example_runs_as_written_against_the_test_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from elevenlabs_client.testing import FakeElevenLabs

    (example,) = examples(PAGINATION_MARKER)
    monkeypatch.chdir(tmp_path)
    ids = ["VW7YKqPnjY4h39yTbx2L", "id1", "id2", "id3"]
    with FakeElevenLabs(api_key=KEY, history_items=250, history_ids=ids, audio_size=4096) as server:
        monkeypatch.setenv("ELEVENLABS_API_KEY", KEY)
        monkeypatch.setenv("ELEVENLABS_BASE_URL", server.base_url)
        run(example, {"__name__": "__readme__"})
        pages_read = [request for request in server.requests if request.path == "/v1/history"]
    printed = capsys.readouterr().out.splitlines()
    # iter_all(source="TTS") prints every text to speech item of the 250, across the pages it reads.
    assert 100 < len(printed) < 250 and printed[0].startswith("VW7YKqPnjY4h39yTbx2L "), printed[:3]
    assert len(pages_read) >= 3, "one page, then iter_all's"
    for name in ("item.mp3", "item-copy.mp3", "items.zip", "call.mp3"):
        assert (tmp_path / name).stat().st_size > 0, name


def test_the_low_level_example_runs_as_written_with_its_base_url_pointed_at_the_test_server() -> None:
    from elevenlabs_client.testing import FakeElevenLabs

    (example,) = examples(LOW_LEVEL_MARKER)
    assert '"https://api.elevenlabs.io"' in example.code
    with FakeElevenLabs(api_key="YOUR_API_KEY", history_ids=["VW7YKqPnjY4h39yTbx2L"]) as server:
        pointed = Example(
            example.page, example.line, example.code.replace("https://api.elevenlabs.io", server.base_url)
        )
        namespace: dict[str, Any] = {"__name__": "__readme__"}
        run(pointed, namespace)
    assert len(namespace["page"].history) == 50
    assert namespace["item"].history_item_id == "VW7YKqPnjY4h39yTbx2L"
