"""A deterministic value for any JSON Schema of the spec: what the test server answers, and what the
contract tests send. The same schema always gives the same value; recursion stops at a depth.

With `spec_examples=True` (the test server's answers) a schema's own `example` or `examples`, on the
schema, the component it refers to or a property, is taken instead of a built value when it validates
against that schema; one that does not is counted in `rejected` and the value is built as without it.
"""

from __future__ import annotations

import re
from importlib import import_module
from typing import Any

Json = Any
SCHEMA_REF = "#/components/schemas/"
FORMATS = {
    "date-time": "2026-08-22T10:00:00Z",
    "date": "2026-08-22",
    "time": "10:00:00",
    "uri": "https://example.com/resource",
    "url": "https://example.com/resource",
    "email": "someone@example.com",
    "uuid": "3f2b7c1e-8a4d-4c6b-9e2f-1a2b3c4d5e6f",
    "binary": "",
}
MAX_DEPTH = 8
EXAMPLE_KEYS = ("example", "examples")


class Examples:
    def __init__(self, spec: Json, spec_examples: bool = False) -> None:
        self.spec = spec
        self.schemas: dict[str, Json] = (spec.get("components") or {}).get("schemas") or {}
        self.spec_examples = spec_examples
        self.rejected: dict[int, Json] = {}  # examples that contradict their own schema, by id() of the schema
        self.used: dict[int, Json] = {}  # examples taken, by id() of the schema

    def example(self, schema: Json) -> tuple[bool, Json]:
        """(True, the first of the schema's own examples that it accepts), else (False, None).

        A `$ref` schema's examples come first, then those of what it refers to (a component's own)."""
        node = schema
        while isinstance(node, dict):
            for candidate in candidates(node):
                if self.valid(candidate, schema):
                    self.used[id(schema)] = candidate
                    return True, candidate
                self.rejected.setdefault(id(node), candidate)
            ref = node.get("$ref")
            node = self.schemas.get(ref.removeprefix(SCHEMA_REF)) if isinstance(ref, str) else None
        return False, None

    def valid(self, value: Json, schema: Json) -> bool:
        """Whether `schema` accepts `value`, its references read in the spec (formats are not checked)."""
        from openapi_schema_validator import OAS31Validator  # installed with openapi-core, like the server

        plain = {key: item for key, item in schema.items() if key not in EXAMPLE_KEYS}
        return bool(OAS31Validator({**self.spec, **plain}).is_valid(value))

    def resolve(self, schema: Json) -> Json:
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            schema = self.schemas.get(schema["$ref"].removeprefix(SCHEMA_REF), {})
        return schema if isinstance(schema, dict) else {}

    def value(self, schema: Json, depth: int = 0) -> Json:
        """A value `schema` accepts: required fields only, one item per list, the first choice of a union."""
        if self.spec_examples and isinstance(schema, dict):
            found, example = self.example(schema)
            if found:
                return example
        schema = self.resolve(schema)
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return schema["enum"][0]
        for keyword in ("anyOf", "oneOf"):
            if isinstance(schema.get(keyword), list) and schema[keyword]:
                return self.value(self._choice(schema[keyword], depth), depth + 1)
        if isinstance(schema.get("allOf"), list):
            merged: dict[str, Json] = {}
            for part in schema["allOf"]:
                value = self.value(part, depth + 1)
                if isinstance(value, dict):
                    merged.update(value)
                else:
                    return value
            return merged
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind == "object" or (kind is None and "properties" in schema):
            properties = schema.get("properties") or {}
            # Required fields, and tags (a `const`, a discriminator) that say which kind this object is.
            tag = (schema.get("discriminator") or {}).get("propertyName")
            names = [
                n
                for n in properties
                if n in (schema.get("required") or []) or n == tag or "const" in self.resolve(properties[n])
            ]
            value = {name: self.value(properties[name], depth + 1) for name in names}
            for name in schema.get("required") or []:
                value.setdefault(name, self.value({}, depth + 1))
            extra = schema.get("additionalProperties")
            if int(schema.get("minProperties") or 0) > len(value) and isinstance(extra, dict):
                value["key"] = self.value(extra, depth + 1)
            return value
        if kind == "array":
            count = max(int(schema.get("minItems") or 0), 0 if depth >= MAX_DEPTH else 1)
            return [self.value(schema.get("items") or {}, depth + 1) for _ in range(count)]
        if kind == "string":
            return self._string(schema)
        if kind in ("integer", "number"):
            low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
            high = schema.get("maximum", schema.get("exclusiveMaximum"))
            number = max(low if low is not None else 0, 1 if low is None or low < 1 else low)
            if "exclusiveMinimum" in schema and number <= schema["exclusiveMinimum"]:
                number = schema["exclusiveMinimum"] + 1
            if high is not None and number > high:
                number = high
            return int(number) if kind == "integer" else float(number)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return {}

    def _choice(self, members: list[Json], depth: int) -> Json:
        """The first member that is not null; past the depth limit, one that does not recurse if there is one."""
        non_null = [m for m in members if self.resolve(m).get("type") != "null"] or members
        if depth >= MAX_DEPTH:
            flat = [m for m in members if "$ref" not in m]
            return (flat or non_null)[0]
        return non_null[0]

    def _string(self, schema: Json) -> str:
        text = FORMATS.get(str(schema.get("format")), "text")
        if isinstance(schema.get("pattern"), str):
            text = matching(schema["pattern"]) or text
        minimum, maximum = int(schema.get("minLength") or 0), schema.get("maxLength")
        text = text.ljust(minimum, "x")
        return text[: int(maximum)] if maximum is not None else text


def candidates(schema: Json) -> list[Json]:
    """The examples a schema gives, in order: `example`, then each of `examples` (a list in JSON Schema; a
    media type's is a map of named examples, each with its `value`)."""
    found = [schema["example"]] if "example" in schema else []
    examples = schema.get("examples")
    if isinstance(examples, list):
        found.extend(examples)
    elif isinstance(examples, dict):
        found.extend(item["value"] for item in examples.values() if isinstance(item, dict) and "value" in item)
    return found


def matching(pattern: str) -> str | None:
    """The shortest plain string the regular expression matches (None if it uses what this does not read)."""
    parser = import_module("re._parser")  # the standard library's own reading of a pattern (untyped)

    try:
        return _shortest(parser.parse(pattern))
    except (re.error, ValueError, KeyError):
        return None


def _shortest(items: Any) -> str:
    c = import_module("re._constants")

    out = []
    for op, arg in items:
        if op is c.LITERAL:
            out.append(chr(arg))
        elif op is c.IN:
            out.append(_member(arg))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, _, sub = arg
            out.append(_shortest(sub) * low)
        elif op is c.SUBPATTERN:
            out.append(_shortest(arg[-1]))
        elif op is c.BRANCH:
            out.append(_shortest(arg[1][0]))
        elif op is c.ANY:
            out.append("a")
        elif op is c.AT:
            continue
        else:
            raise ValueError(op)
    return "".join(out)


def _member(items: Any) -> str:
    c = import_module("re._constants")

    for op, arg in items:
        if op is c.LITERAL:
            return chr(arg)
        if op is c.RANGE:
            return chr(arg[0]) if chr(arg[0]).isprintable() and arg[0] > 32 else chr(max(arg[0], 48))
        if op is c.CATEGORY:
            return {c.CATEGORY_DIGIT: "0", c.CATEGORY_WORD: "a", c.CATEGORY_SPACE: " "}.get(arg, "a")
    raise ValueError(items)
