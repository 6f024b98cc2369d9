"""The documentation site (scripts/docs.py, `make docs`): it builds in strict mode from the committed pages,
has its search index, and a broken link or heading fails the build with mkdocs' message naming it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import docs

ROOT = Path(__file__).resolve().parent.parent


def committed(*names: str) -> list[str]:
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z", "--", *names], check=False, capture_output=True, text=True
    )
    assert listed.returncode == 0, listed.stderr
    return sorted(name for name in listed.stdout.split("\0") if name)


def test_the_site_builds_in_strict_mode_from_the_committed_files_with_its_search_index(tmp_path: Path) -> None:
    site = tmp_path / "site"
    done = docs.build(ROOT, tmp_path / "build", site, committed=True)
    assert done.returncode == 0, done.stderr + done.stdout
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    found = {entry["location"] for entry in index["docs"]}
    assert "" in found, "the README, the home page, is searchable"
    pages = [name for name in committed("docs") if name.endswith(".md")]
    assert pages, "docs/ has pages"
    for name in pages:
        moved = docs.site_path(name)
        assert moved is not None
        stem = moved.removesuffix(".md")
        url = "" if stem == "index" else stem.removesuffix("index") if stem.endswith("/index") else stem + "/"
        assert (site / url / "index.html").is_file(), f"{name} has no page in the site"
        assert url in found, f"{name} is not in the search index"


def test_a_broken_link_or_heading_fails_the_build_naming_it(tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    # Without the generated reference (a thousand pages' build): the links to it fail too, beside the two planted.
    for name in [
        name for name in committed("README.md", "mkdocs.yml", "docs") if not name.startswith("docs/reference/")
    ]:
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, copy / name)
    readme = copy / "README.md"
    readme.write_text(
        readme.read_text(encoding="utf-8")
        + "\nSee [a page](docs/user/no-such-page.md) and [a heading](README.md#no-such-heading).\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "docs.py"), "--root", str(copy), "--build", str(tmp_path / "b")]
        + ["--site", str(tmp_path / "site")],
        check=False,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    said = done.stderr
    assert "Doc file 'index.md' contains a link 'user/no-such-page.md', but the target is not found" in said
    assert "Doc file 'index.md' contains a link 'index.md#no-such-heading', but there is no such anchor" in said
    assert "index.md is README.md" in said, "says which repository file mkdocs' page names are"
    assert not (tmp_path / "site" / "index.html").exists()


@pytest.mark.parametrize(
    ("page", "written", "in_the_site"),
    [
        # The README's links into docs/ lose the prefix: it is the home page, at the top of the site.
        ("README.md", "See [errors](docs/user/errors.md#retries).", "See [errors](user/errors.md#retries)."),
        ("README.md", "The [guides](docs/user/).", "The [guides](user/)."),
        ("README.md", "[ref]: docs/user/errors.md", "[ref]: user/errors.md"),
        ("README.md", "[spaced](<docs/user/a b.md>)", "[spaced](<user/a b.md>)"),
        # A guide's link back to the README goes to the home page; between guides nothing changes.
        ("docs/user/errors.md", "[Home](../../README.md#install)", "[Home](../index.md#install)"),
        ("docs/user/errors.md", "[Pages](pagination.md) and [pins](../maintainers/pins.md#ruff)", None),
        ("docs/maintainers/pins.md", "[the overview](../index.md)", "[the overview](../contents.md)"),
        # Another file of the repository is no page of the site: its text stays, unlinked.
        ("docs/maintainers/pins.md", "See [the Makefile](../../Makefile).", "See the Makefile."),
        # What is not there stays as written, for mkdocs to name; the web and code are left alone.
        ("README.md", "[gone](nowhere/file.md)", None),
        ("README.md", "[site](https://elevenlabs.io/docs) and [top](#install)", None),
        ("README.md", "Write `[x](docs/user/errors.md)` in a page.", None),
    ],
)
def test_links_written_for_github_are_rewritten_for_the_site(page: str, written: str, in_the_site: str | None) -> None:
    assert docs.site_markdown(written + "\n", page, lambda name: name == "Makefile") == (in_the_site or written) + "\n"


def test_code_blocks_keep_their_text() -> None:
    text = "```markdown\n[errors](docs/user/errors.md)\n```\n[errors](docs/user/errors.md)\n"
    assert docs.site_markdown(text, "README.md", lambda name: False) == (
        "```markdown\n[errors](docs/user/errors.md)\n```\n[errors](user/errors.md)\n"
    )


def test_the_navigation_is_the_folders_users_first(tmp_path: Path) -> None:
    for name in ["index.md", "contents.md", "maintainers/pins.md", "user/uploads.md", "user/index.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("# A page\n", encoding="utf-8")
    for name in ["reference/realtime/stream-input.md", "reference/index.md", "extra/notes.md", "user/picture.png"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert docs.navigation(tmp_path) == [
        "index.md",
        "contents.md",
        {"User guide": ["user/index.md", "user/uploads.md"]},
        {"Maintainer guide": ["maintainers/pins.md"]},
        {"Reference": ["reference/index.md", {"Realtime": ["reference/realtime/stream-input.md"]}]},
        {"Extra": ["extra/notes.md"]},
    ]
