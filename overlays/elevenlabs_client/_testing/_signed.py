"""Signed URLs for agents that require authentication: `GET /v1/convai/conversation/get-signed-url`
answers a ws:// URL to this server whose `conversation_signature` is a token it issued, and a
conversation opened with that token is admitted without an API key (a token it did not issue is
refused with 401, as a bad key is)."""

from __future__ import annotations

import itertools
import threading
from typing import Any
from urllib.parse import urlencode

from ._ids import _token
from ._replies import _error, _invalid, _json, _Reply

SIGNATURE = "conversation_signature"  # the query parameter the vendor names so
CHANNEL_PATH = "/v1/convai/conversation"
_BAD = {"detail": {"status": "invalid_conversation_signature", "message": "The conversation signature is not valid"}}
_BAD_KEY = {"detail": {"status": "invalid_api_key", "message": "Invalid API key"}}


class Signatures:
    """The tokens issued, each for its agent."""

    def __init__(self) -> None:
        self._issued: dict[str, str] = {}
        self._lock = threading.Lock()
        self._count = itertools.count(1)

    def signed_url(self, query: dict[str, str], headers: dict[str, str]) -> _Reply:
        """The answer to get-signed-url: the channel's URL at the host the request was sent to."""
        agent_id = query.get("agent_id")
        if not agent_id:
            return _invalid([_error(["query", "agent_id"], "missing", "Field required", None)])
        token = "sig_" + _token(f"signature/{agent_id}/{next(self._count)}", 32)
        with self._lock:
            self._issued[token] = agent_id
        query = {"agent_id": agent_id, SIGNATURE: token}
        host = headers.get("host", "127.0.0.1")  # HTTP/1.1 clients always send it
        return _json(200, {"signed_url": f"ws://{host}{CHANNEL_PATH}?{urlencode(query)}"})

    def refusal(
        self, path: str, query: dict[str, str], headers: dict[str, str], api_key: str
    ) -> tuple[int, Any] | None:
        """Why a realtime handshake is refused (status, body), or None: the key, or a signature issued for
        the agent on the agents channel."""
        if path == CHANNEL_PATH and SIGNATURE in query:
            with self._lock:
                agent = self._issued.get(query[SIGNATURE])
            return None if agent is not None and agent == query.get("agent_id") else (401, _BAD)
        return None if headers.get("xi-api-key") == api_key else (401, _BAD_KEY)
