"""The README and docs/ as a reader meets them: a README short enough to read, whose test command is CI's, and
relative links (`docs/user/errors-and-retries.md`, `../maintainers/pins.md#...`) that reach a page and a
heading both on GitHub and in the site built from docs/ (mkdocs' heading ids), for every page."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from doc_examples import ROOT, Example, pages, run

LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", flags=re.DOTALL | re.MULTILINE)
CODE_SPAN = re.compile(r"`[^`\n]*`")


def test_the_readme_is_under_200_lines() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) < 200, f"README.md has {len(lines)} lines: move the rest into docs/"


def test_ci_runs_exactly_the_readmes_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    two_commands = readme.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    commands = [
        line.split("#")[0].strip() for block in FENCE.findall(two_commands) for line in block.splitlines()[1:-1]
    ]
    assert commands == ["make generate", "make test"], "the README's two commands: set up and run, test"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    steps = [line for line in ci.splitlines() if line.strip() and not line.startswith("#")]
    assert steps[-1] == "make test", "CI's last step is the README's test command, as written there"


def github_id(heading: str) -> str:
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def mkdocs_id(heading: str) -> str:
    """Python-Markdown's toc slugify, which mkdocs uses by default, on the heading's text."""
    text = unicodedata.normalize("NFKD", CODE_SPAN.sub(lambda span: span.group(0)[1:-1], heading))
    text = re.sub(r"[^\w\s-]", "", text.encode("ascii", "ignore").decode()).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def headings(page: Path) -> list[str]:
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    return [line.lstrip("#").strip() for line in text.splitlines() if re.match(r"#{1,6} ", line)]


def broken_links(page: Path, docs: Path) -> list[str]:
    """What is wrong with each relative link of `page`: its target must be a file under `docs` (the site's
    pages), and its #anchor the id of one heading there, the same on GitHub and in mkdocs."""
    text = CODE_SPAN.sub("", FENCE.sub("", page.read_text(encoding="utf-8")))
    problems = []
    for target in LINK.findall(text):
        if re.match(r"[a-z]+:", target):
            continue  # a web address: not checked offline
        path, _, anchor = target.partition("#")
        found = (page.parent / path).resolve() if path else page
        where = f"{page.name}: ({target})"
        if not found.is_file():
            problems.append(f"{where} is no file")
        elif not found.is_relative_to(docs.resolve()) and found != page:
            problems.append(f"{where} is outside {docs.name}/, so not in the site")
        elif anchor:
            ids = [github_id(heading) for heading in headings(found)]
            same = [heading for heading in headings(found) if github_id(heading) == mkdocs_id(heading) == anchor]
            if len(same) != 1 or ids.count(anchor) != 1:
                problems.append(
                    f"{where}: #{anchor} is not the id of one heading of {found.name} on GitHub and in mkdocs"
                )
    return problems


@pytest.mark.parametrize("page", pages(), ids=lambda page: page.relative_to(ROOT).as_posix())
def test_every_relative_link_reaches_a_page_and_a_heading(page: Path) -> None:
    assert broken_links(page, ROOT / "docs") == []


REFERENCE_PAGES = [page for page in pages() if page.is_relative_to(ROOT / "docs" / "reference")]


@pytest.mark.parametrize("page", REFERENCE_PAGES, ids=lambda page: page.relative_to(ROOT).as_posix())
def test_no_table_cell_of_the_reference_has_a_pipe_in_code(page: Path) -> None:
    # GitHub ends a cell at a bare | even inside `code`, and mkdocs shows the backslash of `\|`: a type in a
    # table is written `A` or `B` (the reference's type cells).
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    rows = [line for line in text.splitlines() if line.startswith("|")]
    assert not [span for row in rows for span in CODE_SPAN.findall(row) if "|" in span]


def test_the_link_check_finds_a_missing_page_a_missing_anchor_and_a_page_outside_docs(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "user").mkdir(parents=True)
    (docs / "user" / "errors.md").write_text("# Errors and retries\n\n## The `ApiError` class\n\n## Logging\n")
    (tmp_path / "setup.md").write_text("# Setup\n")
    page = docs / "user" / "index.md"
    good = "[a](errors.md) [b](errors.md#the-apierror-class) [c](#guide) [d](https://example.com/x.md) `[e](no.md)`"
    page.write_text(f"# Guide\n\n{good}\n\n```\n[f](none.md)\n```\n")
    assert broken_links(page, docs) == []
    page.write_text("# Guide\n\n[a](error.md) [b](errors.md#logs) [c](../../setup.md) [d](#guides)\n")
    assert broken_links(page, docs) == [
        "index.md: (error.md) is no file",
        "index.md: (errors.md#logs): #logs is not the id of one heading of errors.md on GitHub and in mkdocs",
        "index.md: (../../setup.md) is outside docs/, so not in the site",
        "index.md: (#guides): #guides is not the id of one heading of index.md on GitHub and in mkdocs",
    ]


def test_a_heading_id_github_and_mkdocs_disagree_on_is_refused(tmp_path: Path) -> None:
    # "a - b" is a---b on GitHub and a-b in mkdocs: a link that works in one only is broken in the other.
    (tmp_path / "page.md").write_text("# Page\n\n## Retries - and timeouts\n\n[x](#retries---and-timeouts)\n")
    assert len(broken_links(tmp_path / "page.md", tmp_path)) == 1


def test_a_failing_example_is_named_by_its_page_and_line() -> None:
    page = ROOT / "docs" / "user" / "pagination.md"
    with pytest.raises(
        AssertionError, match=r"the example at docs/user/pagination\.md:12 failed: ValueError"
    ) as caught:
        run(Example(page, 12, "x = 1\nraise ValueError('planted')\n"), {})
    frame = caught.value.__cause__.__traceback__.tb_next  # type: ignore[union-attr]
    assert frame is not None and (frame.tb_frame.f_code.co_filename, frame.tb_lineno) == ("docs/user/pagination.md", 13)
