"""The realtime surface against the AsyncAPI documents, read raw (not through the normalizer): every
channel, every message each way, every query parameter and first-message field is in the generated
client, and each channel is a generated method of its group, sync and async, typed; a channel a new
document adds becomes such a method through the pipeline alone, with no overlay edit.

The documents are the vendor's text to speech and agents ones, the additions we keep to the agents
one (`convai-additions.yml`, merged here by hand, the way the normalizer's `apply_additions` does),
and our realtime speech to text one."""

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
from fold import write_fold_data
from generate import render_realtime

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "openapi" / "asyncapi"
# Credentials go in the handshake header only (the issue): not offered as arguments.
CREDENTIALS = {"authorization", "xi-api-key", "xi_api_key", "token"}


def load(name: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((FOLDER / name).read_text(encoding="utf-8"))
    return document


def with_additions(document: dict[str, Any], additions: dict[str, Any]) -> dict[str, Any]:
    """The agents document with our additions: new messages listed, new schemas and fields added."""
    for path, channel in additions["channels"].items():
        target = document["channels"][path]
        for key, value in channel.items():
            if key in ("publish", "subscribe"):
                target[key]["message"]["oneOf"] += value["message"]["oneOf"]
            else:
                target[key] = value
    components = document["components"]
    components["messages"].update(additions["components"]["messages"])
    for name, schema in additions["components"]["schemas"].items():
        if name in components["schemas"]:
            components["schemas"][name]["properties"].update(schema["properties"])
        else:
            components["schemas"][name] = schema
    return document


DOCUMENTS = {
    "text-to-speech.yml": load("text-to-speech.yml"),
    "convai.yml": with_additions(load("convai.yml"), load("convai-additions.yml")),
    "speech-to-text-realtime.yml": load("speech-to-text-realtime.yml"),
}
CHANNELS = sorted((path, file) for file, document in DOCUMENTS.items() for path in document["channels"])
# Which module each channel is (the last word of its path; `realtime` is the package's own word).
MODULES = {
    "/v1/convai/conversation": "conversation",
    "/v1/speech-to-text/realtime": "speech_to_text_realtime",
    "/v1/text-to-speech/{voice_id}/multi-stream-input": "multi_stream_input",
    "/v1/text-to-speech/{voice_id}/stream-input": "stream_input",
}


def module_of(path: str) -> Any:
    return importlib.import_module("elevenlabs_api.realtime." + MODULES[path])


def schema_of(document: dict[str, Any], message_ref: str) -> tuple[str, dict[str, Any]]:
    message = document["components"]["messages"][message_ref.rsplit("/", 1)[-1]]
    name = message["payload"]["$ref"].rsplit("/", 1)[-1]
    return name, document["components"]["schemas"][name]


def class_name(schema: str) -> str:
    return schema.replace("TTS", "Tts")  # Fern's casing of an acronym, as the official SDK spells it


def first_message_ref(channel: dict[str, Any]) -> str | None:
    declared = channel.get("x-first-message")
    if declared is False:
        return None
    return str(declared["$ref"] if declared else channel["publish"]["message"]["oneOf"][0]["$ref"])


def literal(field: dict[str, Any]) -> Any:
    """The value a constant field must have, as the vendor (Fern) or we write it."""
    if "const" in field:
        return field["const"]
    expression = field["x-fern-type"]
    return expression == "literal<true>" or expression.removeprefix('literal<"').removesuffix('">')


def test_there_are_the_text_to_speech_agents_and_transcription_channels() -> None:
    assert [path for path, _ in CHANNELS] == sorted(MODULES)
    listed = importlib.import_module("elevenlabs_api.realtime").__doc__ or ""
    assert all(f"`{module}` ({path})" in listed for path, module in MODULES.items())


@pytest.mark.parametrize(("path", "file"), CHANNELS)
def test_every_message_each_way_is_a_generated_model(path: str, file: str) -> None:
    document = DOCUMENTS[file]
    module, channel = module_of(path), document["channels"][path]
    assert module.PATH == path
    for direction, generated in (("publish", module.SENDS), ("subscribe", module.RECEIVES)):
        expected = [class_name(schema_of(document, ref["$ref"])[0]) for ref in channel[direction]["message"]["oneOf"]]
        assert sorted(model.__name__ for model in generated) == sorted(expected), direction


@pytest.mark.parametrize(("path", "file"), CHANNELS)
def test_every_query_parameter_and_first_message_field_is_a_typed_argument(path: str, file: str) -> None:
    document = DOCUMENTS[file]
    module, channel = module_of(path), document["channels"][path]
    parameters = inspect.signature(module.opening).parameters
    query_schema = channel["bindings"]["ws"]["query"]
    query = [name for name in query_schema["properties"] if name not in CREDENTIALS]
    assert list(module.QUERY_PARAMETERS) == query
    opening = first_message_ref(channel)
    fields = []
    if opening is not None:
        _, first = schema_of(document, opening)
        fields = [
            name
            for name, field in first["properties"].items()
            if name not in CREDENTIALS and "x-fern-type" not in field and "const" not in field
        ]
    assert list(module.FIRST_MESSAGE_FIELDS) == fields
    assert list(parameters) == [*channel.get("parameters", {}), *query, *fields]
    for name in [*query, *fields]:
        assert parameters[name].kind is inspect.Parameter.KEYWORD_ONLY
        assert parameters[name].annotation not in ("Any", inspect.Parameter.empty), name
        required = name in query_schema.get("required", [])
        assert (parameters[name].default is inspect.Parameter.empty) is required, name


def test_the_query_parameters_have_their_types() -> None:
    tts = inspect.signature(module_of("/v1/text-to-speech/{voice_id}/stream-input").opening).parameters
    assert "bool" in tts["sync_alignment"].annotation and "int" in tts["seed"].annotation
    stt = inspect.signature(module_of("/v1/speech-to-text/realtime").opening).parameters
    assert stt["model_id"].annotation == "str", "required: no Unset"
    assert stt["audio_format"].annotation == "AudioFormatEnum | Unset"
    assert stt["commit_strategy"].annotation == "CommitStrategy | Unset"
    assert stt["vad_threshold"].annotation == "float | Unset"
    assert stt["keyterms"].annotation == "list[str] | Unset"


def test_the_transcription_channel_puts_its_settings_in_the_url_and_has_no_opening_message() -> None:
    module = module_of("/v1/speech-to-text/realtime")
    opening = module.opening(
        model_id="scribe_v2_realtime",
        commit_strategy="vad",
        keyterms=["Eleven", "Scribe"],
        include_timestamps=True,
        vad_threshold=0.5,
    )
    assert (opening.path, opening.first_message) == ("/v1/speech-to-text/realtime", None)
    assert opening.query == {
        "model_id": "scribe_v2_realtime",
        "commit_strategy": "vad",
        "include_timestamps": "true",
        "vad_threshold": "0.5",
        "keyterms": ["Eleven", "Scribe"],
    }


def test_a_list_parameter_repeats_each_item_formatted_as_a_single_value_is() -> None:
    from elevenlabs_api.realtime import query_of
    from elevenlabs_api.types import UNSET

    query = query_of(flag=True, ratio=0.5, flags=[True, False, 2, "Scribe"], left_out=UNSET)
    assert query == {"flag": "true", "ratio": "0.5", "flags": ["true", "false", "2", "Scribe"]}, "not 'True'"


def test_the_agents_channel_opens_with_the_conversation_initiation_message() -> None:
    module = module_of("/v1/convai/conversation")
    opening = module.opening(agent_id="agent_1", user_id="u1", dynamic_variables={"a": 1})
    assert (opening.path, opening.query) == ("/v1/convai/conversation", {"agent_id": "agent_1"})
    first = opening.first_message
    assert first["type"] == "conversation_initiation_client_data" and first["user_id"] == "u1"


def example(schema: dict[str, Any]) -> dict[str, Any]:
    """The smallest message of this schema: its constants, and a value for each required field."""
    fields = schema.get("properties", {})
    data = {name: literal(field) for name, field in fields.items() if "const" in field or "x-fern-type" in field}
    for name in schema.get("required", []):
        if name not in data:
            kind = fields[name].get("type")
            data[name] = {"string": "AAAA", "boolean": False, "integer": 1, "array": []}.get(kind, {})
    return data


@pytest.mark.parametrize(("path", "file"), CHANNELS)
def test_each_incoming_message_is_recognised_as_its_model(path: str, file: str) -> None:
    document = DOCUMENTS[file]
    module, channel = module_of(path), document["channels"][path]
    for ref in channel["subscribe"]["message"]["oneOf"]:
        name, schema = schema_of(document, ref["$ref"])
        message = example(schema)
        assert type(module.parse(message)).__name__ == class_name(name), name
    assert module.parse({"something": "new"}) == {"something": "new"}, "an unknown kind stays a dict"


def test_the_agents_additions_reach_the_models() -> None:
    module = module_of("/v1/convai/conversation")
    audio = module.parse(
        {
            "type": "audio",
            "audio_event": {
                "audio_base_64": "AAAA",
                "event_id": 3,
                "alignment": {"chars": ["H", "i"], "char_start_times_ms": [0, 50], "char_durations_ms": [50, 50]},
            },
        }
    )
    assert audio.audio_event.alignment.chars == ["H", "i"]
    part = module.parse({"type": "agent_chat_response_part", "text_response_part": {"text": "Hel", "type": "delta"}})
    assert (part.text_response_part.text, part.text_response_part.type_) == ("Hel", "delta")


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


# The text to speech channels; the agents and speech to text ones have their methods checked with their
# sessions (issue 19).
SPEECH_CHANNELS = [path for path, file in CHANNELS if file == "text-to-speech.yml"]


@pytest.mark.parametrize("client_class", [ElevenLabs, AsyncElevenLabs])
@pytest.mark.parametrize("path", SPEECH_CHANNELS)
def test_each_channel_is_a_generated_method_of_its_group_with_every_argument_typed(
    path: str, client_class: type
) -> None:
    module, channel = module_of(path), DOCUMENTS["text-to-speech.yml"]["channels"][path]
    method = getattr(group_of(client_class(api_key="k"), path), METHODS[path.rsplit("/", 1)[-1]])
    assert method.__module__ == "elevenlabs_api.api.text_to_speech", "generated, not written in the overlay"
    assert inspect.iscoroutinefunction(method) is (client_class is AsyncElevenLabs)
    parameters = inspect.signature(method).parameters
    query = [name for name in channel["bindings"]["ws"]["query"]["properties"] if name not in CREDENTIALS]
    expected = [*channel["parameters"], *query, *module.FIRST_MESSAGE_FIELDS, "request_options"]
    assert list(parameters) == expected
    hints = typing.get_type_hints(method)
    channel_hints = typing.get_type_hints(module.opening)
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
# Its sessions' typed protocols, with a method for each client message but the opening one.
from elevenlabs_api.realtime import listen
assert (channel.session, channel.async_session) == (listen.Session, listen.AsyncSession)
assert list(inspect.signature(listen.Messages.send_say).parameters) == ["self", "words"]
assert inspect.iscoroutinefunction(listen.AsyncMessages.send_say) and not hasattr(listen.Messages, "send_hello")
print("ok")
"""


def test_a_channel_a_new_document_adds_is_a_method_of_its_group_with_no_overlay_edit(tmp_path: Path) -> None:
    spec = n.normalize(
        yaml.safe_load(SYNTHETIC), whole_file="things.json", asyncapi={"things.yml": yaml.safe_load(SYNTHETIC_ASYNCAPI)}
    )
    (tmp_path / "spec.json").write_text(n.dump_json({**spec, "info": {"title": "things", "version": "1"}}))
    templates = Path(shutil.copytree(ROOT / "templates", tmp_path / "templates"))
    (templates / "spec_data.jinja").write_text(n.as_jinja(n.template_data(spec)))
    write_fold_data(tmp_path / "spec.json", templates / "fold_data.jinja")
    generate = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        f"--path={tmp_path / 'spec.json'}",
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
        tmp_path / "spec.json", tmp_path / "generated" / "elevenlabs_api" / "realtime", templates / "realtime"
    )
    check = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SYNTHETIC_CHECKS)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path / "generated",
    )
    assert check.stdout.strip() == "ok", check.stdout + check.stderr
