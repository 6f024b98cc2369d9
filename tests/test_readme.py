"""The README's examples for text to speech, voices and speech to text, run as written against a loopback
stub of this test's own (the spec-driven test server will answer them once it exists)."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

ROOT = Path(__file__).resolve().parent.parent
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


def readme_examples() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(re.escape(MARKER) + r"\s*```python\n(.*?)```", text, flags=re.DOTALL)


def test_the_readme_marks_its_examples() -> None:
    joined = "\n".join(readme_examples())
    for call in ("text_to_speech.convert", "voices.search", "speech_to_text.convert"):
        assert f"client.{call}(" in joined, call


def test_the_readme_examples_run_as_written(
    stub: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ELEVENLABS_API_KEY", KEY)
    monkeypatch.setenv("ELEVENLABS_BASE_URL", stub)
    monkeypatch.chdir(tmp_path)
    for example in readme_examples():
        exec(compile(example, "README.md", "exec"), {"__name__": "__readme__"})  # noqa: S102 (running it is the test)

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


REALTIME_MARKER = "<!-- run by tests/test_readme.py against the test server -->"


def test_the_realtime_examples_run_as_written_against_the_test_server(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from elevenlabs_client.testing import FakeElevenLabs

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    examples = re.findall(re.escape(REALTIME_MARKER) + r"\s*```python\n(.*?)```", text, flags=re.DOTALL)
    assert len(examples) == 7
    with FakeElevenLabs(api_key=KEY) as server:
        monkeypatch.setenv("ELEVENLABS_API_KEY", KEY)
        monkeypatch.setenv("ELEVENLABS_BASE_URL", server.base_url)
        namespace: dict[str, Any] = {"__name__": "__readme__"}
        for example in examples:  # one namespace: the later examples use the first one's client
            exec(compile(example, "README.md", "exec"), namespace)  # noqa: S102 (running it is the test)
        sockets = server.sockets
    printed = capsys.readouterr().out
    spoken = "Hello, how are you today? I am fine. "
    assert f"convert_realtime: {len(server.realtime_audio('JBFqnCBsd6RMkjVDRZzb', spoken))} bytes" in printed
    assert "bytes for Hello there." in printed and "bytes for Goodbye." in printed and "session final" in printed
    assert "multi-context audio for answer-2" in printed
    assert "Agent: Hello! How can I help you today?\nAgent: You said: What can you do?\n" in printed
    assert "Agent: The weather tool says: Sunny in Paris" in printed
    assert f"Conversation id: {sockets[3].agent.conversation_id}" in printed  # type: ignore[union-attr]
    # Realtime transcription: 0.1 s of audio is one word to the test server, its first byte picking it.
    assert "partial: is is\ncommitted: is is\npartial: speech\ncommitted: speech\n" in printed
    assert "official committed: test test\n" in printed and "error:" not in printed
    channels = ["stream-input", "stream-input", "multi-stream-input", "conversation", "conversation"]
    assert [socket.channel for socket in sockets[:5]] == channels
    assert [socket.path for socket in sockets[5:]] == ["/v1/speech-to-text/realtime"] * 2


SPEECH_ENGINE_MARKER = "<!-- run by tests/test_readme.py: speech engine -->"


def test_the_speech_engine_example_runs_as_written_against_the_test_server(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from elevenlabs_client.testing import FakeElevenLabs

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    (example,) = re.findall(re.escape(SPEECH_ENGINE_MARKER) + r"\s*```python\n(.*?)```", text, flags=re.DOTALL)
    with FakeElevenLabs(api_key=KEY) as server:
        monkeypatch.setenv("ELEVENLABS_API_KEY", KEY)
        monkeypatch.setenv("ELEVENLABS_BASE_URL", server.base_url)
        exec(compile(example, "README.md", "exec"), {"__name__": "__readme__"})  # noqa: S102 (running it is the test)
        created = [request for request in server.requests if request.path == "/v1/speech-engine"]
    assert capsys.readouterr().out.splitlines() == ["You said: Hello", "You said: Stop."]
    assert len(created) == 1
