"""The realtime surface against the vendor's AsyncAPI document, read raw (not through the normalizer):
every channel, every message each way, every query parameter and first-message field is in the
generated client, and the client's methods reach both channels, sync and async."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path
from typing import Any

import pytest
import yaml
from elevenlabs_client import AsyncElevenLabs, ElevenLabs

ROOT = Path(__file__).resolve().parent.parent
ASYNCAPI = yaml.safe_load((ROOT / "openapi" / "asyncapi" / "text-to-speech.yml").read_text(encoding="utf-8"))
# Credentials go in the handshake header only (the issue): not offered as arguments.
CREDENTIALS = {"authorization", "xi-api-key", "xi_api_key"}
CHANNELS = sorted(ASYNCAPI["channels"])


def module_of(path: str) -> Any:
    return importlib.import_module("elevenlabs_api.realtime." + path.rsplit("/", 1)[-1].replace("-", "_"))


def schema_of(message_ref: str) -> tuple[str, dict[str, Any]]:
    message = ASYNCAPI["components"]["messages"][message_ref.rsplit("/", 1)[-1]]
    name = message["payload"]["$ref"].rsplit("/", 1)[-1]
    return name, ASYNCAPI["components"]["schemas"][name]


def class_name(schema: str) -> str:
    return schema.replace("TTS", "Tts")  # Fern's casing of an acronym, as the official SDK spells it


def test_there_are_the_two_text_to_speech_channels() -> None:
    assert CHANNELS == [
        "/v1/text-to-speech/{voice_id}/multi-stream-input",
        "/v1/text-to-speech/{voice_id}/stream-input",
    ]


@pytest.mark.parametrize("path", CHANNELS)
def test_every_message_each_way_is_a_generated_model(path: str) -> None:
    module, channel = module_of(path), ASYNCAPI["channels"][path]
    assert module.PATH == path
    for direction, generated in (("publish", module.SENDS), ("subscribe", module.RECEIVES)):
        expected = {class_name(schema_of(ref["$ref"])[0]) for ref in channel[direction]["message"]["oneOf"]}
        assert {model.__name__ for model in generated} == expected, direction


@pytest.mark.parametrize("path", CHANNELS)
def test_every_query_parameter_and_first_message_field_is_a_typed_argument(path: str) -> None:
    module, channel = module_of(path), ASYNCAPI["channels"][path]
    parameters = inspect.signature(module.open_channel).parameters
    query = [name for name in channel["bindings"]["ws"]["query"]["properties"] if name not in CREDENTIALS]
    assert list(module.QUERY_PARAMETERS) == query
    _, first = schema_of(channel["publish"]["message"]["oneOf"][0]["$ref"])
    fields = [
        name for name, field in first["properties"].items() if name not in CREDENTIALS and "x-fern-type" not in field
    ]
    assert list(module.FIRST_MESSAGE_FIELDS) == fields
    assert list(parameters) == ["transport", *channel["parameters"], *query, *fields]
    for name in [*query, *fields]:
        assert parameters[name].kind is inspect.Parameter.KEYWORD_ONLY
        assert parameters[name].annotation not in ("Any", inspect.Parameter.empty), name
    assert "bool" in parameters["sync_alignment"].annotation and "int" in parameters["seed"].annotation


@pytest.mark.parametrize("path", CHANNELS)
def test_each_incoming_message_is_recognised_as_its_model(path: str) -> None:
    module, channel = module_of(path), ASYNCAPI["channels"][path]
    for ref in channel["subscribe"]["message"]["oneOf"]:
        name, schema = schema_of(ref["$ref"])
        example = {"audio": "AAAA"} if "audio" in schema.get("required", []) else {"isFinal": True}
        assert type(module.parse(example)).__name__ == name
    assert module.parse({"something": "new"}) == {"something": "new"}, "an unknown kind stays a dict"


@pytest.mark.parametrize("client_class", [ElevenLabs, AsyncElevenLabs])
def test_both_clients_have_the_realtime_methods_with_the_official_call_shape(client_class: type) -> None:
    group = type(client_class(api_key="k").text_to_speech)
    for name in ("convert_realtime", "realtime_session", "multi_context_session"):
        assert callable(getattr(group, name)), name
    official = inspect.signature(group.convert_realtime).parameters
    assert list(official) == [
        "self",
        "voice_id",
        "text",
        "model_id",
        "output_format",
        "voice_settings",
        "request_options",
    ]
    assert official["output_format"].default == "mp3_44100_128"
