"""Open, or bring up to date, the one pull request that brings in the vendor's new spec.

    python scripts/open_update_pr.py --previous FILE [--base main] [--branch spec-update] [--report-dir DIR]

Run by .github/workflows/update-spec.yml after `make update-spec`, in the checkout it changed;
FILE is the whole spec as it was before. When openapi/ and generated/ changed, it writes the
change report (report.txt and report.json) to DIR, commits the change on BRANCH (made afresh
from the checked-out base, so it never conflicts with the base), force-pushes it, and edits the
open pull request from BRANCH or opens one. When nothing changed, an open pull request from
BRANCH brings a spec that is no longer the live one: it is closed, saying why.

The pull request body is the report. One longer than a body holds is cut at a line, and the body
says where the whole report is (the run's artifact `spec-update-report`, or DIR). Unless
SPEC_UPDATE_TOKEN_CONFIGURED is `true` the body also says that no test ran on the pull request
(pull requests opened with the workflow's own token start no workflow). Needs `git` and `gh`
(with GH_TOKEN) on PATH. Exit status 0 when done, 1 with one line when a command failed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from revision_check import n
from spec_diff import ReportError, as_text, is_breaking, load, report

BRANCH = "spec-update"
ARTIFACT = "spec-update-report"
# GitHub refuses a pull request body over 65,536 characters; the report gets all but room for the words around it.
BODY_LIMIT = 65_536
REPORT_ROOM = BODY_LIMIT - 1_500
CHANGED = ["openapi", "generated"]
BOT = ["-c", "user.name=github-actions[bot]", "-c", "user.email=41898282+github-actions[bot]@users.noreply.github.com"]
NO_TOKEN = (
    "**No test ran on this pull request.** It was opened with the workflow's own token, and GitHub starts "
    "no workflow for what that token does. Add the `SPEC_UPDATE_TOKEN` repository secret "
    '(docs/maintainers/update-spec.md, "The token") so the next run\'s tests start by themselves; meanwhile '
    "close and reopen this pull request to run `make test` on it."
)


class CommandError(Exception):
    pass


def run(*command: str, check: bool = True) -> str:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if check and result.returncode != 0:
        said = (result.stderr or result.stdout).strip().splitlines()
        raise CommandError(f"`{' '.join(command[:3])}` failed: {said[-1] if said else f'exit {result.returncode}'}")
    return result.stdout.strip()


def open_pull_request(branch: str) -> str:
    """The number of the open pull request from `branch`, or ""."""
    return run("gh", "pr", "list", "--head", branch, "--state", "open", "--json", "number", "--jq", ".[0].number")


def write_report(previous: Path, report_dir: Path) -> dict[str, Any]:
    pages = n.load_pages(n.PAGES) if n.PAGES.is_dir() else {}
    result = report(load(previous), load(Path("openapi/openapi.json")), str(previous), "the live spec", pages)
    report_dir.mkdir(parents=True, exist_ok=True)
    (report_dir / "report.txt").write_text(as_text(result), encoding="utf-8")
    (report_dir / "report.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


def body(text: str, report_dir: Path, token_configured: bool) -> str:
    """The report as the pull request's body: whole when it fits, else cut at a line, saying where the rest is."""
    parts = [] if token_configured else [NO_TOKEN, ""]
    if len(text) > REPORT_ROOM:
        kept = text[:REPORT_ROOM].rsplit("\n", 1)[0] + "\n"
        lines = f"{kept.count(chr(10)):,} of its {text.count(chr(10)):,} lines"
        cut = f"The report has {len(text):,} characters, more than a pull request body holds: it is cut after {lines}."
        parts += [f"{cut} The whole report (text and JSON) is {where_the_report_is(report_dir)}.", ""]
        text = kept
    return "\n".join([*parts, "```text", text.rstrip("\n"), "```", ""])


def where_the_report_is(report_dir: Path) -> str:
    server, repository, run_id = (
        os.environ.get(k) for k in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_RUN_ID")
    )
    if server and repository and run_id:
        return f"the artifact `{ARTIFACT}` of {server}/{repository}/actions/runs/{run_id}"
    return f"in {report_dir}"


def remote_tree(branch: str) -> str:
    """The tree the remote branch holds now, or "" when there is no such branch."""
    if not run("git", "ls-remote", "--heads", "origin", branch):
        return ""
    run("git", "fetch", "--quiet", "origin", branch)
    return run("git", "rev-parse", "FETCH_HEAD^{tree}")


def update(previous: Path, base: str, branch: str, report_dir: Path, token_configured: bool) -> str:
    """Do what the module says; return what was done, in one line."""
    number = open_pull_request(branch)
    if not run("git", "status", "--porcelain", "--", *CHANGED):
        if not number:
            return "the spec is unchanged; no pull request is open"
        comment = f"The live spec is the one on {base} again: nothing to bring in."
        run("gh", "pr", "close", number, "--comment", comment, "--delete-branch")
        return f"the spec is unchanged; closed pull request #{number}, whose spec is no longer the live one"
    result = write_report(previous, report_dir)
    title = f"{'BREAKING: ' if is_breaking(result) else ''}The vendor's spec changed"
    body_file = report_dir / "body.md"
    body_file.write_text(body((report_dir / "report.txt").read_text(encoding="utf-8"), report_dir, token_configured))
    run("git", "switch", "--quiet", "-C", branch)
    run("git", "add", "--", *CHANGED)
    run("git", *BOT, "commit", "--quiet", "-m", title, "-m", f"The change report is in the pull request from {branch}.")
    if remote_tree(branch) == run("git", "rev-parse", "HEAD^{tree}") and number:
        return f"pull request #{number} already brings this spec; nothing pushed"
    run("git", "push", "--quiet", "--force", "origin", f"HEAD:refs/heads/{branch}")
    if number:
        run("gh", "pr", "edit", number, "--title", title, "--body-file", str(body_file))
        return f"updated pull request #{number}: {title}"
    run("gh", "pr", "create", "--base", base, "--head", branch, "--title", title, "--body-file", str(body_file))
    return f"opened a pull request from {branch}: {title}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="open_update_pr.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--previous", type=Path, required=True, help="the whole spec before make update-spec")
    parser.add_argument("--base", default="main", help="the branch the pull request goes into (default: %(default)s)")
    parser.add_argument("--branch", default=BRANCH, help="the one branch of the update (default: %(default)s)")
    parser.add_argument("--report-dir", type=Path, default=Path(ARTIFACT), help="where the whole report is written")
    args = parser.parse_args(argv)
    token_configured = os.environ.get("SPEC_UPDATE_TOKEN_CONFIGURED") == "true"
    try:
        print(f"open-update-pr: {update(args.previous, args.base, args.branch, args.report_dir, token_configured)}")
    except (CommandError, ReportError, n.SpecError, OSError) as error:
        print(f"open-update-pr: {error}".replace("\n", " "), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
