"""The rows timed inside this process: parsing a long conversation and a history page, listing every
history item over loopback, and counting what more_rows.py's JSON-lines stream and voice pages yield.

Each is a call per contender, timed by `timed`: a warm-up call, then interleaved rounds.
"""

from __future__ import annotations

import copy
import gc
import json
import time
from collections.abc import Callable, Mapping
from statistics import median
from typing import Any

import httpx
from fake_server import API_KEY, HISTORY_ITEMS, Server
from more_rows import count_floor_pages

TRANSCRIPT_ENTRIES = 2000
PARSE_RUNS = 7
LIST_RUNS = 11  # listings move 30% between runs on a shared machine; the median needs more of them


# ---------------------------------------------------------------------------------------------------
# Parsing a long conversation and a 1,000-item history page, from bytes in memory
# ---------------------------------------------------------------------------------------------------


def long_conversation(raw: bytes) -> tuple[bytes, dict[str, Any]]:
    """A conversation whose transcript has TRANSCRIPT_ENTRIES entries, built from one the fake serves.

    Its own entries come first, verbatim (the fake puts every tool-result kind in each conversation).
    The rest repeat them with a new time and message: every 10th one with tool calls or results,
    cycling through all of those, the others plain turns, which is what a long call mostly holds.
    """
    conversation = json.loads(raw)
    original = conversation["transcript"]
    with_tools = [e for e in original if e.get("tool_results") or e.get("tool_calls")]
    plain = [e for e in original if not (e.get("tool_results") or e.get("tool_calls"))]
    transcript = list(original)
    while len(transcript) < TRANSCRIPT_ENTRIES:
        i = len(transcript)
        entry = copy.deepcopy(with_tools[(i // 10) % len(with_tools)] if i % 10 == 0 else plain[i % len(plain)])
        entry["time_in_call_secs"] = original[-1]["time_in_call_secs"] + i
        if isinstance(entry.get("message"), str):
            entry["message"] = f"{entry['message']} ({i})"
        transcript.append(entry)
    conversation["transcript"] = transcript
    kinds_before, kinds_after = tool_result_kinds(original), tool_result_kinds(transcript)
    assert kinds_before == kinds_after, "the long transcript lost a tool-result kind"
    adjustments = []
    # elevenlabs 2.78.0 declares has_auxiliary_audio as required; the fake (and our spec) do not send it.
    # Without it the official model_validate_json refuses the payload, so it is added; our client keeps
    # it as an unknown field (additional_properties).
    if "has_auxiliary_audio" not in conversation:
        conversation["has_auxiliary_audio"] = False
        adjustments.append('added "has_auxiliary_audio": false (required by the official SDK\'s model)')
    body = json.dumps(conversation).encode()
    return body, {
        "bytes": len(body),
        "transcript_entries": len(transcript),
        "tool_result_kinds": sorted(f"{t}/{r}" for t, r in kinds_after),
        "adjustments": adjustments,
    }


def tool_result_kinds(transcript: list[dict[str, Any]]) -> set[tuple[str, str]]:
    """(type, result_type) of every tool result: the union member and, for system tools, the result model."""
    kinds = set()
    for entry in transcript:
        for result in entry.get("tool_results") or []:
            inner = result.get("result")
            kinds.add((str(result.get("type")), str(inner.get("result_type") if isinstance(inner, dict) else None)))
    return kinds


def mock_http(body: bytes) -> httpx.Client:
    """An httpx client that answers every request with `body`, without a network."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return httpx.Client(transport=httpx.MockTransport(answer))


def timed(calls: Mapping[str, Callable[[], object]], runs: int) -> dict[str, dict[str, Any]]:
    """Median milliseconds of `runs` calls of each, after one warm-up call each (lazy imports, schemas).

    The rounds are interleaved, so a busy moment on the machine hits every contender alike. The
    collector stays on, as in real use; a collection before each call keeps one call's garbage from
    being charged to the next.
    """
    first: dict[str, float] = {}
    samples: dict[str, list[float]] = {who: [] for who in calls}
    for who, call in calls.items():
        gc.collect()
        start = time.perf_counter()
        call()
        first[who] = time.perf_counter() - start
    for _ in range(runs):
        for who, call in calls.items():
            gc.collect()
            start = time.perf_counter()
            call()
            samples[who].append(time.perf_counter() - start)
    return {
        who: {
            "ms": median(samples[who]) * 1000,
            "first_ms": first[who] * 1000,
            "samples_ms": [round(t * 1000, 2) for t in samples[who]],
        }
        for who in calls
    }


def measure_parsing(server: Server) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    from elevenlabs import ElevenLabs as Official
    from elevenlabs.types import GetConversationResponseModel, GetSpeechHistoryResponse
    from elevenlabs_api.models import GetConversationResponseModel as OurConversation
    from elevenlabs_api.models import GetSpeechHistoryResponseModel as OurHistoryPage
    from elevenlabs_api.types import loads  # what the client decodes bodies with (orjson, json.loads)
    from elevenlabs_client import ElevenLabs

    cid = server.conversation_id
    conversation, conversation_info = long_conversation(server.get(f"/v1/convai/conversations/{cid}"))
    history = server.get("/v1/history?page_size=1000")
    info = {"conversation": conversation_info, "history_page": {"bytes": len(history), "items": 1000}}

    # Before timing anything: the official types must accept both payloads (this raises if they do not).
    GetConversationResponseModel.model_validate_json(conversation)
    GetSpeechHistoryResponse.model_validate_json(history)

    def clients(body: bytes) -> tuple[ElevenLabs, Official]:
        return (
            ElevenLabs(api_key=API_KEY, base_url="http://bench.invalid", httpx_client=mock_http(body)),
            Official(api_key=API_KEY, base_url="http://bench.invalid", httpx_client=mock_http(body)),
        )

    ours, official = clients(conversation)
    conversation_results = parse_timings(
        conversation,
        ours=lambda: len(ours.conversational_ai.conversations.get(cid).transcript),
        ours_direct=lambda: len(OurConversation.from_dict(loads(conversation)).transcript),
        official=lambda: len(official.conversational_ai.conversations.get(conversation_id=cid).transcript),
        validate=lambda: len(GetConversationResponseModel.model_validate_json(conversation).transcript),
        expected=TRANSCRIPT_ENTRIES,
    )
    ours_h, official_h = clients(history)
    history_results = parse_timings(
        history,
        ours=lambda: len(ours_h.history.list(page_size=1000).history),
        ours_direct=lambda: len(OurHistoryPage.from_dict(loads(history)).history),
        official=lambda: len(official_h.history.list(page_size=1000).history),
        validate=lambda: len(GetSpeechHistoryResponse.model_validate_json(history).history),
        expected=1000,
    )
    return {"conversation": conversation_results, "history_page": history_results}, info


def parse_timings(
    body: bytes,
    *,
    ours: Callable[[], int],
    ours_direct: Callable[[], int],
    official: Callable[[], int],
    validate: Callable[[], int],
    expected: int,
) -> dict[str, Any]:
    """Each callable parses `body` and returns how many entries it holds; all must see `expected`.

    `ours_direct` (our decoder + from_dict, strict: every model built whole) is what compares with `validate` (model_validate_json): both
    go from bytes to models with no HTTP round trip; the client paths both include one.
    """
    for call in (ours, ours_direct, official, validate):
        assert call() == expected, "a client did not parse every entry"
    return timed(
        {
            "ours": ours,
            "ours_direct": ours_direct,
            "official": official,
            "official_model_validate_json": validate,
            "floor": lambda: json.loads(body),
        },
        PARSE_RUNS,
    )


# ---------------------------------------------------------------------------------------------------
# Listing every history item, 100 per page, over loopback
# ---------------------------------------------------------------------------------------------------


def measure_listing(server: Server) -> dict[str, dict[str, Any]]:
    from elevenlabs import ElevenLabs as Official
    from elevenlabs_client import ElevenLabs

    ours = ElevenLabs(api_key=API_KEY, base_url=server.base_url)
    official = Official(api_key=API_KEY, base_url=server.base_url)
    raw = httpx.Client(base_url=server.base_url, headers={"xi-api-key": API_KEY})

    def list_ours() -> int:
        return sum(1 for item in ours.history.iter_all(page_size=100) if item.history_item_id)

    def list_official() -> int:
        count, cursor = 0, None
        while True:
            page = official.history.list(page_size=100, start_after_history_item_id=cursor)
            count += sum(1 for item in page.history if item.history_item_id)
            if not page.has_more:
                return count
            cursor = page.last_history_item_id

    def list_raw() -> int:
        cursor = ("start_after_history_item_id", "last_history_item_id")
        return count_floor_pages(raw, "/v1/history", {"page_size": 100}, ("history", "history_item_id"), cursor)

    calls = {"ours": list_ours, "official": list_official, "floor": list_raw}
    for who, call in calls.items():
        seen = call()
        assert seen == HISTORY_ITEMS, f"listing: {who} saw {seen} items, not {HISTORY_ITEMS}"
    results = timed(calls, LIST_RUNS)
    ours.close()
    raw.close()
    return results


def measure_counted(calls: Mapping[str, Callable[[], int]], expected: int, runs: int) -> dict[str, dict[str, Any]]:
    """`timed`, once every contender has been seen to count `expected` items (more_rows.py's rows)."""
    for who, call in calls.items():
        seen = call()
        assert seen == expected, f"{who} counted {seen}, not {expected}"
    return timed(calls, runs)


def profile_parse() -> None:
    """Where our client spends the conversation parse, as pyinstrument sees it."""
    from elevenlabs_client import ElevenLabs
    from pyinstrument import Profiler

    with Server() as server:
        body, _ = long_conversation(server.get(f"/v1/convai/conversations/{server.conversation_id}"))
    client = ElevenLabs(api_key=API_KEY, base_url="http://bench.invalid", httpx_client=mock_http(body))
    client.conversational_ai.conversations.get(server.conversation_id)
    profiler = Profiler(interval=0.0002)
    with profiler:
        for _ in range(5):
            client.conversational_ai.conversations.get(server.conversation_id)
    print(profiler.output_text(unicode=True, color=False, show_all=False))
