"""Run the reference examples against the fake server: no API key, no network.

    python examples/run_against_fake.py      (or: make demo)

Each example (a file, or a `# --- example:` block of one) gets a fresh fake server that knows the
examples' key and ids, and runs in a scratch folder; what it wrote there is listed. Exits 1 if an
example fails.
"""

import os
import sys
import tempfile
import traceback
import zipfile
from pathlib import Path

from elevenlabs_client.testing import FakeElevenLabs

HERE = Path(__file__).resolve().parent
EXAMPLES = ["history_reference.py", "history_reference_async.py"]
# The ids and key the examples use, as the vendor's documentation writes them.
EXAMPLE_IDS = ["VW7YKqPnjY4h39yTbx2L", "item_1", "item_2", "item_3", "item_id", "item_123"]
EXAMPLE_KEY = "YOUR_API_KEY"


def examples() -> list[tuple[str, str]]:
    """(name, source) of every example, in order."""
    found = []
    for file in EXAMPLES:
        blocks = (HERE / file).read_text(encoding="utf-8").split("# --- example: ")
        if len(blocks) == 1:
            found.append((file, blocks[0]))
        for block in blocks[1:]:
            name, source = block.split("\n", 1)
            found.append((f"{file}: {name}", source))
    return found


def run(example: str, source: str) -> bool:
    with (
        FakeElevenLabs(api_key=EXAMPLE_KEY, history_ids=EXAMPLE_IDS) as server,
        tempfile.TemporaryDirectory() as scratch,
    ):
        os.environ["ELEVENLABS_BASE_URL"] = server.base_url
        previous = os.getcwd()
        os.chdir(scratch)
        try:
            exec(compile(source, example, "exec"), {"__name__": "__main__"})  # noqa: S102  this repo's own examples
        except Exception:  # noqa: BLE001  any failure of an example is reported, then the next one runs
            traceback.print_exc()
            print(f"FAILED {example}")
            return False
        finally:
            os.chdir(previous)
        calls = ", ".join(f"{r.method} {r.path} {r.status}" for r in server.requests)
        print(f"ok     {example}: {len(server.requests)} requests ({calls})")
        for written in sorted(Path(scratch).iterdir()):
            kind = f"zip of {len(zipfile.ZipFile(written).namelist())}" if zipfile.is_zipfile(written) else "audio"
            print(f"       wrote {written.name}: {written.stat().st_size} bytes, {kind}")
        return True


def main() -> int:
    results = [run(name, source) for name, source in examples()]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
