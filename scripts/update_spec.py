"""Bring in the vendor's new whole spec: fetch, check, regenerate, and print what changed for users of the client.

    python scripts/update_spec.py [SPEC]     # SPEC: a file or an http(s) address; default the live spec

Nothing committed changes unless everything worked: the new spec is regenerated in a scratch
folder first, every operation it has must be a generated function, and only then are
openapi/openapi.json, openapi/elevenlabs.yaml and generated/ replaced. On any failure one line
says what and where, and the exit status is 1 (`make update-spec` then exits 2, as make does for
any failed command). Operations the vendor removed are no failure: the change report lists them
as breaking. A spec whose content is the committed one's (only formatting or key order differ)
changes nothing.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from generate import SPEC, put_in_place, regenerate
from revision_check import ROOT, missing_operations, n
from spec_diff import as_text, report
from steps import GenerationError

LIVE = "https://api.elevenlabs.io/openapi.json"
WHOLE_SPEC = Path("openapi/openapi.json")
ATTEMPTS = 3
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class UpdateError(Exception):
    pass


def fetch(source: str) -> bytes:
    if not source.startswith(("http://", "https://")):
        try:
            return Path(source).read_bytes()
        except OSError as error:
            raise UpdateError(f"cannot read {source}: {error.strerror or error}") from None
    problem = ""
    for attempt in range(ATTEMPTS):
        if attempt:
            time.sleep(2**attempt)  # the vendor's edge sometimes drops a connection: wait a little, try again
        try:
            response = httpx.get(source, timeout=TIMEOUT, follow_redirects=True)
        except httpx.HTTPError as error:
            problem = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
            continue
        if response.status_code >= 500 or response.status_code == 429:
            problem = f"HTTP {response.status_code}"
            continue
        if response.status_code != 200:
            raise UpdateError(f"cannot fetch {source}: HTTP {response.status_code}")
        return response.content
    raise UpdateError(f"cannot fetch {source} after {ATTEMPTS} attempts: {problem}")


def parse(data: bytes, source: str) -> Any:
    try:
        doc = json.loads(data)
    except ValueError as error:
        raise UpdateError(f"{source}: not JSON: {error}") from None
    version = doc.get("openapi") if isinstance(doc, dict) else None
    if not isinstance(version, str) or not version.startswith("3.") or not isinstance(doc.get("paths"), dict):
        raise UpdateError(f"{source}: not an OpenAPI 3 document (needs an `openapi: 3.x` version and `paths`)")
    return doc


def first_problem(error: GenerationError, scratch_file: Path, source: str) -> str:
    """The one line of a failed step's output that says what went wrong, naming the source, not the scratch copy."""
    lines = [as_source(line.strip(), scratch_file, source) for line in str(error).splitlines() if line.strip()]
    step = lines[0].removesuffix(":") if lines else "regeneration failed"
    useful = [line for line in lines[1:] if line.startswith(("normalize:", "WARNING", "ERROR", "Unable", "Error"))]
    detail = (useful or lines[1:2] or [""])[0]
    if detail.startswith("normalize: "):
        return "the normalizer refused " + detail.removeprefix("normalize: ")
    return f"{step}: {detail}" if detail else step


def as_source(text: str, scratch_file: Path, source: str) -> str:
    """The normalizer names files relative to the repository when it can: either spelling becomes `source`."""
    text = text.replace(str(scratch_file), source)
    return text.replace(str(scratch_file.relative_to(ROOT)), source) if scratch_file.is_relative_to(ROOT) else text


def update(root: Path, source: str) -> str:
    """Replace the whole spec with `source` and regenerate; return the change report. Raises UpdateError."""
    data = fetch(source)
    new = parse(data, source)
    current = root / WHOLE_SPEC
    old = json.loads(current.read_bytes())
    if canonical(old) == canonical(new):
        # Only the formatting or the order of keys differs: the committed bytes stay.
        return "update-spec: the spec is unchanged; nothing to do.\n"
    try:
        pages = n.load_pages(root / n.PAGES)
        changes = as_text(report(old, new, str(WHOLE_SPEC), source, pages))
    except (AttributeError, KeyError, TypeError, ValueError, n.SpecError) as error:
        # The update itself does not depend on the report: go on, and say the report is missing.
        changes = f"update-spec: no change report ({type(error).__name__}: {error}); compare with make spec-diff\n"
    with tempfile.TemporaryDirectory(dir=root, prefix=".update-spec-") as folder:
        scratch = Path(folder)
        candidate = scratch / "openapi.json"
        candidate.write_bytes(data)
        build = scratch / "build"
        build.mkdir()
        try:
            spec, generated, _ = regenerate(root, build, candidate)  # the report says what pins hide
        except GenerationError as error:
            raise UpdateError(first_problem(error, candidate, source)) from None
        left_out = missing_operations(new, generated / "elevenlabs_api" / "api")
        if left_out:
            raise UpdateError(
                f"{source}: the generator left out {len(left_out)} operation(s) of the new spec: {', '.join(left_out)}"
            )
        # Only now does anything committed change; each replacement is a rename within one file system.
        os.replace(candidate, current)
        os.replace(spec, root / SPEC)
        put_in_place(root, build)
    return changes


def canonical(doc: Any) -> str:
    """The document's content, whatever its formatting and key order."""
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def main(argv: list[str]) -> int:
    if argv in (["-h"], ["--help"]):
        print(__doc__.strip())
        return 0
    if len(argv) > 1 or (argv and argv[0].startswith("-")):
        print(__doc__, file=sys.stderr)
        return 2
    source = argv[0] if argv and argv[0] else LIVE
    try:
        print(update(ROOT, source), end="")
    except UpdateError as error:
        print(f"update-spec: {error}".replace("\n", " "), file=sys.stderr)
        return 1
    except OSError as error:
        print(f"update-spec: {error}".replace("\n", " "), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
