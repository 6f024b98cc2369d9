"""The official SDK's History examples run on this client, with only the import line changed (make demo)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_reference_examples_run_against_the_fake_server() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "run_against_fake.py")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    ran = [line.split(":")[0:2] for line in result.stdout.splitlines() if line.startswith("ok ")]
    assert len(ran) == 6, result.stdout
    assert "wrote output.mp3: 65536 bytes, audio" in result.stdout
    assert "wrote history_items.zip" in result.stdout and "zip of 3" in result.stdout
    for example in ("history_reference.py", "history_reference_async.py"):
        source = (ROOT / "examples" / example).read_text(encoding="utf-8")
        assert "from elevenlabs import" not in source and "from elevenlabs_client import" in source
