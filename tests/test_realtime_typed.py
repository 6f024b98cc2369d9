"""The typed sessions generated for every channel: each client message of the agents and speech to text
channels, sent through its generated `send_<message>` method of the session the public client hands out,
reaches the test server as the right JSON over a real socket (sync and async); and a type checker sees
those methods and the channel's events on what the generated method returns."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from elevenlabs_api.models import MultimodalMessageFile, UserMessage
from elevenlabs_api.realtime import conversation, speech_to_text_realtime
from elevenlabs_client import AsyncElevenLabs, ElevenLabs
from elevenlabs_client.testing import FakeElevenLabs

ROOT = Path(__file__).resolve().parent.parent

# Each method the agents channel's sessions have for a client message: its arguments, and the JSON the
# server must receive. The conversation is opened with a user_message-free script: the agent only greets.
CONVERSATION: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "send_user_audio_chunk": ({"user_audio_chunk": "AAEC"}, {"user_audio_chunk": "AAEC"}),
    "send_pong": ({"event_id": 7}, {"type": "pong", "event_id": 7}),
    "send_client_tool_result": (
        {"tool_call_id": "call_1", "result": "sunny", "is_error": False},
        {"type": "client_tool_result", "tool_call_id": "call_1", "result": "sunny", "is_error": False},
    ),
    "send_contextual_update": (
        {"text": "The user opened the pricing page."},
        {"type": "contextual_update", "text": "The user opened the pricing page."},
    ),
    "send_user_message": ({"text": "hi"}, {"type": "user_message", "text": "hi"}),
    "send_user_activity": ({}, {"type": "user_activity"}),
    "send_multimodal_message": (
        {"text": UserMessage(text="look at this"), "file": MultimodalMessageFile(file_id="file_1")},
        {
            "type": "multimodal_message",
            "text": {"type": "user_message", "text": "look at this"},
            "file": {"type": "file_input", "file_id": "file_1"},
        },
    ),
    "send_feedback": ({"score": "like", "event_id": 1}, {"type": "feedback", "score": "like", "event_id": 1}),
}
TRANSCRIPTION: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "send_input_audio_chunk": (
        {"audio_base_64": "AAAAAA==", "commit": False, "sample_rate": 16000, "previous_text": "Earlier,"},
        {
            "message_type": "input_audio_chunk",
            "audio_base_64": "AAAAAA==",
            "commit": False,
            "sample_rate": 16000,
            "previous_text": "Earlier,",
        },
    ),
}


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def methods_of(module: Any) -> set[str]:
    return {name for name in vars(module.Messages) if name.startswith("send_")}


def test_every_client_message_but_the_opening_one_has_its_method() -> None:
    assert methods_of(conversation) == set(CONVERSATION), "a message the agents channel gained needs its case here"
    assert methods_of(speech_to_text_realtime) == set(TRANSCRIPTION)
    assert "send_conversation_initiation_client_data" not in methods_of(conversation), "the group's method sends it"
    assert methods_of(conversation) == {name for name in vars(conversation.AsyncMessages) if name.startswith("send_")}


def send_all(
    server: FakeElevenLabs, mode: str, group: str, calls: dict[str, tuple[dict[str, Any], Any]], **opening: Any
) -> list[Any]:
    """Open the channel through the public client, call each typed method in turn, close; what the
    server received, the opening message aside."""
    settings: dict[str, Any] = {"api_key": server.api_key, "base_url": server.base_url, "timeout": 10}
    server.sockets.clear()
    if mode == "sync":
        with ElevenLabs(**settings) as client, getattr(client, group).realtime_session(**opening) as session:
            for method, (arguments, _) in calls.items():
                getattr(session, method)(**arguments)
    else:

        async def run() -> None:
            async with (
                AsyncElevenLabs(**settings) as client,
                await getattr(client, group).realtime_session(**opening) as session,
            ):
                for method, (arguments, _) in calls.items():
                    await getattr(session, method)(**arguments)

        asyncio.run(run())
    server.wait_for_idle(10)
    [socket] = server.sockets
    return socket.messages


def test_each_agents_message_reaches_the_server_as_its_json(fresh_server: FakeElevenLabs, mode: str) -> None:
    received = send_all(fresh_server, mode, "conversational_ai", CONVERSATION, agent_id="agent")
    assert received[0]["type"] == "conversation_initiation_client_data", "sent by the group's method"
    assert received[1:] == [expected for _, expected in CONVERSATION.values()]


def test_the_transcription_message_reaches_the_server_as_its_json(fresh_server: FakeElevenLabs, mode: str) -> None:
    received = send_all(fresh_server, mode, "speech_to_text", TRANSCRIPTION, model_id="scribe_v2_realtime")
    assert received == [expected for _, expected in TRANSCRIPTION.values()], "no opening message on this channel"


def test_send_still_takes_a_model_or_a_dict_and_names_what_it_takes(fresh_server: FakeElevenLabs) -> None:
    settings: dict[str, Any] = {"api_key": fresh_server.api_key, "base_url": fresh_server.base_url, "timeout": 10}
    fresh_server.sockets.clear()
    with (
        ElevenLabs(**settings) as client,
        client.conversational_ai.realtime_session(agent_id="agent") as session,
    ):
        session.send(UserMessage(text="as a model"))
        session.send({"type": "user_message", "text": "as a dict"})
        with pytest.raises(TypeError, match="UserMessage"):
            session.send(MultimodalMessageFile(file_id="f"))  # type: ignore[arg-type]  # mypy refuses it too
        kind = type(session)
    fresh_server.wait_for_idle(10)
    assert [message.get("text") for message in fresh_server.sockets[0].messages[1:]] == ["as a model", "as a dict"]
    # The generic session with the channel's typed protocol as a mixin, one class a channel, made once.
    assert kind.__name__ == "GenericSession" and conversation.Session in kind.__mro__
    with ElevenLabs(**settings) as client, client.conversational_ai.realtime_session(agent_id="agent") as again:
        assert type(again) is kind


USER_PROGRAM = """
from elevenlabs_client import AsyncElevenLabs, ElevenLabs


def chat(client: ElevenLabs) -> None:
    with client.conversational_ai.realtime_session(agent_id="agent") as session:
        session.send_user_message(text="hi")
        for event in session:
            reveal_type(event)
        session.send_user_message(text=42)
        session.send_user_mesage(text="hi")


async def achat(client: AsyncElevenLabs) -> None:
    async with await client.conversational_ai.realtime_session(agent_id="agent") as session:
        await session.send_contextual_update(text="on the pricing page")
        async for event in session:
            reveal_type(event)
        await session.send_contextual_update()
"""


def test_a_type_checker_sees_the_typed_methods_and_events(tmp_path: Path) -> None:
    program = tmp_path / "user_program.py"
    program.write_text(textwrap.dedent(USER_PROGRAM))
    # No cache written: nothing reads it (--no-incremental), and test workers must not share one.
    mypy = [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-incremental"]
    result = subprocess.run(
        [*mypy, f"--cache-dir={os.devnull}", str(program)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    said: dict[int, str] = {}  # what mypy said of each line of the program
    for line in result.stdout.splitlines():
        if line.startswith(str(program)):
            number = int(line.split(":")[1])
            said[number] = said.get(number, "") + line
    lines = textwrap.dedent(USER_PROGRAM).splitlines()

    def at(text: str) -> str:
        return said.get(lines.index(text, 1) + 1, "")  # mypy counts lines from 1, the program starts with "\n"

    assert at('        session.send_user_message(text="hi")') == "", result.stdout
    assert 'Argument "text" to "send_user_message"' in at("        session.send_user_message(text=42)"), result.stdout
    assert 'has no attribute "send_user_mesage"' in at('        session.send_user_mesage(text="hi")'), result.stdout
    assert 'Missing named argument "text"' in at("        await session.send_contextual_update()"), result.stdout
    for event_line in [index + 1 for index, line in enumerate(lines) if "reveal_type(event)" in line]:
        revealed = said[event_line]
        assert "AgentResponse" in revealed and "ClientToolCall" in revealed and "dict[str, Any]" in revealed, revealed
    assert result.stdout.count("error:") == 3, result.stdout
