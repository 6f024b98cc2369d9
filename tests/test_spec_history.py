"""A spread sample of the vendor's spec history regenerates clean (the whole corpus: `make spec-history`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "spec-history" / "revisions.tar.xz"

SAMPLE = {
    "2024-12-19T095052_docs-1483ae5e": "the oldest",
    "2025-02-08T145013_docs-cba5e58d": "declare_path_parameters: {agent_id} in a path, not declared",
    "2025-08-20T150420_docs-6df62721": "drop_examples_with_refs: a JSON Schema shown as an example",
    "2026-03-17T190044_live-fd5e7183": "the first of the live mirror",
    "2026-04-17T101316_live-7081f181": "loosen_recursive_unions: a union holding an array of itself",
    "2026-06-24T170323_live-e2064e46": "fold_groups_named_like_methods, split_mixed_enums and loosen_recursive_unions",
    "2026-07-20T162319_live-96c0561c": "split_mixed_enums: an enum of booleans and strings",
    "2026-08-22T010435_live-5e751920": "the newest, the same as the committed spec",
}


@pytest.mark.spec_history
@pytest.mark.skipif(not ARCHIVE.is_file(), reason=f"the spec history corpus is not at {ARCHIVE}")
def test_a_spread_sample_of_revisions_regenerates_with_no_warning_and_no_operation_left_out() -> None:
    command = [sys.executable, str(ROOT / "scripts" / "spec_history.py"), "--workers=2", "--only", *SAMPLE]
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
    rows = result.stdout.splitlines()
    assert rows[0].split() == ["revision", "operations", "schemas", "warnings", "seconds", "result"]
    assert [row.split()[0] for row in rows[1:-1]] == list(SAMPLE)
    failed = [row for row in rows[1:-1] if not row.endswith("  ok")]
    assert not failed, "\n".join(failed)
    assert [row.split()[3] for row in rows[1:-1]] == ["0"] * len(SAMPLE)
    assert rows[-1] == f"{len(SAMPLE)} of {len(SAMPLE)} revisions regenerated clean"
    assert result.returncode == 0, result.stderr
