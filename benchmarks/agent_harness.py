"""The contenders of the agents rows (agent_rows.py), as they run in its child processes.

The official shape is the point: `converse` and `converse_async` are user code written once, handed the
package's classes (`Conversation`, `ClientTools`, `AudioInterface`, ...), so the very same lines run with
`elevenlabs_client` and with `elevenlabs`. The floors are what one writes by hand on websockets.
Each call is one conversation with agent_server.py and returns (the agent's measurements, when the
first microphone chunk went in, when the agent's answer reached the caller).
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import threading
import time
from collections.abc import Awaitable, Callable
from types import SimpleNamespace
from typing import Any

from agent_server import TOOL_NAME, TOOL_RESULT

API_KEY = "bench-key"
CHUNK = os.urandom(8_000)  # 250 ms of 16-bit mono PCM at 16 kHz
TIMEOUT = 120.0

Session = Callable[[str, int], tuple[dict[str, Any], int, int]]  # (agent_id, chunks) -> the above


# ---------------------------------------------------------------------------------------------------
# The user code, written once for both packages
# ---------------------------------------------------------------------------------------------------


def package(who: str, base_url: str) -> SimpleNamespace:
    """A package's client and official-shape classes, imported as its users import them."""
    if who.startswith("ours"):
        from elevenlabs_client import AsyncElevenLabs, ElevenLabs
        from elevenlabs_client.conversational_ai import conversation as ours

        client = AsyncElevenLabs if who.endswith("async") else ElevenLabs
        return SimpleNamespace(client=client(api_key=API_KEY, base_url=base_url), module=ours)
    from elevenlabs import ElevenLabs as Official
    from elevenlabs.conversational_ai import conversation as official

    # The official AsyncConversation takes the sync client (it only reads its base URL, or fetches a
    # signed URL in a thread); both are pointed at the server by base_url, its wss:// URL made from it.
    return SimpleNamespace(client=Official(api_key=API_KEY, base_url=base_url), module=official)


def microphone(base: type, count: int) -> Any:
    """An AudioInterface (of the package's own class) whose microphone is a thread that hands `count`
    chunks to the input callback as fast as it takes them; `first_ns` is when the first went in."""

    class Microphone(base):
        first_ns = 0
        feeder: threading.Thread | None = None

        def start(self, input_callback: Callable[[bytes], None]) -> None:
            self.feeder = threading.Thread(target=self.feed, args=(input_callback,), daemon=True)
            self.feeder.start()

        def feed(self, input_callback: Callable[[bytes], None]) -> None:
            self.first_ns = time.monotonic_ns()
            for _ in range(count):
                input_callback(CHUNK)

        def stop(self) -> None:
            if self.feeder is not None and self.feeder is not threading.current_thread():
                self.feeder.join()

        def output(self, audio: bytes) -> None:
            pass

        def interrupt(self) -> None:
            pass

    return Microphone()


def async_microphone(base: type, count: int) -> Any:
    """The same as an AsyncAudioInterface: a task hands the chunks over."""

    class AsyncMicrophone(base):
        first_ns = 0
        feeder: asyncio.Task[None] | None = None

        async def start(self, input_callback: Callable[[bytes], Awaitable[None]]) -> None:
            self.feeder = asyncio.create_task(self.feed(input_callback))

        async def feed(self, input_callback: Callable[[bytes], Awaitable[None]]) -> None:
            self.first_ns = time.monotonic_ns()
            for _ in range(count):
                await input_callback(CHUNK)

        async def stop(self) -> None:
            if self.feeder is not None and self.feeder is not asyncio.current_task():
                await self.feeder

        async def output(self, audio: bytes) -> None:
            pass

        async def interrupt(self) -> None:
            pass

    return AsyncMicrophone()


def converse(kit: SimpleNamespace, agent_id: str, chunks: int = 0) -> tuple[dict[str, Any], int, int]:
    """One conversation with `Conversation`: a tool registered, the microphone on if `chunks`, until
    the agent's line (its measurements). Returns them, when the first chunk went in and when the line came."""
    heard: list[tuple[str, int]] = []
    done = threading.Event()

    def on_line(text: str) -> None:
        heard.append((text, time.monotonic_ns()))
        done.set()

    tools = kit.module.ClientTools()
    tools.register(TOOL_NAME, lambda parameters: TOOL_RESULT)
    audio = microphone(kit.module.AudioInterface, chunks) if chunks else None
    conversation = kit.module.Conversation(
        kit.client,
        agent_id,
        requires_auth=False,
        audio_interface=audio,
        client_tools=tools,
        callback_agent_response=on_line,
    )
    conversation.start_session()
    try:
        if not done.wait(TIMEOUT):
            raise RuntimeError(f"no answer from the agent within {TIMEOUT:g} s")
    finally:
        conversation.end_session()
        conversation.wait_for_session_end()
    text, at = heard[0]
    return json.loads(text), audio.first_ns if audio else 0, at


async def converse_async(kit: SimpleNamespace, agent_id: str, chunks: int = 0) -> tuple[dict[str, Any], int, int]:
    """The same with `AsyncConversation`."""
    heard: list[tuple[str, int]] = []
    done = asyncio.Event()

    async def on_line(text: str) -> None:
        heard.append((text, time.monotonic_ns()))
        done.set()

    tools = kit.module.ClientTools(loop=asyncio.get_running_loop())
    tools.register(TOOL_NAME, lambda parameters: TOOL_RESULT)
    audio = async_microphone(kit.module.AsyncAudioInterface, chunks) if chunks else None
    conversation = kit.module.AsyncConversation(
        kit.client,
        agent_id,
        requires_auth=False,
        audio_interface=audio,
        client_tools=tools,
        callback_agent_response=on_line,
    )
    await conversation.start_session()
    try:
        await asyncio.wait_for(done.wait(), TIMEOUT)
    finally:
        await conversation.end_session()
        await conversation.wait_for_session_end()
    text, at = heard[0]
    return json.loads(text), audio.first_ns if audio else 0, at


# ---------------------------------------------------------------------------------------------------
# The floor: what one writes by hand on websockets
# ---------------------------------------------------------------------------------------------------


def floor_url(base_url: str, agent_id: str) -> str:
    return f"wss://{base_url.removeprefix('https://')}/v1/convai/conversation?agent_id={agent_id}"


OPENING = json.dumps({"type": "conversation_initiation_client_data"})


def answer(message: dict[str, Any]) -> str | None:
    """The floor's answer to a ping or a tool call."""
    if message["type"] == "ping":
        return json.dumps({"type": "pong", "event_id": message["ping_event"]["event_id"]})
    if message["type"] == "client_tool_call":
        call_id = message["client_tool_call"]["tool_call_id"]
        return json.dumps(
            {"type": "client_tool_result", "tool_call_id": call_id, "result": TOOL_RESULT, "is_error": False}
        )
    return None


def audio_message() -> str:
    return json.dumps({"user_audio_chunk": base64.b64encode(CHUNK).decode()})


def floor(base_url: str, agent_id: str, chunks: int = 0) -> tuple[dict[str, Any], int, int]:
    """A websockets sync client: the loop answers, a thread sends the microphone's chunks."""
    from websockets.sync.client import connect

    with connect(floor_url(base_url, agent_id), max_size=None, compression=None) as socket:
        socket.send(OPENING)
        first = [0]

        def feed() -> None:
            first[0] = time.monotonic_ns()
            for _ in range(chunks):
                socket.send(audio_message())

        feeder = threading.Thread(target=feed)
        if chunks:
            feeder.start()
        for raw in socket:
            message = json.loads(raw)
            if (reply := answer(message)) is not None:
                socket.send(reply)
            elif message["type"] == "agent_response":
                at = time.monotonic_ns()
                break
        if chunks:
            feeder.join()
    return json.loads(message["agent_response_event"]["agent_response"]), first[0], at


async def floor_async(base_url: str, agent_id: str, chunks: int = 0) -> tuple[dict[str, Any], int, int]:
    """The same on websockets' asyncio client, a task sending the chunks."""
    from websockets.asyncio.client import connect

    async with connect(floor_url(base_url, agent_id), max_size=None, compression=None) as socket:
        await socket.send(OPENING)
        first = [0]

        async def feed() -> None:
            first[0] = time.monotonic_ns()
            for _ in range(chunks):
                await socket.send(audio_message())

        feeder = asyncio.create_task(feed())
        async for raw in socket:
            message = json.loads(raw)
            if (reply := answer(message)) is not None:
                await socket.send(reply)
            elif message["type"] == "agent_response":
                at = time.monotonic_ns()
                break
        await feeder
    return json.loads(message["agent_response_event"]["agent_response"]), first[0], at


def session_of(who: str, base_url: str) -> Session:
    """One conversation of `who`, made synchronous: (agent_id, chunks) -> (report, first chunk, answer)."""
    if who == "floor":
        return lambda agent_id, chunks: floor(base_url, agent_id, chunks)
    if who == "floor_async":
        return lambda agent_id, chunks: asyncio.run(floor_async(base_url, agent_id, chunks))
    kit = package(who, base_url)
    if who.endswith("async"):
        return lambda agent_id, chunks: asyncio.run(converse_async(kit, agent_id, chunks))
    return lambda agent_id, chunks: converse(kit, agent_id, chunks)
