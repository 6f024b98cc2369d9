"""The response headers the vendor sends: the ones the spec declares on an operation's success answer
(music's `song-id`, sound generation's `character-cost`, a download's `Content-Disposition`), and the
ones the vendor documents but the spec leaves out (`DOCUMENTED`, by path prefix). The handler adds a
`request-id` to every answer.
"""

from __future__ import annotations

import json
from typing import Any

from .._examples import Examples
from .._spec_routes import Route
from ._ids import _token

Json = Any

# Text to speech answers with the generation's history item and what it cost; the spec declares neither.
DOCUMENTED: dict[str, tuple[str, ...]] = {"/v1/text-to-speech/": ("history-item-id", "character-cost")}


def declared(route: Route) -> dict[str, Json]:
    """The headers of the operation's first success answer, by name, with their schemas."""
    responses = route.operation.get("responses") or {}
    success: Json = next((r for s, r in sorted(responses.items()) if str(s).startswith("2")), {}) or {}
    headers = {
        name: (spec.get("schema") or {}) | _example(spec) for name, spec in (success.get("headers") or {}).items()
    }
    for prefix, names in DOCUMENTED.items():
        if route.template.startswith(prefix):
            headers.update({name: {"type": "string"} for name in names if name not in headers})
    return headers


def header_values(examples: Examples, route: Route, body: bytes, seed: str) -> dict[str, str]:
    """A plausible value for each header the operation sends: the schema's example, else a fresh id for
    an `-id`, the request's characters for a cost or a count, an attachment named after the path."""
    values = {}
    for name, schema in declared(route).items():
        lower = name.lower()
        if "example" in schema:
            values[name] = str(schema["example"])
        elif lower.endswith("-id"):
            values[name] = _token(f"{name}/{seed}")
        elif "cost" in lower or "count" in lower:
            values[name] = str(characters(body))
        elif lower == "content-disposition":
            values[name] = f'attachment; filename="{route.template.rstrip("/").rpartition("/")[2]}"'
        else:
            values[name] = str(examples.value(schema))
    return values


def characters(body: bytes) -> int:
    """The characters of text a request asks to speak: its `text`, or the `text` of each of its inputs."""
    try:
        sent = json.loads(body) if body else {}
    except ValueError:
        return 0
    if not isinstance(sent, dict):
        return 0
    texts = [sent.get("text")] + [i.get("text") for i in sent.get("inputs") or [] if isinstance(i, dict)]
    return sum(len(text) for text in texts if isinstance(text, str))


def _example(header: Json) -> Json:
    schema = header.get("schema") or {}
    example = header.get("example", schema.get("example"))
    return {"example": example} if example is not None else {}
