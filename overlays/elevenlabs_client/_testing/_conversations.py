"""Who called whom about what, and when: the facts each generated conversation is built from."""

from __future__ import annotations

from dataclasses import dataclass

from ._ids import _HEX, _ULID, _Json, _number, _token

_NEWEST_CALL_UNIX = 1747303200
_CALL_SPACING = 3600
_COMPANY = "Northwind Broadband"
_AGENTS = [  # (agent_id, agent_name, the name it speaks); a deleted agent has no name
    ("agent_01jx8n4c2m9dq3v7t6h5k0pwre", "Nova - Northwind Support", "Nova"),
    ("agent_01jwz2y6v8t4r0p3n7m5k9h1gf", "Booking assistant", "Robin"),
    ("agent_01jy3c5e7g9j1m3p5r7t9v1x3z", None, "Sam"),
]
_BILLING_AGENT = "agent_01jx9b2c4d6e8f0g2h4j6k8m0n"  # the transfer target inside every transcript
_CALLERS: list[tuple[str | None, str, str]] = [  # (user_id, first name, last name); None: anonymous web visitor
    ("crm_448120", "Dana", "Whitfield"),
    ("crm_448133", "Marcus", "Okafor"),
    ("crm_448157", "Priya", "Raman"),
    (None, "there", ""),
    ("crm_448162", "Tomás", "Herrera"),
    ("crm_448190", "Mei", "Tanaka"),
    ("crm_448201", "Jonas", "Berg"),
]
_TOPICS = [
    ("evening connection drops", "Outage and duplicate charge refund"),
    ("a duplicate charge on my bill", "Duplicate charge refund"),
    ("moving my service to a new address", "Service move and billing question"),
    ("a router that keeps restarting", "Router restarts and refund"),
]
_STATUSES = ["done", "done", "failed", "done", "processing", "done", "in-progress", "done", "initiated", "done"]
_CHANNELS = ["twilio", "widget", "sip_trunk", "whatsapp"]  # how call i % 4 came in
_TURN_TIMES = [0, 5, 9, 11, 19, 22, 31, 45, 52, 61, 74, 92, 98]  # time_in_call_secs of the 13 scripted turns
_OPTIONAL_TURNS = {3, 4, 7}
_LLM_PRICES = {"gemini-2.0-flash": (1e-7, 4e-7), "gpt-4o-mini": (1.5e-7, 6e-7)}  # dollars per input/output token


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

    def request_id(self, name: str) -> str:
        return "tc_" + self.token(f"tool/{name}", 16, _HEX)

    @property
    def direction(self) -> str | None:
        return {"twilio": "inbound", "sip_trunk": "outbound", "whatsapp": "inbound"}.get(self.channel)

    @property
    def summary(self) -> str | None:
        if self.status not in ("done", "failed"):
            return None  # not analysed yet
        if self.status == "failed":
            return f"{self.first_name} called about {self.topic} but the call dropped before it was resolved."
        return (
            f"{self.first_name} called about {self.topic}. {self.agent_speaks_as} found an area outage, refunded "
            "a duplicate charge and transferred the call to tier-2 support."
        )


def _make_conversation(i: int) -> _Conversation:
    h = _number(f"conversation/{i}")
    agent_id, agent_name, speaks_as = _AGENTS[h % len(_AGENTS)]
    user_id, first, last = _CALLERS[(h >> 8) % len(_CALLERS)]
    topic, title = _TOPICS[(h >> 16) % len(_TOPICS)]
    status = _STATUSES[i % len(_STATUSES)]
    success = {"done": ["success", "success", "failure", "unknown"][(h >> 24) % 4], "failed": "failure"}
    dropped = set() if i % 3 == 0 else {k for k in _OPTIONAL_TURNS if (h >> (32 + k)) & 1}
    full = [k for k in range(len(_TURN_TIMES)) if k not in dropped]
    turns = {
        "done": full,
        "failed": full[: 2 + (h >> 40) % 3],
        "initiated": [],
    }.get(status, full[: 4 + (h >> 40) % 5])  # still running, or being analysed
    return _Conversation(
        index=i,
        conversation_id="conv_01j" + _token(f"conversation/{i}/id", 23, _ULID),
        agent_id=agent_id,
        agent_name=agent_name,
        agent_speaks_as=speaks_as,
        user_id=user_id,
        first_name=first,
        last_name=last,
        topic=topic,
        title=title,
        start=_NEWEST_CALL_UNIX - i * _CALL_SPACING - (h >> 44) % (_CALL_SPACING // 2),
        status=status,
        call_successful=success.get(status, "unknown"),
        channel=_CHANNELS[i % len(_CHANNELS)],
        turns=turns,
        duration=_TURN_TIMES[turns[-1]] + 4 + (h >> 52) % 6 if turns else 0,
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
