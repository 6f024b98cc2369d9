"""scripts/reference*.py on tiny specs: how an example's values are chosen, that a value the spec refuses
stops generation naming the operation and the argument, and that the pages come from the package asked for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from reference_markdown import documented, signature_block, type_cell
from reference_pages import slug
from reference_values import ExampleError, Values, checked, source

ROOT = Path(__file__).resolve().parent.parent


def values(schemas: dict[str, Any] | None = None) -> Values:
    return Values({"openapi": "3.1.0", "paths": {}, "components": {"schemas": schemas or {}}})


def test_the_specs_example_wins_then_the_name_then_the_builders_value() -> None:
    chosen = values().chosen
    assert chosen("voice_id", {"type": "string", "examples": ["21m00Tcm4TlvDq8ikWAM"]}) == "21m00Tcm4TlvDq8ikWAM"
    assert chosen("voice_id", {"type": "string"}) == "JBFqnCBsd6RMkjVDRZzb"  # realistic where a name says it
    assert chosen("dubbing_id", {"type": "string"}) == "dubbing_id"
    assert chosen("dubbing_id", {"type": "string", "pattern": "^dub_[0-9]+$"}) == "dub_0"
    # An example the schema refuses (a format) is not taken.
    assert chosen("email", {"type": "string", "format": "email", "example": "nobody"}) == "someone@example.com"
    assert chosen("count", {"type": "integer", "minimum": 3}) == 3


def test_a_placeholder_string_inside_a_body_is_its_fields_name_where_a_plain_string_takes_it() -> None:
    schemas = {
        "Config": {
            "type": "object",
            "required": ["url", "label", "kind", "code", "note"],
            "properties": {
                "url": {"type": "string"},
                "label": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                "kind": {"type": "string", "const": "text"},
                "code": {"type": "string", "pattern": "^[a-z]+$"},
                "note": {"type": "string", "format": "email"},
            },
        }
    }
    body = {"oneOf": [{"$ref": "#/components/schemas/Config"}, {"type": "null"}]}
    assert values(schemas).chosen("request", body) == {
        "url": "https://example.com/page",  # realistic, as the name says
        "label": "label",  # a union with null is a plain string too
        "kind": "text",  # a tag stays what it must be
        "code": "a",  # a pattern's string, a format's value: the builder's
        "note": "someone@example.com",
    }


def test_a_value_the_spec_refuses_stops_generation_naming_the_operation_and_the_argument() -> None:
    bad = {"type": "string", "format": "date-time"}
    with pytest.raises(ExampleError, match=r"history_list \(client.history.list\): the example's since='yesterday'"):
        checked(values(), "history_list (client.history.list)", {"since": ("yesterday", bad)})
    checked(values(), "fine", {"since": ("2026-08-22T10:00:00Z", bad)})


def test_models_are_written_as_their_constructors_and_files_as_paths() -> None:
    from elevenlabs_client import VoiceSettings

    written = source([VoiceSettings(stability=0.5), Path("audio.mp3")])
    assert written.text == '[VoiceSettings(stability=0.5), Path("audio.mp3")]'
    assert written.models == {"VoiceSettings"} and written.stdlib == {"from pathlib import Path"}


def test_signatures_are_python_with_the_prefixes_users_do_not_write_removed() -> None:
    # Annotations as the generated modules write them (not evaluated here: `from __future__ import annotations`).
    def render(self: Any, dubbing_id: builtins.list[models.X], *, mode: str | Unset = "new") -> models.Y:  # type: ignore[name-defined]  # noqa: F821
        raise AssertionError

    block = signature_block(render, "render")
    assert (
        block
        == '```python\ndef render(\n    dubbing_id: list[X],\n    *,\n    mode: str | Unset = "new",\n) -> Y: ...\n```'
    )
    assert type_cell("list[A | B] | None | Unset") == "`list[A or B]` or `None`"
    assert slug("`client.dubbing.resource.render`") == "clientdubbingresourcerender"


def test_the_pages_come_from_the_package_given_not_the_installed_one(tmp_path: Path) -> None:
    (tmp_path / "spec.json").write_text("{}")
    command = [sys.executable, str(ROOT / "scripts" / "reference.py"), f"--spec={tmp_path / 'spec.json'}"]
    command += [f"--generated={tmp_path}", f"--overlays={ROOT / 'overlays'}", f"--output={tmp_path / 'out'}"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 1 and f"not the package in {tmp_path}" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_parameter_is_described_as_the_methods_docstring_says_it_continuation_lines_joined() -> None:
    def convert(self: Any, mode: str, chunk_size: int | None = None) -> None:
        """Convert.

        Args:
            mode (str): How to convert.
                One of: fast, slow.
            chunk_size (int | None):
                The size of the chunks.

        Returns:
            Nothing.
        """

    assert documented(convert) == {
        "mode": "How to convert. One of: fast, slow.",
        "chunk_size": "The size of the chunks.",
    }
