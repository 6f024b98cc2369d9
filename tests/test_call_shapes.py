"""The official SDK's call shapes: a body that is not one plain object goes as `request=` (`body=` still
works), parameters keep the spec's names (`type=`, the generator's `type_=` still works), and a member of
a tagged union takes its tag as a keyword, refusing another value before anything is sent; a model goes
as its dict at any depth of a multipart field. Sync and async."""

from __future__ import annotations

import functools
import inspect
import json
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import API_KEY
from elevenlabs_client import (
    AsyncElevenLabs,
    BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1,
    CreateStringEnvironmentVariableRequest,
    DocxExportOptions,
    ElevenLabs,
    PodcastTextSource,
    SegmentedJsonExportOptions,
    ToolRequestModel,
    VoiceSettings,
)
from elevenlabs_client._spec_routes import read_form
from elevenlabs_client.testing import FakeElevenLabs
from test_contract import arguments, body_class
from test_surface import method_of, spec_operations
from test_what_is_sent import CALLERS, sent_json

VOICE = "21m00Tcm4TlvDq8ikWAM"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(api_key=API_KEY, audio_size=256, resource_ids=["text", VOICE]) as server:
        yield server


VARIABLE = {"type": "string", "label": "REGION", "values": {"production": "eu"}}


@pytest.mark.parametrize("flavour", CALLERS)
@pytest.mark.parametrize("keyword", ["request", "body"])
def test_a_union_body_goes_as_request(fake: FakeElevenLabs, flavour: str, keyword: str) -> None:
    variable = CreateStringEnvironmentVariableRequest(label="REGION", values={"production": "eu"})  # type: ignore[arg-type]
    sent = CALLERS[flavour](fake, lambda client: client.environment_variables.create(**{keyword: variable}))
    assert sent_json(sent) == VARIABLE


@pytest.mark.parametrize("flavour", CALLERS)
def test_request_and_body_together_is_refused_before_sending(fake: FakeElevenLabs, flavour: str) -> None:
    variable = CreateStringEnvironmentVariableRequest.from_dict(VARIABLE)
    with pytest.raises(TypeError, match=r"request= and body=, its former name"):
        CALLERS[flavour](fake, lambda client: client.environment_variables.create(request=variable, body=variable))


@pytest.mark.parametrize("flavour", CALLERS)
@pytest.mark.parametrize("keyword", ["type", "type_"])
def test_a_parameter_keeps_the_specs_name(fake: FakeElevenLabs, flavour: str, keyword: str) -> None:
    sent = CALLERS[flavour](fake, lambda client: client.environment_variables.list(**{keyword: "string"}))
    assert len(sent) == 1 and sent[0].url.params["type"] == "string"
    assert fake.requests[-1].status == 200


@pytest.mark.parametrize("flavour", CALLERS)
@pytest.mark.parametrize("value", ["json", "opentelemetry"])
def test_a_parameter_newer_than_the_page_that_pins_its_operation_is_sent(
    fake: FakeElevenLabs, flavour: str, value: str
) -> None:
    # openapi/pages/conversations_get.yaml pins conversations.get, and has no `format`; the whole spec has.
    conversation = fake.conversations[0]["conversation_id"]
    sent = CALLERS[flavour](fake, lambda client: client.conversational_ai.conversations.get(conversation, format=value))
    assert len(sent) == 1 and dict(sent[0].url.params) == {"format": value}
    assert fake.requests[-1].status == 200


@pytest.mark.parametrize("flavour", CALLERS)
def test_a_body_field_keeps_the_specs_name(fake: FakeElevenLabs, flavour: str) -> None:
    def call(client: Any) -> Any:
        drafts = client.conversational_ai.agents.procedures.drafts
        return drafts.update("text", "text", "text", name="Refunds", content="Refund.", type="deterministic")

    assert sent_json(CALLERS[flavour](fake, call))["type"] == "deterministic"


def test_a_tagged_member_takes_its_tag_or_nothing() -> None:
    assert PodcastTextSource(type="text", text="Hi").to_dict() == {"type": "text", "text": "Hi"}
    assert PodcastTextSource(text="Hi").to_dict() == {"type": "text", "text": "Hi"}
    assert PodcastTextSource(type_="text", text="Hi").type_ == "text"  # type: ignore[call-arg]  # the former name


def test_a_wrong_tag_is_refused_at_construction_naming_the_model_field_and_value() -> None:
    with pytest.raises(ValueError, match=r"PodcastTextSource\.type .* can only be 'text', not 'url'"):
        PodcastTextSource(type="url", text="Hi")  # type: ignore[arg-type]
    source = PodcastTextSource(text="Hi")
    with pytest.raises(ValueError, match="can only be 'text'"):
        source.type_ = "url"  # type: ignore[assignment]


@pytest.mark.parametrize("flavour", CALLERS)
def test_a_model_inside_a_multipart_field_goes_as_its_dict(fake: FakeElevenLabs, flavour: str) -> None:
    metadata = BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1()
    metadata["source"] = PodcastTextSource(text="Hi")  # a model where the field takes any object
    formats = [SegmentedJsonExportOptions(include_speakers=False), DocxExportOptions(max_segment_chars=80)]

    def call(client: Any) -> Any:
        return client.speech_to_text.convert(
            file=b"data", model_id="scribe_v1", webhook_metadata=metadata, additional_formats=formats
        )

    CALLERS[flavour](fake, call)
    received = fake.requests[-1]  # a multipart body streams: read as the server got it
    form = read_form(received.headers["content-type"], received.body)
    assert json.loads(form["webhook_metadata"][-1]) == {"source": {"type": "text", "text": "Hi"}}
    assert [json.loads(part) for part in form["additional_formats"]] == [
        {"format": "segmented_json", "include_speakers": False},
        {"format": "docx", "max_segment_chars": 80},
    ]
    assert fake.requests[-1].status == 200


# The operations whose body the official SDK takes whole (a named object used elsewhere too): the normalizer
# marks them `x-request-whole`, and their methods take `request=` besides the fields.
WHOLE = [(path, method, op) for path, method, op in spec_operations() if op.get("x-request-whole")]


def test_some_bodies_are_taken_whole() -> None:
    assert WHOLE, "the spec has no body the official SDK takes whole: is the normalizer's pass still run?"


# The methods of the official SDK (elevenlabs-python, src/elevenlabs/**/raw_client.py) that send their
# `request` argument as the whole JSON body. The rule behind them, checked against all of its methods: a
# union body, and a named object that something else uses too (ToolRequestModel is the body of create and
# update; VoiceSettings is also a response); a named object only its own body uses (MCPServerRequestModel,
# VoiceDesignRequestModel, 33 in all) is spread into keywords, as FastAPI's `Body_*` schemas are.
OFFICIAL_WHOLE = [
    "conversational_ai.phone_numbers.create",
    "conversational_ai.tests.create",
    "conversational_ai.tests.update",
    "conversational_ai.tools.create",
    "conversational_ai.tools.update",
    "environment_variables.create",
    "productions.orders.create",
    "voices.settings.update",
    "workspace.auth_connections.create",
    "workspace.auth_connections.update",
]


@pytest.mark.parametrize("client_class", [ElevenLabs, AsyncElevenLabs])
@pytest.mark.parametrize("name", OFFICIAL_WHOLE)
def test_each_method_the_official_sdk_gives_request_takes_it(client_class: type, name: str) -> None:
    method = functools.reduce(getattr, name.split("."), client_class(api_key=API_KEY))
    parameter = inspect.signature(method).parameters.get("request")
    assert parameter is not None and parameter.kind is inspect.Parameter.KEYWORD_ONLY, name


@pytest.mark.parametrize("flavour", CALLERS)
@pytest.mark.parametrize("form", ["model", "dict"])
@pytest.mark.parametrize(("path", "method", "operation"), WHOLE, ids=[op["operationId"] for *_, op in WHOLE])
def test_a_body_taken_whole_sends_what_its_fields_send(
    fake: FakeElevenLabs, flavour: str, form: str, path: str, method: str, operation: dict[str, Any]
) -> None:
    by_fields: dict[str, Any] = {}

    def call_by_fields(client: Any) -> Any:
        function = method_of(client, operation)
        by_fields.update(arguments(function, method, operation, fake, flavour, path))
        return function(**by_fields)

    expected = sent_json([r for r in CALLERS[flavour](fake, call_by_fields) if r.method.lower() == method])
    [model] = body_class(operation)
    request = expected if form == "dict" else model.from_dict(expected)
    ids = {name: value for name, value in by_fields.items() if "{" + name + "}" in path}
    sent = CALLERS[flavour](fake, lambda client: method_of(client, operation)(**ids, request=request))
    assert sent_json([r for r in sent if r.method.lower() == method]) == expected
    assert fake.requests[-1].status == 200


@pytest.mark.parametrize("flavour", CALLERS)
def test_the_official_examples_of_whole_bodies_run(fake: FakeElevenLabs, flavour: str) -> None:
    # As the official SDK's reference writes them: a nested field may be a plain dict.
    tool = {"type": "client", "name": "name", "description": "description", "expects_response": False}
    settings: dict[str, Any] = {
        "stability": 1,
        "use_speaker_boost": True,
        "similarity_boost": 1,
        "style": 0,
        "speed": 1,
    }

    def calls(client: Any) -> Any:
        async def both() -> None:
            await client.conversational_ai.tools.create(request=ToolRequestModel(tool_config=tool))  # type: ignore[arg-type]
            await client.voices.settings.update(voice_id=VOICE, request=VoiceSettings(**settings))

        if flavour == "async":
            return both()
        client.conversational_ai.tools.create(request=ToolRequestModel(tool_config=tool))  # type: ignore[arg-type]
        return client.voices.settings.update(voice_id=VOICE, request=VoiceSettings(**settings))

    sent = CALLERS[flavour](fake, calls)
    assert [json.loads(r.content) for r in sent if r.method == "POST"] == [{"tool_config": tool}, settings]


@pytest.mark.parametrize("flavour", CALLERS)
@pytest.mark.parametrize(
    ("arguments_given", "message"),
    [
        ({"request": {"stability": 0.2}, "style": 1.0}, r"update\(\) got request= and style: give the body whole or"),
        ({"request": 3}, r"update\(\) takes request= as a VoiceSettings or a dict, not int"),
    ],
    ids=["both-forms", "wrong-type"],
)
def test_a_whole_body_given_wrongly_is_refused_before_sending(
    fake: FakeElevenLabs, flavour: str, arguments_given: dict[str, Any], message: str
) -> None:
    before = len(fake.requests)
    with pytest.raises(TypeError, match=message):
        CALLERS[flavour](fake, lambda client: client.voices.settings.update(VOICE, **arguments_given))
    assert len(fake.requests) == before


@pytest.mark.parametrize("flavour", CALLERS)
def test_a_required_field_is_needed_when_the_body_is_not_whole(fake: FakeElevenLabs, flavour: str) -> None:
    with pytest.raises(TypeError, match=r"create\(\) needs tool_config, or the whole body as request="):
        CALLERS[flavour](fake, lambda client: client.conversational_ai.tools.create())
