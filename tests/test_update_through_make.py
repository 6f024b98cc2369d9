"""`make update-spec` end to end in a copy of the repository, then the consistency tests there: a file of its
own (the longest test of the suite), so an xdist worker runs it beside test_update_spec.py's others."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from test_update_spec import REMOVED, REMOVED_LINE, REMOVED_NAME, ROOT, committed_spec, copy_of_repository

# A path no revision of the vendor's has, so the addition is new whatever update came before.
ADDED = ("/v1/voices/{voice_id}/settings/synthetic-history", "get")
CHANGED = "Body_Compose_music_v1_music_post"


def updated_spec() -> Any:
    """The committed spec with one operation added, one removed and one schema's field retyped."""
    spec = committed_spec()
    settings = copy.deepcopy(spec["paths"]["/v1/voices/{voice_id}/settings"]["get"])
    settings.update(
        operationId="get_voice_settings_synthetic_history", **{"x-fern-sdk-method-name": "get_synthetic_history"}
    )
    spec["paths"][ADDED[0]] = {ADDED[1]: settings}
    del spec["paths"][REMOVED[0]][REMOVED[1]]
    spec["components"]["schemas"][CHANGED]["properties"]["music_length_ms"] = {
        "anyOf": [{"type": "string"}, {"type": "null"}]
    }
    return spec


@pytest.mark.slow
def test_an_update_through_make_passes_the_consistency_tests_in_a_copy(tmp_path: Path) -> None:
    """The tests that count operations follow the spec: after `make update-spec` they pass as they did before."""
    repository = copy_of_repository(tmp_path)
    source = tmp_path / "updated.json"
    source.write_text(json.dumps(updated_spec()))
    # The copy has no .venv of its own: make uses this one, and must not reinstall it from the copy (-o).
    venv = Path(sys.executable).parent.parent
    make = ["make", "--no-print-directory", "-C", str(repository), "-o", f"{venv}/.installed", f"VENV={venv}"]
    make += ["update-spec", f"SPEC={source}"]
    result = subprocess.run(make, capture_output=True, text=True, check=False, timeout=600)
    assert result.returncode == 0, result.stderr
    assert (
        "Operations added (1)\n  + client.voices.settings.get_synthetic_history  GET /v1/voices/{voice_id}/settings/synthetic-history\n"
        in result.stdout
    )
    assert REMOVED_LINE in result.stdout
    changed = [line for line in result.stdout.splitlines() if f"schema {CHANGED}:" in line]
    assert (
        f"  ! client.music.compose  schema {CHANGED}: type changed: {CHANGED}.music_length_ms: null|number -> null|string"
        in changed
    )
    assert all(line.startswith(("  ! client.music.compose  ", "  ~ client.music.compose  ")) for line in changed), (
        changed
    )
    # The reference was replaced whole: the added operation has its entry, the removed one has none left.
    reference = repository / "docs" / "reference"
    assert "\n## `client.voices.settings.get_synthetic_history`\n" in (reference / "voices_settings.md").read_text()
    assert not [page.name for page in reference.glob("*.md") if f"\n## `{REMOVED_NAME}`\n" in page.read_text()]
    # The copy's own generated and overlay packages, not the ones installed from this checkout.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(repository / part) for part in ("generated", "overlays"))}
    consistency = [
        "tests/test_surface.py",
        "tests/test_generation.py",
        "tests/test_normalize.py",
        "tests/test_reference_signatures.py",
    ]
    pytest_run = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-rp",
        "-p",
        "no:cacheprovider",
        *consistency,
        "-m",
        "not slow",
    ]
    tested = subprocess.run(
        pytest_run, cwd=repository, env=env, capture_output=True, text=True, check=False, timeout=600
    )
    assert tested.returncode == 0, tested.stdout[-4000:] + tested.stderr[-2000:]
    # The updated tree is what a regeneration gives: the drift check ran there and passed.
    assert "PASSED tests/test_generation.py::test_committed_tree_has_no_drift" in tested.stdout
    # and they tested the copy: the added operation's module is only there
    assert list((repository / "generated" / "elevenlabs_api" / "api").glob("*/*get_synthetic_history.py"))
    assert not list((ROOT / "generated" / "elevenlabs_api" / "api").glob("*/*get_synthetic_history.py"))
