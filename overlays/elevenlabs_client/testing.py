"""A fake ElevenLabs API on loopback, for tests that want real HTTP without an API key.

    from elevenlabs_client.testing import FakeElevenLabs, Fault

    with FakeElevenLabs(history_items=2345, conversations=120, api_key="test-key") as server:
        client = ...  # point it at server.base_url, send server.api_key as xi-api-key
        server.add_fault(Fault(path="/v1/history/abc/audio", cut_after=1000))

It answers every operation of the spec: history and conversations from the data below, statefully,
and every other operation from the spec itself (`_spec_routes.py`: each request checked against the
spec with openapi-core, refused with the vendor's 422 naming the field, else answered with a
deterministic body of the declared shape). The data is built from indexes through hashes, so the
same arguments give the same items on every run and machine; audio is a hash-seeded byte pattern
generated chunk by chunk, never held whole in memory.

Behaviour worth knowing when writing tests against it:

* Every route needs the `xi-api-key` header, else 401; an unknown path is 404 `{"detail": "Not Found"}`
  and a known path with another method is 405 `{"detail": "Method Not Allowed"}`, as FastAPI answers.
* Query errors are 422 in FastAPI's shape, all errors of a request at once.
* GET /v1/history: `date_before_unix` is exclusive, `date_after_unix` inclusive; `search` is a
  case-insensitive substring of `text`; `start_after_history_item_id` may name an item that the filters
  exclude or that was deleted since (its date is remembered), an id never served is a 422.
* GET /v1/convai/conversations: `call_start_before_unix` is exclusive and `call_start_after_unix`
  inclusive, like the history dates. `summary_mode` defaults to `exclude`, which sends
  `transcript_summary: null`; with `include` the summaries equal those in `server.conversations`.
  The cursor is urlsafe base64 of the last conversation's start time and id; a bad one is a 422.
* POST /v1/history/download: ids are de-duplicated in order; one distinct id answers that item's audio,
  several a zip (`<id>.mp3`, or `<id>.wav` for output_format "wav") sent with chunked transfer encoding.
  The "wav" audio is a 44-byte RIFF header followed by the same bytes as the MP3.

Faults (see `Fault`) replace, slow down or cut the answer to matching requests. `server.requests`
records every request, faulted ones included, before it is answered; each record's `status` and
`bytes_sent` follow the answer, and `server.wait_for_idle()` waits until no answer is in progress.

`python -m elevenlabs_client.testing [--port N]` runs a server in the foreground for a demo.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import hashlib
import json
import re
import socket
import struct
import sys
import threading
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qsl, unquote

from ._spec_routes import SpecRoutes, load_spec

__all__ = ["FakeElevenLabs", "Fault", "RecordedRequest"]

_Json = dict[str, Any]

# ---------------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------------

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_ULID = "0123456789abcdefghjkmnpqrstvwxyz"  # the alphabet of the vendor's agent_/conv_ ids
_HEX = "0123456789abcdef"


def _token(seed: str, length: int = 20, alphabet: str = _ALNUM) -> str:
    digest = hashlib.shake_256(seed.encode()).digest(length)
    return "".join(alphabet[byte % len(alphabet)] for byte in digest)


def _number(seed: str) -> int:
    return int.from_bytes(hashlib.sha256(seed.encode()).digest()[:8], "big")


_NEWEST_ITEM_UNIX = 1747305902  # 2025-05-15, the date of the vendor examples in tests/payloads
_ITEM_SPACING = 1800  # seconds between items; the jitter stays below half of it, so dates strictly decrease

_VOICES = [
    ("21m00Tcm4TlvDq8ikWAM", "Rachel", "premade"),
    ("pNInz6obpgDQGcFmaJgB", "Adam", "premade"),
    ("EXAVITQu4vr4xnSDxMaL", "Sarah", "premade"),
    ("Xb7hH8MSUJpSbSDYk0k2", "Alice (my clone)", "cloned"),
    ("pqHfZKP75CvOlQylNhV4", "Bill (Narrator)", "professional"),
    ("g5CIjZEefAph4nQFvHAz", "Ethan - Documentary", "professional"),
]
_GENERATED_VOICE = ("nzFihrBIvB34imQBuxub", "Grizzled sea captain", "generated")

# One entry per position in a cycle, so any 20 consecutive items hold every source (and a null one).
_SOURCES: list[str | None] = [
    "TTS", "STS", "TTS", "Projects", "TTS", "ConvAI", "TTS", "PD", "STS", "TTS",
    "AN", "TTS", "Dubbing", "TTS", "PlayAPI", "TTS", "VoiceGeneration", "TTS", None, "TTS",
]  # fmt: skip

_MODELS: dict[str | None, list[str | None]] = {
    "TTS": ["eleven_multilingual_v2", "eleven_turbo_v2_5", "eleven_flash_v2_5", "eleven_v3"],
    "STS": ["eleven_multilingual_sts_v2", "eleven_english_sts_v2"],
    "Projects": ["eleven_multilingual_v2"],
    "PD": ["eleven_flash_v2_5", "eleven_turbo_v2_5"],
    "AN": ["eleven_turbo_v2_5"],
    "Dubbing": ["eleven_multilingual_v2", None],
    "PlayAPI": ["eleven_multilingual_v2"],
    "ConvAI": ["eleven_flash_v2", "eleven_flash_v2_5"],
    "VoiceGeneration": ["eleven_ttv_v3"],
    None: [None, "eleven_multilingual_v2"],
}

_TEXTS: dict[str | None, list[str | None]] = {
    "TTS": [
        "Hi there.",
        "Thanks for calling Harbor Dental. Our office hours are eight to five, Monday through Friday.",
        "Your order has shipped and should arrive on Thursday.",
        "Welcome to the onboarding course. In this first lesson we cover the basics.",
        "The lighthouse on Gull Point has guided ships since eighteen ninety-two.",
        "Press one for billing, two for technical support, or stay on the line for an operator.",
        "Today's forecast: light rain in the morning, clearing by the afternoon.",
        "Once upon a time, in a village at the edge of the forest, there lived a clockmaker.",
        "Your verification code is four, seven, two, nine.",
        "Take the second exit at the roundabout, then continue for two miles.",
    ],
    "STS": [None],  # speech to speech has no text
    "Projects": [
        "Chapter three. The lighthouse keeper had not seen a ship in eleven days.",
        "Chapter four. Fog rolled over the harbor before dawn.",
        "Chapter one. Mara found the map folded inside an old atlas.",
    ],
    "PD": [
        "Please call us at one eight hundred, five five five, zero one nine nine.",
        "Our CEO, Siobhan Nguyen, will join the call.",
    ],
    "AN": [
        "Welcome back to the Tuesday edition of the Harbor Town Gazette.",
        "This article is also available as audio.",
    ],
    "Dubbing": ["Bienvenidos a nuestro canal.", "Merci d'avoir regardé cette vidéo.", "Willkommen zurück!"],
    "PlayAPI": ["This audio was generated from an embedded player."],
    "ConvAI": ["Your order has shipped and should arrive on Thursday.", "I can help you reschedule that appointment."],
    "VoiceGeneration": ["Aye, the fog rolls in thick this time of year."],
    None: ["Testing, testing, one two three.", None],
}

_DIALOGUES = [
    [
        ("[excited] Did you see the launch last night?", "9BWtsMINqrJLrRacOk9x", "Aria"),
        ("[sighs] I fell asleep before the countdown.", "IKne3meq5aSn9XLyUdCD", "Charlie"),
    ],
    [
        ("Welcome to the show. Today: the lighthouses of the northern coast.", "JBFqnCBsd6RMkjVDRZzb", "George"),
        ("[laughs] My favourite topic.", "XrExE9yKIg1WjnnlVkGX", "Matilda"),
        ("Let's start with Gull Point.", "JBFqnCBsd6RMkjVDRZzb", "George"),
    ],
]


def _alignment(characters: list[str], seed: int, start: float = 0.0) -> _Json:
    starts, ends, t = [], [], start
    for k in range(len(characters)):
        starts.append(round(t, 3))
        t += 0.046 + 0.012 * ((seed >> (k % 60)) & 3)
        ends.append(round(t, 3))
    return {"characters": characters, "character_start_times_seconds": starts, "character_end_times_seconds": ends}


def _history_item(i: int) -> _Json:
    """The i-th newest item; its character counts are filled in by _history, since they run across items."""
    seed = f"history/{i}"
    h = _number(seed)
    source = _SOURCES[i % len(_SOURCES)]
    voice_id, voice_name, category = _GENERATED_VOICE if source == "VoiceGeneration" else _VOICES[h % len(_VOICES)]
    model = _MODELS[source][(h >> 8) % len(_MODELS[source])]
    text = _TEXTS[source][(h >> 12) % len(_TEXTS[source])]
    item: _Json = {
        "history_item_id": _token(seed),
        "request_id": _token(seed + "/request") if (h >> 16) % 9 else None,
        "voice_id": voice_id,
        "model_id": model,
        "voice_name": voice_name,
        "voice_category": category,
        "text": text,
        "date_unix": _NEWEST_ITEM_UNIX - i * _ITEM_SPACING - (h >> 20) % (_ITEM_SPACING // 2),
        "character_count_change_from": 0,
        "character_count_change_to": 0,
        "content_type": "audio/mpeg",
        "state": "created",
        "settings": {
            "stability": round(0.3 + ((h >> 32) % 50) / 100, 2),
            "similarity_boost": 0.75,
            "style": 0.0,
            "use_speaker_boost": bool((h >> 38) & 1),
            "speed": 1.0,
        },
        "feedback": None,
        "share_link_id": None,
        "source": source,
        "alignments": None,
        "dialogue": None,
    }
    if (h >> 40) % 29 == 0:  # a voice deleted since keeps its id but loses its name and category
        item.update(voice_name=None, voice_category=None)
    if model == "eleven_v3" and (h >> 45) & 1:  # text-to-dialogue: the top-level text and voice are empty
        lines = _DIALOGUES[(h >> 46) % len(_DIALOGUES)]
        item.update(text=None, voice_id=None, voice_name=None, voice_category=None)
        item["dialogue"] = [{"text": t, "voice_id": v, "voice_name": n} for t, v, n in lines]
    if source == "STS":
        item.update(state=None, settings={"stability": 0.5, "similarity_boost": 0.75, "remove_background_noise": False})
    elif source == "Projects":
        item["state"] = {"project_id": _token(seed + "/project"), "chapter_id": _token(seed + "/chapter")}
    elif source == "VoiceGeneration":
        item.update(state={"generated_voice_id": _token(seed + "/voice")}, settings={})
    if i % 23 == 7:
        item["settings"] = None
    if source == "TTS" and item["text"] and (h >> 48) % 4 == 0:
        chars = list(item["text"])
        item["alignments"] = {
            "alignment": _alignment(chars, h),
            "normalized_alignment": _alignment([" ", *chars, " "], h, start=0.0),
        }
    if (h >> 52) % 14 == 0:
        liked = bool((h >> 56) & 1)
        item["feedback"] = {
            "thumbs_up": liked,
            "feedback": "Warm and natural." if liked else "Small click at the very end of the clip.",
            "emotions": liked,
            "inaccurate_clone": False,
            "glitches": not liked,
            "audio_quality": liked,
            "other": False,
            "review_status": "reviewed" if (h >> 57) & 1 else "not_reviewed",
        }
    if (h >> 58) % 12 == 0:
        item["share_link_id"] = "sl_" + _token(seed + "/share", 16)
    return item


def _history(n: int, ids: Sequence[str] = ()) -> list[_Json]:
    items = [_history_item(i) for i in range(n)]
    for item, item_id in zip(items, ids, strict=False):  # the newest items take the ids a caller names
        item["history_item_id"] = item_id
    count = 10_000
    for item in reversed(items):  # the account's character counter only grows, oldest item first
        spoken = item["text"] or "".join(line["text"] for line in item["dialogue"] or [])
        item["character_count_change_from"] = count
        count += 0 if item["source"] == "STS" else len(spoken)
        item["character_count_change_to"] = count
    return items


# Conversations ---------------------------------------------------------------------------------------

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


_Pair = tuple[_Json, _Json]  # a tool call and its result, which share a request id


def _turn(role: str, time_in_call: int, message: str | None, **fields: Any) -> _Json:
    turn: _Json = {
        "role": role,
        "agent_metadata": None,
        "message": message,
        "multivoice_message": None,
        "tool_calls": [],
        "tool_results": [],
        "feedback": None,
        "llm_override": None,
        "time_in_call_secs": time_in_call,
        "conversation_turn_metrics": None,
        "rag_retrieval_info": None,
        "llm_usage": None,
        "interrupted": False,
        "original_message": None,
        "source_medium": None,
    }
    turn.update(fields)
    return turn


def _tools(*pairs: _Pair) -> _Json:
    return {"tool_calls": [call for call, _ in pairs], "tool_results": [result for _, result in pairs]}


def _tool(
    request_id: str,
    kind: str | None,
    name: str,
    params: _Json,
    value: Any,
    latency: float,
    details: _Json | None = None,
    **extra: Any,
) -> _Pair:
    call = {
        "type": kind,
        "request_id": request_id,
        "tool_name": name,
        "params_as_json": json.dumps(params),
        "tool_has_been_called": True,
        "tool_details": details,
    }
    result = {
        "request_id": request_id,
        "tool_name": name,
        "result_value": value if isinstance(value, str) else json.dumps(value),
        "is_error": False,
        "tool_has_been_called": True,
        "tool_latency_secs": latency,
        "dynamic_variable_updates": [],
        "type": kind,
        **extra,
    }
    return call, result


def _system(
    request_id: str, name: str, params: _Json, outcome: _Json | None, latency: float, called: bool = True
) -> _Pair:
    value = json.dumps(outcome) if outcome else ""
    failed = bool(outcome and outcome["status"] == "error")
    call, result = _tool(request_id, "system", name, params, value, latency, is_error=failed, result=outcome)
    call["tool_has_been_called"] = result["tool_has_been_called"] = called
    return call, result


def _outcome(result_type: str, status: str = "success", **fields: Any) -> _Json:
    """The `result` of a system tool."""
    return {"result_type": result_type, "status": status, **fields}


def _integration_tool(
    request_id: str, name: str, params: _Json, value: Any, latency: float, details: _Json, **extra: Any
) -> _Pair:
    ids = {key: details[key] for key in ("integration_id", "credential_id", "integration_connection_id")}
    return _tool(request_id, "api_integration_webhook", name, params, value, latency, details, **ids, **extra)


def _integration(c: _Conversation, integration_id: str, webhook: _Json) -> _Json:
    return {
        "type": "api_integration_webhook",
        "integration_id": integration_id,
        "credential_id": "cred_01j" + c.token(f"{integration_id}/credential", 23),
        "integration_connection_id": "iconn_01j" + c.token(f"{integration_id}/connection", 23),
        "webhook_details": webhook,
    }


def _webhook(method: str, url: str, body: str | None = None, **params: dict[str, str]) -> _Json:
    return {
        "type": "webhook",
        "method": method,
        "url": url,
        "headers": params.get("headers", {}),
        "path_params": params.get("path_params", {}),
        "query_params": params.get("query_params", {}),
        "body": body,
    }


def _mcp(tool: str, parameters: dict[str, str], **extra: Any) -> _Json:
    return {
        "type": "mcp",
        "mcp_server_id": "mcp_01jx5k7m9p1r3t5v7x9z1b3d5f",
        "mcp_server_name": "Linear",
        "integration_type": "mcp_server",
        "parameters": parameters,
        "approval_policy": "auto_approve_all",
        **extra,
    }


def _update(c: _Conversation, at: float, name: str, old: str | None, new: str, pair: _Pair) -> _Json:
    call, _ = pair
    return {
        "variable_name": name,
        "old_value": old,
        "new_value": new,
        "updated_at": round(c.start + at, 3),
        "tool_name": call["tool_name"],
        "tool_request_id": call["request_id"],
    }


def _metrics(**elapsed: float) -> _Json:
    return {"metrics": {name: {"elapsed_time": seconds} for name, seconds in elapsed.items()}}


def _llm_usage(tokens: dict[str, tuple[int, int]]) -> _Json:
    usage = {}
    for model, (given, produced) in tokens.items():
        price_in, price_out = _LLM_PRICES[model]
        usage[model] = {
            "input": {"tokens": given, "price": round(given * price_in, 10)},
            "output_total": {"tokens": produced, "price": round(produced * price_out, 10)},
        }
    return {"model_usage": usage}


def _edge(latency: float, edge_id: str, target: str) -> _Json:
    return {"step_latency_secs": latency, "type": "edge", "edge_id": edge_id, "target_node_id": target}


def _nested_tools(latency: float, node_id: str, *pairs: _Pair) -> _Json:
    tools = _tools(*pairs)
    return {
        "step_latency_secs": latency,
        "type": "nested_tools",
        "node_id": node_id,
        "requests": tools["tool_calls"],
        "results": tools["tool_results"],
        "is_successful": not any(result["is_error"] for result in tools["tool_results"]),
    }


def _workflow(c: _Conversation, invoice: str) -> _Json:
    """A billing workflow two levels deep: every step kind, and tool results of every kind inside it."""

    def rid(name: str) -> str:
        return c.request_id("workflow/" + name)

    charges = _webhook("GET", "https://api.stripe.com/v1/charges", query_params={"limit": "10"})
    issue = {"title": f"Refund duplicate charge on {invoice}", "team": "BILL"}
    eligibility = [
        _edge(0.001, "edge_eligibility", "node_payments"),
        _nested_tools(
            1.312,
            "node_payments",
            _integration_tool(
                rid("stripe"),
                "stripe_list_charges",
                {"limit": 10},
                {"data": [{"amount": 6500}] * 2},
                0.433,
                _integration(c, "stripe", charges),
            ),
            _tool(
                rid("linear"),
                "mcp",
                "linear_create_issue",
                issue,
                {"identifier": "BILL-2231"},
                0.871,
                _mcp("create_issue", issue),
            ),
        ),
        {"step_latency_secs": 0.002, "type": "max_iterations_exceeded", "max_iterations": 3},
    ]
    invoice_url = "https://billing.northwind-broadband.example/v1/invoices/{invoice_id}"
    get_invoice = _webhook(
        "GET", invoice_url, headers={"Accept": "application/json"}, path_params={"invoice_id": invoice}
    )
    return {
        "steps": [
            _edge(0.002, "edge_start", "node_invoice"),
            _nested_tools(
                1.611,
                "node_invoice",
                _tool(
                    rid("invoice"),
                    "webhook",
                    "get_invoice",
                    {"invoice_id": invoice},
                    {"total": 130.0},
                    0.274,
                    get_invoice,
                ),
                _tool(
                    rid("eligibility"),
                    "workflow",
                    "refund_eligibility_workflow",
                    {"invoice_id": invoice},
                    {"eligible": True},
                    1.329,
                    result={"steps": eligibility},
                ),
            ),
            _edge(0.001, "edge_refund", "node_end"),
        ]
    }


def _transcript(c: _Conversation) -> list[_Json]:
    """The scripted 13-turn call, cut down to the turns this conversation has."""
    rid = c.request_id
    name, full_name = c.first_name, f"{c.first_name} {c.last_name}".strip()
    account = "001" + c.token("account", 15, _ALNUM)
    invoice = f"INV-2025-05-{c.index:06d}"
    refund = "re_" + c.token("refund", 24, _ALNUM)
    phone = f"+1415555{c.index % 10000:04d}"
    node = "node_01j" + c.token("node", 23)
    agent = {"agent_id": c.agent_id, "branch_id": "agtbrch_01j" + c.token("branch", 23), "workflow_node_id": None}
    billing = {"agent_id": _BILLING_AGENT, "branch_id": None, "workflow_node_id": None}
    t = _TURN_TIMES

    soql = _webhook(
        "GET",
        "https://northwind.my.salesforce.com/services/data/v60.0/query",
        headers={"Accept": "application/json"},
        query_params={"q": f"SELECT Id, Name FROM Account WHERE Phone = '{phone}'"},
    )
    records = {"totalSize": 1, "records": [{"Id": account, "Name": full_name}]}
    lookup = _integration_tool(
        rid("lookup"),
        "salesforce_lookup_account",
        {"phone": phone},
        records,
        0.612,
        _integration(c, "salesforce", soql),
    )
    lookup[1]["dynamic_variable_updates"] = [
        _update(c, 13.482, "account_id", None, account, lookup),
        _update(c, 13.483, "customer_name", name, full_name, lookup),
    ]
    outage_url = "https://api.northwind-broadband.example/v2/outages/{region}/lookup"
    outage_body = json.dumps({"postal_code": "94110"})
    outage_hook = _webhook(
        "POST", outage_url, outage_body, path_params={"region": "us-west"}, query_params={"include_planned": "true"}
    )
    outage = _tool(
        rid("outage"),
        "webhook",
        "check_outage_status",
        {"postal_code": "94110"},
        {"active_outage": True},
        0.384,
        outage_hook,
    )
    outage[1]["dynamic_variable_updates"] = [_update(c, 23.918, "outage_ticket", None, "OUT-88213", outage)]
    bill_params = {"account_id": account}
    not_run = (  # logged before the tool ran: no type, no details, a bare result
        {
            "request_id": rid("router"),
            "tool_name": "lookup_router_model",
            "params_as_json": "{}",
            "tool_has_been_called": False,
        },
        {
            "request_id": rid("router"),
            "tool_name": "lookup_router_model",
            "result_value": "Tool call was not executed: the agent ended the turn before the tool ran",
            "is_error": True,
            "tool_has_been_called": False,
        },
    )
    dispute = _tool(
        rid("workflow"),
        "workflow",
        "billing_dispute_workflow",
        {"invoice_id": invoice},
        {"refund_id": refund},
        2.942,
        result=_workflow(c, invoice),
    )
    dispute[1]["dynamic_variable_updates"] = [_update(c, 34.207, "refund_id", None, refund, dispute)]
    goodbye = f"Thanks for calling {_COMPANY}, {name}. Have a great evening!"
    transfer = {"from_agent": c.agent_id}

    script = [
        _turn(
            "agent",
            t[0],
            f"Hi {name}, thanks for calling {_COMPANY}. I'm {c.agent_speaks_as}. How can I help you today?",
            agent_metadata={**agent, "workflow_node_id": node},
            conversation_turn_metrics=_metrics(convai_tts_service_ttfb=0.188),
        ),
        _turn(
            "user", t[1], f"Hi, I'm calling about {c.topic}. I think I was charged twice too.", source_medium="audio"
        ),
        _turn(
            "agent",
            t[2],
            None,
            agent_metadata=agent,
            **_tools(
                _system(
                    rid("lang"),
                    "language_detection",
                    {"language": "en"},
                    _outcome("language_detection_success", language="en"),
                    0.004,
                ),
                lookup,
            ),
            conversation_turn_metrics=_metrics(convai_llm_service_ttfb=0.527, convai_llm_service_ttf_sentence=0.731),
            llm_usage=_llm_usage({"gemini-2.0-flash": (2214, 41)}),
        ),
        _turn(
            "agent",
            t[3],
            f"Thanks, {name}, I found your account. Evening slowdowns are often congestion on the local node.",
            agent_metadata=agent,
            multivoice_message={
                "parts": [
                    {"text": f"Thanks, {name}, I found your account.", "voice_label": None, "time_in_call_secs": t[3]},
                    {
                        "text": "Evening slowdowns are often congestion on the local node.",
                        "voice_label": "Technician",
                        "time_in_call_secs": None,
                    },
                ]
            },
            feedback={"score": "like", "time_in_call_secs": t[3] + 2},
            llm_override="gpt-4o-mini",
            conversation_turn_metrics=_metrics(convai_llm_service_ttfb=0.463, convai_rag_latency=0.091),
            rag_retrieval_info={
                "chunks": [
                    {"document_id": "kb_01jx6r2s4t6v8w0x2y4z6a8b0c", "chunk_id": "chunk_17", "vector_distance": 0.1823},
                    {"document_id": "kb_01jx6r9m1n3p5q7r9s1t3v5w7x", "chunk_id": "chunk_3", "vector_distance": 0.2417},
                ],
                "embedding_model": "multilingual_e5_large_instruct",
                "retrieval_query": "internet drops every evening",
                "rag_latency_secs": 0.091,
            },
            llm_usage=_llm_usage({"gpt-4o-mini": (2630, 38)}),
            interrupted=True,
            original_message=f"Thanks, {name}, I found your account. Evening slowdowns are often congestion on the "
            "local node. Let me check for outages in your area first.",
        ),
        _turn("user", t[4], "Okay. Can you pull up the bill on my screen? I'm on your website.", source_medium="text"),
        _turn(
            "agent",
            t[5],
            None,
            agent_metadata={**agent, "branch_id": None},
            **_tools(
                outage,
                _tool(
                    rid("bill"),
                    "client",
                    "show_billing_breakdown",
                    bill_params,
                    "Billing breakdown displayed",
                    0.129,
                    {"type": "client", "parameters": json.dumps(bill_params)},
                ),
                _tool(
                    rid("issues"),
                    "mcp",
                    "linear_search_issues",
                    {"query": "evening packet loss"},
                    [{"identifier": "NET-512"}],
                    0.957,
                    _mcp("search_issues", {"query": "evening packet loss"}),
                ),
                _tool(rid("plan"), None, "get_customer_plan", {}, {"plan": "Fiber 500", "monthly_price": 65.0}, 0.211),
                not_run,
            ),
            conversation_turn_metrics=_metrics(convai_llm_service_ttfb=0.598),
            llm_usage=_llm_usage({"gemini-2.0-flash": (2988, 96)}),
        ),
        _turn(
            "agent",
            t[6],
            "There is an active outage on your local node. I also see two charges of sixty-five dollars, "
            "so I've started a refund for the duplicate.",
            agent_metadata={**agent, "workflow_node_id": node},
            **_tools(dispute),
        ),
        _turn("user", t[7], "Great, thanks. When will I see the money back?", source_medium="audio"),
        _turn(
            "agent",
            t[8],
            "Let me bring in our billing specialist to confirm the refund timeline.",
            agent_metadata=agent,
            **_tools(
                _system(
                    rid("transfer-1"),
                    "transfer_to_agent",
                    {"agent_number": 1},
                    _outcome(
                        "transfer_to_agent_error",
                        "error",
                        **transfer,
                        error="Agent number 1 is not configured for transfer",
                    ),
                    0.003,
                ),
                _system(
                    rid("transfer-2"),
                    "transfer_to_agent",
                    {"agent_number": 0},
                    _outcome(
                        "transfer_to_agent_success",
                        **transfer,
                        to_agent=_BILLING_AGENT,
                        condition="The caller asks about refunds",
                        delay_ms=500,
                        transfer_message="Connecting you with billing.",
                        enable_transferred_agent_first_message=True,
                    ),
                    0.011,
                ),
            ),
        ),
        _turn(
            "agent",
            t[9],
            f"Hi {name}, this is Quinn from billing. Give me a second while I reach the payments line.",
            agent_metadata=billing,
            **_tools(
                _system(
                    rid("dtmf-1"),
                    "play_keypad_touch_tone",
                    {"dtmf_tones": "2#"},
                    _outcome("play_dtmf_error", "error", error="Call leg not bridged"),
                    0.006,
                ),
                _system(
                    rid("dtmf-2"),
                    "play_keypad_touch_tone",
                    {"dtmf_tones": "2#"},
                    _outcome("play_dtmf_success", dtmf_tones="2#", reason=None),
                    0.402,
                ),
                _system(
                    rid("skip"),
                    "skip_turn",
                    {"reason": "Caller is looking for a bill"},
                    _outcome("skip_turn_success", reason="Caller is looking for a bill"),
                    0.001,
                ),
            ),
        ),
        _turn(
            "agent",
            t[10],
            "Your refund is confirmed and will reach your card in five to ten business days. "
            "I'll connect you to a technician about the evening drops.",
            agent_metadata=billing,
            **_tools(
                _system(
                    rid("number-1"),
                    "transfer_to_number",
                    {"transfer_number": "+14155550142"},
                    _outcome(
                        "transfer_to_number_error",
                        "error",
                        error="Destination did not answer",
                        details="No answer after 20 seconds",
                    ),
                    20.013,
                ),
                _system(
                    rid("number-2"),
                    "transfer_to_number",
                    {"transfer_number": "+14155550142"},
                    _outcome(
                        "transfer_to_number_twilio_success",
                        transfer_number="+14155550142",
                        reason="A technician is needed",
                        client_message="Connecting you to a technician now, please hold.",
                        agent_message=f"Transferring {full_name} about nightly packet loss. Refund issued.",
                        conference_name="conf_" + c.token("conference", 32, _HEX),
                        note="Warm transfer",
                    ),
                    1.337,
                ),
                _system(
                    rid("number-3"),
                    "transfer_to_number",
                    {"transfer_number": "sip:tier2@pbx.example"},
                    _outcome(
                        "transfer_to_number_sip_success",
                        transfer_number="sip:tier2@pbx.example",
                        reason=None,
                        note=None,
                    ),
                    0.842,
                ),
            ),
            feedback={"score": "dislike", "time_in_call_secs": t[10] + 6},
        ),
        _turn("user", t[11], "No, that's everything. Thanks!", source_medium="audio"),
        _turn(
            "agent",
            t[12],
            goodbye,
            agent_metadata=billing,
            **_tools(
                _system(
                    rid("voicemail"),
                    "voicemail_detection",
                    {},
                    _outcome(
                        "voicemail_detection_success",
                        voicemail_message="Please leave your account number.",
                        reason="Greeting",
                    ),
                    0.005,
                ),
                _system(
                    rid("test"),
                    "transfer_to_agent",
                    {"agent_number": 2},
                    _outcome("testing_tool_result", reason="Skipping tool call in test mode"),
                    0,
                    called=False,
                ),
                _system(rid("lang-2"), "language_detection", {}, None, 0, called=False),
                _system(
                    rid("end"),
                    "end_call",
                    {"reason": "Nothing else"},
                    _outcome("end_call_success", reason="Nothing else", message=goodbye),
                    0.002,
                ),
            ),
            conversation_turn_metrics=_metrics(convai_llm_service_ttfb=0.388),
            llm_usage={"model_usage": {}},
        ),
    ]
    return [script[k] for k in c.turns]


def _feature(used: bool, enabled: bool = True) -> _Json:
    return {"enabled": enabled, "used": used}


def _metadata(c: _Conversation) -> _Json:
    h = _number(f"conversation/{c.index}/metadata")
    has = set(c.turns).__contains__
    phone_call: _Json | None = None
    if c.channel == "twilio":
        phone_call = {
            "direction": "inbound",
            "phone_number_id": "phnum_01j" + c.token("phone-number", 23),
            "agent_number": "+14155550100",
            "external_number": f"+1415555{c.index % 10000:04d}",
            "type": "twilio",
            "stream_sid": "MZ" + c.token("stream", 32, _HEX),
            "call_sid": "CA" + c.token("call", 32, _HEX),
        }
    elif c.channel == "sip_trunk":
        phone_call = {
            "direction": "outbound",
            "phone_number_id": "phnum_01j" + c.token("phone-number", 23),
            "agent_number": "+14155550101",
            "external_number": f"+1415555{c.index % 10000:04d}",
            "type": "sip_trunking",
            "call_sid": c.token("sip-call", 36, _HEX),
        }
    zendesk = c.channel == "widget" and h % 2 == 0
    tokens = 900 * len(c.turns)
    llm = _llm_usage({"gemini-2.0-flash": (tokens, tokens // 30)})
    return {
        "start_time_unix_secs": c.start,
        "accepted_time_unix_secs": c.start + 1 if c.turns else None,
        "call_duration_secs": c.duration,
        "cost": c.duration * 13 if c.turns else None,
        "deletion_settings": {
            "deletion_time_unix_secs": c.start + 30 * 86400,
            "deleted_logs_at_time_unix_secs": None,
            "deleted_audio_at_time_unix_secs": None,
            "deleted_transcript_at_time_unix_secs": None,
            "delete_transcript_and_pii": False,
            "delete_audio": bool(h & 2),
        },
        "feedback": {
            "type": "rating" if has(3) else None,
            "overall_score": ("like" if h & 4 else "dislike") if has(3) else None,
            "likes": int(has(3)),
            "dislikes": int(has(10)),
            "rating": 1 + h % 5 if has(3) else None,
            "comment": "Refund was quick, but the first transfer failed." if has(3) and h & 8 else None,
        },
        "authorization_method": {"widget": "signed_url", "whatsapp": "whatsapp"}.get(c.channel, "authorization_header"),
        "charging": {
            "dev_discount": False,
            "is_burst": bool(h & 16),
            "tier": "business",
            "llm_usage": {"irreversible_generation": llm, "initiated_generation": llm},
            "llm_price": round(tokens * 1e-7, 10),
            "llm_charge": tokens // 500,
            "call_charge": c.duration * 13,
            "free_minutes_consumed": 0.0,
            "free_llm_dollars_consumed": 0.0,
        },
        "phone_call": phone_call,
        "batch_call": (
            {"batch_call_id": "btcal_" + c.token("batch", 20), "batch_call_recipient_id": "btcrec_" + c.token("r", 20)}
            if c.channel == "sip_trunk"
            else None
        ),
        "termination_reason": {"done": "end_call tool was called.", "failed": "Client disconnected: 1006"}.get(
            c.status, ""
        ),
        "error": {"code": 1006, "reason": "The caller hung up"} if c.status == "failed" else None,
        "warnings": ["Transfer to +14155550142 failed on the first attempt"] if has(10) else [],
        "main_language": "en",
        "rag_usage": {"usage_count": 1, "embedding_model": "multilingual_e5_large_instruct"} if has(3) else None,
        "text_only": False,
        "features_usage": {
            "language_detection": _feature(has(2)),
            "transfer_to_agent": _feature(has(8)),
            "transfer_to_number": _feature(has(10)),
            "multivoice": _feature(has(3)),
            "dtmf_tones": _feature(has(9)),
            "external_mcp_servers": _feature(has(5)),
            "pii_zrm_workspace": False,
            "pii_zrm_agent": False,
            "tool_dynamic_variable_updates": _feature(has(2)),
            "is_livekit": False,
            "voicemail_detection": _feature(has(12)),
            "workflow": {
                "enabled": True,
                "tool_node": _feature(has(6)),
                "standalone_agent_node": _feature(False, enabled=False),
                "phone_number_node": _feature(False, enabled=False),
                "end_node": _feature(has(12)),
            },
            "agent_testing": {
                "enabled": True,
                "tests_ran_after_last_modification": True,
                "tests_ran_in_last_7_days": False,
            },
            "versioning": _feature(False),
        },
        "eleven_assistant": {"is_eleven_assistant": False},
        "initiator_id": "usr_" + c.token("initiator", 20) if c.channel == "sip_trunk" else None,
        "conversation_initiation_source": c.channel,
        "conversation_initiation_source_version": "0.9.2" if c.channel == "widget" else None,
        "timezone": "America/Los_Angeles",
        "initiation_trigger": {"trigger_type": "zendesk", "ticket_id": 48000 + c.index}
        if zendesk
        else {"trigger_type": "default"},
        "async_metadata": (
            {
                "delivery_status": "success",
                "delivery_timestamp": c.start + c.duration + 2,
                "delivery_error": None,
                "external_system": "zendesk",
                "external_id": str(48000 + c.index),
                "retry_count": 0,
                "last_retry_timestamp": None,
            }
            if zendesk
            else None
        ),
        "whatsapp": (
            {
                "direction": "inbound",
                "whatsapp_phone_number_id": "wa_" + c.token("wa", 16),
                "whatsapp_user_id": c.token("wu", 12, _HEX),
            }
            if c.channel == "whatsapp"
            else None
        ),
        "agent_created_from": "ui",
        "agent_last_updated_from": "cli" if h & 32 else "api",
    }


def _analysis(c: _Conversation) -> _Json | None:
    if c.summary is None:
        return None
    resolved = c.call_successful == "success"
    return {
        "evaluation_criteria_results": {
            "issue_resolved": {
                "criteria_id": "issue_resolved",
                "result": c.call_successful,
                "rationale": "The duplicate charge was refunded." if resolved else "The issue was left open.",
            },
            "polite_closing": {
                "criteria_id": "polite_closing",
                "result": "success" if 12 in c.turns else "unknown",
                "rationale": "The agent thanked the caller." if 12 in c.turns else "The call ended early.",
            },
        },
        "data_collection_results": {
            "issue_category": {
                "data_collection_id": "issue_category",
                "value": "billing",
                "json_schema": {
                    "type": "string",
                    "description": "Main reason for the call",
                    "enum": ["billing", "outage", "equipment", "other"],
                    "is_system_provided": False,
                    "dynamic_variable": "",
                    "constant_value": "",
                },
                "rationale": "The caller led with a double charge.",
            },
            "refund_amount_usd": {
                "data_collection_id": "refund_amount_usd",
                "value": 65.0 if resolved else None,
                "json_schema": {"type": "number", "description": "Amount refunded, in US dollars"},
                "rationale": "A duplicate charge of $65.00 was refunded." if resolved else "No refund was issued.",
            },
            "technician_requested": {
                "data_collection_id": "technician_requested",
                "value": 10 in c.turns,
                "json_schema": {
                    "type": "boolean",
                    "description": "Whether a technician was requested",
                    "constant_value": False,
                },
                "rationale": "The caller asked about the evening drops.",
            },
            "callback_count": {
                "data_collection_id": "callback_count",
                "value": 0,
                "json_schema": {
                    "type": "integer",
                    "description": "Callbacks promised",
                    "is_system_provided": True,
                    "dynamic_variable": "system__call_duration_secs",
                    "constant_value": 3,
                },
                "rationale": "No callback was promised.",
            },
            "router_model": {
                "data_collection_id": "router_model",
                "value": None,
                "json_schema": None,
                "rationale": "The router model was never mentioned.",
            },
        },
        "call_successful": c.call_successful,
        "transcript_summary": c.summary,
        "call_summary_title": c.title,
    }


def _conversation(c: _Conversation) -> _Json:
    """The full GetConversationResponseModel of one conversation."""
    return {
        "agent_id": c.agent_id,
        "conversation_id": c.conversation_id,
        "status": c.status,
        "user_id": c.user_id,
        "branch_id": "agtbrch_01j" + c.token("branch", 23),
        "transcript": _transcript(c),
        "metadata": _metadata(c),
        "analysis": _analysis(c),
        "conversation_initiation_client_data": {
            "conversation_config_override": {
                "turn": {"soft_timeout_config": {"message": "One moment while I look that up."}},
                "tts": {"voice_id": "cgSgspJ2msm6clMCkdW9", "stability": 0.55, "speed": 1.05, "similarity_boost": None},
                "conversation": {"text_only": False},
                "agent": {
                    "first_message": "Hi {{customer_name}}, thanks for calling. How can I help you today?",
                    "language": "en",
                    "prompt": {
                        "prompt": f"You are {c.agent_speaks_as}, a friendly support agent for {_COMPANY}.",
                        "llm": "gemini-2.0-flash",
                        "native_mcp_server_ids": ["mcp_01jx5k7m9p1r3t5v7x9z1b3d5f"],
                    },
                },
            },
            "custom_llm_extra_body": {"temperature": 0.3},
            "user_id": c.user_id,
            "source_info": {"source": c.channel, "version": "0.9.2" if c.channel == "widget" else None},
            "dynamic_variables": {
                "customer_name": c.first_name,
                "account_balance": 130.0,
                "open_tickets": c.index % 4,
                "is_vip": c.index % 5 == 0,
                "referral_code": None,
                "system__agent_id": c.agent_id,
                "system__conversation_id": c.conversation_id,
                "system__call_duration_secs": c.duration,
            },
        },
        "has_audio": True,
        "has_user_audio": bool(c.turns),
        "has_response_audio": bool(c.turns),
    }


# Audio -----------------------------------------------------------------------------------------------

_ID3_HEADER = b"ID3\x04\x00\x00\x00\x00\x00\x00"  # an empty ID3v2.4 tag: MP3 files from the API start with one


@lru_cache(maxsize=64)
def _audio_block(audio_id: str, chunk_size: int) -> bytes:
    return hashlib.shake_256(f"audio/{audio_id}".encode()).digest(chunk_size)


def _audio_chunks(audio_id: str, size: int, chunk_size: int) -> Iterator[bytes]:
    block = _audio_block(audio_id, chunk_size)
    for number, offset in enumerate(range(0, size, chunk_size)):
        # Each chunk ends in its own number, so a client that repeats or drops a chunk fails a SHA-256 check.
        chunk = block[: chunk_size - 8] + number.to_bytes(8, "big")
        if number == 0:
            chunk = _ID3_HEADER + chunk[len(_ID3_HEADER) :]
        yield chunk[: size - offset]


def _wav_header(data_size: int) -> bytes:
    fmt = struct.pack("<IHHIIHH", 16, 1, 1, 44100, 88200, 2, 16)  # PCM, mono, 44.1 kHz, 16 bit
    return b"RIFF" + struct.pack("<I", 36 + data_size) + b"WAVEfmt " + fmt + b"data" + struct.pack("<I", data_size)


class _Sink:
    """A write-only file for zipfile: whatever was written since the last take() is handed to the socket."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self._parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass

    def take(self) -> bytes:
        data = b"".join(self._parts)
        self._parts.clear()
        return data


def _zip_stream(members: list[tuple[str, int, int, Iterable[bytes]]]) -> Iterator[bytes]:
    """A zip of (name, date_unix, size, chunks) members, produced as it is written: zipfile sees a stream it
    cannot seek, so it puts each member's CRC and sizes in a data descriptor after the data."""
    sink = _Sink()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_STORED) as archive:
        for name, date_unix, size, chunks in members:
            t = time.gmtime(date_unix)
            info = zipfile.ZipInfo(name, date_time=(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec))
            info.file_size = size  # lets zipfile decide up front whether the member needs zip64 fields
            info.external_attr = 0o644 << 16
            with archive.open(info, "w") as member:
                for chunk in chunks:
                    member.write(chunk)
                    yield sink.take()
            yield sink.take()
    yield sink.take()


# ---------------------------------------------------------------------------------------------------
# Faults and recorded requests
# ---------------------------------------------------------------------------------------------------


@dataclass
class Fault:
    """Something to do instead of, or to, the normal answer to matching requests.

    path: the request path, percent-decoded and without the query string; it matches exactly, or as a
        prefix when it ends in "*" ("/v1/history/*" matches every item route but not "/v1/history").
    method: "GET", "POST", ...; None matches any method.
    times: how many matching requests the fault applies to (None: all of them). When several faults
        match a request, the first one added that has uses left applies, and only that one.

    What it does, in this order:
    delay: seconds to wait before answering (the request has been read and recorded by then).
    status: answer this status instead of the route (no auth check either), with `json_body` encoded
        as JSON, or else `body` as it is (str as UTF-8; None: empty), and `headers`. Content-Type
        defaults to application/json, like everything the API sends; `headers` override it.
        Content-Length is always computed, so Fault(status=200, body="{not json") is a well-framed
        invalid body. Without `status` the route answers normally.
    cut_after: send the headers (with the full Content-Length) and at most this many body bytes, then
        drop the connection. With chunked transfer encoding (multi-item downloads) the bytes counted are
        those on the wire, chunk framing included. cut_after >= the body length sends the whole body and
        then drops the connection.
    reset: drop with a TCP reset instead of a clean close. httpx then raises ReadError rather than
        RemoteProtocolError; the client may see fewer than cut_after bytes, as a reset discards what
        is still in flight.
    """

    path: str
    method: str | None = None
    times: int | None = 1
    status: int | None = None
    body: bytes | str | None = None
    json_body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    cut_after: int | None = None
    reset: bool = False

    def __post_init__(self) -> None:
        if not self.path.startswith("/"):
            raise ValueError(f"Fault path must start with '/': {self.path!r}")
        if self.times is not None and self.times < 1:
            raise ValueError("Fault times must be at least 1, or None for every matching request")
        if self.delay < 0 or (self.cut_after is not None and self.cut_after < 0):
            raise ValueError("Fault delay and cut_after cannot be negative")
        if self.body is not None and self.json_body is not None:
            raise ValueError("give a Fault body or json_body, not both")

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        if self.path.endswith("*"):
            return path.startswith(self.path[:-1])
        return path == self.path


@dataclass
class _ArmedFault:
    fault: Fault
    left: int | None  # uses left; None: unlimited


@dataclass
class RecordedRequest:
    """One request as the server received it, and how far its answer got.

    target is the request target exactly as sent; path is its path part, still percent-encoded; query is
    decoded (a repeated parameter keeps its last value, as FastAPI reads a scalar one); headers have
    lower-case names; fault is the Fault applied to it, if any.
    status is the status answered (None until then, or when stop() cut a delay short), and bytes_sent
    the body bytes written to the socket so far (chunk framing included); it stays short of the body's
    length when a fault cut it or the client hung up.
    """

    method: str
    target: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    fault: Fault | None
    status: int | None = None
    bytes_sent: int = 0

    def json(self) -> Any:
        return json.loads(self.body)


# ---------------------------------------------------------------------------------------------------
# Routing
# ---------------------------------------------------------------------------------------------------


@dataclass
class _Reply:
    status: int
    body: bytes | Iterable[bytes] = b""
    content_type: str = "application/json"
    length: int | None = None  # of an iterable body; None sends it with chunked transfer encoding
    headers: dict[str, str] = field(default_factory=dict)


def _json(status: int, payload: Any) -> _Reply:
    return _Reply(status, json.dumps(payload).encode())


def _not_found(status: str, message: str) -> _Reply:
    return _json(404, {"detail": {"status": status, "message": message}})


def _invalid(errors: list[_Json]) -> _Reply:
    return _json(422, {"detail": errors})


def _error(loc: list[str | int], kind: str, msg: str, given: Any, **ctx: Any) -> _Json:
    """One validation error the way FastAPI (pydantic 2) words it."""
    error: _Json = {"type": kind, "loc": loc, "msg": msg, "input": given}
    if ctx:
        error["ctx"] = ctx
    return error


class _Params:
    """Reads query parameters as FastAPI would, collecting every error so that one 422 lists them all."""

    def __init__(self, query: dict[str, str]) -> None:
        self.query = query
        self.errors: list[_Json] = []

    def string(self, name: str) -> str | None:
        return self.query.get(name)

    def integer(
        self, name: str, default: int | None = None, ge: int | None = None, le: int | None = None
    ) -> int | None:
        raw = self.query.get(name)
        if raw is None:
            return default
        if not re.fullmatch(r"\s*[+-]?\d+\s*", raw):
            msg = "Input should be a valid integer, unable to parse string as an integer"
            self.errors.append(_error(["query", name], "int_parsing", msg, raw))
            return default
        value = int(raw)
        if ge is not None and value < ge:
            self.errors.append(
                _error(
                    ["query", name], "greater_than_equal", f"Input should be greater than or equal to {ge}", raw, ge=ge
                )
            )
        elif le is not None and value > le:
            self.errors.append(
                _error(["query", name], "less_than_equal", f"Input should be less than or equal to {le}", raw, le=le)
            )
        return value

    def choice(self, name: str, allowed: tuple[str, ...]) -> str | None:
        raw = self.query.get(name)
        if raw is None or raw in allowed:
            return raw
        quoted = [f"'{value}'" for value in allowed]
        expected = ", ".join(quoted[:-1]) + " or " + quoted[-1]
        self.errors.append(_error(["query", name], "enum", f"Input should be {expected}", raw, expected=expected))
        return None


def _encode_cursor(conversation: _Json) -> str:
    position = {
        "start_time_unix_secs": conversation["start_time_unix_secs"],
        "conversation_id": conversation["conversation_id"],
    }
    return base64.urlsafe_b64encode(json.dumps(position, separators=(",", ":")).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[int, str] | None:
    try:
        position = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        start, conversation_id = position["start_time_unix_secs"], position["conversation_id"]
    except (binascii.Error, ValueError, TypeError, KeyError):
        return None
    if not isinstance(start, int) or not isinstance(conversation_id, str):
        return None
    return start, conversation_id


class _Api:
    """The data and the nine operations; the handler calls respond() for every request not faulted away."""

    def __init__(
        self,
        history_items: int,
        conversations: int,
        api_key: str,
        audio_size: int,
        chunk_size: int,
        history_ids: Sequence[str] = (),
    ) -> None:
        self.api_key = api_key
        self.audio_size = audio_size
        self.chunk_size = chunk_size
        self.lock = threading.Lock()
        self.history = _history(history_items, history_ids)
        self.items = {item["history_item_id"]: item for item in self.history}
        if len(self.items) != len(self.history):
            raise RuntimeError("two generated history item ids collide")
        self.item_dates = {item_id: item["date_unix"] for item_id, item in self.items.items()}  # deleted ones too
        self.calls = {c.conversation_id: c for c in map(_make_conversation, range(conversations))}
        self.conversations = [_summary(call) for call in self.calls.values()]
        self.audio_sizes = {audio_id: audio_size for audio_id in [*self.items, *self.calls]}

    def audio(self, audio_id: str, output_format: str | None = None) -> tuple[int, Iterator[bytes]]:
        size = self.audio_sizes[audio_id]
        chunks = _audio_chunks(audio_id, size, self.chunk_size)
        if output_format == "wav":
            return size + 44, _prefixed(_wav_header(size), chunks)
        return size, chunks

    @cached_property
    def spec_routes(self) -> SpecRoutes:
        def audio(template: str) -> Iterator[bytes]:
            return _audio_chunks(template, self.audio_size, self.chunk_size)

        return SpecRoutes(load_spec(), self.api_key, audio)

    def respond(
        self,
        method: str,
        raw_path: str,
        query: dict[str, str],
        headers: dict[str, str],
        body: bytes,
        raw_query: str = "",
    ) -> _Reply:
        # The path is split before decoding, so an id holding "%2F" stays one segment, as in Starlette.
        segments = [unquote(segment) for segment in raw_path.split("/")[1:]]
        path_matched = False
        found = self.spec_routes.find(method, raw_path)
        for route_method, pattern, operation in _ROUTES:
            params = _match(pattern, segments)
            if params is None:
                continue
            if isinstance(found, tuple) and len(found[1]) < len(params):
                break  # a more literal operation of the spec (`/conversations/resolve` is not an id)
            path_matched = True
            if route_method == method:
                if headers.get("xi-api-key") != self.api_key:
                    return _json(401, {"detail": {"status": "invalid_api_key", "message": "Invalid API key"}})
                return operation(self, _Request(params, query, body))
        if not path_matched:  # every other operation: from the spec
            if isinstance(found, tuple):
                answer = self.spec_routes.respond(*found, raw_query, headers, body)
                length = self.audio_size if not isinstance(answer.body, bytes) else None
                return _Reply(answer.status, answer.body, answer.content_type, length, answer.headers)
            path_matched = found
        if path_matched:
            return _json(405, {"detail": "Method Not Allowed"})
        return _json(404, {"detail": "Not Found"})

    # History -------------------------------------------------------------------------------------

    def list_history(self, request: _Request) -> _Reply:
        params = _Params(request.query)
        page_size = params.integer("page_size", 100, ge=1, le=1000) or 100
        start_after = params.string("start_after_history_item_id")
        voice_id = params.string("voice_id")
        model_id = params.string("model_id")
        before = params.integer("date_before_unix")
        after = params.integer("date_after_unix")
        ascending = params.choice("sort_direction", ("asc", "desc")) == "asc"
        search = (params.string("search") or "").lower()
        source = params.choice("source", ("TTS", "STS"))
        with self.lock:
            cursor_date = self.item_dates.get(start_after) if start_after else None
            if start_after and cursor_date is None:
                msg = f"No history item with id {start_after}"
                params.errors.append(_error(["query", "start_after_history_item_id"], "value_error", msg, start_after))
            if params.errors:
                return _invalid(params.errors)
            items = [
                item
                for item in self.history
                if (voice_id is None or item["voice_id"] == voice_id)
                and (model_id is None or item["model_id"] == model_id)
                and (before is None or item["date_unix"] < before)
                and (after is None or item["date_unix"] >= after)
                and (not search or search in (item["text"] or "").lower())
                and (source is None or item["source"] == source)
            ]
        if ascending:
            items.reverse()
        if cursor_date is not None:
            # Dates are unique, so the cursor item's date places it even when it is filtered out or deleted.
            items = [
                item
                for item in items
                if (item["date_unix"] > cursor_date if ascending else item["date_unix"] < cursor_date)
            ]
        page = items[:page_size]
        return _json(
            200,
            {
                "history": page,
                "last_history_item_id": page[-1]["history_item_id"] if page else None,
                "has_more": len(items) > len(page),
                "scanned_until": page[-1]["date_unix"] if page else None,
            },
        )

    def _item(self, item_id: str) -> _Json | None:
        with self.lock:
            return self.items.get(item_id)

    def get_history_item(self, request: _Request) -> _Reply:
        item = self._item(request.params[0])
        return _json(200, item) if item else _item_not_found(request.params[0])

    def delete_history_item(self, request: _Request) -> _Reply:
        with self.lock:
            item = self.items.pop(request.params[0], None)
            if item is not None:
                self.history.remove(item)
        return _json(200, {"status": "ok"}) if item else _item_not_found(request.params[0])

    def history_audio(self, request: _Request) -> _Reply:
        item_id = request.params[0]
        if self._item(item_id) is None:
            return _item_not_found(item_id)
        size, chunks = self.audio(item_id)
        return _Reply(200, chunks, "audio/mpeg", size)

    def download_history(self, request: _Request) -> _Reply:
        if not request.body.strip():
            return _invalid([_error(["body"], "missing", "Field required", None)])
        try:
            payload = json.loads(request.body)
        except ValueError as error:
            pos = getattr(error, "pos", 0)
            return _invalid([_error(["body", pos], "json_invalid", "JSON decode error", {}, error=str(error))])
        if not isinstance(payload, dict):
            msg = "Input should be a valid dictionary or object to extract fields from"
            return _invalid([_error(["body"], "model_attributes_type", msg, payload)])
        errors = []
        loc: list[str | int] = ["body", "history_item_ids"]
        ids = payload.get("history_item_ids")
        if "history_item_ids" not in payload:
            errors.append(_error(loc, "missing", "Field required", payload))
        elif not isinstance(ids, list):
            errors.append(_error(loc, "list_type", "Input should be a valid list", ids))
        elif not ids:
            msg = "List should have at least 1 item after validation, not 0"
            errors.append(_error(loc, "too_short", msg, ids, field_type="List", min_length=1, actual_length=0))
        else:
            for k, item_id in enumerate(ids):
                if not isinstance(item_id, str):
                    errors.append(_error([*loc, k], "string_type", "Input should be a valid string", item_id))
        output_format = payload.get("output_format")
        if output_format is not None and not isinstance(output_format, str):
            msg = "Input should be a valid string"
            errors.append(_error(["body", "output_format"], "string_type", msg, output_format))
        if errors:
            return _invalid(errors)
        if output_format not in (None, "wav", "default"):
            return _json(400, {"error": "invalid_output_format", "message": "output_format must be wav or none"})
        wanted: list[str] = list(dict.fromkeys(payload["history_item_ids"]))
        with self.lock:
            missing = [item_id for item_id in wanted if item_id not in self.items]
            dates = {item_id: self.items[item_id]["date_unix"] for item_id in wanted if item_id not in missing}
        if missing:
            return _item_not_found(missing[0])
        wav = output_format == "wav"
        if len(wanted) == 1:
            size, chunks = self.audio(wanted[0], output_format)
            return _Reply(200, chunks, "audio/wav" if wav else "audio/mpeg", size)
        members: list[tuple[str, int, int, Iterable[bytes]]] = []
        for item_id in wanted:
            size, chunks = self.audio(item_id, output_format)
            members.append((f"{item_id}.{'wav' if wav else 'mp3'}", dates[item_id], size, chunks))
        return _Reply(200, _zip_stream(members), "application/zip")

    # Conversations -------------------------------------------------------------------------------

    def list_conversations(self, request: _Request) -> _Reply:
        params = _Params(request.query)
        cursor = params.string("cursor")
        agent_id = params.string("agent_id")
        call_successful = params.choice("call_successful", ("success", "failure", "unknown"))
        before = params.integer("call_start_before_unix")
        after = params.integer("call_start_after_unix")
        user_id = params.string("user_id")
        page_size = params.integer("page_size", 30, ge=1, le=100) or 30
        include_summaries = params.choice("summary_mode", ("exclude", "include")) == "include"
        position = _decode_cursor(cursor) if cursor else None
        if cursor and position is None:
            params.errors.append(_error(["query", "cursor"], "value_error", "Invalid cursor", cursor))
        if params.errors:
            return _invalid(params.errors)
        with self.lock:
            found = [
                summary
                for summary in self.conversations
                if (agent_id is None or summary["agent_id"] == agent_id)
                and (call_successful is None or summary["call_successful"] == call_successful)
                and (before is None or summary["start_time_unix_secs"] < before)
                and (after is None or summary["start_time_unix_secs"] >= after)
                and (user_id is None or self.calls[summary["conversation_id"]].user_id == user_id)
            ]
        if position is not None:
            start, conversation_id = position
            found = [s for s in found if (-s["start_time_unix_secs"], s["conversation_id"]) > (-start, conversation_id)]
        page = found[:page_size]
        has_more = len(found) > len(page)
        return _json(
            200,
            {
                "conversations": [s if include_summaries else {**s, "transcript_summary": None} for s in page],
                "next_cursor": _encode_cursor(page[-1]) if has_more else None,
                "has_more": has_more,
            },
        )

    def _live_conversation(self, conversation_id: str) -> _Conversation | None:
        with self.lock:
            if any(summary["conversation_id"] == conversation_id for summary in self.conversations):
                return self.calls[conversation_id]
        return None

    def get_conversation(self, request: _Request) -> _Reply:
        conversation = self._live_conversation(request.params[0])
        if conversation is None:
            return _conversation_not_found(request.params[0])
        return _json(200, _conversation(conversation))

    def delete_conversation(self, request: _Request) -> _Reply:
        with self.lock:
            kept = [s for s in self.conversations if s["conversation_id"] != request.params[0]]
            deleted = len(kept) < len(self.conversations)
            self.conversations = kept
        return _json(200, None) if deleted else _conversation_not_found(request.params[0])

    def conversation_audio(self, request: _Request) -> _Reply:
        conversation_id = request.params[0]
        if self._live_conversation(conversation_id) is None:
            return _conversation_not_found(conversation_id)
        size, chunks = self.audio(conversation_id)
        return _Reply(200, chunks, "audio/mpeg", size)


@dataclass
class _Request:
    params: list[str]  # the path parameters, decoded
    query: dict[str, str]
    body: bytes


def _item_not_found(item_id: str) -> _Reply:
    return _not_found("history_item_not_found", f"History item {item_id} not found")


def _conversation_not_found(conversation_id: str) -> _Reply:
    return _not_found("conversation_not_found", f"Conversation {conversation_id} not found")


def _prefixed(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def _match(pattern: tuple[str, ...], segments: list[str]) -> list[str] | None:
    if len(pattern) != len(segments):
        return None
    params = []
    for want, got in zip(pattern, segments):
        if want == "*" and got:
            params.append(got)
        elif want != got:
            return None
    return params


# "*" is a path parameter; literal routes come first, as in the vendor's FastAPI app.
_ROUTES: list[tuple[str, tuple[str, ...], Callable[[_Api, _Request], _Reply]]] = [
    ("GET", ("v1", "history"), _Api.list_history),
    ("POST", ("v1", "history", "download"), _Api.download_history),
    ("GET", ("v1", "history", "*"), _Api.get_history_item),
    ("DELETE", ("v1", "history", "*"), _Api.delete_history_item),
    ("GET", ("v1", "history", "*", "audio"), _Api.history_audio),
    ("GET", ("v1", "convai", "conversations"), _Api.list_conversations),
    ("GET", ("v1", "convai", "conversations", "*"), _Api.get_conversation),
    ("DELETE", ("v1", "convai", "conversations", "*"), _Api.delete_conversation),
    ("GET", ("v1", "convai", "conversations", "*", "audio"), _Api.conversation_audio),
]


# ---------------------------------------------------------------------------------------------------
# HTTP handler and server
# ---------------------------------------------------------------------------------------------------


class _Cut(Exception):
    """The fault's byte budget is spent: drop the connection."""


class _Body:
    """Writes a response body, counting it into the request's record and stopping at a fault's budget."""

    def __init__(self, write: Callable[[bytes], Any], record: RecordedRequest, limit: int | None) -> None:
        self._write = write
        self._record = record
        self.left = limit

    def write(self, data: bytes) -> None:
        cut = self.left is not None and len(data) > self.left
        if self.left is not None:
            data = data[: self.left]
            self.left -= len(data)
        self._write(data)
        self._record.bytes_sent += len(data)
        if cut:
            raise _Cut


def _framed(reply: _Reply) -> Iterator[bytes]:
    if isinstance(reply.body, bytes):
        yield reply.body
    elif reply.length is not None:
        yield from reply.body
    else:
        for piece in reply.body:
            if piece:  # an empty chunk would end the body
                yield b"%X\r\n%s\r\n" % (len(piece), piece)
        yield b"0\r\n\r\n"


def _fault_reply(fault: Fault, status: int) -> _Reply:
    if fault.json_body is not None:
        data = json.dumps(fault.json_body).encode()
    elif isinstance(fault.body, str):
        data = fault.body.encode()
    else:
        data = fault.body or b""
    return _Reply(status, data, headers=fault.headers)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: every reply has a Content-Length or is chunked
    server_version = "fake-elevenlabs"
    sys_version = ""
    server: _Server

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without this, Nagle and delayed ACKs add 40 ms a request.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_DELETE = do_PUT = do_PATCH = do_OPTIONS = do_GET

    def _serve(self) -> None:
        fake = self.server.fake
        with fake._activity:
            fake._active += 1
        try:
            self._answer(fake)
        finally:
            with fake._activity:
                fake._active -= 1
                fake._activity.notify_all()

    def _answer(self, fake: FakeElevenLabs) -> None:
        target = self.path
        raw_path, _, raw_query = target.partition("?")
        body = self._read_body()
        if body is None:
            return
        headers: dict[str, str] = {}
        for name, value in self.headers.items():
            name = name.lower()
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        path = unquote(raw_path)
        fault = fake._take_fault(self.command, path)
        query = dict(parse_qsl(raw_query, keep_blank_values=True))
        record = RecordedRequest(self.command, target, raw_path, query, headers, body, fault)
        fake._requests.append(record)
        if fault and fault.delay and fake._stopping.wait(fault.delay):
            self.close_connection = True
            return
        if fault and fault.status is not None:
            reply = _fault_reply(fault, fault.status)
        else:
            # A bug in the fake raises to handle_error, which prints it, and the client sees a dropped connection.
            reply = fake._api.respond(self.command, raw_path, query, headers, body, raw_query)
        record.status = reply.status
        self._send(reply, record)

    def _read_body(self) -> bytes | None:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            parts = []
            while size := int(self.rfile.readline().split(b";")[0], 16):
                parts.append(self.rfile.read(size))
                self.rfile.readline()
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return b"".join(parts)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self.send_error(400, "Bad Content-Length")
            return None
        return self.rfile.read(length)

    def _send(self, reply: _Reply, record: RecordedRequest) -> None:
        fault = record.fault
        self.send_response(reply.status)
        headers = {"content-type": ("Content-Type", reply.content_type)}
        for name, value in reply.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding"):
                headers[name.lower()] = (name, value)
        for name, value in headers.values():
            self.send_header(name, value)
        if isinstance(reply.body, bytes):
            self.send_header("Content-Length", str(len(reply.body)))
        elif reply.length is not None:
            self.send_header("Content-Length", str(reply.length))
        else:
            self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        out = _Body(self.wfile.write, record, fault.cut_after if fault else None)
        try:
            for piece in _framed(reply):
                out.write(piece)
            if out.left is not None:
                raise _Cut
        except _Cut:
            assert fault is not None
            self.close_connection = True
            if fault.reset:
                # Linger 0 makes close() send RST; the socket really closes in finish(), which drops rfile.
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # stop() closes the connections and joins their threads itself

    def __init__(self, host: str, port: int, fake: FakeElevenLabs) -> None:
        self.fake = fake
        self.connections: dict[threading.Thread, socket.socket] = {}
        self._connections_lock = threading.Lock()
        super().__init__((host, port), _Handler)

    def server_bind(self) -> None:
        TCPServer.server_bind(self)  # HTTPServer's would look up the host name, which can stall on a bad resolver
        self.server_name, self.server_port = str(self.server_address[0]), self.server_address[1]

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(target=self._serve_connection, args=(request, client_address), daemon=True)
        with self._connections_lock:
            self.connections[thread] = request
        thread.start()

    def _serve_connection(self, request: Any, client_address: Any) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            with self._connections_lock:
                self.connections.pop(threading.current_thread(), None)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exception(), OSError):
            return  # the client went away, or stop() closed the socket: nothing to report
        super().handle_error(request, client_address)

    def close_connections(self) -> list[threading.Thread]:
        with self._connections_lock:
            connections = list(self.connections.items())
        for _, connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)  # wakes a handler blocked reading or writing
            except OSError:
                pass
        return [thread for thread, _ in connections]


# ---------------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------------


class FakeElevenLabs:
    """A fake ElevenLabs API server on 127.0.0.1; see the module docstring for its behaviour.

    history_items and conversations: how many of each to generate (index 0 is the newest).
    api_key: the value every request must send in the xi-api-key header.
    audio_size: the byte size of every item's and conversation's audio; set_audio_size() changes one.
    chunk_size: audio is generated and sent in chunks of this size.
    port: 0 picks a free port.
    host: a loopback address to listen on (127.0.0.2 gives a second origin, e.g. for redirect tests).
    history_ids: ids for the newest items instead of generated ones, e.g. the ids of documentation examples.
    """

    def __init__(
        self,
        *,
        history_items: int = 250,
        conversations: int = 75,
        api_key: str = "test-key",
        audio_size: int = 64 * 1024,
        chunk_size: int = 64 * 1024,
        port: int = 0,
        history_ids: Sequence[str] = (),
        host: str = "127.0.0.1",
    ) -> None:
        if chunk_size < 1024:
            raise ValueError("chunk_size must be at least 1024 bytes")
        self._api = _Api(history_items, conversations, api_key, audio_size, chunk_size, history_ids)
        self._port = port
        self._host = host
        self._faults: list[_ArmedFault] = []
        self._faults_lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._activity = threading.Condition()  # guards _active, the number of requests being answered
        self._active = 0
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # Lifecycle -----------------------------------------------------------------------------------

    def start(self) -> Self:
        if self._server is not None:
            raise RuntimeError("the fake server is already running")
        self._stopping.clear()
        self._server = _Server(self._host, self._port, self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-elevenlabs", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close every connection; no thread of the server is left running afterwards."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self._server = self._thread = None
        self._stopping.set()  # ends fault delays early
        server.shutdown()
        server.server_close()
        thread.join()
        for connection_thread in server.close_connections():
            connection_thread.join()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    # What tests look at --------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the fake server is not running: call start() or use it as a context manager")
        return f"http://{self._host}:{self._server.server_address[1]}"

    @property
    def api_key(self) -> str:
        return self._api.api_key

    @property
    def history(self) -> list[_Json]:
        """The current history items, newest first (a new list; the dicts are the served ones)."""
        with self._api.lock:
            return list(self._api.history)

    @property
    def conversations(self) -> list[_Json]:
        """The current conversation summaries, newest first, transcript_summary included."""
        with self._api.lock:
            return list(self._api.conversations)

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first; clear() it to forget them."""
        return self._requests

    def wait_for_idle(self, timeout: float | None = None) -> None:
        """Wait until no request is being answered, e.g. for a streamed answer to end after a client hung up.

        Raises TimeoutError if requests are still being answered after `timeout` seconds.
        """
        with self._activity:
            if not self._activity.wait_for(lambda: self._active == 0, timeout):
                raise TimeoutError(f"{self._active} request(s) still being answered after {timeout} s")

    def set_audio_size(self, audio_id: str, size: int) -> None:
        """Make the audio of one history item or conversation this many bytes long."""
        if audio_id not in self._api.audio_sizes:
            raise KeyError(f"no history item or conversation has the id {audio_id!r}")
        if size < 0:
            raise ValueError("an audio size cannot be negative")
        self._api.audio_sizes[audio_id] = size

    def audio_chunks(self, audio_id: str, output_format: str | None = None) -> Iterator[bytes]:
        """The exact body the audio endpoints send for this id (output_format "wav": the wav download)."""
        return self._api.audio(audio_id, output_format)[1]

    # Faults --------------------------------------------------------------------------------------

    def add_fault(self, fault: Fault) -> Fault:
        with self._faults_lock:
            self._faults.append(_ArmedFault(fault, fault.times))
        return fault

    def clear_faults(self) -> None:
        with self._faults_lock:
            self._faults.clear()

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self._faults_lock:
            for k, armed in enumerate(self._faults):
                if armed.fault.matches(method, path):
                    if armed.left is not None:
                        armed.left -= 1
                        if armed.left == 0:
                            del self._faults[k]
                    return armed.fault
        return None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m elevenlabs_client.testing", description="Run the fake ElevenLabs API in the foreground."
    )
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--api-key", default="test-key")
    parser.add_argument("--history-items", type=int, default=250)
    parser.add_argument("--conversations", type=int, default=75)
    parser.add_argument("--history-id", action="append", default=[], help="an id for the next-newest item (repeatable)")
    args = parser.parse_args(argv)
    fake = FakeElevenLabs(
        history_items=args.history_items,
        conversations=args.conversations,
        api_key=args.api_key,
        port=args.port,
        history_ids=args.history_id,
    )
    with fake as server:
        print(f"Fake ElevenLabs API at {server.base_url}", flush=True)
        print(f"API key (xi-api-key header): {server.api_key}", flush=True)
        print("Press Ctrl-C to stop.", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
