"""The change report between two revisions of the vendor's whole spec, for users of the client.

    python scripts/spec_diff.py [--old FILE] --new FILE [--format text|json] [--pages DIR]

`--old` defaults to the committed `openapi/openapi.json`, `--pages` to `openapi/pages` (the docs
pages that pin operations and schemas over the whole spec). Operations are keyed "METHOD /path";
each is shown with its client method (`client.voices.search`), named as the normalizer names it,
and a change inside a schema with the client methods whose requests or responses reach it.
A change a page pins away is shown apart: the client does not change. What counts as breaking is
in spec_compare.py. docs/maintainers/update-spec.md describes every key of the
JSON form. Exit status 0 whatever changed; 2 with one line when a file cannot be read as an
OpenAPI document.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from revision_check import ROOT, n
from spec_compare import SCHEMA_PREFIX, Comparison, Item, operations_of

WHOLE_SPEC = ROOT / "openapi" / "openapi.json"
PAGES = ROOT / "openapi" / "pages"
SCHEMA = "schema "
SHOWN = 3  # client methods named on a text line; the JSON has them all


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


def report(
    old: Any, new: Any, old_file: str = "OLD", new_file: str = "NEW", pages: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """What changed from `old` to `new`; `pages` (file -> parsed page) pin operations and schemas over both."""
    old, old_methods, old_problem = prepared(old, old_file)
    new, new_methods, new_problem = prepared(new, new_file)
    before, after = operations_of(old), operations_of(new)
    pins = Pins(pages or {}, {**old_methods, **new_methods})
    comparison = Comparison(old, new)
    for key in sorted(before.keys() - after.keys()):
        comparison.note("operation removed", key, old_methods.get(key, ""), True)
    for key in sorted(before.keys() & after.keys()):
        if not old_problem and not new_problem and old_methods[key] != new_methods[key]:
            comparison.note("method renamed", key, f"{old_methods[key]} -> {new_methods[key]}", True)
        comparison.operation(key, before[key], after[key])
    items = sorted(comparison.items, key=lambda item: (item.where, item.kind, item.detail))
    reached = [pins.reach(old), pins.reach(new)]
    used_by = {
        item.where: sorted({method for reach in reached for method in reach.get(item.where, ())})
        for item in items
        if item.where.startswith(SCHEMA)
    }
    pinned = {item: pins.hiding(item.where, old, new, used_by, item.detail) for item in items}
    seen = [item for item in items if not pinned[item]]
    return {
        "added": sorted(after.keys() - before.keys()),
        "removed": sorted(item.where for item in seen if item.kind == "operation removed"),
        "breaking": [item.as_json() for item in seen if item.breaking],
        "changes": [item.as_json() for item in seen if not item.breaking],
        "pinned": [
            {**item.as_json(), "breaking": item.breaking, "pages": pinned[item]} for item in items if pinned[item]
        ],
        "methods": {key: new_methods.get(key) or old_methods[key] for key in sorted(before.keys() | after.keys())},
        "used_by": used_by,
        "pins": pins.stale(new, new_file),
        "notes": [f"names: {problem}" for problem in (old_problem, new_problem) if problem],
    }


class Pins:
    """What the pages pin, and so what of the whole spec the client never sees."""

    def __init__(self, pages: Mapping[str, Any], methods: dict[str, str]) -> None:
        self.raw = dict(sorted(pages.items()))
        self.pages, self.methods = {}, dict(methods)
        for file, page in self.raw.items():
            self.pages[file], page_methods, _ = prepared(page, file)
            self.methods = {**page_methods, **self.methods}
        self.operations = {file: set(operations_of(page)) for file, page in self.pages.items()}
        # What each page's operation declares itself: a parameter only the whole spec has reaches the client.
        self.declared = {
            (file, key): {_parameter_label(p) for p in operation.get("parameters") or [] if isinstance(p, dict)}
            for file, page in self.pages.items()
            for key, operation in operations_of(page).items()
        }
        self.schemas = {file: set(_schemas(page)) for file, page in self.pages.items()}

    def reach(self, whole: Any) -> dict[str, set[str]]:
        """ "schema Name" -> the client methods whose requests or responses reach it, in the document the
        client is made from: the whole spec with the pages' operations and schemas in place of its own."""
        schemas, found = dict(_schemas(whole)), operations_of(whole)
        for page in self.pages.values():
            schemas.update(_schemas(page))
            found.update({key: n.pinned_operation(op, found.get(key)) for key, op in operations_of(page).items()})
        reached: dict[str, set[str]] = {}
        for key, operation in found.items():
            for name in _closure(_refs(operation), schemas):
                reached.setdefault(SCHEMA + name, set()).add(self.methods.get(key, key))
        return reached

    def hiding(self, where: str, old: Any, new: Any, used_by: dict[str, list[str]], detail: str = "") -> list[str]:
        """The pages that keep a change at `where` (and `detail`) from the client; none when the client sees it.
        A page pins its operation but for the parameters it does not declare (the normalizer's `pinned_operation`)."""
        if not where.startswith(SCHEMA):
            parameter = _parameter_of(detail)
            return [
                file
                for file, keys in self.operations.items()
                if where in keys and (parameter is None or parameter in self.declared[file, where])
            ]
        name = where.removeprefix(SCHEMA)
        pinning = [file for file, names in self.schemas.items() if name in names]
        if pinning or used_by.get(where):
            return pinning
        # No client method reaches it: the whole spec reached it only through what a page replaced.
        hiding = []
        for file in self.pages:
            for whole in (old, new):
                operations = operations_of(whole)
                start = set(self.schemas[file]).union(
                    *(_refs(operations[k]) for k in self.operations[file] & operations.keys())
                )
                if name in _closure(start, _schemas(whole)) and file not in hiding:
                    hiding.append(file)
        return hiding

    def stale(self, whole: Any, whole_file: str) -> list[dict[str, Any]]:
        """Each page that hides something `whole` says: one summary line, and what it hides schema by schema."""
        if not self.raw:
            return []
        try:
            whole = n.run_source_passes(whole, whole_file)
            pages = {file: n.run_source_passes(page, file) for file, page in self.raw.items()}
        except n.SpecError:
            return []  # the normalizer refuses this revision: make update-spec says why
        hidden = n.hidden_by_pins(whole, pages)
        return [
            {
                "page": (page := summary.split(" hides ", 1)[0]),
                "summary": summary,
                "hides": [f"#{pointer} pins {what}" for file, pointer, what in hidden if file == page],
            }
            for summary in n.pin_summaries(whole, whole_file, pages)
        ]


PLACES = ("query", "header", "path", "cookie")


def _parameter_label(parameter: dict[str, Any]) -> str:
    """A parameter as the comparison labels it, `query format`; a header in any case is the same one."""
    place, name = str(parameter.get("in")), str(parameter.get("name"))
    return f"{place} {name.lower() if place == 'header' else name}"


def _parameter_of(detail: str) -> str | None:
    """The parameter a change's detail is about (`query team is now required` -> `query team`), if any."""
    place, _, rest = detail.partition(" ")
    if place not in PLACES or not rest:
        return None
    name = re.split(r"[\s:.\[]", rest, maxsplit=1)[0]  # `query filter.kind`: a field of the parameter
    return _parameter_label({"in": place, "name": name})


def _schemas(doc: Any) -> dict[str, Any]:
    schemas = ((doc.get("components") or {}).get("schemas") or {}) if isinstance(doc, dict) else {}
    return schemas if isinstance(schemas, dict) else {}


def _refs(node: Any) -> set[str]:
    """The component schemas `node` refers to itself (not through them)."""
    found: set[str] = set()
    stack = [node]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
                found.add(ref.removeprefix(SCHEMA_PREFIX))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def _closure(names: set[str], schemas: dict[str, Any]) -> set[str]:
    """`names` and every schema they reach through `$ref`s."""
    seen: set[str] = set()
    stack = list(names)
    while stack:
        name = stack.pop()
        if name not in seen and name in schemas:
            seen.add(name)
            stack.extend(_refs(schemas[name]) - seen)
    return seen


def as_text(result: dict[str, Any]) -> str:
    methods: dict[str, str] = result["methods"]
    used_by: dict[str, list[str]] = result["used_by"]

    def place(where: str) -> str:
        if where in methods:
            return f"{methods[where]}  {where}"
        users = used_by.get(where) or []
        named = ", ".join(users[:SHOWN]) + (f" and {len(users) - SHOWN} more" if len(users) > SHOWN else "")
        return f"{named}  {where}" if users else f"{where} (no client method reaches it)"

    def line(mark: str, item: dict[str, Any]) -> str:
        return f"{mark} {place(item['where'])}: {item['kind']}: {item['detail']}"

    # A removed operation is listed once, under "Operations removed"; it is breaking all the same.
    breaking = [item for item in result["breaking"] if item["kind"] != "operation removed"]
    removed = len(result["removed"])
    besides = f" besides the {removed} operation{'s' if removed != 1 else ''} removed above" if removed else ""
    groups = [
        ("Operations added", [f"+ {place(key)}" for key in result["added"]]),
        ("Operations removed", [f"- {place(key)}" for key in result["removed"]]),
        (f"Breaking changes{besides}", [line("!", item) for item in breaking]),
        ("Other changes", [line("~", item) for item in result["changes"]]),
    ]
    if result["pinned"]:
        pinned = [f"{line('=', item)} (pinned by {', '.join(item['pages'])})" for item in result["pinned"]]
        groups.append(("Hidden by a pin: the client is unchanged", pinned))
    if result["pins"]:
        groups.append(("Pins hiding what the new spec says", [f"= {pin['summary']}" for pin in result["pins"]]))
    lines: list[str] = []
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
    parser.add_argument("--pages", type=Path, default=PAGES, help="the docs pages pinning over both")
    args = parser.parse_args(argv)
    try:
        pages = n.load_pages(args.pages) if args.pages.is_dir() else {}
        result = report(load(args.old), load(args.new), str(args.old), str(args.new), pages)
    except n.SpecError as error:
        print(f"spec-diff: {error}", file=sys.stderr)
        return 2
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
