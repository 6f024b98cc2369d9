"""mypy --strict over the normalizer, the scripts, the overlay, the generated package and the tests."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_strict_passes() -> None:
    # No cache written (--cache-dir to the null device): nothing read it (--no-incremental), and two test
    # workers writing one .mypy_cache at once could lock each other out of it.
    command = [sys.executable, "-m", "mypy", "--no-incremental", f"--cache-dir={os.devnull}"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
