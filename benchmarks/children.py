"""The child processes of the benchmarks: which cores they run on, their environment, and the two kinds.

A measurement child runs once, prints its answer as JSON on its last line and exits (`run_child`); a server
child prints where it listens as one JSON line and serves until its stdin closes (`ServerChild`). Every
measurement in a fresh process goes through `run_child`, so each one checks the exit code and reads the
answer the same way.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

# With two or more cores the server gets the first and everything measured the others: at loopback
# speeds, which core the scheduler puts each side on otherwise halves or doubles a streaming run.
CORES = sorted(os.sched_getaffinity(0))
SERVER_CORES, CLIENT_CORES = ({CORES[0]}, set(CORES[1:])) if len(CORES) > 1 else (set(CORES), set(CORES))


def child_environment(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of every child: `env` (this one by default) without PYTHONDONTWRITEBYTECODE, which
    this project's sessions set. With it no `.pyc` is written, and every import compiles its modules anew
    (about 20 ms more for ours): a user's interpreter writes them on the first import and reads them after."""
    given = os.environ if env is None else env
    return {name: value for name, value in given.items() if name != "PYTHONDONTWRITEBYTECODE"}


def run_child(
    command: Sequence[str], label: str, *, cwd: str | Path | None = None, env: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Runs `command` to its end in `child_environment(env)` and returns the JSON object on the last line of
    its output ({} when it prints nothing); a child that fails raises with its stderr, named by `label`."""
    done = subprocess.run(
        list(command), cwd=cwd, env=child_environment(env), capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise RuntimeError(f"{label}: the child failed:\n{done.stderr}")
    lines = done.stdout.splitlines()
    answer: dict[str, Any] = json.loads(lines[-1]) if lines else {}
    return answer


class ServerChild:
    """A benchmark server in a child process: `info` is the JSON line it prints once it listens; it stops
    when its stdin closes (`stop`, or the end of a `with` block)."""

    def __init__(self, command: Sequence[str], env: Mapping[str, str] | None = None) -> None:
        self.process = subprocess.Popen(
            list(command), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=child_environment(env)
        )
        assert self.process.stdout is not None
        self.info: dict[str, Any] = json.loads(self.process.stdout.readline())

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
