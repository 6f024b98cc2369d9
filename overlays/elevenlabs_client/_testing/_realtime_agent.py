"""What the agents channel (/v1/convai/conversation) answers, without the I/O: a scripted agent whose
lines, scenes and formats are in agent.json. The connection (_realtime.py) checks each client message
against the channel's schemas first; this only answers messages that fit.

A user turn is a `user_message`, or user audio: non-silent `user_audio_chunk`s followed by a silent one
(all zero bytes), which the agent hears as agent.json's `user_transcript`. The turn's text names a scene
(else the agent answers with `reply`); a scene's steps run in order, a ping waiting for its pong and a
client tool call for its result, so the script follows what the client sends and nothing else."""

from __future__ import annotations

import base64
import binascii
import json
from collections import deque
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from ._ids import _ULID, _Json, _token
from ._realtime_session import AGENT_ALIGNMENT, _Outgoing, alignment, error_message, realtime_audio


@cache
def script() -> _Json:
    data: _Json = json.loads(resources.files(__package__).joinpath("agent.json").read_text(encoding="utf-8"))
    return data


@dataclass
class AgentRecord:
    """What an agents connection heard, beyond its raw messages (RecordedSocket.messages).

    conversation_id: the id sent in conversation_initiation_metadata (None before the first message);
    pongs: the event_id of each pong, in order; tool_results: each client_tool_result as
    {"tool_call_id", "result", "is_error"}, in order (is_error False when the client left it out)."""

    conversation_id: str | None = None
    pongs: list[int] = field(default_factory=list)
    tool_results: list[_Json] = field(default_factory=list)


@dataclass
class _Sent(_Outgoing):
    counts: bool = False  # an audio message: SocketFault.after counts these

    @property
    def audio(self) -> bool:
        return self.counts


@dataclass
class AgentSession:
    """One conversation: what is due to be sent, and the scene steps still to run."""

    agent_id: str
    seed: str  # makes the conversation id: the same server and connection give the same id
    delay: float
    record: AgentRecord
    outbox: deque[_Outgoing] = field(default_factory=deque)
    steps: deque[_Json] = field(default_factory=deque)
    waiting: tuple[str, Any] | None = None  # ("pong", event_id) or ("tool", tool_call_id)
    result: _Json | None = None  # the last tool result, for the steps after it
    event_id: int = 0
    last_said: str = ""
    speaking: bool = False  # the user's audio since the last turn had sound in it
    closing: bool = False
    started: bool = False

    def receive(self, message: _Json, now: float) -> None:
        if self.closing:
            return
        kind = message.get("type")
        if not self.started:
            self.started = True  # the first message is conversation_initiation_client_data (checked)
            self._begin(message, now)
        elif kind == "user_message":
            self._turn(message.get("text", ""), now)
        elif kind is None and "user_audio_chunk" in message:
            self._audio(message["user_audio_chunk"], now)
        elif kind == "pong":
            self.record.pongs.append(message.get("event_id", -1))
            if self.waiting == ("pong", message.get("event_id")):
                self._resume(now)
        elif kind == "client_tool_result":
            result = {key: message.get(key) for key in ("tool_call_id", "result")}
            result["is_error"] = bool(message.get("is_error", False))
            self.record.tool_results.append(result)
            if self.waiting == ("tool", message.get("tool_call_id")):
                self.result = result
                self._resume(now)
        # contextual_update, user_activity, feedback, multimodal_message: recorded only

    def _begin(self, message: _Json, now: float) -> None:
        self.record.conversation_id = "conv_" + _token(f"conversation/{self.seed}", 26, _ULID)
        event = {"conversation_id": self.record.conversation_id, **script()["metadata"]}
        self._queue(now, {"type": "conversation_initiation_metadata", "conversation_initiation_metadata_event": event})
        override = ((message.get("conversation_config_override") or {}).get("agent") or {}).get("first_message")
        greeting = script()["greeting"] if override is None else override
        if greeting:
            self._say(greeting, now)

    def _turn(self, text: str, now: float) -> None:
        scene = script()["scenes"].get(text)
        self.steps.extend(scene if scene is not None else [{"say": script()["reply"].format(text=text)}])
        if self.waiting is None:
            self._run(now)

    def _audio(self, chunk: str, now: float) -> None:
        try:
            audio = base64.b64decode(chunk, validate=True)
        except (binascii.Error, ValueError):
            self.fail(*error_message("Could not decode user_audio_chunk: it is not base64.", "invalid_input_message"))
            return
        if any(audio):
            self.speaking = True
        elif self.speaking:  # silence after speech: the user's turn is over
            self.speaking = False
            transcript = script()["user_transcript"]
            self._queue(now, {"type": "user_transcript", "user_transcription_event": {"user_transcript": transcript}})
            self._turn(transcript, now)

    def _resume(self, now: float) -> None:
        self.waiting = None
        self._run(now)

    def _run(self, now: float) -> None:
        while self.steps and self.waiting is None:
            step = self.steps.popleft()
            if "say" in step:
                failed = self.result is not None and self.result["is_error"] and "failed" in step
                line = step["failed"] if failed else step["say"]
                self._say(line.format(result=(self.result or {}).get("result")), now)
            elif "ping" in step:
                self.event_id += 1
                self.waiting = ("pong", self.event_id)
                event = {"event_id": self.event_id, **step["ping"]}
                self._queue(now, {"type": "ping", "ping_event": event})
            elif "client_tool_call" in step:
                self.waiting = ("tool", step["client_tool_call"]["tool_call_id"])
                self._queue(now, {"type": "client_tool_call", "client_tool_call": step["client_tool_call"]})
            elif "interruption" in step:
                self._queue(now, {"type": "interruption", "interruption_event": {"event_id": self.event_id}})
            elif "correction" in step:
                event = {"original_agent_response": self.last_said, "corrected_agent_response": step["correction"]}
                self._queue(now, {"type": "agent_response_correction", "agent_response_correction_event": event})

    def _say(self, text: str, now: float) -> None:
        """The agent's line, as its text and then its audio (with alignment), under one event id."""
        self.event_id += 1
        self.last_said = text
        self._queue(now, {"type": "agent_response", "agent_response_event": {"agent_response": text}})
        output_format = script()["metadata"]["agent_output_audio_format"]
        audio = base64.b64encode(realtime_audio(self.agent_id, text, output_format)).decode()
        event = {"audio_base_64": audio, "event_id": self.event_id, "alignment": alignment(text, AGENT_ALIGNMENT)}
        self._queue(now, {"type": "audio", "audio_event": event}, audio=True)

    def _queue(self, now: float, message: _Json, *, audio: bool = False) -> None:
        due = max(now + self.delay, self.outbox[-1].due if self.outbox else now)
        self.outbox.append(_Sent(due, message, counts=audio))

    def expire(self, now: float, timeout: float) -> None:
        return None  # no contexts

    def idle(self) -> bool:
        return False  # the fake agent waits for the user as long as it takes

    def fail(self, message: _Json | None, close: tuple[int, str]) -> None:
        """Replace whatever is pending with an error message (if any) and a close, sent at once."""
        self.outbox.clear()
        if message is not None:
            self.outbox.append(_Outgoing(0.0, message))
        self.outbox.append(_Outgoing(0.0, None, close))
        self.closing = True
