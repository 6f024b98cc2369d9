"""`elevenlabs-client`, the command line: `elevenlabs-client history export DIR`.

Installed with the package as a console script; `python -m elevenlabs_client.cli` runs it too. The
progress bar needs the `cli` extra (rich); nothing else beyond the client's own dependencies.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .._client import API_KEY_VARIABLE, BASE_URL_VARIABLE, resolve_api_key
from .._errors import ElevenLabsError

if TYPE_CHECKING:
    from ._export import Exporter

__all__ = ["main"]

EXIT_FAILED = 1  # some items failed, or the export could not go on
EXIT_USAGE = 2  # bad arguments (argparse's own convention)
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for Ctrl-C
SHOWN_FAILURES = 20


class Usage(Exception):
    """Bad input: one line to print, exit status 2."""


def _date(text: str) -> int:
    """A date (UTC midnight), a date and time (UTC unless it says otherwise) or unix seconds."""
    if text.isdigit():
        return int(text)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date: use 2026-08-22, 2026-08-22T14:30, 2026-08-22T14:30+02:00 or unix seconds"
        ) from None
    return int((moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp())


def _concurrency(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 32:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number from 1 to 32")
    return int(text)


def _retries(text: str) -> int:
    if not text.isdigit() or int(text) > 10:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number from 0 to 10")
    return int(text)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("elevenlabs-client")
    except PackageNotFoundError:  # run from a source tree that was not installed
        return "(not installed)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="elevenlabs-client",
        description="Command-line tools for the ElevenLabs API.",
        epilog=(
            f"The API key is read from {API_KEY_VARIABLE} (or a file given with --api-key-file); "
            f"{BASE_URL_VARIABLE} points the tool at another server."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    history = commands.add_parser("history", help="your generated audio", description="Your generated audio.")
    history_commands = history.add_subparsers(title="commands", metavar="COMMAND")
    export = history_commands.add_parser(
        "export",
        help="download every history item's audio and metadata into a folder",
        description=(
            "Download the audio of every history item (or those the filters select) into DIR, one file per "
            "item, and record each in DIR/metadata.jsonl as it finishes. Run it again after an interruption "
            "and it fetches only what is missing or does not match its record (size and SHA-256)."
        ),
        epilog=(
            "Files are named DATE_VOICE_TEXT_ID.EXT (UTC). Exit status: 0 all done, 1 some items failed or the "
            "export stopped (e.g. the key was refused), 2 bad arguments, 130 interrupted (Ctrl-C; 143 for SIGTERM)."
        ),
    )
    export.add_argument("directory", metavar="DIR", type=Path, help="where to write (created if missing)")
    selection = export.add_argument_group("which items")
    selection.add_argument("--voice-id", help="only items made with this voice")
    selection.add_argument("--model-id", help="only items made with this model")
    selection.add_argument("--source", choices=["TTS", "STS"], help="only text to speech, or speech to speech")
    selection.add_argument("--search", metavar="TEXT", help="only items whose text contains TEXT")
    selection.add_argument(
        "--after",
        metavar="DATE",
        type=_date,
        help="only items made at or after DATE: 2026-08-22, 2026-08-22T14:30 (UTC unless an offset is given), "
        "or unix seconds",
    )
    selection.add_argument("--before", metavar="DATE", type=_date, help="only items made before DATE")
    selection.add_argument(
        "--sort", choices=["desc", "asc"], default="desc", help="desc: newest first (the default); asc: oldest first"
    )
    how = export.add_argument_group("how")
    how.add_argument(
        "--format",
        choices=["original", "wav"],
        default="original",
        help="original: the audio as stored (MP3, mostly); wav: converted by the API (default: original)",
    )
    how.add_argument(
        "--concurrency", metavar="N", type=_concurrency, default=4, help="downloads at once, 1 to 32 (default: 4)"
    )
    how.add_argument(
        "--retries",
        metavar="N",
        type=_retries,
        default=3,
        help="attempts after the first for a 5xx or a broken connection (default: 3); 429s wait and retry apart",
    )
    how.add_argument(
        "--dry-run",
        action="store_true",
        help="count and size what would be fetched (each size from the start of its download); write nothing",
    )
    how.add_argument("--quiet", "-q", action="store_true", help="no progress; problems and the summary still print")
    how.add_argument(
        "--api-key-file", metavar="PATH", type=Path, help=f"read the API key from PATH instead of {API_KEY_VARIABLE}"
    )
    # For tests and logs: how often the plain progress line is printed when stderr is not a terminal.
    how.add_argument("--progress-every", type=float, default=5.0, help=argparse.SUPPRESS)
    export.set_defaults(run=_run_export)
    history.set_defaults(help_of=history)
    parser.set_defaults(help_of=parser)
    return parser


def _api_key(path: Path | None) -> str:
    if path is None:
        key = os.environ.get(API_KEY_VARIABLE, "")
        if not key:
            raise Usage(f"no API key: set {API_KEY_VARIABLE} or pass --api-key-file PATH")
        return _checked(key)
    try:
        key = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as error:
        raise Usage(f"cannot read the API key from {path}: {getattr(error, 'strerror', None) or error}") from None
    if not key:
        raise Usage(f"{path} is empty; it should hold the API key")
    return _checked(key)


def _checked(key: str) -> str:
    try:
        return resolve_api_key(key)  # refuses spaces, line breaks and non-ASCII, without quoting the key
    except ElevenLabsError as error:
        raise Usage(str(error)) from None


def _run_export(args: argparse.Namespace) -> int:
    from ._export import Exporter, Options
    from ._progress import reporter

    api_key = _api_key(args.api_key_file)
    directory: Path = args.directory
    if args.after is not None and args.before is not None and args.after >= args.before:
        raise Usage("--after must be earlier than --before")
    filters = {
        "voice_id": args.voice_id,
        "model_id": args.model_id,
        "source": args.source,
        "search": args.search,
        "date_after_unix": args.after,
        "date_before_unix": args.before,
        "sort_direction": args.sort,
    }
    options = Options(
        directory=directory,
        filters={name: value for name, value in filters.items() if value is not None},
        output_format=args.format,
        concurrency=args.concurrency,
        retries=args.retries,
        dry_run=args.dry_run,
    )
    if directory.exists() and not directory.is_dir():
        raise Usage(f"{directory} exists and is not a folder")
    try:
        if not args.dry_run:
            directory.mkdir(parents=True, exist_ok=True)
        exporter = Exporter(api_key, options, reporter(args.quiet, args.progress_every))
    except OSError as error:
        raise Usage(f"cannot write in {directory}: {error.strerror or error}") from None
    asyncio.run(exporter.run())
    print(summary(exporter), flush=True)
    if exporter.interrupted:
        return 128 + exporter.interrupted  # what a shell reports for a process its signal ended: 130, 143
    return EXIT_FAILED if exporter.fatal or exporter.counts.failed else 0


def summary(exporter: Exporter) -> str:
    from ._progress import human_bytes

    counts, where = exporter.counts, exporter.options.directory
    seconds = f"{counts.elapsed():.1f} s"
    kept = f"{counts.skipped} already in {where} and verified ({human_bytes(counts.skipped_bytes)})"
    if exporter.options.dry_run:
        unknown = f"; {exporter.unknown_sizes} of unknown size" if exporter.unknown_sizes else ""
        lines = [f"Dry run: {counts.done} items to fetch ({human_bytes(counts.bytes)}{unknown}), {kept}."]
    else:
        lines = [f"Exported {counts.done} items ({human_bytes(counts.bytes)}) in {seconds}; skipped {kept}."]
    if counts.failed:
        lines.append(f"{len(counts.failed)} failed:")
        lines += [f"  {item_id}: {why}" for item_id, why in counts.failed[:SHOWN_FAILURES]]
        if len(counts.failed) > SHOWN_FAILURES:
            lines.append(f"  ... and {len(counts.failed) - SHOWN_FAILURES} more (each was reported as it failed)")
    if exporter.fatal:
        lines.append(f"Stopped: {exporter.fatal}.")
    if exporter.interrupted:
        lines.append(f"Interrupted after {seconds}; no unfinished file was kept.")
    if (exporter.interrupted or exporter.fatal or counts.failed) and not exporter.options.dry_run:
        lines.append(
            "Run the same command again to resume: files recorded in metadata.jsonl are checked (size and "
            "SHA-256) and kept, everything else is fetched."
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        args.help_of.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        status: int = args.run(args)
    except Usage as problem:
        print(f"elevenlabs-client: {problem}", file=sys.stderr)
        return EXIT_USAGE
    except ElevenLabsError as error:
        print(f"elevenlabs-client: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:  # before the export's own handler is in place
        print("elevenlabs-client: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    return status
