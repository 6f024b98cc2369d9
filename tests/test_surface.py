"""The client's surface against the spec: every operation as `client.<groups>.<method>`, sync and async,
with the spec's parameters; the official SDK's names and call shapes; environments; lazy loading."""

from __future__ import annotations

import inspect
import json
import keyword
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import API_KEY, normalized_spec
from elevenlabs_client import AsyncElevenLabs, ElevenLabs, ElevenLabsEnvironment

ROOT = Path(__file__).resolve().parent.parent
SPEC = normalized_spec()
METHODS = ("get", "put", "post", "delete", "patch")
# What every method may take beyond the spec's parameters.
OWN_PARAMETERS = {"self", "request_options", "chunk_size", "request"}


def spec_operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [(p, m, op) for p, item in SPEC["paths"].items() for m, op in item.items() if m in METHODS]


def python_name(name: str) -> str:
    """A spec parameter's or field's name in the client: the generator's (snake case, a keyword gets `_`),
    but a builtin's name stays the spec's (`type`, `format`): Python allows it as a parameter."""
    from openapi_python_client.strings import PythonIdentifier

    generated = str(PythonIdentifier(name, prefix="field_"))
    kept = generated == name + "_" and not keyword.iskeyword(name) and name not in ("self", "datetime")
    return name if kept else generated


def resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = SPEC["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
    return node


def expected_parameters(operation: dict[str, Any]) -> set[str]:
    names = {python_name(p["name"]) for p in operation.get("parameters", [])}
    content = (operation.get("requestBody") or {}).get("content") or {}
    for media in content.values():
        schema = resolve(media.get("schema"))
        names |= {python_name(field) for field in (schema or {}).get("properties") or {}}
    return names


def method_of(client: object, operation: dict[str, Any]) -> Any:
    target = client
    for attribute in [*operation["x-fern-sdk-group-name"], operation["x-fern-sdk-method-name"]]:
        target = getattr(target, attribute, None)
        if target is None:
            return None
    return target


@pytest.mark.parametrize("client_class", [ElevenLabs, AsyncElevenLabs])
def test_every_operation_is_a_method_with_the_specs_parameters(
    client_class: type[ElevenLabs | AsyncElevenLabs],
) -> None:
    client = client_class(api_key=API_KEY)
    missing, wrong = [], []
    for path, method, operation in spec_operations():
        where = f"{method.upper()} {path}: client.{'.'.join(operation['x-fern-sdk-group-name'])}."
        where += operation["x-fern-sdk-method-name"]
        function = method_of(client, operation)
        if not callable(function):
            missing.append(where)
            continue
        signature = set(inspect.signature(function).parameters)
        taken = signature - OWN_PARAMETERS
        expected = expected_parameters(operation)
        if lacking := expected - signature:  # a body may have a field named like one of ours (`request`)
            wrong.append(f"{where} lacks {sorted(lacking)}")
        if extra := taken - expected:
            wrong.append(f"{where} has extra {sorted(extra)}")
        streams = "Stream" in str(inspect.signature(function).return_annotation)
        if client_class is AsyncElevenLabs and not streams and not inspect.iscoroutinefunction(function):
            wrong.append(f"{where} is not a coroutine function")
    assert not missing, f"{len(missing)} operations not reachable from {client_class.__name__}: {missing}"
    assert not wrong, wrong


@pytest.mark.parametrize("client_class", [ElevenLabs, AsyncElevenLabs])
def test_every_operation_has_a_raw_response_twin(client_class: type[ElevenLabs | AsyncElevenLabs]) -> None:
    """client.<groups>.with_raw_response.<method>: the same signature, for every operation."""
    client = client_class(api_key=API_KEY)
    missing = []
    for _, _, operation in spec_operations():
        group: Any = client
        for attribute in operation["x-fern-sdk-group-name"]:
            group = getattr(group, attribute)
        method = operation["x-fern-sdk-method-name"]
        twin = getattr(group.with_raw_response, method, None)
        if twin is None or inspect.signature(twin) != inspect.signature(getattr(group, method)):
            missing.append(f"{'.'.join(operation['x-fern-sdk-group-name'])}.with_raw_response.{method}")
    assert not missing, missing


def source_operations() -> set[tuple[str, str]]:
    """(path, method) of every operation of the vendor's whole spec and the pages: what the client must have."""
    sources = [json.loads((ROOT / "openapi" / "openapi.json").read_bytes())]
    sources += [
        yaml.safe_load(page.read_text(encoding="utf-8")) for page in (ROOT / "openapi" / "pages").glob("*.yaml")
    ]
    return {
        (path, method) for doc in sources for path, item in doc["paths"].items() for method in item if method in METHODS
    }


def test_the_whole_spec_is_covered() -> None:
    assert {(path, method) for path, method, _ in spec_operations()} == source_operations()
    names = {(tuple(op["x-fern-sdk-group-name"]), op["x-fern-sdk-method-name"]) for _, _, op in spec_operations()}
    assert len(names) == len(source_operations()), "one client method per operation"
    assert all(not keyword.iskeyword(method) for _, method in names)


@pytest.mark.parametrize(
    "call",
    [
        "text_to_speech.convert",
        "text_to_speech.stream",
        "text_to_speech.convert_with_timestamps",
        "text_to_speech.stream_with_timestamps",
        "voices.search",
        "voices.get",
        "voices.settings.get",
        "speech_to_text.convert",
        "conversational_ai.agents.create",
        "conversational_ai.agents.list",
        "conversational_ai.conversations.get",
        "conversational_ai.conversations.audio.get",
        "dubbing.create",
        "music.compose",
        "history.get_audio",
        "user.subscription.get",
        "models.list",
    ],
)
def test_the_official_sdks_names(call: str) -> None:
    for client in (ElevenLabs(api_key=API_KEY), AsyncElevenLabs(api_key=API_KEY)):
        target: Any = client
        for attribute in call.split("."):
            target = getattr(target, attribute)
        assert callable(target), call


def test_groups_are_made_once_and_shared() -> None:
    client = ElevenLabs(api_key=API_KEY)
    assert client.conversational_ai.agents is client.conversational_ai.agents
    assert client.voices.samples.audio is client.voices.samples.audio
    assert client.with_options(max_retries=0).voices is not client.voices


@pytest.mark.parametrize(
    ("environment", "url"),
    [
        (ElevenLabsEnvironment.PRODUCTION, "https://api.elevenlabs.io"),
        (ElevenLabsEnvironment.PRODUCTION_US, "https://api.us.elevenlabs.io"),
        (ElevenLabsEnvironment.PRODUCTION_EU, "https://api.eu.residency.elevenlabs.io"),
        (ElevenLabsEnvironment.PRODUCTION_INDIA, "https://api.in.residency.elevenlabs.io"),
    ],
)
def test_environments_choose_the_base_url(environment: ElevenLabsEnvironment, url: str) -> None:
    assert ElevenLabs(api_key=API_KEY, environment=environment).base_url == url
    assert AsyncElevenLabs(api_key=API_KEY, environment=environment).base_url == url


def test_base_url_wins_over_environment_and_the_variable_is_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ELEVENLABS_BASE_URL", "http://127.0.0.1:9")
    assert ElevenLabs(api_key=API_KEY).base_url == "http://127.0.0.1:9"
    eu = ElevenLabsEnvironment.PRODUCTION_EU
    assert ElevenLabs(api_key=API_KEY, environment=eu).base_url == eu.value
    assert ElevenLabs(api_key=API_KEY, environment=eu, base_url="http://h").base_url == "http://h"
    with pytest.raises(TypeError, match="ElevenLabsEnvironment"):
        ElevenLabs(api_key=API_KEY, environment="https://api.elevenlabs.io")  # type: ignore[arg-type]


def test_models_are_importable_from_the_client_package_by_name() -> None:
    from elevenlabs_client import SpeechHistoryItemResponse, SpeechHistoryItemResponseModel, VoiceSettings, models

    assert SpeechHistoryItemResponse.__module__ == "elevenlabs_api.models.speech_history_item_response"
    assert SpeechHistoryItemResponseModel is SpeechHistoryItemResponse  # the name it had before: an alias
    assert models.VoiceSettings is VoiceSettings
    assert models.VoiceSettingsResponseModel is VoiceSettings
    with pytest.raises(ImportError):
        from elevenlabs_client import NoSuchModel  # type: ignore[attr-defined]  # noqa: F401


def loaded_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(result.stdout.split())


# What a user's environment has: click is absent there, and in .venv (the dev tools bring it) httpx's
# __init__ would load its command line with it, rich, pygments and dataclasses.
AS_INSTALLED = 'sys.modules["click"] = None'
# Every file the child opens (the audit hook sees open() of any file), to catch a spec read at import.
OPENED = "opened = []\nsys.addaudithook(lambda e, a: opened.append(str(a[0])) if e == 'open' else None)"


def test_importing_the_client_loads_no_group_and_no_model() -> None:
    modules = loaded_after(f"{AS_INSTALLED}\n{OPENED}\nimport elevenlabs_client\nprint('\\n'.join(opened))")
    assert not [m for m in modules if m.startswith("elevenlabs_api.models")]
    assert "elevenlabs_api._tables" not in modules  # the models' engine, loaded with the first model
    assert not [m for m in modules if m.startswith("elevenlabs_api.api.") and m.count(".") >= 2]
    # Nor the realtime channels, the test server, the spec it serves, or anything that reads the spec.
    assert not [m for m in modules if m.startswith(("elevenlabs_api.realtime", "elevenlabs_client._realtime"))]
    assert not [m for m in modules if m.startswith(("elevenlabs_client._testing", "elevenlabs_client.testing"))]
    assert not {"elevenlabs_client._spec_routes", "elevenlabs_client._examples"} & modules
    opened = [Path(line).name for line in modules if "/" in line]  # the files, printed after the modules
    assert opened, "the audit hook saw no file opened: it would not see the spec read either"
    assert not [name for name in opened if name.startswith(("openapi", "asyncapi"))]
    # The value classes made at import are plain classes: `import dataclasses` (and each @dataclass) cost
    # about a millisecond.
    assert "dataclasses" not in modules


CONVERSATIONS = {"conversational_ai", "conversational_ai_conversations"}


@pytest.mark.parametrize("client", ["ElevenLabs", "AsyncElevenLabs"])
@pytest.mark.parametrize(
    ("reach", "groups", "overlays"),
    # Top-level groups are tests/test_group_loading.py's; these are the nested groups an overlay adds to.
    [
        ("conversational_ai.conversations", CONVERSATIONS, {"_conversational_ai", "_conversations"}),
        (
            "conversational_ai.conversations.audio",
            {*CONVERSATIONS, "conversational_ai_conversations_audio"},
            {"_conversational_ai", "_conversations", "_conversation_audio"},
        ),
    ],
)
def test_a_nested_group_the_client_adds_to_loads_no_other_group(
    client: str, reach: str, groups: set[str], overlays: set[str]
) -> None:
    modules = loaded_after(f"from elevenlabs_client import {client}\n{client}(api_key='k').{reach}.__class__")
    assert {m.split(".")[2] for m in modules if m.startswith("elevenlabs_api.api.") and m.count(".") >= 2} == groups
    every_overlay = {"_history", "_webhooks", "_conversational_ai", "_conversations", "_conversation_audio"}
    assert {m.split(".")[1] for m in modules if m.startswith("elevenlabs_client._")} & every_overlay == overlays
    assert not [m for m in modules if m.startswith("elevenlabs_api.models.")]


def files_opened_by(code: str) -> list[str]:
    script = f"import sys\n{OPENED}\n{code}\nprint('\\n'.join(opened))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return result.stdout.split()


def test_importing_the_client_reads_no_spec() -> None:
    """The spec the test server answers from (1.2 MB once decompressed) is read by that server only."""
    assert not [name for name in files_opened_by("import elevenlabs_client") if "openapi" in name]
    read = files_opened_by("from elevenlabs_client._spec_routes import load_spec\nload_spec()")
    assert [name for name in read if name.endswith("openapi.json.gz")]


def test_webhooks_and_realtime_names_load_on_first_use() -> None:
    lazy = {"elevenlabs_client.webhooks", "elevenlabs_client._realtime._core", "hmac", "secrets"}
    assert not lazy & loaded_after("from elevenlabs_client import ElevenLabs")
    used = loaded_after("from elevenlabs_client import RealtimeAudio, construct_event, WebhookVerificationError")
    assert {"elevenlabs_client.webhooks", "elevenlabs_client._realtime._core"} <= used
    import elevenlabs_client
    from elevenlabs_client import _realtime, webhooks

    assert elevenlabs_client.construct_event is webhooks.construct_event
    assert elevenlabs_client.RealtimeFinal is _realtime._core.RealtimeFinal
