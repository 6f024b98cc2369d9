"""The benchmark's HTTP servers, in a process of their own (`run.py --serve`): a server thread in the
measuring process would compete for the GIL with the client under test and blur the differences between
clients.

The fake (elevenlabs_client.testing) answers the history, conversation and listing rows; it does not
answer text to speech: the benchmark's own loopback server (tts_server.py) runs next to it, in this
process too, and so does the one of the upload, JSON-lines and voice-page rows (more_rows.py).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import httpx
import more_rows
from children import SERVER_CORES, ServerChild
from tts_server import TextToSpeechServer

RUN_PY = str(Path(__file__).with_name("run.py"))
API_KEY = "bench-key"
HISTORY_ITEMS = 2345
AUDIO_BYTES = 200 * 1024 * 1024


def serve() -> None:
    """Child mode: run the servers, print what the parent needs as one JSON line, stop when stdin closes."""
    from elevenlabs_client.testing import FakeElevenLabs

    os.sched_setaffinity(0, SERVER_CORES)
    with (
        FakeElevenLabs(history_items=HISTORY_ITEMS, conversations=10, api_key=API_KEY) as fake,
        TextToSpeechServer(API_KEY) as tts,
        more_rows.MoreRowsServer(API_KEY) as more,
    ):
        audio_id = fake.history[0]["history_item_id"]
        fake.set_audio_size(audio_id, AUDIO_BYTES)
        conversation_id = fake.conversations[0]["conversation_id"]
        info = {"base_url": fake.base_url, "tts_base_url": tts.base_url, "more_base_url": more.base_url}
        print(json.dumps({**info, "audio_id": audio_id, "conversation_id": conversation_id}))
        sys.stdout.flush()
        sys.stdin.read()


class Server(ServerChild):
    """`serve` in a child process (run.py --serve), until `stop`."""

    def __init__(self) -> None:
        super().__init__([sys.executable, RUN_PY, "--serve"])
        self.base_url: str = self.info["base_url"]
        self.tts_base_url: str = self.info["tts_base_url"]
        self.more_base_url: str = self.info["more_base_url"]
        self.audio_id: str = self.info["audio_id"]
        self.conversation_id: str = self.info["conversation_id"]

    def get(self, path: str) -> bytes:
        response = httpx.get(self.base_url + path, headers={"xi-api-key": API_KEY}, timeout=60)
        response.raise_for_status()
        return response.content
