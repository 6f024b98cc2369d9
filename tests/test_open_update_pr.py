"""scripts/open_update_pr.py, the update workflow's script part, in simulated runs: a real git repository
with a local remote, and a fake `gh` on PATH that keeps the one pull request's state in a file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from open_update_pr import ARTIFACT, BODY_LIMIT, NO_TOKEN, body

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "open_update_pr.py"

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/v1/voices": {"get": {"x-fern-sdk-group-name": "voices", "x-fern-sdk-method-name": "list"}},
        "/v1/voices/add": {"post": {"x-fern-sdk-group-name": "voices", "x-fern-sdk-method-name": "add"}},
    },
}

# The fake gh: `pr list` answers the open pull request's number (kept in gh-state), `pr create` opens #7,
# `pr close` closes it; every call is logged, one JSON list a line, with the body file's text.
FAKE_GH = """#!{python}
import json, os, sys
from pathlib import Path
state, log = Path(os.environ["GH_STATE"]), Path(os.environ["GH_LOG"])
args = sys.argv[1:]
body = args[args.index("--body-file") + 1] if "--body-file" in args else None
with log.open("a") as out:
    out.write(json.dumps(args + ([Path(body).read_text()] if body else [])) + "\\n")
if args[:2] == ["pr", "list"]:
    print(state.read_text() if state.exists() else "")
elif args[:2] == ["pr", "create"]:
    state.write_text("7")
    print("https://github.com/o/r/pull/7")
elif args[:2] == ["pr", "close"]:
    state.unlink()
"""


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A clone of a remote whose main holds a tiny spec and a generated file, as the workflow checks it out."""
    origin, work = tmp_path / "origin.git", tmp_path / "work"
    git(tmp_path, "init", "--quiet", "--bare", "--initial-branch=main", str(origin))
    git(tmp_path, "clone", "--quiet", str(origin), str(work))
    (work / "openapi").mkdir()
    (work / "generated").mkdir()
    (work / "openapi" / "openapi.json").write_text(json.dumps(SPEC))
    (work / "generated" / "client.py").write_text("voices = ['list', 'add']\n")
    git(work, "add", ".")
    git(work, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "-m", "main")
    git(work, "push", "--quiet", "origin", "HEAD:main")
    (tmp_path / "previous.json").write_text(json.dumps(SPEC))
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    (bin_folder / "gh").write_text(FAKE_GH.format(python=sys.executable))
    (bin_folder / "gh").chmod(0o755)
    return work


def vendor_changes(work: Path, removed: str) -> None:
    """What `make update-spec` leaves in the checkout: the new whole spec and what it generates."""
    spec = json.loads(json.dumps(SPEC))
    del spec["paths"][removed]
    (work / "openapi" / "openapi.json").write_text(json.dumps(spec, indent=2))
    (work / "generated" / "client.py").write_text(f"voices = {[p for p in SPEC['paths'] if p != removed]}\n")


def new_day(work: Path) -> None:
    """The next run checks out main afresh."""
    git(work, "switch", "--quiet", "main")
    git(work, "reset", "--quiet", "--hard", "origin/main")


def open_pr(work: Path, **env: str) -> tuple[subprocess.CompletedProcess[str], list[list[str]]]:
    tmp = work.parent
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "SPEC_UPDATE"))},
        "PATH": f"{tmp / 'bin'}{os.pathsep}{os.environ['PATH']}",
        "GH_STATE": str(tmp / "gh-state"),
        "GH_LOG": str(tmp / "gh-log"),
        **env,
    }
    log = tmp / "gh-log"
    log.unlink(missing_ok=True)
    command = [sys.executable, str(SCRIPT), f"--previous={tmp / 'previous.json'}", f"--report-dir={tmp / 'report'}"]
    result = subprocess.run(command, cwd=work, env=environment, capture_output=True, text=True, check=False)
    calls = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    return result, calls


def commits_on_branch(work: Path) -> list[str]:
    git(work, "fetch", "--quiet", "origin")
    return git(work, "log", "--format=%s", "origin/main..origin/spec-update").splitlines()


def test_one_branch_and_one_pull_request_brought_up_to_date_each_day(checkout: Path) -> None:
    vendor_changes(checkout, "/v1/voices/add")
    result, calls = open_pr(checkout)
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout == "open-update-pr: opened a pull request from spec-update: BREAKING: The vendor's spec changed\n"
    )
    create = next(call for call in calls if call[:2] == ["pr", "create"])
    assert create[2:9] == [
        "--base",
        "main",
        "--head",
        "spec-update",
        "--title",
        "BREAKING: The vendor's spec changed",
        "--body-file",
    ]
    assert "  - client.voices.add  POST /v1/voices/add\n" in create[-1]
    assert commits_on_branch(checkout) == ["BREAKING: The vendor's spec changed"]
    report = json.loads((checkout.parent / "report" / "report.json").read_text())
    assert report["removed"] == ["POST /v1/voices/add"]

    # The next day the vendor changed something else: the same branch, one commit on main, the same pull request.
    new_day(checkout)
    vendor_changes(checkout, "/v1/voices")
    result, calls = open_pr(checkout)
    assert result.stdout == "open-update-pr: updated pull request #7: BREAKING: The vendor's spec changed\n", (
        result.stderr
    )
    assert [call[:3] for call in calls] == [["pr", "list", "--head"], ["pr", "edit", "7"]]
    assert "  - client.voices.list  GET /v1/voices\n" in calls[-1][-1]
    assert commits_on_branch(checkout) == ["BREAKING: The vendor's spec changed"]
    pushed = git(checkout, "show", "origin/spec-update:generated/client.py")
    assert pushed == "voices = ['/v1/voices/add']"

    # The same spec again: nothing pushed, nothing edited.
    new_day(checkout)
    vendor_changes(checkout, "/v1/voices")
    before = git(checkout, "rev-parse", "origin/spec-update")
    result, calls = open_pr(checkout)
    assert result.stdout == "open-update-pr: pull request #7 already brings this spec; nothing pushed\n"
    assert [call[:2] for call in calls] == [["pr", "list"]]
    assert git(checkout, "rev-parse", "origin/spec-update") == before

    # The live spec is main's again: the pull request brings a stale spec, and is closed.
    new_day(checkout)
    result, calls = open_pr(checkout)
    assert result.stdout.startswith("open-update-pr: the spec is unchanged; closed pull request #7"), result.stdout
    assert calls[-1][:3] == ["pr", "close", "7"] and "--delete-branch" in calls[-1]
    result, calls = open_pr(checkout)
    assert result.stdout == "open-update-pr: the spec is unchanged; no pull request is open\n"


def test_without_the_token_the_body_says_no_test_ran_and_with_it_it_does_not(checkout: Path) -> None:
    vendor_changes(checkout, "/v1/voices/add")
    _, calls = open_pr(checkout)
    assert calls[-1][-1].startswith(NO_TOKEN)
    new_day(checkout)
    vendor_changes(checkout, "/v1/voices")
    _, calls = open_pr(checkout, SPEC_UPDATE_TOKEN_CONFIGURED="true")
    assert calls[-1][-1].startswith("```text\nOperations added (0)\n")


def test_a_failing_command_is_one_line_and_exit_1(checkout: Path) -> None:
    vendor_changes(checkout, "/v1/voices/add")
    git(checkout, "remote", "set-url", "origin", str(checkout.parent / "nowhere.git"))
    result, _ = open_pr(checkout)
    assert result.returncode == 1
    assert (
        result.stderr.startswith("open-update-pr: `git ls-remote --heads` failed: ") and result.stderr.count("\n") == 1
    )


def test_a_report_longer_than_a_body_is_cut_at_a_line_and_says_where_the_whole_one_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "".join(
        f"  ~ client.voices.search  GET /v2/voices: optional parameter added: query p{i}\n" for i in range(2000)
    )
    monkeypatch.setenv("GITHUB_SERVER_URL", "https://github.com")
    monkeypatch.setenv("GITHUB_REPOSITORY", "o/r")
    monkeypatch.setenv("GITHUB_RUN_ID", "42")
    written = body(text, tmp_path, token_configured=True)
    assert len(written) <= BODY_LIMIT < len(text)
    assert f"The report has {len(text):,} characters" in written
    assert f"the artifact `{ARTIFACT}` of https://github.com/o/r/actions/runs/42" in written
    kept = written.split("```text\n", 1)[1].removesuffix("\n```\n")
    assert text.startswith(kept + "\n") and kept.endswith("p" + str(kept.count("\n")))
    short = "Operations added (0)\n"
    assert body(short, tmp_path, token_configured=True) == f"```text\n{short}```\n"
