"""Three rows run.py adds to its table: a 1 GiB upload from a path, a 10,000-line JSON-lines stream and
40 pages of voices, each for ours, the official SDK and plain httpx.

The fake server holds whole request bodies (no place for 1 GiB) and does not answer at these sizes,
so `MoreRowsServer`, a small `http.server` of the benchmark's own, answers these rows. It runs as threads of
the benchmark's server process, next to the fake and tts_server.py (run.py --serve):

- `POST /v1/speech-to-text` reads the multipart body to its end in chunks (with Content-Length or
  chunked), keeps only its size and last bytes, and answers a small transcript.
  `GET /bench/last-upload` says what the last upload was (bytes, transfer encoding, whether it ended
  with the closing boundary), so that the parent can check every run.
- `POST /v1/text-to-speech/{voice_id}/stream/with-timestamps` answers JSON_LINES lines of audio and
  alignment, chunked, one HTTP chunk a line.
- `GET /v2/voices` answers VOICES voices, `page_size` at a time, following `next_page_token`.

Each upload runs in a fresh process (`more_rows.py --upload`), for its peak RSS; the stream and the
pages are callables that run.py times in its own process, as it times the history listing.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import re
import statistics
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

import httpx
from children import run_child
from peak_rss import measure_transfer, memory_kib
from tts_server import has_text

MIB = 1024 * 1024

# Upload: one file of UPLOAD_BYTES, a random 1 MiB block repeated, made once per benchmark and deleted.
UPLOAD_BYTES = 1024 * MIB
UPLOAD_BLOCK = MIB
UPLOAD_RUNS = 7  # each in a fresh process; a run moves 1 GiB, about half a second at loopback speeds
UPLOAD_CASES = {
    "ours": "ours: speech_to_text.convert(model_id=..., file=Path(p))",
    "official": 'official: speech_to_text.convert(file=open(p, "rb"), model_id=...)',
    "floor": 'httpx: post(files={"file": open(p, "rb")}, data={"model_id": ...})',
}
WARM_UP = "warm-up.bin"  # 64 KiB, uploaded once before the measured upload (see upload_case)
TRANSCRIPT = b'{"language_code":"eng","language_probability":1.0,"text":"hi","words":[]}'

# JSON lines: JSON_LINES objects, each with AUDIO_PER_LINE bytes of audio (1 KiB once in base64) and the
# alignment of CHARACTERS_PER_LINE characters.
JSON_LINES = 10_000
AUDIO_PER_LINE = 768
CHARACTERS_PER_LINE = 20
LINES_RUNS = 7
VOICE_ID = "JBFqnCBsd6RMkjVDRZzb"
TEXT = "The quick brown fox jumps over the lazy dog, and then it does it all over again."
STREAM_PATH = re.compile(r"/v1/text-to-speech/[^/]+/stream/with-timestamps")

# Voices: VOICES of them, VOICES_PER_PAGE a page (40 pages).
VOICES = 4000
VOICES_PER_PAGE = 100
PAGES_RUNS = 11
TOKEN_PREFIX = "after-"

READ_SIZE = 256 * 1024  # what the sink reads at a time
TAIL = 128  # how many of the last bytes of an upload the sink keeps, to see the closing boundary
MAX_LINE = 64 * 1024


# ---------------------------------------------------------------------------------------------------
# What the server answers
# ---------------------------------------------------------------------------------------------------


def json_lines() -> list[bytes]:
    """The JSON_LINES lines of the stream, newline included; the same on every call (seeded)."""
    noise = random.Random(11).randbytes(AUDIO_PER_LINE * JSON_LINES)
    lines = []
    for i in range(JSON_LINES):
        audio = noise[i * AUDIO_PER_LINE : (i + 1) * AUDIO_PER_LINE]
        first = i * CHARACTERS_PER_LINE
        starts = [round((first + k) * 0.0125, 4) for k in range(CHARACTERS_PER_LINE)]
        chunk = {
            "audio_base64": base64.b64encode(audio).decode(),
            "alignment": {
                "characters": [TEXT[(first + k) % len(TEXT)] for k in range(CHARACTERS_PER_LINE)],
                "character_start_times_seconds": starts,
                "character_end_times_seconds": [round(start + 0.0125, 4) for start in starts],
            },
            "normalized_alignment": None,
        }
        lines.append(json.dumps(chunk).encode() + b"\n")
    return lines


def voice(i: int) -> dict[str, Any]:
    """One voice as `GET /v2/voices` lists it: the fields VoiceResponseModel requires, and a few more."""
    voice_id = f"benchvoice{i:010d}"
    return {
        "voice_id": voice_id,
        "name": f"Voice {i}",
        "category": ("premade", "cloned", "generated", "professional")[i % 4],
        "labels": {
            "accent": ("american", "british", "australian")[i % 3],
            "age": ("young", "middle_aged", "old")[i % 3],
            "descriptive": "calm",
            "gender": ("female", "male")[i % 2],
            "use_case": "narrative_story",
        },
        "description": f"A calm voice for long narration, number {i}.",
        "preview_url": f"https://storage.googleapis.com/eleven-public-prod/premade/voices/{voice_id}/preview.mp3",
        "available_for_tiers": ["creator", "pro"] if i % 4 == 3 else [],
        "high_quality_base_model_ids": ["eleven_turbo_v2_5", "eleven_multilingual_v2", "eleven_flash_v2_5"],
        "settings": None,
        "is_owner": i % 4 != 0,
        "is_legacy": False,
        "is_mixed": False,
        "created_at_unix": 1_714_204_800 + i,
    }


def voice_page(voices: list[dict[str, Any]], offset: int, size: int) -> bytes:
    following = offset + size
    more = following < len(voices)
    return json.dumps(
        {
            "voices": voices[offset:following],
            "has_more": more,
            "total_count": len(voices),
            "next_page_token": f"{TOKEN_PREFIX}{following}" if more else None,
        }
    ).encode()


# ---------------------------------------------------------------------------------------------------
# The server
# ---------------------------------------------------------------------------------------------------


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive
    # Headers and body go out in separate writes: with Nagle's algorithm on, the body would wait for the
    # client's delayed ACK of the headers (40 ms a response on Linux loopback).
    disable_nagle_algorithm = True
    server: MoreRowsServer

    def setup(self) -> None:
        super().setup()
        self.buffer = memoryview(bytearray(READ_SIZE))  # one per connection, reused for every read

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        chunked = "chunked" in self.headers.get("transfer-encoding", "").lower()
        length = self.headers.get("content-length")
        if not chunked and length is None:
            self.answer(411, b'{"detail": "Content-Length required"}')
            self.close_connection = True
            return
        body = self.chunked_body() if chunked else self.sized_body(int(length or 0))
        if path == "/v1/speech-to-text":
            self.transcribe(body, chunked)
        elif STREAM_PATH.fullmatch(path):
            self.stream_lines(b"".join(bytes(chunk) for chunk in body))
        else:
            for _ in body:
                pass
            self.answer(404, b'{"detail": "Not Found"}')

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/bench/last-upload":
            self.answer(200, json.dumps(self.server.last_upload).encode())
        elif url.path == "/v2/voices":
            self.voices(parse_qs(url.query))
        else:
            self.answer(404, b'{"detail": "Not Found"}')

    # The body, read in chunks into one buffer: each chunk is valid until the next one is read.

    def sized_body(self, length: int) -> Iterator[memoryview]:
        while length:
            read = self.rfile.readinto(self.buffer[: min(length, READ_SIZE)])
            if not read:
                raise ConnectionError(f"the body ended {length} bytes early")
            length -= read
            yield self.buffer[:read]

    def chunked_body(self) -> Iterator[memoryview]:
        while size := int(self.rfile.readline(MAX_LINE).split(b";", 1)[0], 16):
            yield from self.sized_body(size)
            if self.rfile.readline(MAX_LINE) != b"\r\n":
                raise ConnectionError("a chunk does not end with CRLF")
        while self.rfile.readline(MAX_LINE).strip():  # trailer fields, up to the blank line
            pass

    # The three endpoints

    def transcribe(self, body: Iterator[memoryview], chunked: bool) -> None:
        size, tail = 0, b""
        for chunk in body:
            size += len(chunk)
            tail = (tail + bytes(chunk[-TAIL:]))[-TAIL:]
        boundary = re.search(r'boundary="?([^";]+)', self.headers.get("content-type", ""))
        self.server.last_upload = {
            "bytes": size,
            "transfer": "chunked" if chunked else "content-length",
            "complete": boundary is not None and tail.endswith(b"--" + boundary.group(1).encode() + b"--\r\n"),
        }
        if self.authorized():
            self.answer(200, TRANSCRIPT)

    def stream_lines(self, request: bytes) -> None:
        if not self.authorized():
            return
        if not has_text(request):
            self.answer(422, b'{"detail": "text is required"}')
            return
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        for frame in self.server.frames:
            self.wfile.write(frame)
        self.wfile.write(b"0\r\n\r\n")

    def voices(self, query: dict[str, list[str]]) -> None:
        if not self.authorized():
            return
        token = query.get("next_page_token", [""])[0]
        try:
            size = int(query.get("page_size", ["10"])[0])
            offset = int(token.removeprefix(TOKEN_PREFIX)) if token else 0
        except ValueError:
            size = offset = -1
        if not 1 <= size <= 100 or not 0 <= offset < VOICES:
            self.answer(422, b'{"detail": "bad page_size or next_page_token"}')
            return
        self.answer(200, self.server.voice_page(offset, size))

    def authorized(self) -> bool:
        if self.headers.get("xi-api-key") == self.server.api_key:
            return True
        self.answer(401, b'{"detail": {"status": "invalid_api_key"}}')
        return False

    def answer(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass


class MoreRowsServer(ThreadingHTTPServer):
    """`with MoreRowsServer(api_key) as server:` serves on a free 127.0.0.1 port (`server.base_url`)."""

    daemon_threads = True

    def __init__(self, api_key: str) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.api_key = api_key
        self.base_url = f"http://127.0.0.1:{self.server_address[1]}"
        self.last_upload: dict[str, Any] = {}
        # Everything is serialized up front, so that serving costs the same for every contender.
        self.frames = [b"%x\r\n%b\r\n" % (len(line), line) for line in json_lines()]
        self.voices = [voice(i) for i in range(VOICES)]
        self._pages = {
            (offset, VOICES_PER_PAGE): voice_page(self.voices, offset, VOICES_PER_PAGE)
            for offset in range(0, VOICES, VOICES_PER_PAGE)
        }
        self._thread = threading.Thread(target=self.serve_forever, name="more-rows-server", daemon=True)

    def voice_page(self, offset: int, size: int) -> bytes:
        page = self._pages.get((offset, size))
        if page is None:  # another page size: made once, then kept
            page = self._pages[offset, size] = voice_page(self.voices, offset, size)
        return page

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.shutdown()
        self.server_close()


def payloads() -> dict[str, Any]:
    """What the three rows move, for the JSON's `payloads`."""
    lines = json_lines()
    first_page = voice_page([voice(i) for i in range(VOICES)], 0, VOICES_PER_PAGE)
    return {
        "upload": {"bytes": UPLOAD_BYTES, "content": f"one random {UPLOAD_BLOCK // 1024} KiB block, repeated"},
        "json_lines": {
            "lines": len(lines),
            "bytes": sum(len(line) for line in lines),
            "audio_base64_chars_per_line": len(base64.b64encode(bytes(AUDIO_PER_LINE))),
            "characters_per_line": CHARACTERS_PER_LINE,
            "http_chunk": "one per line",
        },
        "voice_pages": {"voices": VOICES, "per_page": VOICES_PER_PAGE, "page_bytes": len(first_page)},
    }


# ---------------------------------------------------------------------------------------------------
# 1. Upload 1 GiB from a path, each run in a fresh process
# ---------------------------------------------------------------------------------------------------


def measure_upload(base_url: str, api_key: str) -> dict[str, Any]:
    """Throughput (MiB/s) and peak RSS growth (MiB) of each upload case: medians of UPLOAD_RUNS."""
    check_sink(base_url, api_key)
    samples: dict[str, list[dict[str, Any]]] = {who: [] for who in UPLOAD_CASES}
    with tempfile.TemporaryDirectory(prefix="elevenlabs-bench-upload-") as folder:
        path = write_upload_file(os.path.join(folder, "audio.bin"))
        Path(folder, WARM_UP).write_bytes(os.urandom(64 * 1024))
        os.sync()  # its dirty pages are written back now, not during the runs
        for _ in range(UPLOAD_RUNS):
            for who in UPLOAD_CASES:  # interleaved, so a busy moment hits every case alike
                result = run_child(
                    [sys.executable, __file__, "--upload", who, base_url, api_key, path], f"upload {who}"
                )
                received = last_upload(base_url)
                if not (received["complete"] and received["bytes"] > UPLOAD_BYTES):
                    raise RuntimeError(f"{who}: the server did not get the whole upload: {received}")
                samples[who].append({**result, "received": received})
    return {
        who: {
            "mib_per_s": statistics.median(UPLOAD_BYTES / MIB / r["seconds"] for r in runs),
            "rss_growth_mib": statistics.median(r["rss_growth_mib"] for r in runs),
            "first_call_rss_mib": statistics.median(r["first_call_rss_mib"] for r in runs),
            "transfer": sorted({r["received"]["transfer"] for r in runs}),
            "samples": runs,
        }
        for who, runs in samples.items()
    }


def write_upload_file(path: str) -> str:
    block = os.urandom(UPLOAD_BLOCK)
    with open(path, "wb") as out:
        out.writelines(block for _ in range(UPLOAD_BYTES // UPLOAD_BLOCK))
    return path


def last_upload(base_url: str) -> dict[str, Any]:
    answer: dict[str, Any] = httpx.get(base_url + "/bench/last-upload").json()
    return answer


def check_sink(base_url: str, api_key: str) -> None:
    """The sink must count the same multipart body alike with Content-Length and chunked."""
    url = base_url + "/v1/speech-to-text"
    files = {"file": ("a.bin", os.urandom(300_000))}
    request = httpx.Request("POST", url, files=files, data={"model_id": "scribe_v1"})
    body = request.read()
    headers = {"xi-api-key": api_key, "content-type": request.headers["content-type"]}
    with httpx.Client(headers=headers) as http:
        for transfer, content in (("content-length", body), ("chunked", iter([body[:1000], body[1000:]]))):
            response = http.post(url, content=content)
            response.raise_for_status()
            expected = {"bytes": len(body), "transfer": transfer, "complete": True}
            if response.content != TRANSCRIPT or last_upload(base_url) != expected:
                raise RuntimeError(f"the upload sink miscounted a {transfer} body: {last_upload(base_url)}")


def upload_case(who: str, base_url: str, api_key: str, path: str) -> None:
    """Child mode: one upload; prints bytes, seconds and the growth of peak RSS in MiB as JSON.

    Only the library under test is imported and its client made before one small upload (WARM_UP, from
    the same folder) and then the measured one. The first call loads what the call needs (ours: its
    request model and the models of the response union, 40-odd modules, 3-8 MiB), which would
    otherwise count as memory the 1 GiB took; what it did cost is kept as `first_call_rss_mib`.
    """
    upload: Callable[[str], None]
    if who == "ours":
        from elevenlabs_client import ElevenLabs

        ours = ElevenLabs(api_key=api_key, base_url=base_url).speech_to_text

        def upload(file_path: str) -> None:
            transcript = ours.convert(model_id="scribe_v1", file=Path(file_path))
            assert getattr(transcript, "text", None) == "hi", transcript
    elif who == "official":
        from elevenlabs import ElevenLabs as Official

        official = Official(api_key=api_key, base_url=base_url).speech_to_text

        def upload(file_path: str) -> None:
            with open(file_path, "rb") as file:
                transcript = official.convert(file=file, model_id="scribe_v1")
            assert getattr(transcript, "text", None) == "hi", transcript
    else:
        raw = httpx.Client(headers={"xi-api-key": api_key}, timeout=60)

        def upload(file_path: str) -> None:
            with open(file_path, "rb") as file:
                response = raw.post(
                    base_url + "/v1/speech-to-text", files={"file": file}, data={"model_id": "scribe_v1"}
                )
            response.raise_for_status()
            assert json.loads(response.content)["text"] == "hi", response.content

    def transfer() -> int:
        upload(path)
        return os.path.getsize(path)

    before = memory_kib("VmRSS")
    upload(os.path.join(os.path.dirname(path), WARM_UP))
    first_call_rss_mib = (memory_kib("VmRSS") - before) / 1024
    print(json.dumps({**measure_transfer(transfer), "first_call_rss_mib": first_call_rss_mib}))


# ---------------------------------------------------------------------------------------------------
# 2. A JSON-lines stream of JSON_LINES chunks, and 3. VOICES voices over pages: what run.py times
# ---------------------------------------------------------------------------------------------------


@contextmanager
def json_lines_calls(base_url: str, api_key: str) -> Iterator[dict[str, Callable[[], int]]]:
    """Ours, the official SDK and httpx `iter_lines()` + `json.loads`, each reading the whole stream and
    returning how many objects it parsed."""
    from elevenlabs import ElevenLabs as Official
    from elevenlabs_client import ElevenLabs

    ours = ElevenLabs(api_key=api_key, base_url=base_url)
    official = Official(api_key=api_key, base_url=base_url)
    raw = httpx.Client(base_url=base_url, headers={"xi-api-key": api_key})

    def stream_ours() -> int:
        return sum(1 for chunk in ours.text_to_speech.stream_with_timestamps(VOICE_ID, text=TEXT) if chunk.audio_base64)

    def stream_official() -> int:
        chunks = official.text_to_speech.stream_with_timestamps(VOICE_ID, text=TEXT)
        return sum(1 for chunk in chunks if chunk.audio_base_64)  # the official model's name for audio_base64

    def stream_raw() -> int:
        path = f"/v1/text-to-speech/{VOICE_ID}/stream/with-timestamps"
        with raw.stream("POST", path, json={"text": TEXT, "model_id": "eleven_multilingual_v2"}) as response:
            response.raise_for_status()
            return sum(1 for line in response.iter_lines() if line and json.loads(line)["audio_base64"])

    try:
        yield {"ours": stream_ours, "official": stream_official, "floor": stream_raw}
    finally:
        ours.close()
        raw.close()


def count_floor_pages(
    raw: httpx.Client, path: str, first: dict[str, Any], counted: tuple[str, str], cursor: tuple[str, str]
) -> int:
    """The floor's listing (the voice pages here, the history in in_process.py): every page of `path` read with
    httpx and `json.loads`, from the query `first`. `counted` names the page's list and the field of each item
    that is read (and must be set); `cursor` the next page's query parameter and this page's field with it."""
    (items, field), (parameter, next_field) = counted, cursor
    count, params = 0, first
    while True:
        response = raw.get(path, params=params)
        response.raise_for_status()
        page = json.loads(response.content)
        count += sum(1 for item in page[items] if item[field])
        if not page["has_more"]:
            return count
        params = {**first, parameter: page[next_field]}


@contextmanager
def voice_pages_calls(base_url: str, api_key: str) -> Iterator[dict[str, Callable[[], int]]]:
    """Ours (`voices.iter_search`), the official SDK (`voices.search` in a loop, following
    `next_page_token` while `has_more`) and the same loop in httpx + `json.loads`; each reads every voice's
    name (models read lazily would otherwise be timed doing nothing) and returns how many voices it saw."""
    from elevenlabs import ElevenLabs as Official
    from elevenlabs_client import ElevenLabs

    ours = ElevenLabs(api_key=api_key, base_url=base_url)
    official = Official(api_key=api_key, base_url=base_url)
    raw = httpx.Client(base_url=base_url, headers={"xi-api-key": api_key})

    def list_ours() -> int:
        return sum(1 for voice in ours.voices.iter_search(page_size=VOICES_PER_PAGE) if voice.name)

    def list_official() -> int:
        count, token = 0, None
        while True:
            page = official.voices.search(page_size=VOICES_PER_PAGE, next_page_token=token)
            count += sum(1 for voice in page.voices if voice.name)
            if not page.has_more:
                return count
            token = page.next_page_token

    def list_raw() -> int:
        first = {"page_size": str(VOICES_PER_PAGE)}
        return count_floor_pages(raw, "/v2/voices", first, ("voices", "name"), ("next_page_token", "next_page_token"))

    try:
        yield {"ours": list_ours, "official": list_official, "floor": list_raw}
    finally:
        ours.close()
        raw.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--upload", nargs=4, metavar=("WHO", "BASE_URL", "API_KEY", "PATH"), required=True)
    upload_case(*parser.parse_args().upload)
