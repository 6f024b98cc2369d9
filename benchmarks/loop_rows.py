"""The loop's rows: `make generate` (its --check mode: the same regeneration, into a scratch folder) in every
run, and behind `run.py --loop` (about 20 minutes) `make test` in a fresh clone and `make spec-history`.

Each is a command timed by the wall clock on every core (the targets say "on 2 cores"); a failing command
is recorded with its exit code, not raised.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from collections.abc import Callable
from pathlib import Path
from statistics import median
from typing import Any

import clean_envs
from children import CORES, child_environment, run_child
from footprint import ROOT

GENERATE_RUNS = 3
# The targets for the loop (seconds): `make generate`, and behind --loop `make test` in a fresh
# clone and `make spec-history`.
GENERATE_TARGET_S = 15
TEST_TARGET_S = 5 * 60
SPEC_HISTORY_TARGET_S = 15 * 60


def on_every_core() -> None:
    """For the loop's children: the targets say "on 2 cores", and this process is pinned to the client's."""
    os.sched_setaffinity(0, set(CORES))


def timed_command(command: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Wall seconds of `command` run to its end on every core, and how it ended (output captured)."""
    start = time.perf_counter()
    done = subprocess.run(
        command,
        cwd=cwd,
        env=child_environment(),
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=on_every_core,
    )
    return time.perf_counter() - start, done


def last_line(done: subprocess.CompletedProcess[str]) -> str:
    return (done.stdout.strip().splitlines()[-1:] or [""])[0]


def measure_generate() -> dict[str, Any]:
    samples, codes = [], []
    for _ in range(GENERATE_RUNS):
        seconds, done = timed_command([sys.executable, str(ROOT / "scripts" / "generate.py"), "--check"], ROOT)
        samples.append(seconds)
        codes.append(done.returncode)
    return {"s": median(samples), "samples_s": [round(s, 3) for s in samples], "exit_codes": codes}


def measure_loop() -> dict[str, Any]:
    print("make test in a fresh clone (--loop) ...", file=sys.stderr)
    loop = {"make_test": measure_make_test()}
    print("make spec-history (--loop) ...", file=sys.stderr)
    loop["spec_history"] = measure_spec_history()
    return loop


def measure_make_test() -> dict[str, Any]:
    """`make test` in a fresh clone of this tree's HEAD, wall time: no `.pyc`, no caches, no hypothesis
    database. The clone sits beside the project (the tests read `../shared`, as here) and is deleted after.

    Its `.venv` is made offline from this one: a virtual environment whose `.pth` file adds this `.venv`'s
    site-packages (every pinned dependency, at the same versions), with the clone installed editable in
    it, so its tests import the clone's packages; that setup is not counted.
    """
    clone = Path(tempfile.mkdtemp(prefix="bench-clone-", dir=ROOT.parent))
    try:
        run_child(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)], "git clone")
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=clone, check=True, capture_output=True, text=True
        ).stdout.strip()
        env_dir = clone / ".venv"
        venv.EnvBuilder(with_pip=False, symlinks=True).create(env_dir)
        (clean_envs.site_packages(env_dir) / "bench-dev-venv.pth").write_text(
            clean_envs.site_packages(Path(sys.prefix)).as_posix() + "\n"
        )
        install = ["-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--no-index", "-e", "."]
        python = str(env_dir / "bin" / "python")
        run_child([python, *install], "the clone's editable install", cwd=clone)
        paths = "print(json.dumps({'api': elevenlabs_api.__file__, 'client': elevenlabs_client.__file__}))"
        # Run from ROOT, not the clone: its own folders must come from the editable install, not the working directory.
        where = run_child(
            [python, "-c", f"import json, elevenlabs_api, elevenlabs_client; {paths}"], "clone .venv", cwd=ROOT
        )
        assert all(Path(path).is_relative_to(clone) for path in where.values()), f"the clone's .venv imports {where}"
        (env_dir / ".installed").touch()  # what the Makefile's install step leaves; the clone's venv is ready
        seconds, done = timed_command(["make", "test"], clone)
    finally:
        shutil.rmtree(clone, ignore_errors=True)
    return {"s": seconds, "exit_code": done.returncode, "commit": commit, "pytest_summary": last_line(done)}


def measure_spec_history() -> dict[str, Any]:
    """`make spec-history` here (every revision of the corpus, regenerated in a temp folder), wall time."""
    seconds, done = timed_command(["make", "spec-history"], ROOT)
    return {"s": seconds, "exit_code": done.returncode, "summary": last_line(done)}


def generate_rows(gen: dict[str, Any], row: Callable[..., dict[str, Any]]) -> list[dict[str, Any]]:
    """The make generate row (table.py's `row` function makes it)."""
    target = f"< {GENERATE_TARGET_S} s"
    return [row("make generate (--check)", "s", gen["s"], None, None, target, gen["s"] < GENERATE_TARGET_S)]


def rows(loop: dict[str, Any], row: Callable[..., dict[str, Any]]) -> list[dict[str, Any]]:
    """`run.py --loop` only. A run that failed is not met whatever its time (the JSON has its last line)."""
    found = []
    for key, label, target in (
        ("make_test", "make test, fresh clone", TEST_TARGET_S),
        ("spec_history", "make spec-history", SPEC_HISTORY_TARGET_S),
    ):
        if key in loop:
            seconds, failed = loop[key]["s"], loop[key]["exit_code"] != 0
            name = f"{label}{' (FAILED)' if failed else ''}"
            found.append(row(name, "s", seconds, None, None, f"< {target // 60} min", seconds < target and not failed))
    return found
