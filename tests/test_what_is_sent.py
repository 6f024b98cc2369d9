"""A request carries only what the caller set: every JSON body of the spec, called with only its required
values, sends only those; a model built with one field writes one; a field set to its default or to None
is sent; models go wherever their dicts would. Sync and async, with the bytes captured as httpx sends them."""

from __future__ import annotations

import asyncio
import datetime
import json
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import elevenlabs_api.models
import httpx
import pytest
from conftest import API_KEY
from elevenlabs_api.types import UNSET
from elevenlabs_client import AsyncElevenLabs, ElevenLabs
from elevenlabs_client.testing import FakeElevenLabs
from test_contract import DELETED, HISTORY_ITEM, PATH_VALUES, arguments
from test_surface import method_of, resolve, spec_operations


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeElevenLabs]:
    ids = [HISTORY_ITEM, *DELETED.values()]  # as the contract tests have them, for the same arguments
    resources = [*ids, *PATH_VALUES, "agent", "voice"]
    with FakeElevenLabs(
        history_items=3, conversations=5, api_key=API_KEY, audio_size=256, history_ids=ids, resource_ids=resources
    ) as server:
        yield server


def sent_json(requests: list[httpx.Request]) -> Any:
    assert len(requests) == 1, [str(r.url) for r in requests]
    return json.loads(requests[0].content)


def call_sync(fake: FakeElevenLabs, call: Callable[[Any], Any]) -> list[httpx.Request]:
    """Run `call(client)` on a client whose every request is captured, and return what was sent."""
    sent: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [sent.append]})
    with http, ElevenLabs(api_key=API_KEY, base_url=fake.base_url, httpx_client=http, max_retries=0) as client:
        result = call(client)
        if "Stream" in type(result).__name__:
            list(result)
    return sent


def call_async(fake: FakeElevenLabs, call: Callable[[Any], Any]) -> list[httpx.Request]:
    sent: list[httpx.Request] = []

    async def capture(request: httpx.Request) -> None:
        sent.append(request)

    async def run() -> None:
        http = httpx.AsyncClient(event_hooks={"request": [capture]})
        async with http, AsyncElevenLabs(api_key=API_KEY, base_url=fake.base_url, httpx_client=http) as client:
            result = call(client)
            if hasattr(result, "__aiter__"):
                [_ async for _ in result]
            else:
                await result

    asyncio.run(run())
    return sent


CALLERS = {"sync": call_sync, "async": call_async}


def json_body_schema(operation: dict[str, Any]) -> dict[str, Any] | None:
    """The operation's JSON body schema when the client takes its fields as keywords (an object with fields)."""
    content = (operation.get("requestBody") or {}).get("content") or {}
    schema = resolve((content.get("application/json") or {}).get("schema"))
    return schema if isinstance(schema, dict) and schema.get("properties") else None


FLATTENED = [(path, method, op) for path, method, op in spec_operations() if json_body_schema(op)]


def test_the_walk_covers_the_json_bodies() -> None:
    # Derived from the spec: a fifth of the operations or more take a JSON object body.
    assert len(FLATTENED) >= len(spec_operations()) // 5


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize(("path", "method", "operation"), FLATTENED, ids=[op["operationId"] for *_, op in FLATTENED])
def test_a_call_with_only_required_values_sends_only_those(
    fake: FakeElevenLabs, flavour: str, path: str, method: str, operation: dict[str, Any]
) -> None:
    schema = json_body_schema(operation)
    assert schema is not None
    required = set(schema.get("required") or [])
    # A union member's tag is the one value its field can have, so it goes with the body.
    tags = {name for name, field in schema["properties"].items() if "const" in (resolve(field) or {})}

    def call(client: Any) -> Any:
        function = method_of(client, operation)
        return function(**arguments(function, method, operation, fake, flavour, path))

    sent = [r for r in CALLERS[flavour](fake, call) if r.method.lower() == method]
    keys = set(sent_json(sent))
    assert required <= keys, f"{operation['operationId']} left out {required - keys}"
    assert keys <= required | tags, f"{operation['operationId']} sent {sorted(keys - required - tags)}, never set"


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_settings_update_sends_the_one_setting_given(fake: FakeElevenLabs, flavour: str) -> None:
    sent = CALLERS[flavour](fake, lambda client: client.voices.settings.update("voice", stability=0.3))
    assert sent_json(sent) == {"stability": 0.3}


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_field_set_to_its_default_or_to_none_is_sent(fake: FakeElevenLabs, flavour: str) -> None:
    # 0.5 is stability's default on the server, and None clears style: both are the caller's choice.
    sent = CALLERS[flavour](fake, lambda client: client.voices.settings.update("voice", stability=0.5, style=None))
    assert sent_json(sent) == {"stability": 0.5, "style": None}


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_text_to_speech_sends_only_text_and_model(fake: FakeElevenLabs, flavour: str) -> None:
    settings = elevenlabs_api.models.VoiceSettingsResponseModel(speed=1.1)
    sent = CALLERS[flavour](
        fake,
        lambda client: client.text_to_speech.convert("voice", text="Hi", model_id="m", voice_settings=settings),
    )
    assert sent_json(sent) == {"text": "Hi", "model_id": "m", "voice_settings": {"speed": 1.1}}
    assert "output_format" not in str(sent[0].url)


def test_a_model_built_with_one_field_writes_one() -> None:
    assert elevenlabs_api.models.VoiceSettingsResponseModel(stability=0.3).to_dict() == {"stability": 0.3}
    config = elevenlabs_api.models.ConversationalConfigAPIModelInput(
        agent=elevenlabs_api.models.AgentConfigAPIModelInput(first_message="Hello")
    )
    assert config.to_dict() == {"agent": {"first_message": "Hello"}}


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_required_field_that_takes_null_may_be_left_out_and_goes_as_null(fake: FakeElevenLabs, flavour: str) -> None:
    # As in the official SDK, `languages` may be left out; the spec requires the field, so it is sent as null.
    sent = CALLERS[flavour](fake, lambda client: client.dubbing.resource.dub("dubbing", segments=["s1"]))
    assert sent_json(sent) == {"segments": ["s1"], "languages": None}
    sent = CALLERS[flavour](fake, lambda client: client.dubbing.resource.dub("dubbing", ["s1"], ["fr"]))
    assert sent_json(sent) == {"segments": ["s1"], "languages": ["fr"]}


def test_a_model_field_that_takes_null_defaults_to_none_without_moving_the_others() -> None:
    locator = elevenlabs_api.models.PronunciationDictionaryVersionLocator(pronunciation_dictionary_id="p")
    assert locator.to_dict() == {"pronunciation_dictionary_id": "p", "version_id": None}
    # `text` comes before fields that have no default: it becomes keyword-only rather than shifting them.
    segment = elevenlabs_api.models.DubbedSegment(1.0, 2.0, [], False)
    assert (segment.start_time, segment.end_time, segment.subtitles, segment.audio_stale) == (1.0, 2.0, [], False)
    assert (segment.text, segment.media_ref) == (None, None)
    with pytest.raises(TypeError):
        elevenlabs_api.models.DubbedSegment(1.0, 2.0, "text", [], False, None)  # type: ignore[call-arg, arg-type]  # the former order


def union_members(annotation: str) -> list[str]:
    """`a | list[b | None] | None` -> ["a", "list[b | None]", "None"]: the members outside any brackets."""
    members, depth, start = [], 0, 0
    for index, char in enumerate(annotation + "|"):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            members.append(annotation[start:index].strip())
            start = index + 1
    return members


def test_every_required_field_that_takes_null_defaults_to_none() -> None:
    fields = [
        (cls, field)
        for cls in model_classes()
        for field in attrs.fields(cls)
        if field.init and "None" in union_members(str(field.type)) and "Unset" not in union_members(str(field.type))
    ]
    assert len(fields) > 100  # required nullable fields, in responses mostly
    assert [f"{cls.__name__}.{field.name}" for cls, field in fields if field.default is not None] == []


def model_classes() -> list[type[Any]]:
    return [
        cls
        for name in elevenlabs_api.models.__all__
        if isinstance(cls := getattr(elevenlabs_api.models, name), type) and attrs.has(cls)
    ]


def test_no_model_field_starts_with_a_value_the_caller_did_not_give() -> None:
    # Every optional field (typed `| Unset`) starts UNSET, but a union member's tag (typed Literal["its value"]).
    # A required field the spec gives a default keeps it: the body must hold it, and that is its value.
    classes = model_classes()
    assert len(classes) > 1000
    offenders = [
        f"{cls.__name__}.{field.name} = {field.default!r}"
        for cls in classes
        for field in attrs.fields(cls)
        if field.init
        and field.default is not attrs.NOTHING
        and field.default is not UNSET
        and "Unset" in str(field.type)
        and not str(field.type).startswith("Literal[")
    ]
    assert offenders == []


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_models_go_where_their_dicts_would(fake: FakeElevenLabs, flavour: str) -> None:
    models = elevenlabs_api.models
    config = models.ConversationalConfigAPIModelInput(agent=models.AgentConfigAPIModelInput(first_message="Hi"))
    settings = models.VoiceSettingsResponseModel(stability=0.2)

    def call(client: Any) -> Any:
        # `conversation_config` of a PATCH is a free-form object: a model is sent as its dict, as is one
        # inside the request_options' extra body parameters, however deep.
        return client.conversational_ai.agents.update(
            "agent",
            conversation_config=config,
            request_options={"additional_body_parameters": {"extra": [{"settings": settings}]}},
        )

    sent = [r for r in CALLERS[flavour](fake, call) if r.method == "PATCH"]
    assert sent_json(sent) == {
        "conversation_config": {"agent": {"first_message": "Hi"}},
        "extra": [{"settings": {"stability": 0.2}}],
    }


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_value_json_cannot_hold_is_refused_before_sending(fake: FakeElevenLabs, flavour: str) -> None:
    def call(client: Any) -> Any:
        return client.conversational_ai.agents.update("agent", conversation_config={"when": object()})

    with pytest.raises(TypeError, match="a value of type 'object' cannot be sent as JSON"):
        CALLERS[flavour](fake, call)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_date_parameter_is_sent_as_iso_8601(fake: FakeElevenLabs, flavour: str) -> None:
    start = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    sent = CALLERS[flavour](fake, lambda client: client.productions.orders.list(start_date=start))
    assert sent[0].url.params["start_date"] == "2026-01-02T03:04:05+00:00"
