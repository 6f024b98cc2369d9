"""What changed between two OpenAPI documents for a user of the client, compared by resolved shape.

Breaking (a caller's code or parsing may stop working):
  operation removed; method renamed; required parameter added; required field added (a request
  body field new and required, or one that became required); parameter removed; body field removed;
  response field removed; type changed (a request accepts less than before, or a response may hold
  a type it could not before); request enum value removed.
Everything else that differs in shape is a change, not breaking: optional parameters and fields
added, response fields added, response enum values or union members added (the client keeps
unknown ones: they are open), request enums gaining values, types widened where that is safe.
Descriptions, examples and titles are not compared, nor `$ref` names: a schema renamed with the
same shape is no change.

This is the comparison behind the change report: run `make spec-diff NEW=<file>` (scripts/spec_diff.py)
to compare two specs; this file on its own only prints this text.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Any

from revision_check import n

REQUEST, RESPONSE = "request", "response"
SCHEMA_PREFIX = "#/components/schemas/"


@dataclass(frozen=True, order=True)
class Item:
    kind: str
    where: str
    detail: str
    breaking: bool

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "where": self.where, "detail": self.detail}


class Comparison:
    """Walks two documents side by side; `items` collects what differs."""

    def __init__(self, old: Any, new: Any) -> None:
        self.old, self.new = old, new
        self.items: set[Item] = set()
        self._seen: set[tuple[str, str, str, str, str]] = set()

    def note(self, kind: str, where: str, detail: str, breaking: bool) -> None:
        self.items.add(Item(kind, where, detail, breaking))

    # ---- operations ----

    def operation(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        self._parameters(where, old, new)
        self._body(where, old.get("requestBody"), new.get("requestBody"))
        old_response, new_response = _success_schema(self.old, old), _success_schema(self.new, new)
        if old_response is not None and new_response is not None:
            self.schema(where, "response", old_response, new_response, RESPONSE)
        elif old_response is not None:
            self.note("type changed", where, "the response has no JSON body any more", True)

    def _parameters(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        before, after = _parameters(self.old, old), _parameters(self.new, new)
        for key in sorted(before.keys() - after.keys()):
            self.note("parameter removed", where, " ".join(key), True)
        for key in sorted(after.keys() - before.keys()):
            if after[key].get("required"):
                self.note("required parameter added", where, " ".join(key), True)
            else:
                self.note("optional parameter added", where, " ".join(key), False)
        for key in sorted(before.keys() & after.keys()):
            label = " ".join(key)
            if after[key].get("required") and not before[key].get("required"):
                self.note("required parameter added", where, f"{label} is now required", True)
            self.schema(where, label, before[key].get("schema") or {}, after[key].get("schema") or {}, REQUEST)

    def _body(self, where: str, old: Any, new: Any) -> None:
        old, new = _deref(self.old, old) or {}, _deref(self.new, new) or {}
        if new.get("required") and not old.get("required"):
            self.note("required field added", where, "a request body is now required", True)
        before, after = old.get("content") or {}, new.get("content") or {}
        for media in sorted(before.keys() - after.keys()):
            self.note("type changed", where, f"the request body is no longer accepted as {media}", True)
        for media in sorted(before.keys() & after.keys()):
            old_schema, new_schema = before[media].get("schema"), after[media].get("schema")
            if old_schema is not None and new_schema is not None:
                self.schema(where, "body", old_schema, new_schema, REQUEST)

    # ---- schemas ----

    def schema(self, where: str, label: str, old: Any, new: Any, direction: str) -> None:
        """Compare two schemas reached at `label`; differences inside a schema both sides name alike are its own."""
        old_name, new_name = _ref_name(old), _ref_name(new)
        if old_name and old_name == new_name:
            where, label = f"schema {old_name}", old_name
        if old_name or new_name:
            # Each named pair once per direction and place: shared schemas are compared once, cycles end.
            # An inline side cannot recur, so there the label tells one place from another.
            key = (old_name, new_name, direction, where, "" if old_name and new_name else label)
            if key in self._seen:
                return
            self._seen.add(key)
        old, new = _flatten(self.old, old), _flatten(self.new, new)
        self._types(where, label, old, new, direction)
        self._enums(where, label, old, new, direction)
        self._properties(where, label, old, new, direction)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            self.schema(where, f"{label}[]", old["items"], new["items"], direction)
        self._unions(where, label, old, new, direction)

    def _types(self, where: str, label: str, old: dict[str, Any], new: dict[str, Any], direction: str) -> None:
        before, after = _types(self.old, old), _types(self.new, new)
        if not before or not after or before == after:
            return
        # A request may accept more than before, a response may hold less: either is safe for a caller.
        safe = before <= after if direction == REQUEST else after <= before
        text = f"{label}: {'|'.join(sorted(before))} -> {'|'.join(sorted(after))}"
        self.note(
            "type changed" if not safe else "type widened" if before <= after else "type narrowed",
            where,
            text,
            not safe,
        )

    def _enums(self, where: str, label: str, old: dict[str, Any], new: dict[str, Any], direction: str) -> None:
        before, after = _enum(old), _enum(new)
        if before is None or after is None:
            return
        removed, added = [v for v in before if v not in after], [v for v in after if v not in before]
        if removed:
            request = direction == REQUEST
            kind = "request enum value removed" if request else "response enum value removed"
            self.note(kind, where, f"{label}: {', '.join(map(json.dumps, removed))}", request)
        if added:
            self.note(f"{direction} enum value added", where, f"{label}: {', '.join(map(json.dumps, added))}", False)

    def _properties(self, where: str, label: str, old: dict[str, Any], new: dict[str, Any], direction: str) -> None:
        before, after = old.get("properties"), new.get("properties")
        if not isinstance(before, dict) or not isinstance(after, dict):
            return
        old_required, new_required = set(old.get("required") or ()), set(new.get("required") or ())
        request = direction == REQUEST
        for name in sorted(before.keys() - after.keys()):
            self.note("body field removed" if request else "response field removed", where, f"{label}.{name}", True)
        for name in sorted(after.keys() - before.keys()):
            if request and name in new_required:
                self.note("required field added", where, f"{label}.{name}", True)
            else:
                self.note(
                    "optional field added" if request else "response field added", where, f"{label}.{name}", False
                )
        for name in sorted(before.keys() & after.keys()):
            if request and name in new_required and name not in old_required:
                self.note("required field added", where, f"{label}.{name} is now required", True)
            self.schema(where, f"{label}.{name}", before[name], after[name], direction)

    def _unions(self, where: str, label: str, old: dict[str, Any], new: dict[str, Any], direction: str) -> None:
        before, after = _members(old), _members(new)
        if not before or not after:
            return
        unmatched = list(after)
        for member in before:
            match = _match(self.old, self.new, member, unmatched)
            if match is None:
                request = direction == REQUEST
                detail = f"{label}: no longer one of its choices: {_describe(member)}"
                self.note("type changed" if request else "response union member removed", where, detail, request)
                continue
            unmatched.remove(match)
            self.schema(where, label, member, match, direction)
        for member in unmatched:
            self.note(f"{direction} union member added", where, f"{label}: {_describe(member)}", False)


# ---- reading schemas ----


def _deref(doc: Any, node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 50:
        node = n.resolve(doc, node["$ref"])
        seen += 1
    return node


def _ref_name(node: Any) -> str:
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref.removeprefix(SCHEMA_PREFIX) if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX) else ""


def _flatten(doc: Any, node: Any) -> dict[str, Any]:
    """The schema behind refs, with `allOf` merged and `anyOf: [X, {type: null}]` read as X that may be null."""
    node = _deref(doc, node)
    if not isinstance(node, dict):
        return {}
    if isinstance(node.get("allOf"), list):
        merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
        for part in node["allOf"]:
            part = _flatten(doc, part)
            merged["properties"] = {**(part.get("properties") or {}), **(merged.get("properties") or {})}
            merged["required"] = sorted({*(merged.get("required") or ()), *(part.get("required") or ())})
            for key, value in part.items():
                merged.setdefault(key, value)
        if not merged["properties"]:
            del merged["properties"]
        return merged
    return node


def _members(node: dict[str, Any]) -> list[Any]:
    members = node.get("anyOf") or node.get("oneOf") or []
    return [m for m in members if not (isinstance(m, dict) and m.get("type") == "null")]


def _types(doc: Any, node: dict[str, Any]) -> frozenset[str]:
    """The JSON types a value may have; a union's are its members' (so `X | null` is X's plus null)."""
    kind = node.get("type")
    if isinstance(kind, str):
        return frozenset({"number" if kind == "integer" else kind})
    if isinstance(kind, list):
        return frozenset("number" if k == "integer" else str(k) for k in kind)
    members = node.get("anyOf") or node.get("oneOf")
    if isinstance(members, list):
        found: set[str] = set()
        for member in members:
            types = _types(doc, _flatten(doc, member))
            if not types:
                return frozenset()
            found |= types
        return frozenset(found)
    if "properties" in node:
        return frozenset({"object"})
    if "const" in node or "enum" in node:
        values = node.get("enum") or [node.get("const")]
        return frozenset({_json_type(v) for v in values})
    return frozenset()


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, str):
        return "string"
    return "object" if isinstance(value, dict) else "array" if isinstance(value, list) else "number"


def _enum(node: dict[str, Any]) -> list[Any] | None:
    if isinstance(node.get("enum"), list):
        return [v for v in node["enum"] if v is not None]
    return [node["const"]] if "const" in node else None


def _match(old_doc: Any, new_doc: Any, member: Any, candidates: list[Any]) -> Any:
    """The new union member that stands for an old one: same name, else same tag, else same shape, else same types."""
    name = _ref_name(member)
    for candidate in candidates:
        if name and _ref_name(candidate) == name:
            return candidate
    old = _flatten(old_doc, member)
    tag = _tag(old)
    for candidate in candidates:
        if tag is not None and _tag(_flatten(new_doc, candidate)) == tag:
            return candidate
    for candidate in candidates:
        if _shape(old_doc, old) == _shape(new_doc, _flatten(new_doc, candidate)):
            return candidate
    for candidate in candidates:
        if _types(old_doc, old) == _types(new_doc, _flatten(new_doc, candidate)) and "properties" not in old:
            return candidate
    return None


def _tag(node: dict[str, Any]) -> Any:
    """The constant of a tagged union member's `type` field, if it has one."""
    field = (node.get("properties") or {}).get("type")
    return field.get("const", (field.get("enum") or [None])[0]) if isinstance(field, dict) else None


def _shape(doc: Any, node: dict[str, Any]) -> tuple[Any, ...]:
    """A shallow fingerprint: types, field names, required ones."""
    return (_types(doc, node), tuple(sorted(node.get("properties") or ())), tuple(sorted(node.get("required") or ())))


def _describe(member: Any) -> str:
    if name := _ref_name(member):
        return name
    return "|".join(sorted(_types({}, member))) or "a schema" if isinstance(member, dict) else "a schema"


def _parameters(doc: Any, operation: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    found = {}
    for parameter in operation.get("parameters") or []:
        parameter = _deref(doc, parameter)
        if isinstance(parameter, dict) and isinstance(parameter.get("name"), str):
            found[(str(parameter.get("in")), parameter["name"])] = parameter
    return found


def _success_schema(doc: Any, operation: dict[str, Any]) -> Any:
    responses = operation.get("responses") or {}
    for status in sorted(responses):
        if status.startswith("2"):
            content = (_deref(doc, responses[status]) or {}).get("content") or {}
            for media in ("application/json", *sorted(content)):
                if isinstance(content.get(media), dict) and "schema" in content[media]:
                    return content[media]["schema"]
            return None
    return None


def operations_of(doc: Any) -> dict[str, dict[str, Any]]:
    return {f"{str(method).upper()} {path}": operation for (_, path, method), operation in n.operations(doc)}


def main(argv: list[str]) -> int:
    if argv in (["-h"], ["--help"]):
        print(__doc__.strip())
        return 0
    print(
        "spec_compare.py: the comparison behind spec_diff.py; compare two specs with `make spec-diff NEW=<file>`",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
