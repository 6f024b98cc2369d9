"""Hypothesis strategies for JSON values that a JSON schema of openapi/elevenlabs.yaml accepts.

`from_schema(schema, doc, depth)` knows the keywords that document uses: `type` (a name or a list of
names), `properties`/`required`, `additionalProperties`, `items`, `enum`, `const`, `oneOf`/`anyOf`,
`$ref` to `#/components/schemas/...`, and the empty schema (any JSON value). `format`, `default` and
`description` change nothing: a `format: double` number is any finite number.

Every `$ref` followed costs one unit of depth. Once it is used up, values stop growing through the
schemas that can reach themselves (the workflow results that nest tool results that nest workflow
results): unions choose members that cannot, optional properties that could are left out, and arrays
or maps of such values are empty. Required properties are still generated, so payloads stay valid.

With `extra=True` every object that does not describe its additional properties gets a few unknown
ones, named `x-...` so that they can never be taken for a property of the document.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hypothesis import strategies as st

Schema = Mapping[str, Any]
EXTRA_PREFIX = "x-"

TEXT = st.text(st.characters(codec="utf-8"), max_size=8)
INTEGERS = st.integers(min_value=-(10**6), max_value=10**10)
FLOATS = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
JSON_SCALARS = st.none() | st.booleans() | INTEGERS | FLOATS | TEXT
JSON: st.SearchStrategy[Any] = st.recursive(
    JSON_SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3), max_leaves=6
)
SCALARS: dict[str, st.SearchStrategy[Any]] = {
    "string": TEXT,
    "integer": INTEGERS,
    "number": FLOATS | INTEGERS,
    "boolean": st.booleans(),
    "null": st.none(),
}
EXTRA_PROPERTIES = st.dictionaries(TEXT.map(lambda name: EXTRA_PREFIX + name), JSON, max_size=2)


def from_schema(schema: Schema, doc: Schema, depth: int = 8, *, extra: bool = False) -> st.SearchStrategy[Any]:
    """Values valid for `schema`, whose `$ref`s point into `doc`; see the module docstring."""
    return _Builder(doc, extra).build(schema, depth)


def refs(node: Any) -> set[str]:
    """The names of the component schemas that `node` refers to directly (not through them)."""
    if isinstance(node, Mapping):
        found = {str(node["$ref"]).rsplit("/", 1)[-1]} if "$ref" in node else set()
        for value in node.values():
            found |= refs(value)
        return found
    if isinstance(node, list):
        return {name for value in node for name in refs(value)}
    return set()


def reachable(node: Any, schemas: Mapping[str, Schema]) -> set[str]:
    """The names of the component schemas that `node` refers to, directly or through others."""
    seen: set[str] = set()
    todo = list(refs(node))
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(refs(schemas[name]))
    return seen


def recursive_schemas(schemas: Mapping[str, Schema]) -> frozenset[str]:
    """The names of the component schemas that can reach themselves or one that can."""
    direct = {name: refs(schema) for name, schema in schemas.items()}  # each schema walked once
    reach: dict[str, set[str]] = {}
    for start in schemas:
        seen: set[str] = set()
        todo = list(direct[start])
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo.extend(direct[name])
        reach[start] = seen
    cyclic = {name for name, reached in reach.items() if name in reached}
    return frozenset(name for name, reached in reach.items() if name in cyclic or reached & cyclic)


# id(schemas) -> (schemas, their recursive names): computed once per document, not at each of the
# hundred `from_schema` calls a test module makes at import. The document is kept so its id stays its own.
_RECURSIVE: dict[int, tuple[Mapping[str, Schema], frozenset[str]]] = {}


class _Builder:
    def __init__(self, doc: Schema, extra: bool) -> None:
        self.schemas: Mapping[str, Schema] = doc["components"]["schemas"]
        self.extra = extra
        self.cache: dict[tuple[str, int], st.SearchStrategy[Any]] = {}
        if id(self.schemas) not in _RECURSIVE:
            _RECURSIVE[id(self.schemas)] = (self.schemas, recursive_schemas(self.schemas))
        self.recursive = _RECURSIVE[id(self.schemas)][1]

    def recurses(self, schema: Any) -> bool:
        return bool(refs(schema) & self.recursive)

    def build(self, schema: Schema, depth: int) -> st.SearchStrategy[Any]:
        at_limit = depth <= 0
        if "$ref" in schema:
            name = str(schema["$ref"]).rsplit("/", 1)[-1]
            if (name, depth) not in self.cache:
                self.cache[name, depth] = self.build(self.schemas[name], depth - 1)
            return self.cache[name, depth]
        if "const" in schema:
            return st.just(schema["const"])
        if "enum" in schema:
            return st.sampled_from(list(schema["enum"]))
        members = schema.get("oneOf") or schema.get("anyOf")
        if members:
            if at_limit:
                members = [member for member in members if not self.recurses(member)] or members
            return st.one_of([self.build(member, depth) for member in members])
        kind = schema.get("type")
        if kind is None:
            return JSON
        if isinstance(kind, list):
            return st.one_of([self.build({**schema, "type": name}, depth) for name in kind])
        if kind == "object":
            return self.object(schema, depth)
        if kind == "array":
            items = schema.get("items", {})
            if at_limit and self.recurses(items):
                return st.builds(list)
            return st.lists(self.build(items, depth), max_size=3)
        return SCALARS[kind]

    def object(self, schema: Schema, depth: int) -> st.SearchStrategy[dict[str, Any]]:
        at_limit = depth <= 0
        properties: Mapping[str, Schema] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        fixed = {name: self.build(value, depth) for name, value in properties.items() if name in required}
        optional = {
            name: self.build(value, depth)
            for name, value in properties.items()
            if name not in required and not (at_limit and self.recurses(value))
        }
        # Half of the objects have every optional property, so that deep members are reached often.
        known = st.fixed_dictionaries(fixed | optional) | st.fixed_dictionaries(fixed, optional=optional)
        additional = schema.get("additionalProperties")
        if isinstance(additional, Mapping):
            if at_limit and self.recurses(additional):
                return known
            names = TEXT.filter(lambda name: name not in properties)
            rest = st.dictionaries(names, self.build(additional, depth), max_size=3)
        elif additional is True or (self.extra and additional is not False):
            rest = EXTRA_PROPERTIES
        else:
            return known
        return st.tuples(known, rest).map(lambda pair: {**pair[1], **pair[0]})
