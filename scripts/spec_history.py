"""Regenerate every revision of the vendor's whole spec in the corpus and print one row each.

    python scripts/spec_history.py [--archive FILE] [--workers N] [--only NAME ...]

The corpus (`../shared/spec-history/revisions.tar.xz`, beside the project) is unpacked into a
temporary folder, never into the repository. Each revision is normalized with today's pages and
servers and generated with today's templates (see revision_check.py for what "clean" means).
The last line is the count that passed; the exit status is 1 when any did not.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tarfile
import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from revision_check import ROOT, Outcome, check_revision

ARCHIVE = ROOT.parent / "shared" / "spec-history" / "revisions.tar.xz"


@contextlib.contextmanager
def unpacked(archive: Path, only: Iterable[str] = ()) -> Iterator[list[Path]]:
    """The revisions (`*.json`) of the archive, oldest first, in a temporary folder; `only`: those whose name has one."""
    wanted = list(only)
    with tempfile.TemporaryDirectory(prefix="spec-history-") as folder:
        with tarfile.open(archive, "r:xz") as tar:
            members = [
                member
                for member in tar.getmembers()
                if member.isfile()
                and member.name.endswith(".json")
                and (not wanted or any(name in member.name for name in wanted))
            ]
            tar.extractall(folder, members=members, filter="data")
        yield sorted(Path(folder).rglob("*.json"), key=lambda path: path.name)


def check_one(whole: Path) -> Outcome:
    # The generator prints a line per run; only the table belongs on stdout.
    with tempfile.TemporaryDirectory(prefix="revision-") as scratch, contextlib.redirect_stdout(io.StringIO()):
        return check_revision(ROOT, whole, Path(scratch))


def run(revisions: list[Path], workers: int) -> Iterator[Outcome]:
    if workers <= 1:
        yield from map(check_one, revisions)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(check_one, revisions)


def row(outcome: Outcome) -> str:
    result = "ok" if outcome.passed else f"FAILED {outcome.problem}"
    return (
        f"{outcome.revision:<40} {outcome.operations:>10} {outcome.schemas:>7} {outcome.warnings:>8} "
        f"{outcome.seconds:>7.1f}  {result}"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="spec_history.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive", type=Path, default=ARCHIVE, help="the corpus (.tar.xz)")
    parser.add_argument("--workers", type=int, default=2, help="revisions checked at once")
    parser.add_argument("--only", nargs="*", default=[], help="only revisions whose file name contains one of these")
    args = parser.parse_args(argv)
    if not args.archive.is_file():
        print(f"spec-history: no corpus at {args.archive}", file=sys.stderr)
        return 1
    try:
        with unpacked(args.archive, args.only) as revisions:
            if not revisions:
                print(f"spec-history: no revision in {args.archive} matches {args.only}", file=sys.stderr)
                return 1
            print(f"{'revision':<40} {'operations':>10} {'schemas':>7} {'warnings':>8} {'seconds':>7}  result")
            passed = 0
            for outcome in run(revisions, args.workers):
                print(row(outcome), flush=True)
                passed += outcome.passed
    except (OSError, tarfile.TarError, EOFError) as error:
        print(f"spec-history: cannot read {args.archive}: {error}", file=sys.stderr)
        return 1
    print(f"{passed} of {len(revisions)} revisions regenerated clean")
    return 0 if passed == len(revisions) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
