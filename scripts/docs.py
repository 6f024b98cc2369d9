"""Build the documentation site: README.md as its home page, then every page of docs/.

    python scripts/docs.py [--root DIR] [--build DIR] [--site DIR] [--committed]

The pages are assembled in a build folder (default build/docs) as the site shows them: README.md
becomes index.md, docs/<path> becomes <path> (docs/index.md, if any, becomes contents.md, as the home
page is the README), and links are rewritten to match, so the pages keep their links written for GitHub
(`docs/user/errors.md` in the README, `../../README.md` in a guide). A link to another file of the
repository (the Makefile, benchmarks/README.md) is no page of the site: its text stays, unlinked. The
navigation is made from the folders (`navigation`), the user guide first.
Then `mkdocs build --strict` with mkdocs.yml builds the site (default site/): a link to a missing page
or heading fails it, with mkdocs' message naming the page and the link. `--committed` builds only what
git tracks, as a fresh clone would have it. Exit status 0 when the site is built, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import posixpath
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
HOME = "README.md"
DOCS = "docs/"
# docs/index.md would be a second home page; it keeps its text under this name.
DOCS_INDEX = "contents.md"
# The navigation's sections in this order (users first), then any other folder by name.
SECTIONS = {"user": "User guide", "maintainers": "Maintainer guide", "reference": "Reference"}

FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
# A code span (left alone) or an inline link or image: `[text](target "title")`.
INLINE = re.compile(
    r"(?P<code>`+)(?:.*?)(?P=code)"
    r"|(?P<image>!?)\[(?P<text>(?:[^\[\]]|\[[^\]]*\])*)\]\((?P<target><[^>]*>|[^()\s]+)(?P<title>\s+\"[^\"]*\")?\)"
)
# A link reference definition: `[label]: target`.
DEFINITION = re.compile(r"^(?P<head> {0,3}\[[^\]]+\]:\s*)(?P<target><[^>]*>|\S+)")
EXTERNAL = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|#|/)")


class DocsError(Exception):
    pass


def site_path(repo_path: str) -> str | None:
    """Where a repository file is in the site, or None when it is no page of the site."""
    if repo_path == HOME:
        return "index.md"
    if repo_path == DOCS + "index.md":
        return DOCS_INDEX
    if repo_path.startswith(DOCS):
        return repo_path.removeprefix(DOCS)
    if repo_path == DOCS.rstrip("/"):
        return ""
    return None


def retarget(target: str, page: str, exists: Callable[[str], bool]) -> str | None:
    """`target` as written in the repository file `page`, rewritten for that page's place in the site; None
    when it names another file of the repository (to unlink). A missing target stays missing, for mkdocs
    to name."""
    bare = target[1:-1] if target.startswith("<") else target
    if not bare or EXTERNAL.match(bare):
        return target
    path, mark, fragment = bare.partition("#")
    repo_path = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    if repo_path == ".." or repo_path.startswith("../"):
        return target
    moved = site_path(repo_path)
    if moved is None:
        return None if exists(repo_path) else target
    here = posixpath.dirname(site_path(page) or "")
    relative = posixpath.relpath(moved or ".", here or ".")
    if path.endswith("/") and not relative.endswith("/"):
        relative += "/"
    moved_target = relative + mark + fragment
    return f"<{moved_target}>" if target.startswith("<") else moved_target


def site_markdown(text: str, page: str, exists: Callable[[str], bool]) -> str:
    """The Markdown of repository file `page` with its links rewritten for the site; code left as it is."""
    out, fence = [], ""
    for line in text.splitlines(keepends=True):
        opened = FENCE.match(line)
        if fence:
            fence = "" if opened and opened.group(1).startswith(fence) else fence
            out.append(line)
        elif opened:
            fence = opened.group(1)
            out.append(line)
        else:
            out.append(_relinked(line, page, exists))
    return "".join(out)


def _relinked(line: str, page: str, exists: Callable[[str], bool]) -> str:
    definition = DEFINITION.match(line)
    if definition:
        target = retarget(definition["target"], page, exists)
        return line if target is None else definition["head"] + target + line[definition.end() :]

    def link(match: re.Match[str]) -> str:
        if match["code"]:
            return match[0]
        target = retarget(match["target"], page, exists)
        if target is None:
            return match["text"]
        return f"{match['image']}[{match['text']}]({target}{match['title'] or ''})"

    return INLINE.sub(link, line)


def tracked(root: Path) -> set[str]:
    """The files git tracks under `root`, and their folders."""
    listed = subprocess.run(["git", "-C", str(root), "ls-files", "-z"], check=False, capture_output=True, text=True)
    if listed.returncode:
        raise DocsError(f"git ls-files in {root}: {listed.stderr.strip()}")
    names = {name for name in listed.stdout.split("\0") if name}
    return names | {parent.as_posix() for name in names for parent in PurePosixPath(name).parents}


def assemble(root: Path, pages: Path, committed: bool = False) -> None:
    """Write the site's pages into `pages` (emptied first) from README.md and docs/ under `root`; with
    `committed`, from the files git tracks only (links to others are missing, as in a fresh clone)."""
    known = tracked(root) if committed else set()
    if committed:
        files = sorted(name for name in known if site_path(name) is not None and (root / name).is_file())
    else:
        docs = root / DOCS
        found = docs.rglob("*") if docs.is_dir() else iter(())
        files = sorted([HOME, *(path.relative_to(root).as_posix() for path in found if path.is_file())])
    if HOME not in files or not (root / HOME).is_file():
        raise DocsError(f"{root / HOME}: missing; it is the site's home page")

    def exists(repo_path: str) -> bool:
        return repo_path in known if committed else (root / repo_path).exists()

    if pages.exists():
        shutil.rmtree(pages)
    for name in files:
        moved = site_path(name)
        assert moved is not None, name
        written = pages / moved
        written.parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(".md"):
            text = (root / name).read_text(encoding="utf-8")
            written.write_text(site_markdown(text, name, exists), encoding="utf-8")
        else:
            shutil.copyfile(root / name, written)


def navigation(pages: Path, folder: Path | None = None) -> list[Any]:
    """The site's navigation, made from its folders as mkdocs makes it when mkdocs.yml has no `nav`
    (index.md first, then pages by name, then folders; a page titled by its first heading), but with the
    top sections in SECTIONS' order and titles: a new page needs no edit anywhere."""
    folder = folder or pages
    top = folder == pages
    files = sorted(folder.glob("*.md"), key=lambda path: (path.name != "index.md", path.name))
    folders = sorted(path for path in folder.iterdir() if path.is_dir() and any(path.rglob("*.md")))
    if top:
        order = list(SECTIONS)
        folders.sort(key=lambda path: order.index(path.name) if path.name in order else len(order))
    entries: list[Any] = [path.relative_to(pages).as_posix() for path in files]
    for sub in folders:
        title = SECTIONS.get(sub.name) if top else None
        entries.append({title or sub.name.replace("-", " ").replace("_", " ").capitalize(): navigation(pages, sub)})
    return entries


def build(root: Path, build_dir: Path, site: Path, committed: bool = False) -> subprocess.CompletedProcess[str]:
    """Assemble the pages and run `mkdocs build --strict` on them with root's mkdocs.yml; mkdocs' output
    is returned, not printed. `site` is replaced only by a site that built: mkdocs writes every page
    before it counts the warnings that abort it."""
    try:
        config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise DocsError(f"{root / 'mkdocs.yml'}: {error}".replace("\n", " ")) from None
    pages = build_dir / "pages"
    assemble(root, pages, committed)
    # Paths in a config file are read relative to it, and the copy is beside both (Zensical 0.0.73 fails on
    # absolute ones).
    built = build_dir / "site"
    config.update(docs_dir=pages.name, site_dir=built.name)
    config.setdefault("nav", navigation(pages))
    written = build_dir / "mkdocs.yml"
    written.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    # The theme's end-of-life notice is said once, in pyproject.toml's docs extra, not on every build.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "--config-file", str(written)]
    done = subprocess.run(command, check=False, capture_output=True, text=True, env=env)
    if done.returncode == 0:
        if site.exists():
            shutil.rmtree(site)
        site.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(built, site)
    return done


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="where README.md, docs/ and mkdocs.yml are")
    parser.add_argument("--build", type=Path, default=ROOT / "build" / "docs", help="where the pages are assembled")
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="where the site is written")
    parser.add_argument("--committed", action="store_true", help="only the files git tracks")
    args = parser.parse_args(argv)
    try:
        done = build(args.root, args.build, args.site, args.committed)
    except DocsError as error:
        print(f"docs: {error}", file=sys.stderr)
        return 1
    if done.returncode:
        sys.stderr.write(done.stderr + done.stdout)
        print(
            f"docs: the site does not build (above, mkdocs names pages as the site has them: index.md is {HOME},"
            f" {DOCS_INDEX} is {DOCS}index.md, any other page is {DOCS}<its path>)",
            file=sys.stderr,
        )
        return 1
    print(f"docs: built {args.site}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
