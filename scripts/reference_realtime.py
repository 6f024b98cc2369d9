"""The realtime half of the reference: one page per WebSocket channel of the normalized spec's `x-realtime`
(docs/reference/realtime/<channel>.md), and the index's line for each: scripts/reference_pages.py adds them
to the HTTP pages, in the process of scripts/reference.py that imported the package just generated.

Everything on a page comes from the channel's data and the live client: the method that opens it and its
signatures (inspect), the query parameters and first-message fields (the spec), the messages each way with
their fields, the session's methods (the class `_realtime/_open.py` maps to the channel), the errors as the
transport raises them (`_errors.py`'s tables, `_core.server_error`), and a sync and an async program
(scripts/reference_realtime_examples.py). A channel or message a new AsyncAPI document adds is on the next
regeneration's pages.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
from collections.abc import Callable, Iterator
from types import FunctionType
from typing import Any, TypeVar

from normalizer.official_names import generator_class_name
from normalizer.realtime import plain_type
from reference_markdown import cell, documented, plain, prose, signature_block, type_cell
from reference_realtime_examples import program
from reference_values import Values

Json = Any
T = TypeVar("T")
# The user guide's page about each group's channels, beside the higher-level helpers it describes.
GUIDES = {
    "text_to_speech": ("realtime-text-to-speech.md", "`convert_realtime(...)`, text in and audio out in one call"),
    "conversational_ai": ("agents.md", "`Conversation` and `AsyncConversation`, the official SDK's shape"),
    "speech_to_text": ("realtime-transcription.md", "`transcribe_realtime(...)` and `speech_to_text.realtime.connect`"),
    "speech_engine": ("speech-engine.md", "`engine.serve(...)` and `SpeechEngineServer`, the server side"),
}
# The server side of a channel ElevenLabs opens (x-direction: server), by group: its module, class and options.
SERVERS = {"speech_engine": ("elevenlabs_client.speech_engine", "SpeechEngineServer", "ServeOptions")}
FALLBACK_GUIDE = ("realtime-text-to-speech.md", "how channels become methods and sessions")
FIELDS_HEADER = "| Field | Type | Required | Server default | Description |\n| --- | --- | --- | --- | --- |"


def channel_pages(spec: Json) -> dict[str, str]:
    """{"realtime/<channel>.md": its page} for every channel of the spec's `x-realtime`."""
    channels = (spec.get("x-realtime") or {}).get("channels") or {}
    return {f"realtime/{name}.md": Page(spec, name, channel).render() for name, channel in sorted(channels.items())}


def index_lines(spec: Json) -> list[str]:
    """One markdown list line per channel, linking its page (relative to docs/reference/index.md)."""
    channels = (spec.get("x-realtime") or {}).get("channels") or {}
    return [
        f"- [`{name}`](realtime/{name}.md): `{channel['path']}`, {direction(channel)}"
        for name, channel in sorted(channels.items())
    ]


def direction(channel: Json) -> str:
    if channel.get("direction") == "server":
        return "opened by ElevenLabs to your server"
    return f"opened by `client.{channel['group']}.{channel['method']}(...)`"


class Page:
    def __init__(self, spec: Json, name: str, channel: Json) -> None:
        self.spec, self.name, self.channel = spec, name, channel
        self.schemas: dict[str, Json] = spec["components"]["schemas"]
        self.values = Values(spec)
        self.module = importlib.import_module(f"elevenlabs_api.realtime.{name}")
        self.server_side = channel.get("direction") == "server"

    @functools.cached_property
    def sessions(self) -> tuple[type, type]:
        """The session classes of a channel the client opens, sync and async."""
        return session_classes(self.name, self.module.CHANNEL)

    def render(self) -> str:
        parts = [self.head(), self.serving() if self.server_side else self.opening(), self.sending(), self.receiving()]
        parts += [self.errors(), self.programs()]
        return "\n\n".join(part.strip("\n") for part in parts) + "\n"

    # The parts of a page, in order.

    def head(self) -> str:
        channel = self.channel
        guide, helpers = GUIDES.get(channel["group"], FALLBACK_GUIDE)
        lines = [f"# Realtime: `{self.name}`", "", f"`WSS {channel['path']}`", ""]
        lines.append(f"Direction: {channel.get('direction', 'client')}, {direction(channel)}.  ")
        lines.append(f"Source: `{channel['source']}`; module `elevenlabs_api.realtime.{self.name}`.")
        lines += [
            "",
            prose(channel.get("description") or ""),
            "",
            f"See also [the user guide](../../user/{guide}): {helpers}.",
        ]
        return "\n".join(lines)

    def opening(self) -> str:
        group, method = self.channel["group"], self.channel["method"]
        functions = [getattr(getattr(client, group), method) for client in clients()]
        lines = [f"## `client.{group}.{method}`", ""]
        for flavour, function in zip(("sync", "async"), functions, strict=True):
            lines += [f"<!-- signature: {flavour} -->", signature_block(function, method), ""]
        lines += ["| Parameter | Type | Required | Server default | Description |", "| --- | --- | --- | --- | --- |"]
        for where, parameter in self.parameters():
            lines.append(self.row(f"`{parameter['name']}` ({where})", parameter["schema"], parameter["required"]))
        # The client's own argument, as the method's docstring says it (what the timeout is on a socket).
        options = inspect.signature(functions[0]).parameters.get("request_options")
        if options is not None:
            said = cell(documented(functions[0]).get("request_options"))
            lines.append(f"| `request_options` | {type_cell(plain(options.annotation))} | no |  | {said} |")
        lines += ["", self.returns()]
        return "\n".join(lines)

    def returns(self) -> str:
        sync_class, async_class = self.sessions
        protocol = self.module.CHANNEL.session  # what the generated method is annotated with
        typed = f"`{self.name}.Session` (`{self.name}.AsyncSession`)"
        if protocol in sync_class.__mro__:
            how = f"a subclass of {typed}, the generated annotation"
        else:
            how = f"which type checkers see instead of the generated {typed} (the overlay re-types the method)"
        from elevenlabs_client._realtime import _open

        if sync_class.__name__ == _open.GENERIC[0]:  # made per channel, with its protocol as a mixin
            how = f"with the channel's `send_<message>` methods: {typed}, the generated annotation"
        return (
            f"Returns: `{sync_class.__name__}` (`await`ed: `{async_class.__name__}`), {how}. Use it as a `with` "
            "block (`async with`): leaving the block closes the connection."
        )

    def serving(self) -> str:
        """A channel ElevenLabs opens: the server side over it, and what it is told (SERVERS)."""
        lines = ["## Serving it", "", "No method of the client opens this channel: ElevenLabs connects to your server."]
        if self.channel["group"] in SERVERS:
            module_name, server_name, options_name = SERVERS[self.channel["group"]]
            module = importlib.import_module(module_name)
            server, options = getattr(module, server_name), getattr(module, options_name)
            lines += [
                "",
                (
                    f"`{module_name}.{server_name}(api_key=None, **options)`, or `engine.serve(**options)` and "
                    f"`engine.server(**options)` on what `client.{self.channel['group']}.create/get/update` answer: "
                    f"{cell(inspect.getdoc(server))}"
                ),
                "",
                "| Option | Type |",
                "| --- | --- |",
            ]
            lines += [f"| `{name}` | {type_cell(plain(kind))} |" for name, kind in options.__annotations__.items()]
        return "\n".join(lines)

    def parameters(self) -> Iterator[tuple[str, Json]]:
        """(where it goes, {name, schema, required}) for each argument of the opening method but request_options."""
        for parameter in self.channel["path_parameters"]:
            yield "path", {**parameter, "required": True}
        for parameter in self.channel["query_parameters"]:
            yield "query", {**parameter, "required": bool(parameter.get("required"))}
        first = self.channel.get("first_message")
        if first:
            properties = self.schemas[first["schema"]]["properties"]
            for field in self.module.FIRST_MESSAGE_FIELDS:  # those the method takes (the rest are constants)
                where = f"first message, `{first['message']}`"
                yield where, {"name": field, "schema": properties[field], "required": False}

    def sending(self) -> str:
        heading = "Your server sends" if self.server_side else "Sending"
        lines = [f"## {heading}", ""]
        if self.server_side:
            lines.append("Each message below as its model's `to_dict()`, or as the server side writes it for you.")
        elif self.sends_models():
            lines.append(
                "`session.send(message)` takes any of these as its model or as a dict; each but the "
                "opening one also has a `send_<message>(...)` method that builds it from its fields."
            )
        else:
            lines.append(f"`{self.sessions[0].__name__}` writes these through its own methods (below).")
        for message in self.channel["sends"]:
            lines += ["", f"### `{message['message']}`", *self.described(message)]
            first = self.channel.get("first_message") or {}
            method = message.get("method")
            if message["message"] == first.get("message"):
                lines += ["", f"Sent by `{self.channel['method']}(...)` when the connection opens, from its arguments."]
            elif method and not self.server_side and hasattr(self.sessions[0], method):
                lines += ["", *self.session_method(method)]
            elif not self.server_side:
                lines += ["", "Written by the session's own methods (below)."]
            lines += ["", *self.fields(message["schema"])]
        if not self.server_side:
            lines += ["", *self.own_methods()]
        return "\n".join(lines)

    def receiving(self) -> str:
        heading = "Your server receives" if self.server_side else "Receiving"
        lines = [f"## {heading}", ""]
        if self.server_side:
            lines.append("Each message, told apart by the field below, as its model (the module's `parse`).")
        elif getattr(self.sessions[0], "yields_messages", False):
            lines.append(
                "Iterating the session (`for message in session`, `async for`) yields each message as "
                "its model (one of a kind the document does not describe yet: its `dict`)."
            )
        else:
            lines += event_classes(self.sessions[0])
        for message in self.channel["receives"]:
            lines += ["", f"### `{message['message']}`", *self.described(message)]
            told = message.get("recognised_by") or {}
            if told:
                value = f" is `{json.dumps(told['const'])}`" if "const" in told else " is present"
                lines += ["", f"Told by: `{told['field']}`{value}."]
            raised = self.raised_as(message)
            if raised and not self.server_side:
                lines += ["", f"Not yielded: raised as `{raised}` (below)."]
            lines += ["", *self.fields(message["schema"])]
        return "\n".join(lines)

    def errors(self) -> str:
        from elevenlabs_client import _errors

        lines = ["## Errors", ""]
        if self.server_side:
            guide = GUIDES.get(self.channel["group"], FALLBACK_GUIDE)[0]
            lines.append(
                f"A connection whose token does not check out is refused (401) before any handler runs; an "
                f"error message, a dropped socket or a handler that raises reaches `on_error` (see "
                f"[the user guide](../../user/{guide}))."
            )
            return "\n".join(lines)
        lines += ["| When | Raised as |", "| --- | --- |"]
        for status, status_error in sorted(_errors.STATUS_ERRORS.items()):
            lines.append(f"| the handshake is refused with {status} | `{status_error.__name__}` |")
        lines.append("| the handshake is refused with a 5xx | `InternalServerError` |")
        lines.append("| the handshake is refused with another status | `ApiError` |")
        lines.append("| no connection | `APIConnectionError` |")
        for message in self.channel["receives"]:
            raised = self.raised_as(message)
            if raised:
                lines.append(f"| the server sends `{message['message']}` | `{raised}` |")
        lines.append('| the server sends another error message (`{"error": ..., "message": ...}`) | `RealtimeError` |')
        codes: dict[str, list[str]] = {}  # one row per class: 1011 to 1014 are all a server error
        for code, error_class in sorted(_errors.CLOSE_ERRORS.items()):
            codes.setdefault(error_class.__name__, []).append(str(code))
        for name, numbers in codes.items():
            said = numbers[0] if len(numbers) == 1 else f"{', '.join(numbers[:-1])} or {numbers[-1]}"
            lines.append(f"| the server closes with code {said} | `{name}` |")
        lines.append("| the server closes with another code but 1000 | `RealtimeError` |")
        lines.append("| the connection drops mid-stream (no close frame) | `APIConnectionError` |")
        lines.append("| no message within the read timeout | `APITimeoutError` |")
        lines += [
            "",
            (
                "Every `Realtime...Error` is a `RealtimeError` (its `error`, `message`, `code` and `body` are the "
                "server's) and also the HTTP class of the status it means (`RealtimeRateLimitError` is a "
                "`RateLimitError`). A refused handshake (429, 5xx) or no connection is retried as an HTTP call is "
                "(the client's `max_retries`, with backoff and `Retry-After`): nothing has been sent yet. Nothing "
                "is retried once the connection is open."
            ),
        ]
        return "\n".join(lines)

    def programs(self) -> str:
        lines = ["## Examples"]
        for flavour in ("sync", "async"):
            code = program(
                self.values, self.name, self.channel, [argument for _, argument in self.parameters()], flavour
            )
            lines += ["", f"<!-- example: {flavour} -->", "```python", code + "```"]
        return "\n".join(lines)

    # Helpers.

    def described(self, message: Json) -> list[str]:
        """The message's model and description (the channel's, else its schema's), each after an empty line."""
        schema = self.schemas[message["schema"]]
        model = generator_class_name(str(schema.get("title") or message["schema"]))
        text = cell(message.get("description") or schema.get("description"))
        return ["", f"Model: `{model}` (`from elevenlabs_client.models import {model}`)."] + (
            ["", text] if text else []
        )

    def resolved(self, schema: Json) -> Json:
        return {**self.values.builder.resolve(schema), **{key: value for key, value in schema.items() if key != "$ref"}}

    def row(self, name: str, schema: Json, required: bool) -> str:
        full = self.resolved(schema)
        default = full.get("x-server-default", full.get("default"))
        shown = "" if default is None and "default" not in full else f"`{json.dumps(default)}`"
        kind = type_cell(plain_type(self.schemas, schema))
        description = cell(full.get("description"))
        if "const" in full:  # the message's kind: the methods and models fill it in
            description = f"Always `{json.dumps(full['const'])}`. {description}".strip()
        return f"| {name} | {kind} | {'yes' if required else 'no'} | {shown} | {description} |"

    def fields(self, schema_name: str) -> list[str]:
        schema = self.schemas[schema_name]
        properties, required = schema.get("properties") or {}, set(schema.get("required") or ())
        if not properties:
            return ["No fields."]
        return [FIELDS_HEADER] + [self.row(f"`{field}`", node, field in required) for field, node in properties.items()]

    def raised_as(self, message: Json) -> str | None:
        """The error class the transport raises for a received message that is an error (it has an `error` field)."""
        from elevenlabs_client._realtime import _core

        schema = self.schemas[message["schema"]]
        told = message.get("recognised_by") or {}
        if "error" not in (schema.get("properties") or {}) or "const" not in told:
            return None
        return type(_core.server_error({told["field"]: told["const"], "error": "..."})).__name__

    def sends_models(self) -> bool:
        """Whether the session's `send` takes the channel's message models (the generic session's and its subclasses')."""
        from elevenlabs_client import _realtime

        return issubclass(self.sessions[0], _realtime.GenericSession)

    def session_method(self, method: str) -> list[str]:
        lines = []
        for flavour, session in zip(("sync", "async"), self.sessions, strict=True):
            function = getattr(session, method)
            lines += [f"<!-- session signature: {flavour} -->", signature_block(function, method)]
        return lines

    def own_methods(self) -> list[str]:
        """The session class's hand-written methods (the channel's generated `send_<message>` ones are above)."""
        sync_class, async_class = self.sessions
        names = [name for name, _ in public_methods(sync_class) if hasattr(async_class, name)]
        if not names:
            return []
        lines = ["### The session's methods", "", f"`{sync_class.__name__}` (`{async_class.__name__}`, each awaited):"]
        for name in names:
            doc = inspect.getdoc(getattr(sync_class, name)) or ""
            lines += ["", f"#### `session.{name}`", "", *self.session_method(name)]
            if doc:
                lines += ["", cell(doc)]
        for name, member in public_members(sync_class, property):
            lines += ["", f"#### `session.{name}` (attribute)", "", cell(inspect.getdoc(member))]
        return lines


@functools.cache
def clients() -> tuple[Any, Any]:
    """A sync and an async client, whose group methods are the live ones both halves of the reference print
    (no request is made)."""
    from elevenlabs_client import AsyncElevenLabs, ElevenLabs

    return ElevenLabs(api_key="-"), AsyncElevenLabs(api_key="-")


def session_classes(name: str, channel: Any) -> tuple[type, type]:
    """The session classes the client answers the channel's method with, sync and async (`_realtime/_open.py`)."""
    from elevenlabs_client import _realtime
    from elevenlabs_client._realtime import _open

    sync_name, async_name = _open.SESSIONS.get(name, _open.GENERIC)
    classes = getattr(_realtime, sync_name), getattr(_realtime, async_name)
    if (sync_name, async_name) == _open.GENERIC:
        return _open.with_methods(classes[0], channel.session), _open.with_methods(classes[1], channel.async_session)
    return classes


def public_methods(session: type) -> list[tuple[str, Callable[..., Any]]]:
    """The public methods a hand-written session class and its hand-written bases define."""
    return public_members(session, FunctionType)


def public_members(session: type, kind: type[T]) -> list[tuple[str, T]]:
    """The public members of `kind` a hand-written session class and its hand-written bases define."""
    found: dict[str, T] = {}
    for klass in session.__mro__:  # the class's own first, each in the order it defines them
        if klass.__module__.startswith("elevenlabs_client."):
            for name, member in vars(klass).items():
                if not name.startswith("_") and isinstance(member, kind):
                    found.setdefault(name, member)
    return list(found.items())


def event_classes(session: type) -> list[str]:
    """What iterating a session that decodes its messages yields: the event classes and their fields."""
    import dataclasses
    import typing

    iterable: Any = session
    hints = typing.get_type_hints(iterable.__iter__)
    (union,) = typing.get_args(hints["return"])
    events = typing.get_args(union) or (union,)
    names = ", ".join(f"`{event.__name__}`" for event in events)
    lines = [
        f"Iterating the session (`for event in session`, `async for`) yields {names}, decoded from the messages below:"
    ]
    for event in events:
        lines += ["", f"- `{event.__name__}`: {cell(inspect.getdoc(event))}"]
        for field in dataclasses.fields(event):
            lines.append(f"  - `{field.name}: {field.type}`")
    return lines
