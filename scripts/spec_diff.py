"""The change report between two revisions of the vendor's whole spec, for users of the client.

    python scripts/spec_diff.py [--old FILE] --new FILE [--format text|json]

`--old` defaults to the committed `openapi/openapi.json`. Operations are keyed "METHOD /path"; each
is shown with its client method (`client.voices.search`), named as the normalizer names it. What
counts as breaking is in spec_compare.py. Text prints four groups: operations added, operations
removed, breaking changes, other changes. JSON prints one object:
{"added": [...], "removed": [...], "breaking": [{"kind", "where", "detail"}], "changes": [...],
 "methods": {"METHOD /path": "client.group.method"}}.
Exit status 0 whatever changed; 2 with one line when a file cannot be read as an OpenAPI document.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from revision_check import ROOT, n
from spec_compare import Comparison, Item, operations_of

WHOLE_SPEC = ROOT / "openapi" / "openapi.json"


class ReportError(Exception):
    pass


def load(path: Path) -> Any:
    try:
        doc = json.loads(path.read_bytes())
    except (OSError, ValueError) as error:
        raise ReportError(f"{path}: not readable as JSON: {error}".replace("\n", " ")) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("openapi"), str) or not isinstance(doc.get("paths"), dict):
        raise ReportError(f"{path}: not an OpenAPI document (no `openapi` version or no `paths`)")
    return doc


def prepared(doc: Any, file: str) -> tuple[Any, dict[str, str], str]:
    """The document with Fern's enum spellings made plain, each operation's client method, and why names failed."""
    try:
        doc = n.unwrap_enum_values(n.string_literals_to_const(doc, file), file)
    except n.SpecError:
        pass  # compared as published; enums in Fern's spelling still compare by value
    try:
        named = n.name_operations(n.fold_groups_named_like_methods(doc, file), file)
        problem = ""
    except n.SpecError as error:
        # The normalizer would refuse this revision; the report still names what it can.
        named, problem = doc, str(error)
    methods = {}
    for key, operation in operations_of(named).items():
        group, method = operation.get(n.GROUP), operation.get(n.METHOD) or operation.get("operationId")
        group = [group] if isinstance(group, str) else group if isinstance(group, list) else []
        methods[key] = "client." + ".".join(str(part) for part in [*group, method or "?"])
    return doc, methods, problem


def report(old: Any, new: Any, old_file: str = "OLD", new_file: str = "NEW") -> dict[str, Any]:
    old, old_methods, old_problem = prepared(old, old_file)
    new, new_methods, new_problem = prepared(new, new_file)
    before, after = operations_of(old), operations_of(new)
    comparison = Comparison(old, new)
    for key in sorted(before.keys() - after.keys()):
        comparison.note("operation removed", key, old_methods.get(key, ""), True)
    for key in sorted(before.keys() & after.keys()):
        if not old_problem and not new_problem and old_methods[key] != new_methods[key]:
            comparison.note("method renamed", key, f"{old_methods[key]} -> {new_methods[key]}", True)
        comparison.operation(key, before[key], after[key])
    items = sorted(comparison.items, key=lambda item: (item.where, item.kind, item.detail))
    return {
        "added": sorted(after.keys() - before.keys()),
        "removed": sorted(before.keys() - after.keys()),
        "breaking": [item.as_json() for item in items if item.breaking],
        "changes": [item.as_json() for item in items if not item.breaking],
        "methods": {key: new_methods.get(key) or old_methods[key] for key in sorted(before.keys() | after.keys())},
        "notes": [f"names: {problem}" for problem in (old_problem, new_problem) if problem],
    }


def as_text(result: dict[str, Any]) -> str:
    methods: dict[str, str] = result["methods"]

    def place(where: str) -> str:
        return f"{methods[where]}  {where}" if where in methods else where

    lines: list[str] = []
    groups = [
        ("Operations added", [f"+ {place(key)}" for key in result["added"]]),
        ("Operations removed", [f"- {place(key)}" for key in result["removed"]]),
        ("Breaking changes", [f"! {place(i['where'])}: {i['kind']}: {i['detail']}" for i in result["breaking"]]),
        ("Other changes", [f"~ {place(i['where'])}: {i['kind']}: {i['detail']}" for i in result["changes"]]),
    ]
    for title, entries in groups:
        lines.append(f"{title} ({len(entries)})")
        lines += [f"  {entry}" for entry in entries]
    lines += [f"note: {note}" for note in result["notes"]]
    return "\n".join(lines) + "\n"


def is_breaking(result: dict[str, Any]) -> bool:
    return bool(result["breaking"])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="spec_diff.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", type=Path, default=WHOLE_SPEC, help="the earlier whole spec (JSON)")
    parser.add_argument("--new", type=Path, required=True, help="the later whole spec (JSON)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args(argv)
    try:
        result = report(load(args.old), load(args.new), str(args.old), str(args.new))
    except ReportError as error:
        print(f"spec-diff: {error}", file=sys.stderr)
        return 2
    except (AttributeError, KeyError, TypeError, ValueError) as error:
        # A shape the comparison did not expect: say so in one line rather than a traceback.
        print(f"spec-diff: cannot compare {args.old} with {args.new}: {type(error).__name__}: {error}", file=sys.stderr)
        return 2
    try:
        print(
            json.dumps(result, indent=2) if args.format == "json" else as_text(result),
            end="\n" if args.format == "json" else "",
        )
    except BrokenPipeError:  # the reader (`| head`) stopped early: not a failure of the report
        sys.stderr.close()
    return 0


__all__ = ["Item", "ReportError", "as_text", "is_breaking", "load", "main", "report"]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
