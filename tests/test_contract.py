"""Every operation of the spec through the client, sync and async, against the spec-driven test server.

Each call gets values for its required parameters from the spec; the server checks the request against
the spec (a 422 fails the test, naming the field), and the answer must parse into the declared model or
stream to its end. A failure names the operation.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator
from typing import Any

import elevenlabs_api.models
import pytest
from conftest import API_KEY
from elevenlabs_client import AsyncElevenLabs, ElevenLabs
from elevenlabs_client._examples import Examples
from elevenlabs_client.testing import FakeElevenLabs
from test_surface import SPEC, method_of, spec_operations

EXAMPLES = Examples(SPEC)
HISTORY_ITEM = "text"  # what the examples give a string, so history ids in bodies exist too
DELETED = {"sync": "gone-sync", "async": "gone-async"}  # each flavour deletes its own item or resource


def seeded_server() -> FakeElevenLabs:
    ids = [HISTORY_ITEM, *DELETED.values()]
    # Every resource family starts with the ids the calls send, so the agent, voice, order, ... they name exists.
    resources = [*ids, *PATH_VALUES]
    return FakeElevenLabs(
        history_items=3, conversations=5, api_key=API_KEY, audio_size=4096, history_ids=ids, resource_ids=resources
    )


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeElevenLabs]:
    with seeded_server() as server:
        yield server


def body_class(operation: dict[str, Any]) -> list[type[Any]]:
    """The generated classes a body of the operation may be, from its request builder's signature."""
    module = __import__(f"elevenlabs_api.api.{operation['tags'][0]}.{operation['operationId']}", fromlist=["_"])
    annotation = str(inspect.signature(module._get_kwargs).parameters["body"].annotation)
    names = [name.strip() for name in annotation.split("|")]
    return [getattr(elevenlabs_api.models, name) for name in names if hasattr(elevenlabs_api.models, name)]


def body_example(operation: dict[str, Any]) -> Any:
    """The body the examples give, as the client takes it: a model instance (files as bytes)."""
    content = operation["requestBody"]["content"]
    media, body = next(iter(content.items()))
    schema = EXAMPLES.resolve(body.get("schema") or {})
    value = EXAMPLES.value(schema)
    if media == "multipart/form-data" and isinstance(value, dict):
        for name, field in (schema.get("properties") or {}).items():
            field = EXAMPLES.resolve(field)
            binary = field.get("format") == "binary" or (EXAMPLES.resolve(field.get("items")).get("format") == "binary")
            if name in value and binary:
                value[name] = [b"data"] if isinstance(value[name], list) else b"data"
    for cls in body_class(operation):
        try:
            return cls.from_dict(value)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return value


def whole_body_required(operation: dict[str, Any]) -> set[str]:
    """The required fields of a body the method also takes whole (`x-request-whole`): they default to UNSET,
    for `request=` to stand in for them, but a call by fields needs them."""
    if not operation.get("x-request-whole"):
        return set()
    ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    return set(SPEC["components"]["schemas"][ref.rsplit("/", 1)[1]].get("required") or [])


def arguments(
    function: Any, method: str, operation: dict[str, Any], fake: FakeElevenLabs, flavour: str, path: str = ""
) -> dict[str, Any]:
    parameters = {p["name"]: p for p in operation.get("parameters", [])}
    chosen: dict[str, Any] = {}
    body = None
    needed = whole_body_required(operation)
    for name, parameter in inspect.signature(function).parameters.items():
        optional = parameter.default is not inspect.Parameter.empty and name not in needed
        if optional or parameter.kind is parameter.VAR_KEYWORD:
            continue
        spec_parameter = parameters.get(name) or parameters.get(name.rstrip("_"))
        if name == "conversation_id":  # a delete takes the last one, the others the first
            chosen[name] = fake.conversations[-1 if method == "delete" else 0]["conversation_id"]
        elif method == "delete" and path.endswith("{" + name + "}") and spec_parameter is not None:
            # What a delete removes is each flavour's own, where any text is an id (no pattern to meet).
            plain = EXAMPLES.value(spec_parameter.get("schema") or {}) == HISTORY_ITEM
            chosen[name] = DELETED[flavour] if plain else EXAMPLES.value(spec_parameter.get("schema") or {})
        elif spec_parameter is not None:
            chosen[name] = EXAMPLES.value(spec_parameter.get("schema") or {})
        else:  # the body, or a field of the flattened body (the model's name for `type` is `type_`)
            body = body if body is not None else body_example(operation)
            whole = name == "request" and not hasattr(body, name)
            chosen[name] = body if whole else getattr(body, name if hasattr(body, name) else name + "_")
    return chosen


OPERATIONS = spec_operations()
# The values the calls send as path parameters where the examples give more than "text" (a pattern to meet).
PATH_VALUES = sorted(
    {
        value
        for _, _, operation in OPERATIONS
        for parameter in operation.get("parameters", [])
        if parameter["in"] == "path" and isinstance(value := EXAMPLES.value(parameter.get("schema") or {}), str)
    }
    - {HISTORY_ITEM}
)
IDS = [op["operationId"] for _, _, op in OPERATIONS]


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS, ids=IDS)
def test_sync(fake: FakeElevenLabs, path: str, method: str, operation: dict[str, Any]) -> None:
    with ElevenLabs(api_key=API_KEY, base_url=fake.base_url, max_retries=0) as client:
        function = method_of(client, operation)
        result = function(**arguments(function, method, operation, fake, "sync", path))
        if "Stream" in type(result).__name__:
            assert list(result) is not None
        elif "Multipart" in type(result).__name__:  # its JSON part is read; its audio streams to the closing boundary
            assert isinstance(result.json, dict) and b"".join(result.audio)
    assert fake.requests[-1].status is not None and fake.requests[-1].status < 300, fake.requests[-1]


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS, ids=IDS)
def test_async(fake: FakeElevenLabs, path: str, method: str, operation: dict[str, Any]) -> None:
    async def run() -> None:
        async with AsyncElevenLabs(api_key=API_KEY, base_url=fake.base_url, max_retries=0) as client:
            function = method_of(client, operation)
            result = function(**arguments(function, method, operation, fake, "async", path))
            if inspect.isawaitable(result) and not hasattr(result, "__aiter__"):
                answer = await result
                if "Multipart" in type(answer).__name__:
                    assert isinstance(answer.json, dict) and [chunk async for chunk in answer.audio]
            else:
                assert [item async for item in result] != None

    asyncio.run(run())
    assert fake.requests[-1].status is not None and fake.requests[-1].status < 300, fake.requests[-1]
