"""Every operation called with everything it takes set, sync and async, against the spec-driven test server.

The contract tests send required values only; here every optional query and header parameter and every body
field is set too, from values the spec gives (every field of nested objects to a depth, a dict entry where a
schema has typed additional properties, the first kind of each union, dates, enums), turned into what the
client takes (models, lists and dicts of models, datetimes), and uploads of each kind the client accepts.
The server must accept the request (a 422 names the field), and the request must carry exactly what was
set: no other body field nor query parameter. A failure names the operation.
"""

from __future__ import annotations

import inspect
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from elevenlabs_client import ElevenLabsError
from elevenlabs_client._examples import Examples
from elevenlabs_client._spec_routes import read_form
from elevenlabs_client.testing import FakeElevenLabs
from test_contract import OPERATIONS, arguments, body_class, seeded_server
from test_surface import SPEC, method_of, python_name
from test_what_is_sent import CALLERS

# Values the vendor requires that the spec does not say (the test server answers as the vendor does).
VENDOR_VALUES = {("history_download", "output_format"): "wav"}
DEPTH = 3  # objects this deep get every field; deeper ones their required fields, as the contract tests send


class Everything(Examples):
    """A value for a schema with every field set down to DEPTH, and an entry in each typed dict."""

    def value(self, schema: Any, depth: int = 0) -> Any:
        value = super().value(schema, depth)
        resolved = self.resolve(schema)
        if depth < DEPTH and isinstance(value, dict) and "const" not in resolved:
            for name, field in (resolved.get("properties") or {}).items():
                if name not in value:
                    value[name] = self.value(field, depth + 1)
            extra = resolved.get("additionalProperties")
            if not resolved.get("properties") and isinstance(extra, dict) and extra and not value:
                value["key"] = self.value(extra, depth + 1)
        return value


EVERYTHING = Everything(SPEC)


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeElevenLabs]:
    with seeded_server() as server:
        yield server


def upload(kind: int, tmp_path: Path) -> Any:
    """The kinds of upload the client takes, one after the other: bytes, a tuple, a file object, a path."""
    if kind % 4 == 0:
        return b"data"
    if kind % 4 == 1:
        return ("sample.mp3", b"data", "audio/mpeg")
    if kind % 4 == 2:
        return io.BytesIO(b"data")
    path = tmp_path / "sample.mp3"
    path.write_bytes(b"data")
    return path


def is_binary(schema: Any) -> bool:
    schema = EVERYTHING.resolve(schema)
    members = [EVERYTHING.resolve(m) for m in schema.get("anyOf") or schema.get("oneOf") or [schema]]
    return any(
        m.get("format") == "binary" or EVERYTHING.resolve(m.get("items")).get("format") == "binary" for m in members
    )


def body_schema(operation: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    media, content = next(iter(operation["requestBody"]["content"].items()))
    return media, EVERYTHING.resolve(content.get("schema") or {})


def everything(
    function: Any, method: str, operation: dict[str, Any], fake: FakeElevenLabs, flavour: str, path: str, tmp_path: Path
) -> tuple[dict[str, Any], set[str], set[str]]:
    """The call's arguments with everything set, and the body fields and query parameters that must be sent."""
    chosen = arguments(function, method, operation, fake, flavour, path)  # the path ids the server has
    taken = inspect.signature(function).parameters
    query: set[str] = set()
    paging = operation.get("x-pagination") or {}
    cursor = paging.get("parameter") if paging.get("kind") == "cursor" else None  # only a page gives one
    for parameter in operation.get("parameters", []):
        name = python_name(parameter["name"])
        if parameter["in"] in ("query", "header") and name in taken and parameter["name"] != cursor:
            chosen[name] = EVERYTHING.value(parameter.get("schema") or {})
            query |= {parameter["name"]} if parameter["in"] == "query" else set()
    fields: set[str] = set()
    if "requestBody" in operation:
        media, schema = body_schema(operation)
        full = EVERYTHING.value(schema)
        for name, field in (schema.get("properties") or {}).items():  # files are given below, as uploads
            if is_binary(field) and isinstance(full, dict):
                full[name] = [b"data"] if EVERYTHING.resolve(field).get("type") == "array" else b"data"
        for (operation_id, name), value in VENDOR_VALUES.items():
            if operation_id == operation["operationId"]:
                full[name] = value
        model = as_model(operation, full)
        whole = "request" in taken and not operation.get("x-request-whole")  # else by its fields, like the rest
        if whole and not (schema.get("properties") or {}).get("request"):
            chosen["request"] = model  # the body whole
            fields = set(full) if isinstance(full, dict) and media == "application/json" else set()
        for kind, (name, field) in enumerate((schema.get("properties") or {}).items()):
            argument = python_name(name)
            if argument not in taken:
                continue
            if is_binary(field):
                one = upload(kind + (flavour == "async"), tmp_path)
                many = EVERYTHING.resolve(field).get("type") == "array"
                chosen[argument] = [one] if many else one
            else:
                chosen[argument] = getattr(model, argument if hasattr(model, argument) else argument + "_")
            fields.add(name)
    return chosen, fields, query


def as_model(operation: dict[str, Any], value: Any) -> Any:
    """The body as the client takes it: the first of the body's classes that reads it (a union's member)."""
    for cls in body_class(operation) if isinstance(value, dict) else []:
        try:
            return cls.from_dict(value)
        except (KeyError, TypeError, ValueError):
            continue
    return value


def body_fields(received: Any) -> set[str]:
    """The top-level fields of the body the server received: a JSON object's keys, a form's field names."""
    content_type = received.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        return set(read_form(content_type, received.body))
    body = json.loads(received.body) if content_type.startswith("application/json") and received.body else None
    return set(body) if isinstance(body, dict) else set()


@pytest.mark.parametrize("flavour", CALLERS)
@pytest.mark.parametrize(
    ("path", "method", "operation"), OPERATIONS, ids=[op["operationId"] for _, _, op in OPERATIONS]
)
def test_every_parameter_and_field(
    fake: FakeElevenLabs, tmp_path: Path, flavour: str, path: str, method: str, operation: dict[str, Any]
) -> None:
    where = f"{operation['operationId']} ({method.upper()} {path}, {flavour})"
    expected: dict[str, set[str]] = {}

    def call(client: Any) -> Any:
        function = method_of(client, operation)
        chosen, expected["fields"], expected["query"] = everything(
            function, method, operation, fake, flavour, path, tmp_path
        )
        return function(**chosen)

    try:
        sent = CALLERS[flavour](fake, call)
    except ElevenLabsError as error:
        pytest.fail(f"{where}: the server refused the request: {error}")
    request, received = sent[-1], fake.requests[-1]
    assert received.status is not None and received.status < 300, (where, received)
    assert set(request.url.params) == expected["query"], f"{where}: query parameters sent"
    assert body_fields(received) == expected["fields"], f"{where}: body fields sent"
