"""make update-spec (scripts/update_spec.py), always on a copy of the repository: others work in this one.

Each failure exits 1 with one line naming what and where, and leaves every file of the copy as it was.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from revision_check import missing_operations

ROOT = Path(__file__).resolve().parent.parent
# What the tests remove: the first of these the committed spec still has (an update may have taken the
# first away), with the report's name for it and its generated module.
REMOVABLE = [
    ("/v1/voices/{voice_id}", "delete", "client.voices.delete", "voices/voices_delete.py"),
    ("/v1/history/{history_item_id}", "delete", "client.history.delete", "history/history_delete.py"),
    ("/v1/dubbing/{dubbing_id}", "delete", "client.dubbing.delete", "dubbing/dubbing_delete.py"),
]


def copy_of_repository(destination: Path) -> Path:
    ignore = shutil.ignore_patterns(
        ".git", ".venv", "__pycache__", ".pytest_cache", ".mypy_cache", ".hypothesis", ".*-spec-*"
    )
    return Path(shutil.copytree(ROOT, destination / "repo", ignore=ignore))


@pytest.fixture(scope="module")
def repository(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_of_repository(tmp_path_factory.mktemp("update"))


def snapshot(repository: Path) -> dict[str, str]:
    """A digest of every file the update may replace."""
    folders = [repository / "openapi", repository / "generated", repository / "docs" / "reference"]
    return {
        str(path.relative_to(repository)): hashlib.sha256(path.read_bytes()).hexdigest()
        for folder in folders
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def update(repository: Path, spec: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(repository / "scripts" / "update_spec.py"), spec]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)


def committed_spec() -> Any:
    return json.loads((ROOT / "openapi" / "openapi.json").read_bytes())


def removable() -> tuple[str, str, str, str]:
    spec = committed_spec()
    return next(entry for entry in REMOVABLE if entry[1] in spec["paths"].get(entry[0], {}))


REMOVED_PATH, REMOVED_METHOD, REMOVED_NAME, REMOVED_MODULE = removable()
REMOVED = (REMOVED_PATH, REMOVED_METHOD)
REMOVED_LINE = f"Operations removed (1)\n  - {REMOVED_NAME}  {REMOVED_METHOD.upper()} {REMOVED_PATH}\n"


def assert_refused(repository: Path, spec: str, message: str) -> None:
    before = snapshot(repository)
    result = update(repository, spec)
    assert result.returncode == 1
    assert result.stderr.startswith("update-spec: ") and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert message in result.stderr, result.stderr
    assert result.stdout == ""
    assert snapshot(repository) == before
    assert not list(repository.glob(".update-spec-*"))


def test_a_file_that_is_not_json_is_refused(repository: Path, tmp_path: Path) -> None:
    bad = tmp_path / "openapi.json"
    bad.write_text("<html>Service unavailable</html>")
    assert_refused(repository, str(bad), f"update-spec: {bad}: not JSON: Expecting value: line 1 column 1")


def test_a_json_file_that_is_not_openapi_is_refused(repository: Path, tmp_path: Path) -> None:
    bad = tmp_path / "swagger.json"
    bad.write_text('{"swagger": "2.0", "paths": {}}')
    assert_refused(repository, str(bad), f"{bad}: not an OpenAPI 3 document")


def test_a_missing_file_is_refused(repository: Path, tmp_path: Path) -> None:
    assert_refused(repository, str(tmp_path / "nowhere.json"), f"cannot read {tmp_path / 'nowhere.json'}")


def test_an_unreachable_address_is_refused_after_retries(repository: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/openapi.json"
    assert_refused(repository, url, f"cannot fetch {url} after 3 attempts: ConnectError")


def test_a_normalizer_refusal_names_the_new_spec_and_the_pointer(repository: Path, tmp_path: Path) -> None:
    spec = committed_spec()
    spec["components"]["schemas"]["VoiceSettings"]["properties"]["cloning_strength"] = {
        "$ref": "#/components/schemas/Gone"
    }
    source = tmp_path / "dangling.json"
    source.write_text(json.dumps(spec))
    assert_refused(
        repository,
        str(source),
        f"update-spec: the normalizer refused {source}#/components/schemas/VoiceSettings/properties/cloning_strength/$ref: unresolvable $ref '#/components/schemas/Gone'",
    )


def test_a_generator_warning_is_a_failure(repository: Path, tmp_path: Path) -> None:
    spec = committed_spec()
    spec["paths"]["/v1/voices/import-xml"] = {
        "post": {
            "operationId": "import_xml",
            "x-fern-sdk-group-name": "voices",
            "x-fern-sdk-method-name": "import_xml",
            "requestBody": {"content": {"application/xml": {"schema": {"type": "string"}}}},
            "responses": {"200": {"description": "ok"}},
        }
    }
    source = tmp_path / "xml.json"
    source.write_text(json.dumps(spec))
    assert_refused(repository, str(source), "WARNING parsing POST /v1/voices/import-xml")


def test_an_operation_the_generator_left_out_is_found(tmp_path: Path) -> None:
    api = tmp_path / "api" / "voices"
    api.mkdir(parents=True)
    (api / "voices_get.py").write_text('kwargs = {\n    "method": "get",\n    "url": "/v1/voices/{voice_id}".format(\n')
    spec: dict[str, Any] = {"paths": {"/v1/voices/{id}": {"get": {}, "delete": {}}}}
    assert missing_operations(spec, tmp_path / "api") == ["DELETE /v1/voices/{id}"]


class SpecHandler(BaseHTTPRequestHandler):
    body: ClassVar[bytes] = b""
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def served() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), SpecHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/openapi.json"
    server.shutdown()
    server.server_close()


def test_a_new_spec_over_http_replaces_the_source_regenerates_and_reports(repository: Path, served: str) -> None:
    """Runs last in this file: it changes the copy."""
    spec = committed_spec()
    path, method = REMOVED
    del spec["paths"][path][method]
    SpecHandler.body = json.dumps(spec, indent=2).encode()
    result = update(repository, served)
    assert result.returncode == 0, result.stderr
    assert SpecHandler.requests == ["/openapi.json"]
    assert (repository / "openapi" / "openapi.json").read_bytes() == SpecHandler.body
    assert REMOVED_LINE in result.stdout
    assert result.stdout.count(f"{REMOVED_METHOD.upper()} {REMOVED_PATH}") == 1, "listed once"
    assert not (repository / "generated" / "elevenlabs_api" / "api" / REMOVED_MODULE).exists()
    # That the updated tree has no drift is checked once, in test_update_through_make.py (whose consistency
    # tests in the copy include the drift check): a regeneration costs 20 s.
    again = update(repository, served)
    assert (again.returncode, again.stdout) == (0, "update-spec: the spec is unchanged; nothing to do.\n")


def test_a_spec_that_differs_only_in_formatting_and_key_order_changes_nothing(repository: Path, tmp_path: Path) -> None:
    spec = json.loads((repository / "openapi" / "openapi.json").read_bytes())  # the copy's, whatever ran before
    reordered = dict(reversed(list(spec.items())))
    reordered["paths"] = dict(reversed(list(spec["paths"].items())))
    source = tmp_path / "reformatted.json"
    source.write_text(json.dumps(reordered, indent=4, ensure_ascii=True))
    before = snapshot(repository)
    result = update(repository, str(source))
    assert (result.returncode, result.stdout) == (0, "update-spec: the spec is unchanged; nothing to do.\n")
    assert snapshot(repository) == before, "the vendor's earlier bytes stay"


# The scripts one runs; the others (steps.py, fold.py, reference_pages.py, ...) are modules of these.
SCRIPTS = sorted(path for path in (ROOT / "scripts").glob("*.py") if '__name__ == "__main__"' in path.read_text())


def test_every_module_of_scripts_is_a_script_or_used_by_one() -> None:
    modules = {path.stem for path in (ROOT / "scripts").glob("*.py")} - {path.stem for path in SCRIPTS}
    imported = " ".join(path.read_text() for path in (ROOT / "scripts").glob("*.py"))
    assert len(SCRIPTS) >= 9 and not [m for m in modules if not re.search(rf"\b(from|import) {m}\b", imported)]


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_every_script_says_what_it_does_with_help(script: Path) -> None:
    result = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stderr) == (0, "")
    assert len(result.stdout.splitlines()) >= 3, result.stdout
