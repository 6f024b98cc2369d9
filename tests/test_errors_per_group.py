"""Every group's operations map error answers to the typed errors, as history's do: one operation per
top-level group, sync and async, with the server answering 401, 404, 422, 429 and 500."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import API_KEY
from elevenlabs_client import (
    ApiError,
    AsyncElevenLabs,
    AuthenticationError,
    ElevenLabs,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    UnprocessableEntityError,
)
from elevenlabs_client.testing import FakeElevenLabs, Fault
from test_contract import arguments
from test_surface import method_of, spec_operations

ANSWERS: dict[int, tuple[type[ApiError], Any]] = {
    401: (AuthenticationError, {"detail": {"status": "invalid_api_key", "message": "Invalid API key"}}),
    404: (NotFoundError, {"detail": {"status": "not_found", "message": "Not found"}}),
    422: (UnprocessableEntityError, {"detail": [{"type": "missing", "loc": ["body", "x"], "msg": "Field required"}]}),
    429: (RateLimitError, {"detail": {"status": "too_many_concurrent_requests", "message": "Too many"}}),
    500: (InternalServerError, {"detail": "Internal Server Error"}),
}


def first_of_each_group() -> list[tuple[str, str, dict[str, Any]]]:
    chosen: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, method, operation in spec_operations():
        chosen.setdefault(operation["x-fern-sdk-group-name"][0], (path, method, operation))
    return [chosen[group] for group in sorted(chosen)]


SAMPLE = first_of_each_group()


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(history_items=3, conversations=3, api_key=API_KEY, audio_size=1024) as server:
        yield server


@pytest.mark.parametrize("status", sorted(ANSWERS))
@pytest.mark.parametrize(("path", "method", "operation"), SAMPLE, ids=[op["operationId"] for _, _, op in SAMPLE])
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_error_answers_are_typed_errors(
    fake: FakeElevenLabs, flavour: str, path: str, method: str, operation: dict[str, Any], status: int
) -> None:
    error_class, body = ANSWERS[status]
    # A path with parameters is matched by its start (a fault path ending in "*" is a prefix).
    where = path.split("{")[0] + "*" if "{" in path else path
    fake.clear_faults()
    fake.add_fault(Fault(path=where, method=method.upper(), status=status, json_body=body))

    def call(client: Any) -> Any:
        function = method_of(client, operation)
        return function(**arguments(function, method, operation, fake, flavour))

    with pytest.raises(error_class) as raised:
        if flavour == "sync":
            with ElevenLabs(api_key=API_KEY, base_url=fake.base_url, max_retries=0) as client:
                result = call(client)
                if "Stream" in type(result).__name__:
                    list(result)
        else:

            async def run() -> None:
                async with AsyncElevenLabs(api_key=API_KEY, base_url=fake.base_url, max_retries=0) as client:
                    result = call(client)
                    if hasattr(result, "__aiter__"):
                        [item async for item in result]
                    else:
                        await result

            asyncio.run(run())
    assert raised.value.status_code == status
    assert raised.value.body == body
