"""ElevenLabs' side of a Speech Engine conversation, for testing your server without the network.

    caller = SpeechEngineCaller(api_key="test-key")        # the key your server checks tokens with
    async with caller.connect("ws://127.0.0.1:3001/") as call:
        await call.init()
        assert await call.say("Hello") == "You said: Hello"

It connects as the vendor does, with a token in `X-Elevenlabs-Speech-Engine-Authorization` (HS256,
keyed with the SHA-256 digest of the key, the vendor's issuer and subject, a minute of validity), or
with a token you make wrong (`caller.token(...)`: another key, expired, not yet valid, another issuer,
subject or algorithm) or none. It sends `init`, each user turn as a `user_transcript` with the whole
conversation so far and a growing `event_id`, pings, and `close`; it records every message your server
sends (`call.received`) and gathers each reply's chunks until the final one.
"""

from __future__ import annotations

import asyncio
import collections
import json
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from ..speech_engine._auth import ALGORITHM, HEADER, ISSUER, SUBJECT, HidesToken, _pyjwt, signing_key

# How long the caller waits for your server's next message before failing the test (not a timing test:
# only a bound so that a server that never answers fails instead of hanging).
PATIENCE = 10.0
# The caller's handshake lines name the token it sends: kept out of the log, as on the server's side.
_library_logger = logging.getLogger("elevenlabs_client.testing.speech_engine")
_library_logger.addFilter(HidesToken())


class SpeechEngineRefused(Exception):
    """Your server refused the connection during the handshake."""

    def __init__(self, status: int) -> None:
        super().__init__(f"the Speech Engine server refused the connection with {status}")
        self.status = status


class SpeechEngineCaller:
    """Plays ElevenLabs: connects to a Speech Engine server with tokens signed for `api_key`."""

    def __init__(self, api_key: str, *, conversation_id: str = "conv_speech_engine_test") -> None:
        self._api_key = api_key
        self.conversation_id = conversation_id

    def __repr__(self) -> str:
        return f"SpeechEngineCaller(conversation_id={self.conversation_id!r})"

    def token(
        self,
        *,
        api_key: str | None = None,
        lifetime: float = 60,
        issued: float | None = None,
        not_before: float | None = None,
        issuer: str = ISSUER,
        subject: str = SUBJECT,
        algorithm: str = ALGORITHM,
        claims: dict[str, Any] | None = None,
    ) -> str:
        """A token as the vendor makes one (issued now, valid `lifetime` seconds), or with one thing
        changed: another key, times (`issued` in Unix seconds; `lifetime` negative: expired), issuer,
        subject, or algorithm (another than HS256 gets a header saying it and a signature that is not
        one: "none", "RS256"). `claims` are added, a None value removing that claim."""
        jwt = _pyjwt()  # without it, an error naming the extra to install
        now = time.time() if issued is None else issued
        payload: dict[str, Any] = {"iss": issuer, "sub": subject, "iat": int(now), "exp": int(now + lifetime)}
        if not_before is not None:
            payload["nbf"] = int(not_before)
        for name, value in (claims or {}).items():
            if value is None:
                payload.pop(name, None)
            else:
                payload[name] = value
        if algorithm == "HS256":
            return str(jwt.encode(payload, signing_key(api_key or self._api_key), algorithm="HS256"))
        return _unverifiable(payload, algorithm)

    @asynccontextmanager
    async def connect(
        self, url: str, *, token: str | None = "", headers: dict[str, str] | None = None
    ) -> AsyncIterator[SpeechEngineCall]:
        """A connection to your server at `url` (ws://...), closed on leaving the block. token: "" (the
        default) a good one, None none at all, else that header value. A refused handshake raises
        SpeechEngineRefused with its status."""
        from websockets.asyncio.client import connect
        from websockets.exceptions import InvalidStatus

        sent = dict(headers or {})
        if token is not None:
            sent[HEADER] = token or self.token()
        try:
            connection = await connect(url, additional_headers=sent, open_timeout=PATIENCE, logger=_library_logger)
        except InvalidStatus as refused:
            raise SpeechEngineRefused(refused.response.status_code) from None
        call = SpeechEngineCall(connection, self.conversation_id)
        try:
            yield call
        finally:
            await call.hang_up()


class SpeechEngineCall:
    """One conversation with your server. `received` holds every message it sent, decoded, in order."""

    def __init__(self, connection: Any, conversation_id: str) -> None:
        self._connection = connection
        self.conversation_id = conversation_id
        self.transcript: list[dict[str, str]] = []  # the conversation so far, as user_transcript carries it
        self.received: list[dict[str, Any]] = []
        self.event_id = 0
        self._unread: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()
        # Messages a ping() read past while waiting for its pong: still the next ones reply() reads.
        self._held: collections.deque[dict[str, Any]] = collections.deque()
        self._reader = asyncio.get_running_loop().create_task(self._read())

    def __repr__(self) -> str:
        return f"SpeechEngineCall(conversation_id={self.conversation_id!r}, received={len(self.received)})"

    async def init(self) -> None:
        """Send `init` (the first message of a conversation)."""
        await self.send({"type": "init", "conversation_id": self.conversation_id})

    async def say(self, text: str, *, wait: bool = True) -> str:
        """The user says `text`: a `user_transcript` with the whole conversation, under the next event_id.
        With wait (the default), the reply's text once its final chunk came, kept in the conversation;
        without, "" at once (read the reply with `reply()`, or interrupt it with another `say`)."""
        self.event_id += 1
        self.transcript.append({"role": "user", "content": text})
        await self.send(
            {"type": "user_transcript", "user_transcript": list(self.transcript), "event_id": self.event_id}
        )
        return await self.reply() if wait else ""

    async def reply(self, *, chunks: int | None = None) -> str:
        """The text of the reply to the latest transcript: all of it (until its final chunk, which adds
        it to the conversation), or its first `chunks` chunks only. Replies to older transcripts are
        recorded and skipped."""
        parts: list[str] = []
        while chunks is None or len(parts) < chunks:
            message = await self.next_message()
            if message.get("type") != "agent_response" or message.get("event_id") != self.event_id:
                continue
            if message.get("is_final"):
                text = "".join(parts)
                self.transcript.append({"role": "agent", "content": text})
                return text
            parts.append(str(message.get("content", "")))
        return "".join(parts)

    async def ping(self) -> dict[str, Any]:
        """Send `ping`; the next `pong`."""
        await self.send({"type": "ping"})
        passed: list[dict[str, Any]] = []
        try:
            while True:
                message = await self._arrived()
                if message.get("type") == "pong":
                    return message
                passed.append(message)
        finally:
            self._held.extend(passed)

    async def close(self) -> None:
        """Send `close` (the conversation is over) and wait for the connection to end."""
        await self.send({"type": "close"})
        await self.hang_up()

    def replies(self, event_id: int) -> list[dict[str, Any]]:
        """Every agent_response received for `event_id`, in order."""
        return [m for m in self.received if m.get("type") == "agent_response" and m.get("event_id") == event_id]

    async def send(self, message: dict[str, Any] | str) -> None:
        """Send a message as is (a dict as JSON): for what the vendor might send and the helpers do not."""
        await self._connection.send(message if isinstance(message, str) else json.dumps(message))

    async def next_message(self) -> dict[str, Any]:
        """The next message your server sends; fails if the connection ends first."""
        return self._held.popleft() if self._held else await self._arrived()

    async def _arrived(self) -> dict[str, Any]:
        message = await asyncio.wait_for(self._unread.get(), PATIENCE)
        if message is None:
            self._unread.put_nowait(None)
            raise ConnectionError("the Speech Engine server closed the connection")
        return message

    async def settle(self) -> None:
        """Wait until the server has answered a ping: everything it sent before is in `received`."""
        await self.ping()

    async def hang_up(self) -> None:
        """Close the connection (without a `close` message: as a dropped connection looks)."""
        await self._connection.close()
        await self._reader

    async def _read(self) -> None:
        from websockets.exceptions import ConnectionClosed

        try:
            async for raw in self._connection:
                message = json.loads(raw)
                self.received.append(message)
                self._unread.put_nowait(message)
        except ConnectionClosed:  # ended without a close handshake: the end all the same
            pass
        finally:
            self._unread.put_nowait(None)


def _unverifiable(payload: dict[str, Any], algorithm: str) -> str:
    """A token under another algorithm, which the server must refuse whatever its signature."""
    import base64

    def part(value: Any) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    header = part({"alg": algorithm, "typ": "JWT"})
    signature = "" if algorithm == "none" else part("not a real signature")
    return f"{header}.{part(payload)}.{signature}"
