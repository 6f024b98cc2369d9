"""The generated package: every operation is there, requests go over the wire right, drift is caught."""

from __future__ import annotations

import asyncio
import gzip
import importlib
import inspect
import json
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
import yaml
from conftest import normalized_spec
from elevenlabs_api import AuthenticatedClient, errors
from elevenlabs_api.api.history import history_download, history_get, history_get_audio, history_list
from elevenlabs_api.models import BodyDownloadHistoryItemsV1HistoryDownloadPost as DownloadHistoryItemsRequest
from elevenlabs_api.models import SpeechHistoryItemResponseModel
from elevenlabs_api.types import File
from elevenlabs_client.testing import FakeElevenLabs, Fault
from generate import diff_files, ship_spec
from normalize import dump_json

ROOT = Path(__file__).resolve().parent.parent
SPEC = normalized_spec()
METHODS = ("get", "put", "post", "delete", "patch")


def spec_operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in SPEC["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


class AnyBody:
    """Stands for any request body: what `_get_kwargs` asks of one."""

    def to_dict(self) -> dict[str, Any]:
        return {}

    def to_multipart(self) -> list[Any]:
        return []

    def to_tuple(self) -> Any:
        return (None, b"", None)


@pytest.mark.parametrize(
    ("path", "method", "operation"), spec_operations(), ids=[op["operationId"] for _, _, op in spec_operations()]
)
def test_every_operation_has_its_generated_functions(path: str, method: str, operation: dict[str, Any]) -> None:
    module = importlib.import_module(f"elevenlabs_api.api.{operation['tags'][0]}.{operation['operationId']}")
    names = ["sync_detailed", "asyncio_detailed"]
    # The generator gives the parsed-only shortcuts to operations whose success body has a schema.
    success = next(r for status, r in sorted(operation["responses"].items()) if status.startswith("2"))
    if any(media.get("schema") for media in success.get("content", {}).values()):
        names += ["sync", "asyncio"]
    for name in names:
        function = getattr(module, name)
        # Operation-level `security` is what makes the generator ask for the key-carrying client.
        expected = ("AuthenticatedClient", AuthenticatedClient) if "security" in operation else ()
        if expected:
            assert inspect.signature(function).parameters["client"].annotation in expected, name
    # The operation is documented once, where an IDE shows it; the other calls say how they differ from that one.
    documented = "sync" if hasattr(module, "sync") else "sync_detailed"
    text = str(inspect.getdoc(getattr(module, documented)))
    explained = set(re.findall(r"^ +(\w+)\s+\(", text, re.MULTILINE))  # "    name (type): ...", wrapped or not
    assert [p for p in inspect.signature(module._get_kwargs).parameters if p not in explained] == []
    calls = {"sync", "sync_detailed", "asyncio", "asyncio_detailed"} - {documented}
    pointing = [str(inspect.getdoc(getattr(module, name))) for name in sorted(calls) if hasattr(module, name)]
    assert [doc for doc in pointing if not doc.startswith("As `sync")] == []
    parameters = inspect.signature(module._get_kwargs).parameters
    arguments: dict[str, Any] = {
        name: "x" for name in parameters if parameters[name].default is inspect.Parameter.empty
    }
    if "body" in arguments:
        arguments["body"] = AnyBody()
    kwargs = module._get_kwargs(**arguments)
    assert kwargs["method"] == method
    assert kwargs["url"] == path.format_map({p["name"]: "x" for p in operation.get("parameters", [])})


def test_every_operation_of_the_sources_is_a_generated_function() -> None:
    """From the vendor's whole spec and the pages to the generated modules: no (method, path) dropped or added."""

    def template(path: str) -> str:
        return re.sub(r"\{[^}]*\}", "{}", path)

    sources = [json.loads((ROOT / "openapi" / "openapi.json").read_bytes())]
    sources += [
        yaml.safe_load(page.read_text(encoding="utf-8")) for page in (ROOT / "openapi" / "pages").glob("*.yaml")
    ]
    expected = {(method, template(path)) for doc in sources for path, item in doc["paths"].items() for method in item}
    generated = set()
    for module in (ROOT / "generated" / "elevenlabs_api" / "api").glob("*/*.py"):
        text = module.read_text(encoding="utf-8")
        if module.stem != "__init__":
            method, url = re.search(r'"method": "(\w+)",\s+"url": "([^"]+)"', text).groups()  # type: ignore[union-attr]
            generated.add((method, template(url)))
    assert generated == expected
    assert expected, "the sources hold operations"


def test_no_generated_module_without_an_operation() -> None:
    generated = {
        f"{folder.name}.{module.stem}"
        for folder in (ROOT / "generated" / "elevenlabs_api" / "api").iterdir()
        if folder.is_dir()
        for module in folder.glob("*.py")
        if module.stem != "__init__"
    }
    assert generated == {f"{op['tags'][0]}.{op['operationId']}" for _, _, op in spec_operations()}


# ---- over a real socket ----


class Recorder(BaseHTTPRequestHandler):
    """Answers a few routes with fixed bodies and keeps what it was sent."""

    received: ClassVar[list[dict[str, Any]]] = []
    item: ClassVar[dict[str, Any]] = {
        "history_item_id": "a b/c",
        "date_unix": 1,
        "character_count_change_from": 0,
        "character_count_change_to": 5,
        "content_type": "audio/mpeg",
        "state": "created",
    }

    def handle_one(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.received.append({"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body})
        if self.path.endswith("/audio") or self.path == "/v1/history/download":
            payload, content_type = bytes(range(256)) * 4, "audio/mpeg"
        else:
            payload, content_type = json.dumps(self.item).encode(), "application/json"
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = handle_one

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    Recorder.received = []
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def client_for(base_url: str) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=base_url, token="sk-test", auth_header_name="xi-api-key", prefix="")


def test_json_operation_sends_key_and_escaped_id_and_parses_the_model(server: str) -> None:
    with client_for(server) as client:
        item = history_get.sync("a b/c", client=client)
    assert isinstance(item, SpeechHistoryItemResponseModel)
    assert item.history_item_id == "a b/c"
    request = Recorder.received[0]
    assert request["path"] == "/v1/history/a%20b%2Fc"
    assert request["headers"]["xi-api-key"] == "sk-test"


def test_binary_operation_returns_the_bytes(server: str) -> None:
    with client_for(server) as client:
        audio = history_get_audio.sync("item", client=client)
    assert isinstance(audio, File)
    assert audio.payload.read() == bytes(range(256)) * 4


def test_post_operation_sends_the_json_body(server: str) -> None:
    with client_for(server) as client:
        history_download.sync(client=client, body=DownloadHistoryItemsRequest(["a", "b"], output_format="wav"))
    request = Recorder.received[0]
    assert (request["method"], request["path"]) == ("POST", "/v1/history/download")
    assert json.loads(request["body"]) == {"history_item_ids": ["a", "b"], "output_format": "wav"}


# ---- the drift check ----


def copy_of_repository(destination: Path) -> Path:
    ignore = shutil.ignore_patterns(
        ".git", ".venv", "__pycache__", ".pytest_cache", ".mypy_cache", ".hypothesis", ".generate-*"
    )
    return Path(shutil.copytree(ROOT, destination / "repo", ignore=ignore))


def drift(repository: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(repository / "scripts" / "generate.py"), "--check"]
    return subprocess.run(command, capture_output=True, text=True, check=False)


# Each drift check regenerates the whole client (half a minute or more), so the checks below run two:
# one of this checkout, and one of a copy holding all the edits the tests make, each test asserting on
# the part of that one diff its edit is about. The edits touch different files, so no diff hides another.
# (make test runs a file's tests on one xdist worker, so each runs once there too.)


@pytest.fixture(scope="session")
def committed_drift() -> subprocess.CompletedProcess[str]:
    return drift(ROOT)


HAND_EDITED = "generated/elevenlabs_api/models/delete_history_item_response.py"
PAGE = "openapi/pages/history_get.yaml"
WHOLE = "openapi/openapi.json"
ASYNCAPI = "openapi/asyncapi/text-to-speech.yml"


def edit(repository: Path, name: str, old: str, new: str) -> None:
    path = repository / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{name} no longer says {old!r}: pick another edit"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="session")
def edited_drift(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    """The drift check of a copy of this checkout with a hand edit in generated/ and a source edit in a page,
    the whole spec and an asyncapi document, none of them regenerated."""
    repository = copy_of_repository(tmp_path_factory.mktemp("drift"))
    edit(repository, HAND_EDITED, "status: str", "status: str  # tweaked")
    edit(repository, PAGE, "description: Retrieves a history item.", "description: Gone.")
    edit(repository, WHOLE, '"summary": "Text To Speech"', '"summary": "Speak"')
    said = "Message to keep a specific context alive by resetting its inactivity timeout."
    edit(repository, ASYNCAPI, said, "Keeps a context alive.")
    return drift(repository)


def test_committed_tree_has_no_drift(committed_drift: subprocess.CompletedProcess[str]) -> None:
    assert committed_drift.returncode == 0, committed_drift.stderr


@pytest.mark.slow
def test_drift_catches_a_hand_edit_in_generated(
    committed_drift: subprocess.CompletedProcess[str], edited_drift: subprocess.CompletedProcess[str]
) -> None:
    assert committed_drift.returncode == 0  # the copy was clean before the edit
    result = edited_drift
    assert result.returncode == 1
    assert f"--- {HAND_EDITED} (committed)" in result.stderr
    assert "-    status: str  # tweaked" in result.stderr
    assert "run `make generate`" in result.stderr


@pytest.mark.slow
def test_drift_catches_a_page_change_not_regenerated(edited_drift: subprocess.CompletedProcess[str]) -> None:
    result = edited_drift
    assert result.returncode == 1
    assert "+++ openapi/elevenlabs.yaml (regenerated)" in result.stderr
    assert "+++ generated/elevenlabs_api/api/history/history_get.py (regenerated)" in result.stderr
    # The reference is compared too: its history page shows the description the page changed.
    assert "+++ docs/reference/history.md (regenerated)" in result.stderr
    assert "+Gone." in result.stderr


@pytest.mark.slow
def test_drift_catches_a_whole_spec_change_not_regenerated(edited_drift: subprocess.CompletedProcess[str]) -> None:
    result = edited_drift
    assert result.returncode == 1
    assert "+++ generated/elevenlabs_api/api/text_to_speech/__init__.py (regenerated)" in result.stderr


@pytest.mark.slow
def test_drift_catches_an_asyncapi_change_not_regenerated(edited_drift: subprocess.CompletedProcess[str]) -> None:
    result = edited_drift
    assert result.returncode == 1
    # A description reaches the channel's module; the shipped spec copy carries no prose (ship_spec).
    assert "+++ generated/elevenlabs_api/realtime/multi_stream_input.py (regenerated)" in result.stderr
    assert "Keeps a context alive." in result.stderr


def test_drift_catches_a_different_generator_pin(tmp_path: Path) -> None:
    repository = copy_of_repository(tmp_path)
    pyproject = repository / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text().replace("openapi-python-client==0.29.1", "openapi-python-client==0.28.0")
    )
    result = drift(repository)
    assert result.returncode == 1
    assert "openapi-python-client is 0.29.1 here but pinned at 0.28.0 in pyproject.toml" in result.stderr


def test_the_shipped_spec_is_gzipped_json_with_no_time_stamp(tmp_path: Path) -> None:
    document = {"openapi": "3.1.0", "info": {"title": "Überall", "version": "1"}, "paths": {}}
    spec = tmp_path / "elevenlabs.json"  # as the normalizer writes it for the generator (--json-output)
    spec.write_text(dump_json(document), encoding="utf-8")
    first, second = tmp_path / "first.json.gz", tmp_path / "second.json.gz"
    ship_spec(spec, first)
    ship_spec(spec, second)
    data = first.read_bytes()
    assert json.loads(gzip.decompress(data)) == document
    assert data[4:8] == bytes(4), "a time stamp in the gzip header would change the bytes at each regeneration"
    assert second.read_bytes() == data


def test_the_shipped_spec_keeps_what_the_test_server_reads_and_no_prose(tmp_path: Path) -> None:
    item = {"type": "object", "title": "Song", "description": "A song.", "properties": {"title": {"type": "string"}}}
    operation = {
        "summary": "Songs",
        "description": "Lists songs.",
        "x-fern-sdk-method-name": "list",
        "x-pagination": {"cursor": "next"},
        "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": item}}}},
    }
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Songs", "version": "1"},
        "paths": {"/songs": {"description": "Songs.", "get": operation}},
        "components": {"schemas": {"Song": {**item, "example": {"title": "My Song", "description": "kept"}}}},
    }
    spec = tmp_path / "elevenlabs.json"  # the normalizer's JSON, as regenerate() hands it
    spec.write_text(json.dumps(document), encoding="utf-8")
    ship_spec(spec, tmp_path / "openapi.json.gz")
    shipped = json.loads(gzip.decompress((tmp_path / "openapi.json.gz").read_bytes()))
    schema = {"type": "object", "properties": {"title": {"type": "string"}}}
    assert shipped == {
        "openapi": "3.1.0",
        "info": {"title": "Songs", "version": "1"},
        "paths": {
            "/songs": {
                "get": {
                    "x-pagination": {"cursor": "next"},
                    "responses": {"200": {"content": {"application/json": {"schema": schema}}}},
                }
            }
        },
        "components": {"schemas": {"Song": {**schema, "example": {"title": "My Song", "description": "kept"}}}},
    }


def test_drift_compares_the_shipped_spec_decompressed_and_shows_it_as_text(tmp_path: Path) -> None:
    text = "".join(f'"operationId":"op_{n}",\n' for n in range(200))
    name = "generated/elevenlabs_api/openapi.json.gz"

    def packed(content: str, level: int) -> Path:
        path = tmp_path / f"{len(list(tmp_path.iterdir()))}.json.gz"
        path.write_bytes(gzip.compress(content.encode(), compresslevel=level, mtime=0))
        return path

    committed, repacked = packed(text, 9), packed(text, 1)
    assert committed.read_bytes() != repacked.read_bytes()
    assert diff_files({name: committed}, {name: repacked}) == [], "the same text packed otherwise is no drift"
    diff = "".join(diff_files({name: committed}, {name: packed(text.replace('"op_7"', '"op_seven"'), 9)}))
    assert f"--- {name} (committed)" in diff
    assert '-"operationId":"op_7",\n+"operationId":"op_seven",\n' in diff
    broken = tmp_path / "broken.json.gz"
    broken.write_bytes(committed.read_bytes()[:100])
    assert "+(not gzipped UTF-8 text: " in "".join(diff_files({name: committed}, {name: broken}))
    stray = tmp_path / "cache.db"
    stray.write_bytes(b"\xf8\x00")
    assert "+(not UTF-8 text: " in "".join(diff_files({}, {"generated/cache.db": stray}))


def test_generated_package_never_imports_the_overlay() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "generated").rglob("*.py")
        if "elevenlabs_client" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


@pytest.mark.parametrize("status", [520, 599])
def test_low_level_calls_take_statuses_outside_the_iana_list(status: int) -> None:
    with FakeElevenLabs(history_items=1, api_key="k") as fake:
        fake.add_fault(Fault(path="/v1/history", status=status, body="origin unreachable"))
        client = AuthenticatedClient(base_url=fake.base_url, token="k", auth_header_name="xi-api-key", prefix="")
        with client:
            response = history_list.sync_detailed(client=client)
    assert response.status_code == status
    assert response.content == b"origin unreachable"
    assert response.parsed is None


def test_low_level_calls_raise_an_undeclared_status_when_the_client_asks_for_it() -> None:
    with FakeElevenLabs(history_items=1, api_key="k") as fake:
        fake.add_fault(Fault(path="/v1/history", status=520, body="origin unreachable", times=2))
        client = AuthenticatedClient(
            base_url=fake.base_url, token="k", auth_header_name="xi-api-key", prefix="", raise_on_unexpected_status=True
        )
        with client, pytest.raises(errors.UnexpectedStatus) as raised:
            history_list.sync(client=client)
        with pytest.raises(errors.UnexpectedStatus) as raised_async:
            asyncio.run(history_list.asyncio(client=client))
    for error in (raised.value, raised_async.value):
        assert (error.status_code, error.content) == (520, b"origin unreachable")


# Pyflakes' rules, which generated/ passes and must keep passing, all of them: F401 holds in the groups'
# `__init__.py` too (ruff would otherwise take an unused import there for a re-export and let it pass).
PYFLAKES = ["--select", "F"]


def test_generated_code_has_no_undefined_name_redefinition_or_wrong_call() -> None:
    """ruff's pyflakes rules over generated/: an undefined name, an unused import, a name redefined or unused,
    a wrong format call or `is` on a literal is a template bug, and fails here naming the file and line."""
    ruff = Path(sys.executable).with_name("ruff")
    found = subprocess.run(
        [ruff, "check", "--isolated", "--no-cache", "--output-format", "concise", *PYFLAKES, ROOT / "generated"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert found.returncode == 0, found.stdout + found.stderr


def test_the_pyflakes_check_finds_an_undefined_name_and_an_unused_import(tmp_path: Path) -> None:
    module = tmp_path / "api" / "group" / "__init__.py"  # where a group's resource classes are
    module.parent.mkdir(parents=True)
    module.write_text("import os\n\n\ndef f() -> int:\n    return undefined_name\n")
    ruff = Path(sys.executable).with_name("ruff")
    found = subprocess.run(
        [ruff, "check", "--isolated", "--no-cache", *PYFLAKES, module], capture_output=True, text=True, check=False
    )
    assert found.returncode == 1 and "F821" in found.stdout and "F401" in found.stdout
