"""The benchmark's own TLS WebSocket server for the agents rows (agent_rows.py): a scripted agent on
`wss://127.0.0.1:PORT/v1/convai/conversation?agent_id=...` that times, on its own side, how long each
client takes to answer.

The agent id says what to do (a public agent: no key is asked for, as the vendor's channel does for
public agents, so the official SDK connects as it does in real use; a key that is sent is ignored):

- `rounds-N`: N rounds, each GAP seconds after the last answer: a `ping` (the time from sending it to
  the `pong` with its event id arriving), then a `client_tool_call` of `get_weather` (the time from
  sending it to the `client_tool_result` with its call id arriving; the result must be TOOL_RESULT,
  not an error).
- `mic-N`: N `user_audio_chunk` messages are counted (and their decoded size, from the base64 length).

Either way the agent's last `agent_response` is its measurements as JSON (`{"ping_ns": [...],
"tool_ns": [...]}` or `{"chunks": N, "bytes": ...}`): the client's own `callback_agent_response`
carries them to the measuring process, and nothing else has to. The first message must be
`conversation_initiation_client_data`, answered with `conversation_initiation_metadata` as the vendor
does. Times are `time.monotonic_ns()` taken just before a send and just after a receive. Compression
is off, as in realtime_server.py: zlib would be timed instead of the clients.

    agent_server.py CERT KEY CORES     # prints {"base_url": ...} once listening; stops when stdin closes
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import ssl
import sys
import time
from http import HTTPStatus
from typing import Any

from websockets.asyncio.server import Request, Response, ServerConnection, serve

PATH = re.compile(r"/v1/convai/conversation\?(?:.*&)?agent_id=(rounds|mic)-(\d+)(?:&.*)?")
GAP = 0.005  # between rounds: each ping or tool call reaches a client that is waiting, as in a real session
TOOL_NAME = "get_weather"
TOOL_RESULT = "Sunny, 21 degrees"
METADATA = {"agent_output_audio_format": "pcm_16000", "user_input_audio_format": "pcm_16000"}


def said(text: str) -> str:
    return json.dumps({"type": "agent_response", "agent_response_event": {"agent_response": text}})


class Agent:
    """One conversation: the receiving loop hands each awaited answer to the round that waits for it."""

    def __init__(self, socket: ServerConnection) -> None:
        self.socket = socket
        self.waiting: dict[tuple[str, Any], asyncio.Future[int]] = {}
        self.chunks = 0
        self.audio_bytes = 0
        self.started = asyncio.get_running_loop().create_future()  # set by the opening message

    async def receive(self) -> None:
        async for raw in self.socket:
            now = time.monotonic_ns()
            message = json.loads(raw)
            kind = message.get("type")
            if "user_audio_chunk" in message:
                chunk = message["user_audio_chunk"]
                self.chunks += 1
                self.audio_bytes += len(chunk) * 3 // 4 - chunk[-2:].count("=")
                if (key := ("mic", self.chunks)) in self.waiting:
                    self.waiting.pop(key).set_result(now)
            elif kind == "conversation_initiation_client_data" and not self.started.done():
                self.started.set_result(now)
            elif kind == "pong":
                self.answer(("pong", message.get("event_id")), now)
            elif kind == "client_tool_result":
                if message.get("result") != TOOL_RESULT or message.get("is_error"):
                    raise RuntimeError(f"unexpected tool result: {message}")
                self.answer(("tool", message.get("tool_call_id")), now)

    def answer(self, key: tuple[str, Any], now: int) -> None:
        future = self.waiting.pop(key, None)
        if future is None:
            raise RuntimeError(f"an answer nobody waits for: {key}")
        future.set_result(now)

    async def round_trip(self, key: tuple[str, Any], message: dict[str, Any]) -> int:
        future = asyncio.get_running_loop().create_future()
        self.waiting[key] = future
        sent = time.monotonic_ns()
        await self.socket.send(json.dumps(message))
        return await future - sent

    async def rounds(self, count: int) -> dict[str, list[int]]:
        pings, tools = [], []
        for event_id in range(1, count + 1):
            await asyncio.sleep(GAP)
            ping = {"type": "ping", "ping_event": {"event_id": event_id, "ping_ms": 42}}
            pings.append(await self.round_trip(("pong", event_id), ping))
            await asyncio.sleep(GAP)
            call_id = f"call_{event_id}"
            call = {"tool_call_id": call_id, "tool_name": TOOL_NAME, "parameters": {"city": "Paris"}}
            tools.append(
                await self.round_trip(("tool", call_id), {"type": "client_tool_call", "client_tool_call": call})
            )
        return {"ping_ns": pings, "tool_ns": tools}

    async def microphone(self, count: int) -> dict[str, int]:
        last: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self.waiting[("mic", count)] = last
        if self.chunks < count:
            await last
        return {"chunks": self.chunks, "bytes": self.audio_bytes}


async def session(socket: ServerConnection) -> None:
    match = PATH.fullmatch(socket.request.path if socket.request else "")
    assert match is not None  # check() refused any other path
    mode, count = match.group(1), int(match.group(2))
    agent = Agent(socket)
    receiving = asyncio.create_task(agent.receive())
    try:
        await asyncio.wait([agent.started, receiving], return_when=asyncio.FIRST_COMPLETED)
        if not agent.started.done():
            return  # closed (or failed) before the opening message
        event = {"conversation_id": f"conv_bench_{id(agent):x}", **METADATA}
        await socket.send(
            json.dumps({"type": "conversation_initiation_metadata", "conversation_initiation_metadata_event": event})
        )
        work = asyncio.ensure_future(agent.rounds(count) if mode == "rounds" else agent.microphone(count))
        await asyncio.wait([work, receiving], return_when=asyncio.FIRST_COMPLETED)
        if not work.done():
            work.cancel()
            receiving.result()  # the client went away early, or sent something wrong: say so
            return
        await socket.send(said(json.dumps(work.result())))
        await receiving  # until the client closes
    finally:
        receiving.cancel()


def process_request(socket: ServerConnection, request: Request) -> Response | None:
    if not PATH.fullmatch(request.path):
        return socket.respond(HTTPStatus.NOT_FOUND, "Not Found\n")
    return None


async def main(cert: str, key: str) -> None:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    async with serve(
        session, "127.0.0.1", 0, ssl=context, process_request=process_request, compression=None, max_size=None
    ) as server:
        port = server.sockets[0].getsockname()[1]
        print(json.dumps({"base_url": f"https://127.0.0.1:{port}"}), flush=True)
        await asyncio.to_thread(sys.stdin.read)  # until the parent closes stdin


if __name__ == "__main__":
    if len(sys.argv) > 3:
        os.sched_setaffinity(0, {int(core) for core in sys.argv[3].split(",")})
    asyncio.run(main(*sys.argv[1:3]))
