"""The WebSocket channels the test server speaks: those of the normalized document's `x-realtime` (the
vendor's AsyncAPI as openapi/normalizer/realtime/ rewrote it), their query parameters, and each client
message checked against the channel's message schemas with the validator HTTP bodies are checked with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .._spec_routes import load_spec
from ._ids import _Json
from ._replies import _error, _Params

# Said in the parameter's description ("can be up to 180 seconds"), not in its schema.
MAX_INACTIVITY_TIMEOUT = 180
# The AsyncAPI default, 'mp3_44100', is not one of its own enum values (the normalizer drops it): the
# HTTP API's default is used.
DEFAULT_OUTPUT_FORMAT = "mp3_44100_128"
# The documented default, for a channel that does not declare the parameter (the connection still idles out).
DEFAULT_INACTIVITY_TIMEOUT = 20
# The channel groups of x-realtime the test server has a script for (_realtime.py opens each one's session).
SPOKEN = ("text_to_speech", "speech_to_text", "conversational_ai")
_SCHEMAS = "#/components/schemas/"
_BOOLEANS = {
    **dict.fromkeys(("true", "1", "yes", "on", "t", "y"), True),
    **dict.fromkeys(("false", "0", "no", "off", "f", "n"), False),
}


@dataclass(frozen=True)
class _Channel:
    name: str  # the path's last segment, as the vendor's URL spells it: "stream-input"
    group: str  # the client's resource the channel is on (x-realtime): which script answers
    pattern: re.Pattern[str]  # the path, its parameters as named groups
    query: _Json  # the declared query parameters, by name, $refs resolved
    required: tuple[str, ...]  # the query parameters a handshake must have
    context: dict[str, str] | None  # the field naming a context, sent and received; None: one stream
    first: Any  # a validator for the connection's first message on a channel without contexts, else None
    messages: Any  # a validator for every client message the channel declares


@cache
def channels() -> tuple[_Channel, ...]:
    spec = load_spec()
    declared = (spec.get("x-realtime") or {}).get("channels") or {}
    # Only the groups with a script are spoken; another channel's handshake gets a 404, as an unknown path does.
    spoken = {name: item for name, item in declared.items() if item.get("group") in SPOKEN}
    return tuple(_channel(spec, item) for _, item in sorted(spoken.items()))


def find(path: str) -> tuple[_Channel, dict[str, str]] | None:
    """The channel a request path names, and its path parameters."""
    for chan in channels():
        if match := chan.pattern.fullmatch(path):
            return chan, match.groupdict()
    return None


def _channel(spec: _Json, item: _Json) -> _Channel:
    from openapi_schema_validator import OAS31Validator  # installed with openapi-core, as for HTTP bodies

    components = spec["components"]
    schemas = components["schemas"]
    sends = {message["message"]: {"$ref": _SCHEMAS + message["schema"]} for message in item["sends"]}

    def validator(*every: _Json) -> Any:
        # The $refs point into the document's components, so they travel along in the root.
        return OAS31Validator({"allOf": list(every), "components": components})

    # Some messages declare almost nothing (multi-stream-input's CloseSocket: one optional field), so that
    # {"text": 5} would fit them: a field any message declares must also fit one of its declarations.
    declarations: dict[str, list[_Json]] = {}
    for message in item["sends"]:
        for name, field in (schemas[message["schema"]].get("properties") or {}).items():
            declarations.setdefault(name, []).append(field)
    fields = {"properties": {name: {"anyOf": found} for name, found in declarations.items()}}
    context = item.get("context")
    first = sends[item["first_message"]["message"]] if item["first_message"] else {}
    return _Channel(
        name=item["path"].rstrip("/").rsplit("/", 1)[-1],
        group=item["group"],
        pattern=_pattern(item["path"]),
        query={p["name"]: _resolve(schemas, p["schema"]) for p in item["query_parameters"]},
        required=tuple(p["name"] for p in item["query_parameters"] if p.get("required")),
        context=context,
        # On a multi-context channel each context opens with one of several messages: no first-message rule.
        first=validator(first, fields) if context is None else None,
        messages=validator({"anyOf": list(sends.values())}, fields),
    )


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{([^}]+)\}", template)  # literal, name, literal, name, ..., literal
    return re.compile(
        "".join(re.escape(part) if index % 2 == 0 else f"(?P<{part}>[^/]+)" for index, part in enumerate(parts))
    )


def _resolve(schemas: _Json, schema: _Json) -> _Json:
    # A parameter's default sits beside its $ref (audio_format: pcm_16000): it outlives the resolving.
    default = {"default": schema["default"]} if isinstance(schema, dict) and "default" in schema else {}
    while isinstance(schema, dict) and str(schema.get("$ref", "")).startswith(_SCHEMAS):
        schema = schemas[schema["$ref"].removeprefix(_SCHEMAS)]
    return {**schema, **default}


def message_problem(validator: Any, message: Any) -> str | None:
    """What is wrong with a client message, named by its JSON pointer, or None if it fits."""
    errors = list(validator.iter_errors(message))
    if not errors:
        return None
    # A message fits none of the channel's messages: name the deepest failure among all of them, a wrong
    # type before a wrong constant (text 5 is "not of type 'string'" rather than "not ''").
    leaves = []
    while errors:
        error = errors.pop()
        leaves.append(error)
        errors.extend(error.context or ())
    best = max(leaves, key=lambda error: (len(error.absolute_path), error.validator == "type", not error.context))
    where = "/" + "/".join(str(part) for part in best.absolute_path)
    return f"{where}: {best.message}"


def query_errors(chan: _Channel, query: dict[str, str]) -> tuple[_Json, list[_Json]]:
    """The query read as the vendor's FastAPI app reads it: the values, and its 422 errors (all at once)."""
    params = _Params(query)
    values: _Json = {}
    for name, schema in chan.query.items():
        if name not in query:
            values[name] = schema.get("default")
            if name in chan.required:
                params.errors.append(_error(["query", name], "missing", "Field required", None))
        elif schema.get("type") == "boolean":
            values[name] = _boolean(params, name)
        elif schema.get("type") == "integer":
            high = MAX_INACTIVITY_TIMEOUT if name == "inactivity_timeout" else schema.get("maximum")
            values[name] = params.integer(name, schema.get("default"), ge=schema.get("minimum"), le=high)
        elif schema.get("type") == "number":
            values[name] = _number(params, name)
        elif "enum" in schema:
            values[name] = params.choice(name, tuple(schema["enum"]))
        else:
            values[name] = query[name]
    if values.get("output_format") is None:
        values["output_format"] = DEFAULT_OUTPUT_FORMAT
    values.setdefault("inactivity_timeout", DEFAULT_INACTIVITY_TIMEOUT)
    return values, params.errors


def _boolean(params: _Params, name: str) -> bool | None:
    raw = params.query[name]
    value = _BOOLEANS.get(raw.strip().lower())
    if value is None:
        msg = "Input should be a valid boolean, unable to interpret input"
        params.errors.append(_error(["query", name], "bool_parsing", msg, raw))
    return value


def _number(params: _Params, name: str) -> float | None:
    try:
        return float(params.query[name])
    except ValueError:
        msg = "Input should be a valid number, unable to parse string as a number"
        params.errors.append(_error(["query", name], "float_parsing", msg, params.query[name]))
        return None
