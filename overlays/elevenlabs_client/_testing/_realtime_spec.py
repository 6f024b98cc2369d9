"""The text to speech channels as the vendor's AsyncAPI document declares them: query parameters and
client messages, checked with jsonschema. The document ships in the generated package as published."""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ._ids import _Json
from ._replies import _error, _Params

DOCUMENT = "asyncapi/text-to-speech.yml"
CHANNELS = ("stream-input", "multi-stream-input")
# Said in the parameter's description ("can be up to 180 seconds"), not in its schema.
MAX_INACTIVITY_TIMEOUT = 180
# The schema's default, 'mp3_44100', is not one of its own enum values; the HTTP API's default is this.
DEFAULT_OUTPUT_FORMAT = "mp3_44100_128"
_BOOLEANS = {
    **dict.fromkeys(("true", "1", "yes", "on", "t", "y"), True),
    **dict.fromkeys(("false", "0", "no", "off", "f", "n"), False),
}


@dataclass(frozen=True)
class _Channel:
    name: str  # "stream-input" or "multi-stream-input"
    query: _Json  # the declared query parameters, $refs resolved
    first: Any  # a jsonschema validator for the first message (stream-input), or None
    messages: Any  # a validator for every client message the channel declares


def _yaml_load(text: str) -> Any:
    import yaml  # a dependency of openapi-core (the testing extra), as jsonschema is

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _fern_types(node: Any) -> Any:
    """Fern's `x-fern-type` as JSON Schema: literal<" "> is a const, list<integer> an array of integers.
    Without this, `text: {x-fern-type: literal<"">}` would accept any text at all."""
    if isinstance(node, list):
        return [_fern_types(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _fern_types(value) for key, value in node.items()}
    fern = node.get("x-fern-type")
    if isinstance(fern, str):
        if literal := re.fullmatch(r"literal<(.*)>", fern):
            node["const"] = json.loads(literal.group(1))
        elif items := re.fullmatch(r"list<(\w+)>", fern):
            node.update(type="array", items={"type": items.group(1)})
    return node


@cache
def _document() -> _Json:
    text = resources.files("elevenlabs_api").joinpath(DOCUMENT).read_text(encoding="utf-8")
    document: _Json = _fern_types(_yaml_load(text))
    return document


def _resolve(document: _Json, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@cache
def channel(name: str) -> _Channel:
    from jsonschema import Draft7Validator  # type: ignore[import-untyped]  # AsyncAPI 2 schemas: draft 7 plus

    document = _document()
    (item,) = (value for path, value in document["channels"].items() if path.endswith(f"/{name}"))
    query = copy.deepcopy(item["bindings"]["ws"]["query"]["properties"])
    query = {key: _resolve(document, value) for key, value in query.items()}
    payloads = [_resolve(document, message)["payload"] for message in item["publish"]["message"]["oneOf"]]

    def validator(schemas: list[_Json], every: list[_Json]) -> Any:
        # The $refs point into the document's components, so they travel along in the root.
        return Draft7Validator({"allOf": [*every, {"anyOf": schemas}], "components": document["components"]})

    if name == "stream-input":
        return _Channel(name, query, validator(payloads[:1], []), validator(payloads, []))
    # Some multi-context messages declare almost nothing (CloseSocket: one optional field), so that
    # {"text": 5} would fit them: every message must also fit the document's ClientMultiMessage, the
    # one schema that types every field a client may send on this channel.
    every = [document["components"]["messages"]["ClientMultiMessage"]["payload"]]
    return _Channel(name, query, None, validator(payloads, every))


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
        elif schema.get("type") == "boolean":
            values[name] = _boolean(params, name)
        elif schema.get("type") == "integer":
            high = MAX_INACTIVITY_TIMEOUT if name == "inactivity_timeout" else schema.get("maximum")
            values[name] = params.integer(name, schema.get("default"), ge=schema.get("minimum"), le=high)
        elif "enum" in schema:
            values[name] = params.choice(name, tuple(schema["enum"]))
        else:
            values[name] = query[name]
    if "output_format" not in query or values["output_format"] is None:
        values["output_format"] = DEFAULT_OUTPUT_FORMAT
    return values, params.errors


def _boolean(params: _Params, name: str) -> bool | None:
    raw = params.query[name]
    value = _BOOLEANS.get(raw.strip().lower())
    if value is None:
        msg = "Input should be a valid boolean, unable to interpret input"
        params.errors.append(_error(["query", name], "bool_parsing", msg, raw))
    return value
