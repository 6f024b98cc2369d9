"""A conversation in full: the scripted call in conversation.json, filled in with one conversation's values.

The script is one support call of 13 turns; a conversation has the turns its `turns` names (a call that
failed or is still running has the first few). Everything said, every tool call and the metadata and
analysis templates are data; what differs between conversations (names, ids, times, which turns were
said) is computed here.
"""

from __future__ import annotations

from typing import Any

from ._conversations import _Conversation
from ._ids import _ALNUM, _HEX, _ULID, _Json, _number
from ._template import fill, load

_ALPHABETS = {"alnum": _ALNUM, "hex": _HEX, "ulid": _ULID}


def _script() -> Any:
    return load("conversation.json")


def _llm_usage(tokens: int) -> _Json:
    """What the call's LLM turns cost, at the script's price of its model."""
    model = _script()["metadata_llm"]
    price_in, price_out = _script()["llm_prices"][model]
    produced = tokens // 30
    return {
        "model_usage": {
            model: {
                "input": {"tokens": tokens, "price": round(tokens * price_in, 10)},
                "output_total": {"tokens": produced, "price": round(produced * price_out, 10)},
            }
        }
    }


def _values(c: _Conversation) -> dict[str, Any]:
    """Every `${name}` the templates use, for this conversation."""
    h = _number(f"conversation/{c.index}/metadata")
    turns = set(c.turns)
    tokens = 900 * len(c.turns)
    values: dict[str, Any] = {
        "agent_id": c.agent_id,
        "conversation_id": c.conversation_id,
        "user_id": c.user_id,
        "status": c.status,
        "channel": c.channel,
        "call_successful": c.call_successful,
        "resolved": c.call_successful == "success",
        "summary": c.summary,
        "title": c.title,
        "first_name": c.first_name,
        "full_name": f"{c.first_name} {c.last_name}".strip(),
        "agent_speaks_as": c.agent_speaks_as,
        "topic": c.topic,
        "start": c.start,
        "duration": c.duration,
        "has_turns": bool(c.turns),
        "accepted_time": c.start + 1 if c.turns else None,
        "cost": c.duration * 13 if c.turns else None,
        "call_charge": c.duration * 13,
        "deletion_time": c.start + 30 * 86400,
        "delivered_at": c.start + c.duration + 2,
        "invoice": f"INV-2025-05-{c.index:06d}",
        "phone": f"+1415555{c.index % 10000:04d}",
        "ticket_id": 48000 + c.index,
        "ticket": str(48000 + c.index),
        "open_tickets": c.index % 4,
        "is_vip": c.index % 5 == 0,
        "llm_usage": _llm_usage(tokens),
        "llm_price": _llm_usage(tokens)["model_usage"][_script()["metadata_llm"]]["input"]["price"],
        "llm_charge": tokens // 500,
        # Metadata that varies with a hash of the conversation rather than with its turns.
        "delete_audio": bool(h & 2),
        "overall_score": "like" if h & 4 else "dislike",
        "rating": 1 + h % 5,
        "commented": bool(h & 8),
        "is_burst": bool(h & 16),
        "last_updated_from": "cli" if h & 32 else "api",
        "zendesk": c.channel == "widget" and h % 2 == 0,
    }
    for k in range(len(_script()["transcript"])):
        values[f"has_{k}"] = k in turns  # whether the k-th scripted turn was said: features follow it
    for name, (prefix, seed, length, alphabet) in _script()["ids"].items():
        values[name] = prefix + c.token(seed, length, _ALPHABETS[alphabet])
    return values


def _conversation(c: _Conversation) -> _Json:
    """The full GetConversationResponseModel of one conversation."""
    script = _script()
    values = _values(c)
    defaults = script["turn_defaults"]
    transcript = [{**defaults, **script["transcript"][k]} for k in c.turns]
    values["transcript"] = fill(transcript, values)
    values["metadata"] = fill(script["metadata"], values)
    values["analysis"] = fill(script["analysis"], values) if c.summary is not None else None
    conversation: _Json = fill(script["conversation"], values)
    return conversation
