"""The realtime channel pages of the reference (scripts/reference_realtime.py), written to a temporary folder:
every channel, message, field and parameter of the spec's `x-realtime` is on its page, and the signature blocks
are the live methods'. Their examples run in tests/test_reference_pages.py, with the HTTP pages' ones."""

from __future__ import annotations

import ast
import copy
import inspect
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import reference_realtime
import reference_realtime_examples
import reference_values
from conftest import normalized_spec
from doc_examples import Example, examples
from elevenlabs_client import AsyncElevenLabs, ElevenLabs
from reference_markdown import documented
from reference_values import ExampleError
from test_reference_signatures import signature_problems

SPEC = normalized_spec()
CHANNELS: dict[str, Any] = SPEC["x-realtime"]["channels"]


def blocks(page: Path, marker: str) -> list[Example]:
    """The ```python blocks of `page` right after `<!-- {marker} -->`."""
    return examples(f"<!-- {marker} -->", page)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """channel name -> its page, written where the reference keeps them (docs/reference/realtime/)."""
    folder = tmp_path_factory.mktemp("reference") / "docs" / "reference"
    written = {}
    for name, text in reference_realtime.channel_pages(SPEC).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
        written[Path(name).stem] = folder / name
    return written


def section(text: str, heading: str) -> str:
    """The text under `heading` up to the next heading of its level or above."""
    level = heading.split(" ")[0]
    start = text.index(f"\n{heading}\n")
    ends = [match.start() for match in re.finditer(rf"\n#{{1,{len(level)}}} ", text) if match.start() > start]
    return text[start : min(ends, default=len(text))]


def test_every_channel_has_a_page_and_a_line_of_the_index(pages: dict[str, Path]) -> None:
    assert sorted(pages) == sorted(CHANNELS)
    lines = reference_realtime.index_lines(SPEC)
    for name, channel in CHANNELS.items():
        (line,) = [line for line in lines if f"(realtime/{name}.md)" in line]
        assert line.startswith("- [") and channel["path"] in line


@pytest.mark.parametrize("name", sorted(CHANNELS))
def test_a_page_says_every_message_field_and_parameter_of_its_channel(pages: dict[str, Path], name: str) -> None:
    channel, text = CHANNELS[name], pages[name].read_text(encoding="utf-8")
    schemas = SPEC["components"]["schemas"]
    assert f"`WSS {channel['path']}`" in text and channel["source"] in text
    assert channel["description"].splitlines()[0] in text
    assert "](/" not in text, "a link by path: the vendor's site's, which the docs site cannot resolve"
    for heading, messages in (("Send", channel["sends"]), ("Receiv", channel["receives"])):
        part = text[
            text.index(f"## {'Your server ' + heading.lower() if channel['direction'] == 'server' else heading}") :
        ]
        for message in messages:
            entry = section(part, f"### `{message['message']}`")
            for field in schemas[message["schema"]].get("properties") or {}:
                assert f"| `{field}` |" in entry, f"{name}: {message['message']}.{field}"
    if channel.get("direction") == "server":
        return
    opening = section(text, f"## `client.{channel['group']}.{channel['method']}`")
    for parameter in channel["path_parameters"] + channel["query_parameters"]:
        assert f"| `{parameter['name']}` (" in opening, parameter["name"]
    method = getattr(getattr(ElevenLabs(api_key="-"), channel["group"]), channel["method"])
    for parameter in inspect.signature(method).parameters:  # the first message's fields among them
        assert f"| `{parameter}` " in opening, parameter
    # The client's own argument as the method's docstring says it (its timeout is also the wait for a message).
    assert f"| {' '.join(documented(method)['request_options'].split())} |" in opening


@pytest.mark.parametrize("name", sorted(CHANNELS))
def test_the_model_a_page_names_for_each_message_is_the_one_its_channel_sends_or_receives(
    pages: dict[str, Path], name: str
) -> None:
    import elevenlabs_client.models

    module = __import__(f"elevenlabs_api.realtime.{name}", fromlist=["SENDS"])
    named = re.findall(r"Model: `(\w+)` \(`from elevenlabs_client.models import \1`\)", pages[name].read_text("utf-8"))
    assert named == [model.__name__ for model in module.SENDS + module.RECEIVES]
    for model in module.SENDS + module.RECEIVES:
        assert getattr(elevenlabs_client.models, model.__name__) is model


def test_a_message_a_new_document_adds_is_on_the_next_pages() -> None:
    spec = copy.deepcopy(SPEC)
    received = spec["x-realtime"]["channels"]["conversation"]["receives"]
    received.append({**received[0], "message": "SomethingNew", "description": "Said by a newer document."})
    text = reference_realtime.channel_pages(spec)["realtime/conversation.md"]
    assert "### `SomethingNew`\n" in text and "Said by a newer document." in text


def signatures(page: Path) -> Iterator[tuple[Example, Any]]:
    """Each signature block of the page with the live function it shows."""
    text = page.read_text(encoding="utf-8")
    name = page.stem
    channel = CHANNELS[name]
    if channel.get("direction") == "server":
        return
    for flavour, client in (("sync", ElevenLabs(api_key="-")), ("async", AsyncElevenLabs(api_key="-"))):
        (block,) = blocks(page, f"signature: {flavour}")
        heading = text[: text.index(block.code)].rsplit("\n## ", 1)[1].split("\n")[0]
        assert heading == f"`client.{channel['group']}.{channel['method']}`"
        yield block, getattr(getattr(client, channel["group"]), channel["method"])
    module = __import__(f"elevenlabs_api.realtime.{name}", fromlist=["CHANNEL"])
    for flavour, session in zip(
        ("sync", "async"), reference_realtime.session_classes(name, module.CHANNEL), strict=True
    ):
        found = blocks(page, f"session signature: {flavour}")
        assert found, f"{name}: no session method"
        for block in found:
            definition = ast.parse(block.code).body[0]
            assert isinstance(definition, ast.FunctionDef | ast.AsyncFunctionDef)
            yield block, getattr(session, definition.name)


@pytest.mark.parametrize("name", sorted(CHANNELS))
def test_the_signature_blocks_parse_and_are_the_live_methods(pages: dict[str, Path], name: str) -> None:
    problems = [
        f"{block.where}: {problem}"
        for block, function in signatures(pages[name])
        for problem in signature_problems(block.code, function)
    ]
    assert not problems, "\n".join(problems)


def test_a_channel_with_no_programs_of_its_own_gets_the_generic_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a channel a new AsyncAPI document adds gets: open it, send its first typed message, print a reply."""
    monkeypatch.delitem(reference_realtime_examples.PROGRAMS, "conversation")
    text = reference_realtime.channel_pages(SPEC)["realtime/conversation.md"]
    for flavour in ("sync", "async"):
        code = text.split(f"<!-- example: {flavour} -->\n```python\n")[1].split("```")[0]
        assert 'client.conversational_ai.realtime_session(agent_id="agent_id")' in code
        assert "session.send_user_audio_chunk()" in code and "print(message)" in code
        ast.parse(code)


def test_an_example_value_is_chosen_as_on_the_http_pages_and_one_that_does_not_fit_fails_naming_the_channel(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = copy.deepcopy(SPEC)
    (agent_id,) = spec["x-realtime"]["channels"]["conversation"]["query_parameters"]
    agent_id["schema"] = {"type": "string", "format": "uuid", "example": "not-a-uuid"}  # fits but for its format
    text = reference_realtime.channel_pages(spec)["realtime/conversation.md"]
    (passed,) = set(re.findall(r'realtime_session\(agent_id="([^"]*)"\)', text))
    assert uuid.UUID(passed), "the spec's example does not fit: the test server's value, a uuid"
    monkeypatch.setattr(reference_values.Values, "chosen", lambda self, name, schema, parameter=None: "not-a-uuid")
    with pytest.raises(ExampleError, match="realtime channel conversation: the example's agent_id='not-a-uuid'"):
        reference_realtime.channel_pages(spec)
