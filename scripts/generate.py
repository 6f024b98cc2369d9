"""Regenerate the low-level package from the spec pages, or check that what is committed is current.

    python scripts/generate.py           # openapi/pages -> openapi/elevenlabs.yaml -> generated/elevenlabs_api
    python scripts/generate.py --check   # regenerate into a scratch folder; exit 1 with a diff on any difference

Both build everything in a scratch folder first, so a failed run leaves the committed files as
they were. The repository worked on is the one this script sits in, so a copy of the repository
checks itself.
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = Path("openapi/elevenlabs.yaml")
PACKAGE = Path("generated/elevenlabs_api")
# Tools whose output is committed: a different version is drift even if today's output matches.
PINNED_TOOLS = ("openapi-python-client", "ruff")
IGNORED = {"__pycache__", ".ruff_cache"}


class GenerationError(Exception):
    pass


def regenerate(root: Path, scratch: Path) -> tuple[Path, Path]:
    """Write the normalized spec and the package under `scratch`; return their paths."""
    spec, package = scratch / SPEC.name, scratch / PACKAGE.name
    run("normalize", [sys.executable, str(root / "openapi/normalize.py"), str(root / "openapi/pages"), str(spec)])
    command = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        f"--path={spec}",
        f"--config={root / 'generator-config.yaml'}",
        "--meta=none",
        f"--output-path={package}",
        "--fail-on-warning",
    ]
    if (root / "templates").is_dir():
        command.append(f"--custom-template-path={root / 'templates'}")
    run("openapi-python-client", command)
    return spec, package


def run(name: str, command: list[str]) -> None:
    # The generator's post-hooks call `ruff` by name: make it the virtualenv's pinned one.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise GenerationError(f"{name} failed:\n{result.stdout}{result.stderr}".rstrip())


def generate(root: Path) -> None:
    with tempfile.TemporaryDirectory(dir=root, prefix=".generate-") as scratch:
        spec, package = regenerate(root, Path(scratch))
        os.replace(spec, root / SPEC)
        target = root / PACKAGE
        if target.exists():
            target.rename(Path(scratch) / "previous")
        package.rename(target)


def pinned_versions(root: Path) -> dict[str, str]:
    with open(root / "pyproject.toml", "rb") as file:
        requirements = tomllib.load(file)["project"]["optional-dependencies"]["dev"]
    pins = dict(requirement.split("==", 1) for requirement in requirements if "==" in requirement)
    return {tool: pins[tool] for tool in PINNED_TOOLS}


def files_under(folder: Path, label: Path) -> dict[str, Path]:
    """Files below `folder`, keyed by their path under `label`."""
    return {
        str(label / path.relative_to(folder)): path
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not IGNORED & set(path.relative_to(folder).parts)
    }


def diff_files(committed: dict[str, Path], fresh: dict[str, Path]) -> list[str]:
    lines = []
    for name in sorted(committed.keys() | fresh.keys()):
        old = committed[name].read_text(encoding="utf-8").splitlines(keepends=True) if name in committed else []
        new = fresh[name].read_text(encoding="utf-8").splitlines(keepends=True) if name in fresh else []
        lines += difflib.unified_diff(old, new, f"{name} (committed)", f"{name} (regenerated)")
    return lines


def check(root: Path) -> list[str]:
    """The problems that make the committed spec or package differ from a fresh regeneration."""
    problems = [
        f"{tool} is {version(tool)} here but pinned at {pinned} in pyproject.toml"
        for tool, pinned in pinned_versions(root).items()
        if version(tool) != pinned
    ]
    if problems:
        return problems
    with tempfile.TemporaryDirectory(prefix="elevenlabs-drift-") as scratch:
        spec, package = regenerate(root, Path(scratch))
        committed = files_under(root / PACKAGE, PACKAGE)
        if (root / SPEC).exists():
            committed[str(SPEC)] = root / SPEC
        diff = diff_files(committed, {**files_under(package, PACKAGE), str(SPEC): spec})
    return ["".join(diff)] if diff else []


def main(argv: list[str]) -> int:
    try:
        if argv == ["--check"]:
            problems = check(ROOT)
            for problem in problems:
                print(problem, file=sys.stderr)
            if problems:
                print("drift: the committed spec or generated package is not what the sources produce; "
                      "run `make generate` and commit the result.", file=sys.stderr)
                return 1
            print("drift: none; openapi/elevenlabs.yaml and generated/ match a fresh regeneration.")
            return 0
        if argv:
            print(__doc__, file=sys.stderr)
            return 2
        generate(ROOT)
        return 0
    except GenerationError as error:
        print(error, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
