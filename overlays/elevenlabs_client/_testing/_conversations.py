"""Who called whom about what, and when: the facts each generated conversation is built from.

The cast (agents, callers, topics) is in calls.json; which of them a conversation gets, its status and
which scripted turns it has are picked here from hashes of its index.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._ids import _ULID, _Json, _number, _token
from ._template import fill, load


def _calls() -> Any:
    return load("calls.json")


def turn_times() -> list[int]:
    """When each turn of the scripted call is said, in seconds into the call."""
    return [turn["time_in_call_secs"] for turn in load("conversation.json")["transcript"]]


@dataclass(frozen=True)
class _Conversation:
    """What one conversation is made of; the summary and the full conversation are both built from it."""

    index: int
    conversation_id: str
    agent_id: str
    agent_name: str | None
    agent_speaks_as: str
    user_id: str | None
    first_name: str
    last_name: str
    topic: str
    title: str
    start: int
    status: str
    call_successful: str
    channel: str
    turns: list[int]  # indexes into the scripted transcript
    duration: int

    def token(self, what: str, length: int = 26, alphabet: str = _ULID) -> str:
        return _token(f"{self.conversation_id}/{what}", length, alphabet)

    @property
    def direction(self) -> str | None:
        directions: dict[str, str] = _calls()["directions"]
        return directions.get(self.channel)

    @property
    def summary(self) -> str | None:
        summaries: dict[str, str] = _calls()["summaries"]
        if self.status not in summaries:
            return None  # not analysed yet
        names = {"first_name": self.first_name, "topic": self.topic, "agent_speaks_as": self.agent_speaks_as}
        return str(fill(summaries[self.status], names))


def _make_conversation(i: int) -> _Conversation:
    calls = _calls()
    h = _number(f"conversation/{i}")
    agent = calls["agents"][h % len(calls["agents"])]
    caller = calls["callers"][(h >> 8) % len(calls["callers"])]
    topic = calls["topics"][(h >> 16) % len(calls["topics"])]
    status = calls["statuses"][i % len(calls["statuses"])]
    success = {"done": ["success", "success", "failure", "unknown"][(h >> 24) % 4], "failed": "failure"}
    times = turn_times()
    dropped = set() if i % 3 == 0 else {k for k in calls["optional_turns"] if (h >> (32 + k)) & 1}
    full = [k for k in range(len(times)) if k not in dropped]
    turns = {
        "done": full,
        "failed": full[: 2 + (h >> 40) % 3],
        "initiated": [],
    }.get(status, full[: 4 + (h >> 40) % 5])  # still running, or being analysed
    spacing = calls["call_spacing_secs"]
    return _Conversation(
        index=i,
        conversation_id="conv_01j" + _token(f"conversation/{i}/id", 23, _ULID),
        agent_id=agent["agent_id"],
        agent_name=agent["agent_name"],
        agent_speaks_as=agent["speaks_as"],
        user_id=caller["user_id"],
        first_name=caller["first_name"],
        last_name=caller["last_name"],
        topic=topic["topic"],
        title=topic["title"],
        start=calls["newest_call_unix"] - i * spacing - (h >> 44) % (spacing // 2),
        status=status,
        call_successful=success.get(status, "unknown"),
        channel=calls["channels"][i % len(calls["channels"])],
        turns=turns,
        duration=times[turns[-1]] + 4 + (h >> 52) % 6 if turns else 0,
    )


def _summary(c: _Conversation) -> _Json:
    return {
        "agent_id": c.agent_id,
        "agent_name": c.agent_name,
        "conversation_id": c.conversation_id,
        "start_time_unix_secs": c.start,
        "call_duration_secs": c.duration,
        "message_count": len(c.turns),
        "status": c.status,
        "call_successful": c.call_successful,
        "transcript_summary": c.summary,
        "call_summary_title": c.title if c.summary else None,
        "direction": c.direction,
    }
