"""Render the HTTP reference, docs/reference/: an index, and one page per operation tag (the generated group
module), each operation with its signatures, parameters, result, errors and a sync and an async example.

    python scripts/reference.py --spec SPEC.json --generated DIR --overlays DIR --output DIR

scripts/generate.py runs it after generating the package into its scratch folder: it imports THAT package
(`--generated`, first on sys.path) and the overlays beside it, and reads every method from the live client
(`inspect.signature`, annotations as written in the source), so the pages say what the client does. The
examples' values come from scripts/reference_values.py: one that does not satisfy the spec stops here,
naming the operation. The realtime channels' pages come from scripts/reference_realtime.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, required=True)
    parser.add_argument("--generated", type=Path, required=True)
    parser.add_argument("--overlays", type=Path, required=True)
    parser.add_argument("--output", type=Path, required=True)
    options = parser.parse_args(argv)
    # The normalizer's naming of classes (openapi/normalizer) is read from this repository.
    openapi = Path(__file__).resolve().parent.parent / "openapi"
    sys.path[:0] = [str(options.generated.resolve()), str(options.overlays.resolve()), str(openapi)]
    import elevenlabs_api
    import elevenlabs_client

    # The .venv's editable install must not hand out the committed packages in place of the ones asked for
    # (sys.path's finder comes before the editable one; this says so if that ever changes).
    for package, folder in ((elevenlabs_api, options.generated), (elevenlabs_client, options.overlays)):
        if not Path(package.__file__ or "").resolve().is_relative_to(folder.resolve()):
            print(f"reference: imported {package.__file__}, not the package in {folder}", file=sys.stderr)
            return 1
    from reference_pages import pages
    from reference_values import ExampleError

    spec = json.loads(options.spec.read_text(encoding="utf-8"))
    try:
        written = pages(spec)
    except ExampleError as error:
        print(f"reference: {error}", file=sys.stderr)
        return 1
    for name, text in written.items():
        target = options.output / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
