"""The examples of the realtime channel pages (scripts/reference_realtime.py): a sync and an async program per
channel, complete as a user pastes them, and run as written by the reference's runner against the test server.

What a program does with its session is the session's own API (hand-written in `elevenlabs_client._realtime`,
mapped to channels in `_realtime/_open.py`), so each known channel has its two programs here; the call that
opens the session (`{call}`: its method and a value for every required argument) comes from the spec. A channel
a new AsyncAPI document adds gets the generic session and `GENERIC`: it opens the channel, sends the channel's
first typed message, prints what comes back and closes.
"""

from __future__ import annotations

import json
from typing import Any

from elevenlabs_client._examples import SCHEMA_REF
from reference_values import Values, checked

Json = Any

# By channel name, as _realtime/_open.py's SESSIONS: the programs for `sync` and `async`.
PROGRAMS: dict[str, dict[str, str]] = {
    "stream_input": {
        "sync": """
from elevenlabs_client import ElevenLabs, RealtimeAudio

client = ElevenLabs(api_key="YOUR_API_KEY")
with {call} as session, open("speech.mp3", "wb") as file:
    session.send("Hello there. ")
    session.end()  # no more text: the server speaks what is left, then ends the stream
    for event in session:
        if isinstance(event, RealtimeAudio):
            file.write(event.audio)
""",
        "async": """
import asyncio

from elevenlabs_client import AsyncElevenLabs, RealtimeAudio


async def main() -> None:
    async with AsyncElevenLabs(api_key="YOUR_API_KEY") as client:
        async with await {call} as session:
            await session.send("Hello there. ")
            await session.end()  # no more text: the server speaks what is left, then ends the stream
            with open("speech.mp3", "wb") as file:
                async for event in session:
                    if isinstance(event, RealtimeAudio):
                        file.write(event.audio)


asyncio.run(main())
""",
    },
    "multi_stream_input": {
        "sync": """
from elevenlabs_client import ElevenLabs, RealtimeAudio

client = ElevenLabs(api_key="YOUR_API_KEY")
with {call} as session, open("speech.mp3", "wb") as file:
    session.open_context("answer-1")
    session.send("Let me tell you a long story about", context_id="answer-1", flush=True)
    session.close_context("answer-1")  # the user interrupted: nothing more is spoken for answer-1
    session.open_context("answer-2", "Sure, go ahead.")
    session.close_socket()  # speak what every context holds, then close
    for event in session:
        if isinstance(event, RealtimeAudio) and event.context_id == "answer-2":
            file.write(event.audio)
""",
        "async": """
import asyncio

from elevenlabs_client import AsyncElevenLabs, RealtimeAudio


async def main() -> None:
    async with AsyncElevenLabs(api_key="YOUR_API_KEY") as client:
        async with await {call} as session:
            await session.open_context("answer-1")
            await session.send("Let me tell you a long story about", context_id="answer-1", flush=True)
            await session.close_context("answer-1")  # the user interrupted: nothing more is spoken for answer-1
            await session.open_context("answer-2", "Sure, go ahead.")
            await session.close_socket()  # speak what every context holds, then close
            with open("speech.mp3", "wb") as file:
                async for event in session:
                    if isinstance(event, RealtimeAudio) and event.context_id == "answer-2":
                        file.write(event.audio)


asyncio.run(main())
""",
    },
    "conversation": {
        "sync": """
from elevenlabs_client import ElevenLabs
from elevenlabs_client.models import AgentResponse

client = ElevenLabs(api_key="YOUR_API_KEY")
with {call} as session:
    answers = 0
    for message in session:
        if isinstance(message, AgentResponse):
            print("Agent:", message.agent_response_event.agent_response)
            answers += 1
            if answers == 2:
                break  # leaving the block closes the conversation
            session.send_user_message(text="What can you do?")  # after the greeting
""",
        "async": """
import asyncio

from elevenlabs_client import AsyncElevenLabs
from elevenlabs_client.models import AgentResponse


async def main() -> None:
    async with AsyncElevenLabs(api_key="YOUR_API_KEY") as client:
        async with await {call} as session:
            answers = 0
            async for message in session:
                if isinstance(message, AgentResponse):
                    print("Agent:", message.agent_response_event.agent_response)
                    answers += 1
                    if answers == 2:
                        break  # leaving the block closes the conversation
                    await session.send_user_message(text="What can you do?")  # after the greeting


asyncio.run(main())
""",
    },
    "speech_to_text_realtime": {
        "sync": """
from elevenlabs_client import ElevenLabs
from elevenlabs_client.models import CommittedTranscriptPayload

client = ElevenLabs(api_key="YOUR_API_KEY")
pcm = bytes([3, 0]) * 3200  # 0.2 s of 16-bit mono PCM at 16 kHz, as a microphone hands it over
with {call} as session:
    session.send_audio(pcm, commit=True)  # commit: the segment ends here
    for message in session:
        if isinstance(message, CommittedTranscriptPayload):
            print("Committed:", message.text)
            break
""",
        "async": """
import asyncio

from elevenlabs_client import AsyncElevenLabs
from elevenlabs_client.models import CommittedTranscriptPayload


async def main() -> None:
    async with AsyncElevenLabs(api_key="YOUR_API_KEY") as client:
        pcm = bytes([3, 0]) * 3200  # 0.2 s of 16-bit mono PCM at 16 kHz, as a microphone hands it over
        async with await {call} as session:
            await session.send_audio(pcm, commit=True)  # commit: the segment ends here
            async for message in session:
                if isinstance(message, CommittedTranscriptPayload):
                    print("Committed:", message.text)
                    break


asyncio.run(main())
""",
    },
    # ElevenLabs connects to your server: the program serves the engine, and SpeechEngineCaller (the test
    # package's stand-in for ElevenLabs) makes one call to it so that the program ends. The server itself is
    # async only, as the official SDK's is; the sync program makes the engine with the sync client.
    "speech_engine_upstream": {
        "sync": """
import asyncio

from elevenlabs_client import ElevenLabs
from elevenlabs_client.models import SpeechEngineConfig
from elevenlabs_client.testing import SpeechEngineCaller


async def on_transcript(transcript, session):  # the whole conversation so far, oldest first
    await session.send_response(f"You said: {transcript[-1].content}")  # or an LLM's stream


async def serve(engine) -> None:
    server = engine.server(port=0, on_transcript=on_transcript)  # engine.serve(port=3001, ...) in production
    await server.start()
    caller = SpeechEngineCaller(api_key="YOUR_API_KEY")  # plays ElevenLabs: one call to the server
    async with caller.connect(f"ws://127.0.0.1:{server.port}/") as call:
        await call.init()
        print(await call.say("Hello"))
    await server.stop()


client = ElevenLabs(api_key="YOUR_API_KEY")
engine = client.speech_engine.create(speech_engine=SpeechEngineConfig(ws_url="wss://example.com/speech-engine"))
asyncio.run(serve(engine))
""",
        "async": """
import asyncio

from elevenlabs_client import AsyncElevenLabs
from elevenlabs_client.models import SpeechEngineConfig
from elevenlabs_client.testing import SpeechEngineCaller


async def on_transcript(transcript, session):  # the whole conversation so far, oldest first
    await session.send_response(f"You said: {transcript[-1].content}")  # or an LLM's stream


async def main() -> None:
    async with AsyncElevenLabs(api_key="YOUR_API_KEY") as client:
        engine = await client.speech_engine.create(
            speech_engine=SpeechEngineConfig(ws_url="wss://example.com/speech-engine")
        )
        server = engine.server(port=0, on_transcript=on_transcript)  # engine.serve(port=3001, ...) in production
        await server.start()
        caller = SpeechEngineCaller(api_key="YOUR_API_KEY")  # plays ElevenLabs: one call to the server
        async with caller.connect(f"ws://127.0.0.1:{server.port}/") as call:
            await call.init()
            print(await call.say("Hello"))
        await server.stop()


asyncio.run(main())
""",
    },
}

# A channel with no programs of its own: its generic session (`send_<message>` methods, messages as models).
GENERIC = {
    "sync": """
from elevenlabs_client import ElevenLabs

client = ElevenLabs(api_key="YOUR_API_KEY")
with {call} as session:
    session.{send}
    for message in session:
        print(message)
        break  # leaving the block closes the connection
""",
    "async": """
import asyncio

from elevenlabs_client import AsyncElevenLabs


async def main() -> None:
    async with AsyncElevenLabs(api_key="YOUR_API_KEY") as client:
        async with await {call} as session:
            await session.{send}
            async for message in session:
                print(message)
                break  # leaving the block closes the connection


asyncio.run(main())
""",
}


def program(values: Values, name: str, channel: Json, arguments: list[Json], flavour: str) -> str:
    """The `flavour` ("sync" or "async") program of channel `name`. `arguments`: the opening method's, each
    {name, schema, required}; `values` chooses theirs as it does the HTTP pages' (scripts/reference_values.py)."""
    if channel.get("direction") == "server":
        call = ""
    else:
        passed = [
            f"{argument['name']}={literal(value(values, name, argument))}"
            for argument in arguments
            if argument["required"]
        ]
        call = f"client.{channel['group']}.{channel['method']}({', '.join(passed)})"
    template = PROGRAMS.get(name, GENERIC)[flavour]
    return template.replace("{call}", call).replace("{send}", generic_send(values, name, channel)).lstrip("\n")


def generic_send(values: Values, name: str, channel: Json) -> str:
    """For the generic program: the channel's first `send_<message>(...)`, with its required fields."""
    for message in channel["sends"]:
        if message.get("method"):
            properties = values.builder.resolve({"$ref": SCHEMA_REF + message["schema"]}).get("properties") or {}
            required = [{"name": field, "schema": properties[field]} for field in message.get("required", ())]
            arguments = [f"{field['name']}={literal(value(values, name, field))}" for field in required]
            return f"{message['method']}({', '.join(arguments)})"
    return "send({})"


def value(values: Values, name: str, argument: Json) -> Any:
    """The argument's value as an HTTP page's example chooses it (the spec's example where it fits, a realistic
    value, the name, the test server's value), checked against its schema with formats: one that does not
    fit stops the generation, naming the channel."""
    chosen = values.chosen(argument["name"], argument["schema"])
    checked(values, f"realtime channel {name}", {argument["name"]: (chosen, argument["schema"])})
    return chosen


def literal(data: Any) -> str:
    """A value as Python source, strings in double quotes (as the programs write them)."""
    return json.dumps(data) if isinstance(data, str) else repr(data)
