"""The realtime surface against the vendor's AsyncAPI document, read raw (not through the normalizer):
every channel, every message each way, every query parameter and first-message field is in the
generated client, and each channel is a generated method of its group, sync and async, typed; a channel
a new document adds becomes such a method through the pipeline alone, with no overlay edit."""

from __future__ import annotations

import importlib
import inspect
import shutil
import subprocess
import sys
import textwrap
import typing
from pathlib import Path
from typing import Any

import normalize as n
import pytest
import yaml
from elevenlabs_api.types import Unset
from elevenlabs_client import AsyncElevenLabs, ElevenLabs
from generate import render_realtime

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


# The public names of the channels' methods (the normalizer's rule: "multi_context_session" for a channel
# whose client messages carry a context_id, else "realtime_session").
METHODS = {"stream-input": "realtime_session", "multi-stream-input": "multi_context_session"}


def group_of(client: Any, path: str) -> Any:
    return getattr(client, path.strip("/").split("/")[1].replace("-", "_"))


@pytest.mark.parametrize("client_class", [ElevenLabs, AsyncElevenLabs])
@pytest.mark.parametrize("path", CHANNELS)
def test_each_channel_is_a_generated_method_of_its_group_with_every_argument_typed(
    path: str, client_class: type
) -> None:
    module, channel = module_of(path), ASYNCAPI["channels"][path]
    method = getattr(group_of(client_class(api_key="k"), path), METHODS[path.rsplit("/", 1)[-1]])
    assert method.__module__ == "elevenlabs_api.api.text_to_speech", "generated, not written in the overlay"
    assert inspect.iscoroutinefunction(method) is (client_class is AsyncElevenLabs)
    parameters = inspect.signature(method).parameters
    query = [name for name in channel["bindings"]["ws"]["query"]["properties"] if name not in CREDENTIALS]
    expected = [*channel["parameters"], *query, *module.FIRST_MESSAGE_FIELDS, "request_options"]
    assert list(parameters) == expected
    hints = typing.get_type_hints(method)
    channel_hints = typing.get_type_hints(module.open_channel)
    for name in [*query, *module.FIRST_MESSAGE_FIELDS]:
        assert parameters[name].kind is inspect.Parameter.KEYWORD_ONLY, name
        assert isinstance(parameters[name].default, Unset), name
        assert hints[name] == channel_hints[name] and Unset in typing.get_args(hints[name]), name
        assert Any not in typing.get_args(hints[name]), name
    assert hints["seed"] == int | Unset and hints["sync_alignment"] == bool | Unset
    # The docstring is the document's: its description's first sentence, and each argument's own.
    doc = " ".join((inspect.getdoc(method) or "").split())
    assert " ".join(channel["description"].split()).split(". ")[0] in doc
    model_id = channel["bindings"]["ws"]["query"]["properties"]["model_id"]["description"]
    assert f"model_id (str | Unset): {model_id}" in doc


SYNTHETIC = """
openapi: 3.1.0
paths:
  /v1/things/{thing_id}:
    get:
      operationId: get_thing
      x-fern-sdk-group-name: things
      x-fern-sdk-method-name: get
      parameters: [{name: thing_id, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok}}
"""

SYNTHETIC_ASYNCAPI = """
asyncapi: 2.6.0
channels:
  /v1/things/{thing_id}/listen:
    description: Hear a thing as it happens. It talks back.
    parameters: {thing_id: {description: Which thing., schema: {type: string}}}
    bindings: {ws: {query: {properties: {
      loudness: {type: integer, description: How loud.},
      authorization: {type: string}}}}}
    publish: {message: {oneOf: [{$ref: '#/components/messages/Hello'}, {$ref: '#/components/messages/Say'}]}}
    subscribe: {message: {oneOf: [{$ref: '#/components/messages/Heard'}]}}
components:
  messages:
    Hello: {payload: {$ref: '#/components/schemas/Hello'}}
    Say: {payload: {$ref: '#/components/schemas/Say'}}
    Heard: {payload: {$ref: '#/components/schemas/Heard'}}
  schemas:
    Hello: {type: object, properties: {mood: {type: string, description: The mood.}, tags: {x-fern-type: list<string>}}}
    Say: {type: object, required: [words], properties: {words: {type: string}}}
    Heard: {type: object, required: [sound], properties: {sound: {type: string}}}
"""

# Run in the generated package: the group's class has the channel's methods, typed, and they hand the
# requester the channel and its opening.
SYNTHETIC_CHECKS = """
import asyncio, inspect, typing
from elevenlabs_api.api.things import AsyncThingsResource, ThingsResource
from elevenlabs_api.types import Unset

for cls in (ThingsResource, AsyncThingsResource):
    method = cls.realtime_session
    assert list(inspect.signature(method).parameters) == ["self", "thing_id", "loudness", "mood", "tags", "request_options"]
    hints = typing.get_type_hints(method)
    assert (hints["loudness"], hints["mood"], hints["tags"]) == (int | Unset, str | Unset, list[str] | Unset), hints
    assert "loudness (int | Unset): How loud." in inspect.getdoc(method)

class Requester:
    def open_realtime(self, channel, opening, options):
        return channel, opening, options

class AsyncRequester:
    async def open_realtime(self, channel, opening, options):
        return channel, opening, options

opened = ThingsResource(Requester()).realtime_session("t 1", loudness=3, mood="glad")
assert opened == asyncio.run(AsyncThingsResource(AsyncRequester()).realtime_session("t 1", loudness=3, mood="glad"))
channel, opening, options = opened
assert (channel.name, channel.group, channel.kind) == ("listen", "things", "single"), channel
assert [model.__name__ for model in channel.sends] == ["Hello", "Say"]
assert channel.parse({"sound": "boom"}).sound == "boom"
assert (opening.path, opening.query, opening.first_message) == ("/v1/things/t%201/listen", {"loudness": "3"}, {"mood": "glad"})
print("ok")
"""


def test_a_channel_a_new_document_adds_is_a_method_of_its_group_with_no_overlay_edit(tmp_path: Path) -> None:
    spec = n.normalize(
        yaml.safe_load(SYNTHETIC), whole_file="things.json", asyncapi={"things.yml": yaml.safe_load(SYNTHETIC_ASYNCAPI)}
    )
    (tmp_path / "spec.yaml").write_text(n.dump({**spec, "info": {"title": "things", "version": "1"}}))
    templates = Path(shutil.copytree(ROOT / "templates", tmp_path / "templates"))
    (templates / "spec_data.jinja").write_text(n.as_jinja(n.template_data(spec)))
    generate = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        f"--path={tmp_path / 'spec.yaml'}",
        f"--config={ROOT / 'generator-config.yaml'}",
        f"--custom-template-path={templates}",
        "--meta=uv",
        f"--output-path={tmp_path / 'generated'}",
        "--fail-on-warning",
    ]
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"}
    result = subprocess.run(generate, capture_output=True, text=True, check=False, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    render_realtime(
        tmp_path / "spec.yaml", tmp_path / "generated" / "elevenlabs_api" / "realtime", templates / "realtime"
    )
    check = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SYNTHETIC_CHECKS)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path / "generated",
    )
    assert check.stdout.strip() == "ok", check.stdout + check.stderr
