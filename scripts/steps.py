"""What every step of scripts/generate.py shares: running a pinned tool, formatting what a step writes, and
the one error a failed step raises (its message says which step and what it printed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The normalizer's package (openapi/normalizer: the official class names, the realtime types) is what the
# steps name things by: importable by each of them, put on the path once.
if str(ROOT / "openapi") not in sys.path:
    sys.path.insert(0, str(ROOT / "openapi"))


class GenerationError(Exception):
    pass


def run(name: str, command: list[str]) -> str:
    """Run a step; its stderr (the normalizer's notes on stale pins) is returned for the caller to show."""
    # The generator's post-hooks call `ruff` by name: make it the virtualenv's pinned one.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise GenerationError(f"{name} failed:\n{result.stdout}{result.stderr}".rstrip())
    return result.stderr


def format_python(*targets: Path, fix_only: bool = False) -> None:
    """Format and check what this script writes as the generator's post-hooks do its own output.
    `fix_only`: fix without checking, as the post-hooks treat the generator's own modules (fold_models
    rewrites those)."""
    ruff, paths = str(Path(sys.executable).parent / "ruff"), [str(target) for target in targets]
    fix = "--fix-only" if fix_only else "--fix"
    run("ruff", [ruff, "check", *paths, "--isolated", "--no-cache", fix, "--extend-select=I,F", "--line-length=120"])
    run("ruff", [ruff, "format", *paths, "--isolated", "--no-cache", "--line-length=120"])
