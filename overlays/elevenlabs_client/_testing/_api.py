"""The stateful part of the test server: history and conversations, and the routing to the spec for the rest."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from urllib.parse import unquote

from .._spec_routes import SpecRoutes, shared_spec
from ._audio import _audio_chunks, _wav_header, _zip_stream
from ._conversations import _Conversation, _make_conversation, _summary
from ._history import _generated_item, _history
from ._ids import _Json
from ._replies import _decode_cursor, _encode_cursor, _error, _invalid, _json, _not_found, _Params, _Reply
from ._script import _conversation
from ._served import Served
from ._signed import Signatures


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
        collection_size: int = 25,
        resource_ids: Sequence[str] = (),
        conversation_ids: Sequence[str] = (),
        first_page_cursors: Sequence[str] = (),
    ) -> None:
        self.api_key = api_key
        self.first_page_cursors = first_page_cursors
        self.collection_size, self.resource_ids = collection_size, resource_ids
        self.audio_size = audio_size
        self.chunk_size = chunk_size
        self.lock = threading.Lock()
        self.history = _history(history_items, history_ids)
        self.items = {item["history_item_id"]: item for item in self.history}
        if len(self.items) != len(self.history):
            raise RuntimeError("two generated history item ids collide")
        self.item_dates = {item_id: item["date_unix"] for item_id, item in self.items.items()}  # deleted ones too
        made = [_make_conversation(i) for i in range(max(conversations, len(conversation_ids)))]
        # The first conversations take the ids a caller names, as the newest history items do.
        made[: len(conversation_ids)] = [replace(c, conversation_id=i) for c, i in zip(made, conversation_ids)]
        self.calls = {c.conversation_id: c for c in made}
        self.conversations = [_summary(call) for call in self.calls.values()]
        self.audio_sizes = {audio_id: audio_size for audio_id in [*self.items, *self.calls]}
        self.signatures = Signatures()

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

        return SpecRoutes(shared_spec(), self.api_key, audio)

    @cached_property
    def served(self) -> Served:
        return Served(self.spec_routes, self.collection_size, self.resource_ids, self.first_page_cursors)

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
                return operation(self, _Request(params, query, body, headers))
        if not path_matched:  # every other operation: from the spec
            if isinstance(found, tuple):
                answer = self.served.respond(*found, raw_query, headers, body)
                if "history-item-id" in answer.headers:
                    self.add_generation(answer.headers["history-item-id"], found[1].get("voice_id"), body)
                # Audio goes with its length; a multipart body (audio framed by other parts) goes chunked.
                framed = isinstance(answer.body, bytes) or answer.content_type.startswith("multipart/")
                length = None if framed else self.audio_size
                return _Reply(answer.status, answer.body, answer.content_type, length, answer.headers)
            path_matched = found
        if path_matched:
            return _json(405, {"detail": "Method Not Allowed"})
        return _json(404, {"detail": "Not Found"})

    # History -------------------------------------------------------------------------------------

    def add_generation(self, item_id: str, voice_id: str | None, body: bytes) -> None:
        """A text to speech call's history item, which its `history-item-id` header names."""
        try:
            sent = json.loads(body)
        except ValueError:
            sent = {}
        sent = sent if isinstance(sent, dict) else {}
        text, model_id = sent.get("text"), sent.get("model_id")
        with self.lock:
            newest = max(self.item_dates.values(), default=0)
            item = _generated_item(item_id, voice_id, str(text or ""), model_id, max(int(time.time()), newest + 1))
            counted = self.history[0]["character_count_change_to"] if self.history else 10_000
            item["character_count_change_from"] = counted
            item["character_count_change_to"] = counted + len(item["text"])
            self.history.insert(0, item)
            self.items[item_id] = item
            self.item_dates[item_id] = item["date_unix"]
            self.audio_sizes[item_id] = self.audio_size

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
        cursor = None if cursor in self.first_page_cursors else cursor
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

    def signed_url(self, request: _Request) -> _Reply:
        return self.signatures.signed_url(request.query, request.headers)

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
    headers: dict[str, str]


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
    ("GET", ("v1", "convai", "conversation", "get-signed-url"), _Api.signed_url),
]
