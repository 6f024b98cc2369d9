"""Passes over one source (the whole spec or a page): the Fern flavour's quirks become standard OpenAPI."""

from __future__ import annotations

import re

from .tree import Document, Json, Pointer, SpecError, map_dicts, map_document_dicts, map_operations, resolve, walk

API_KEY_HEADER = "xi-api-key"
API_KEY_SCHEME = "ApiKeyAuth"
ENUM_ENTRY_KEYS = {"value", "description"}
PATH_TEMPLATE = re.compile(r"\{([^}]+)\}")


def string_literals_to_const(doc: Document, file: str) -> Document:
    """`enum: [{type: stringLiteral, value: X}]` becomes `const: X`."""

    def rewrite(node: dict[str, Json], path: Pointer) -> dict[str, Json]:
        entries = node.get("enum")
        if not isinstance(entries, list) or not any(_is_string_literal(entry) for entry in entries):
            return node
        if len(entries) != 1 or not _is_string_literal(entries[0]):
            raise SpecError(file, (*path, "enum"), "a string literal must be the enum's only entry")
        const: dict[str, Json] = {}
        for key, value in node.items():
            const["const" if key == "enum" else key] = entries[0]["value"] if key == "enum" else value
        return const

    return map_document_dicts(doc, rewrite)


def _is_string_literal(entry: Json) -> bool:
    return isinstance(entry, dict) and entry.get("type") == "stringLiteral" and set(entry) == {"type", "value"}


def unwrap_enum_values(doc: Document, file: str) -> Document:
    """Enum entries written `{value: X}` become `X`; any other mapping in an enum is refused."""

    def rewrite(node: dict[str, Json], path: Pointer) -> dict[str, Json]:
        entries = node.get("enum")
        if not isinstance(entries, list) or not any(isinstance(entry, (dict, list)) for entry in entries):
            return node
        values = []
        for index, entry in enumerate(entries):
            if isinstance(entry, dict) and "value" in entry and set(entry) <= ENUM_ENTRY_KEYS:
                entry = entry["value"]
            if isinstance(entry, (dict, list)):
                raise SpecError(file, (*path, "enum", index), f"enum entry {entry!r} is not a value nor {{value: X}}")
            values.append(entry)
        return {**node, "enum": values}

    return map_document_dicts(doc, rewrite)


def api_key_header_to_security(doc: Document, file: str) -> Document:
    """An `xi-api-key` header parameter becomes the apiKey scheme, required by that operation."""
    found = False

    def rewrite(operation: dict[str, Json], path: Pointer) -> dict[str, Json]:
        nonlocal found
        parameters = operation.get("parameters") or []
        kept = [p for p in parameters if not _is_api_key_header(p)]
        if len(kept) == len(parameters):
            return operation
        found = True
        rewritten = {key: value for key, value in operation.items() if key != "parameters" or kept}
        if kept:
            rewritten["parameters"] = kept
        rewritten.setdefault("security", [{API_KEY_SCHEME: []}])
        return rewritten

    rewritten = map_operations(doc, rewrite)
    if not found:
        return rewritten
    components = rewritten.get("components") or {}
    schemes = {**(components.get("securitySchemes") or {}), API_KEY_SCHEME: _api_key_scheme()}
    return {**rewritten, "components": {**components, "securitySchemes": schemes}}


def _is_api_key_header(parameter: Json) -> bool:
    return (
        isinstance(parameter, dict)
        and parameter.get("in") == "header"
        and str(parameter.get("name", "")).lower() == API_KEY_HEADER
    )


def _api_key_scheme() -> dict[str, str]:
    return {"type": "apiKey", "in": "header", "name": API_KEY_HEADER}


def check_refs(doc: Document, file: str) -> Document:
    """Every `$ref` is local and points at something in the same source (pages stand alone)."""
    for path, node in walk(doc):
        if isinstance(node, dict) and "$ref" in node and resolve(doc, node["$ref"]) is None:
            raise SpecError(file, (*path, "$ref"), f"unresolvable $ref {node['$ref']!r}")
    return doc


def drop_examples_with_refs(doc: Document, file: str) -> Document:
    """An `example` or `examples` value that holds a `$ref` key is dropped.

    An example is data, not schema: some older revisions of the whole spec show a JSON Schema as
    an example (with `$ref: '#/$defs/...'` relative to that example), which `check_refs` and the
    generator would read as a reference of the document. Examples are not part of the client.
    """

    def rewrite(node: dict[str, Json], path: Pointer) -> dict[str, Json]:
        # Under `properties` the keys are field names: a field called `example` is kept.
        if path and path[-1] in ("properties", "patternProperties", "$defs"):
            return node
        found = [key for key in ("example", "examples") if key in node and _holds_ref(node[key])]
        return {key: value for key, value in node.items() if key not in found} if found else node

    return map_document_dicts(doc, rewrite)


def _holds_ref(value: Json) -> bool:
    return any(isinstance(node, dict) and "$ref" in node for _, node in walk(value))


def declare_path_parameters(doc: Document, file: str) -> Document:
    """A `{name}` in a path that no parameter declares becomes a required string path parameter.

    Revisions of early 2025 have operations such as `POST /v1/convai/agents/{agent_id}/add-to-knowledge-base`
    with no `agent_id` parameter; the generator leaves such an operation out (with a warning).
    """

    def rewrite(operation: dict[str, Json], path: Pointer) -> dict[str, Json]:
        item = (doc.get("paths") or {}).get(path[1]) or {}
        declared = {
            parameter.get("name")
            for parameter in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]
            if isinstance(parameter, dict) and parameter.get("in") == "path"
        }
        missing = [name for name in PATH_TEMPLATE.findall(str(path[1])) if name not in declared]
        if not missing:
            return operation
        added = [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}} for name in missing]
        return {**operation, "parameters": [*added, *(operation.get("parameters") or [])]}

    return map_operations(doc, rewrite)


def split_mixed_enums(doc: Document, file: str) -> Document:
    """An `enum` whose values have several JSON types is split over a union, one member per type.

    Revisions of mid 2026 have `extract_composition_plan: {anyOf: [boolean, string], enum: [true,
    false, music_v1, music_v2]}`; the generator cannot read an enum of mixed types and drops the
    operation. Each member keeps the values of its type (a boolean member that has both keeps none).
    """

    def rewrite(node: dict[str, Json], path: Pointer) -> dict[str, Json]:
        values = node.get("enum")
        if not isinstance(values, list) or len({_json_type(v) for v in values if v is not None}) < 2:
            return node
        if path and path[-1] in ("properties", "patternProperties"):
            return node
        by_type: dict[str, list[Json]] = {}
        for value in values:
            by_type.setdefault(_json_type(value), []).append(value)
        members = [_typed_member(kind, by_type[kind]) for kind in by_type]
        rest = {key: value for key, value in node.items() if key not in ("enum", "anyOf", "oneOf", "type")}
        return {**rest, "anyOf": members}

    return map_document_dicts(doc, rewrite)


def _json_type(value: Json) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    return "number" if isinstance(value, float) else "string" if isinstance(value, str) else "object"


def _typed_member(kind: str, values: list[Json]) -> dict[str, Json]:
    if kind == "null" or (kind == "boolean" and set(values) == {True, False}):
        return {"type": kind}
    return {"type": kind, "enum": values}


def loosen_recursive_unions(doc: Document, file: str) -> Document:
    """A union schema that refers to itself (`X = string | number | array of X`) holds any value where it recurs.

    The generator cannot build a union that contains itself and drops every operation that reaches
    it (revisions of 2026-06 had DynamicVariableNestedValueType so); models (objects) may recur.
    The union's own members keep their types; only the inner `$ref` to itself becomes `{}`.
    """
    schemas = (doc.get("components") or {}).get("schemas") or {}
    recursive = {
        name
        for name, schema in schemas.items()
        if isinstance(schema, dict)
        and ("anyOf" in schema or "oneOf" in schema)
        and "properties" not in schema
        and any(_is_ref_to(node, name) for _, node in walk(schema))
    }
    if not recursive:
        return doc

    def loosen(name: str, schema: Json) -> Json:
        return map_dicts(schema, lambda node, _: {} if _is_ref_to(node, name) else node)

    loosened = {name: loosen(name, schema) if name in recursive else schema for name, schema in schemas.items()}
    return {**doc, "components": {**doc["components"], "schemas": loosened}}


def _is_ref_to(node: Json, name: str) -> bool:
    return (
        isinstance(node, dict)
        and node.get("$ref") == f"#/components/schemas/{name.replace('~', '~0').replace('/', '~1')}"
    )
