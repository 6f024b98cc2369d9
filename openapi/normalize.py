"""Turn the vendor's spec pages (one YAML file per operation) into one standard OpenAPI 3.1 document.

    python openapi/normalize.py openapi/pages openapi/elevenlabs.yaml

`normalize(pages)` is a pure function: it never changes its input, and the same pages give a
byte-identical document. Each quirk of the Fern-flavoured pages has one named pass below;
`PAGE_PASSES` and `normalize` show their order. Bad input raises `SpecError`, whose message
names the file and the JSON pointer; the command line prints it and leaves the previous output
untouched.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

Json = Any
Document = dict[str, Json]
Pointer = tuple[str | int, ...]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
API_KEY_HEADER = "xi-api-key"
API_KEY_SCHEME = "ApiKeyAuth"
SCHEMA_REF_PREFIX = "#/components/schemas/"
INFO = {"title": "ElevenLabs API", "version": "1.0"}


class SpecError(Exception):
    """A spec page the normalizer refuses; the message names the file and the JSON pointer."""

    def __init__(self, file: str, pointer: Pointer, problem: str) -> None:
        self.file = file
        self.pointer = to_json_pointer(pointer)
        self.problem = problem
        super().__init__(f"{file}#{self.pointer}: {problem}")


def to_json_pointer(path: Pointer) -> str:
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)


def map_dicts(node: Json, rewrite: Callable[[dict[str, Json], Pointer], dict[str, Json]], path: Pointer = ()) -> Json:
    """Copy `node`, passing every mapping (children first) through `rewrite`."""
    if isinstance(node, dict):
        copied = {key: map_dicts(value, rewrite, (*path, key)) for key, value in node.items()}
        return rewrite(copied, path)
    if isinstance(node, list):
        return [map_dicts(item, rewrite, (*path, index)) for index, item in enumerate(node)]
    return node


def map_document_dicts(doc: Document, rewrite: Callable[[dict[str, Json], Pointer], dict[str, Json]]) -> Document:
    result: Document = map_dicts(doc, rewrite)
    return result


def walk(node: Json, path: Pointer = ()) -> Iterator[tuple[Pointer, Json]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from walk(item, (*path, index))


def operations(doc: Document) -> Iterator[tuple[Pointer, dict[str, Json]]]:
    for path, item in (doc.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield ("paths", path, method), item[method]


def map_operations(doc: Document, rewrite: Callable[[dict[str, Json], Pointer], dict[str, Json]]) -> Document:
    paths = {}
    for path, item in (doc.get("paths") or {}).items():
        paths[path] = {
            key: rewrite(value, ("paths", path, key)) if key in HTTP_METHODS else value for key, value in item.items()
        }
    return {**doc, "paths": paths} if "paths" in doc else doc


def snake_case(name: str) -> str:
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


# ---- passes over one page ----------------------------------------------------------------------


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


ENUM_ENTRY_KEYS = {"value", "description"}


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


def flatten_tags(doc: Document, file: str) -> Document:
    """Nested tag lists (`[[subpackage_a, subpackage_a/b]]`) become one tag, the last segment: `[b]`."""

    def rewrite(operation: dict[str, Json], path: Pointer) -> dict[str, Json]:
        tags = operation.get("tags")
        if not isinstance(tags, list) or all(isinstance(tag, str) for tag in tags):
            return operation
        flat = [tag for group in tags for tag in (group if isinstance(group, list) else [group])]
        if not flat or not all(isinstance(tag, str) for tag in flat):
            raise SpecError(file, (*path, "tags"), f"tags {tags!r} are not lists of names")
        tag = snake_case(flat[-1].removeprefix("subpackage_").rsplit("/", 1)[-1])
        return {**operation, "tags": [tag]}

    return map_operations(doc, rewrite)


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


def prefix_operation_ids(doc: Document, file: str) -> Document:
    """operationIds become `<tag>_<name>` in snake case (`get` in tag history: `history_get`)."""

    def rewrite(operation: dict[str, Json], path: Pointer) -> dict[str, Json]:
        operation_id, tags = operation.get("operationId"), operation.get("tags")
        if not isinstance(operation_id, str) or not operation_id:
            raise SpecError(file, (*path, "operationId"), "every operation needs an operationId")
        if not isinstance(tags, list) or len(tags) != 1 or not isinstance(tags[0], str):
            raise SpecError(file, (*path, "tags"), f"expected exactly one tag, got {tags!r}")
        name, prefix = snake_case(operation_id), tags[0] + "_"
        return {**operation, "operationId": name if name.startswith(prefix) else prefix + name}

    return map_operations(doc, rewrite)


def check_refs(doc: Document, file: str) -> Document:
    """Every `$ref` is local and points at something in the same page (pages stand alone)."""
    for path, node in walk(doc):
        if isinstance(node, dict) and "$ref" in node and resolve(doc, node["$ref"]) is None:
            raise SpecError(file, (*path, "$ref"), f"unresolvable $ref {node['$ref']!r}")
    return doc


def resolve(doc: Document, ref: Json) -> Json | None:
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return None
    node: Json = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


PAGE_PASSES: tuple[Callable[[Document, str], Document], ...] = (
    string_literals_to_const,
    unwrap_enum_values,
    flatten_tags,
    api_key_header_to_security,
    prefix_operation_ids,
    check_refs,
)


# ---- passes over the merged document -------------------------------------------------------------


def merge_pages(pages: Mapping[str, Document]) -> Document:
    """One document from many: operations must be new, shared components identical."""
    paths: dict[str, dict[str, Json]] = {}
    path_owner: dict[tuple[str | int, str | int], str] = {}
    components: dict[str, dict[str, Json]] = {}
    component_owner: dict[tuple[str, str], str] = {}
    operation_owner: dict[str, tuple[str, Pointer]] = {}
    for file, doc in pages.items():
        for (_, path, method), operation in operations(doc):
            if (path, method) in path_owner:
                other = path_owner[path, method]
                raise SpecError(file, ("paths", path, method), f"operation already defined in {other}")
            path_owner[path, method] = file
            name = operation["operationId"]
            if name in operation_owner:
                other_file, other_pointer = operation_owner[name]
                raise SpecError(
                    file,
                    ("paths", path, method, "operationId"),
                    f"duplicate operation name {name!r}, also at {other_file}#{to_json_pointer(other_pointer)}",
                )
            operation_owner[name] = (file, ("paths", path, method, "operationId"))
        for path, item in (doc.get("paths") or {}).items():
            merged = paths.setdefault(path, {})
            for key, value in item.items():
                if key not in HTTP_METHODS and key in merged and merged[key] != value:
                    raise SpecError(file, ("paths", path, key), "differs from the same path in another page")
                merged[key] = value
        for section, entries in (doc.get("components") or {}).items():
            merged_section = components.setdefault(section, {})
            for name, definition in entries.items():
                if name in merged_section and merged_section[name] != definition:
                    other = component_owner[section, name]
                    raise SpecError(file, ("components", section, name), f"differs from the definition in {other}")
                merged_section[name] = definition
                component_owner.setdefault((section, name), file)
    return {
        "openapi": "3.1.0",
        "info": dict(INFO),
        "paths": {path: paths[path] for path in sorted(paths)},
        "components": {section: dict(sorted(components[section].items())) for section in sorted(components)},
    }


def order_union_members(doc: Document, file: str) -> Document:
    """Union members tagged by a `const` go before the ones that are not.

    The generator ignores `discriminator` and takes the first `oneOf` member that parses; a
    catch-all member whose tag is a loose enum would swallow every tagged kind after it.
    """
    schemas = (doc.get("components") or {}).get("schemas") or {}

    def properties_of(member: Json) -> dict[str, Json]:
        if isinstance(member, dict) and isinstance(member.get("$ref"), str):
            member = schemas.get(member["$ref"].removeprefix(SCHEMA_REF_PREFIX))
        return (member or {}).get("properties") or {} if isinstance(member, dict) else {}

    def rewrite(node: dict[str, Json], path: Pointer) -> dict[str, Json]:
        for keyword in ("oneOf", "anyOf"):
            members = node.get(keyword)
            if not isinstance(members, list):
                continue
            consts = [
                {name for name, prop in properties_of(m).items() if isinstance(prop, dict) and "const" in prop}
                for m in members
            ]
            tags = set().union(*consts)
            if tags:
                tagged = [m for m, c in zip(members, consts, strict=True) if c & tags]
                untagged = [m for m, c in zip(members, consts, strict=True) if not c & tags]
                node = {**node, keyword: tagged + untagged}
        return node

    return map_document_dicts(doc, rewrite)


def open_response_enums(doc: Document, file: str) -> Document:
    """Enums read from responses also admit any other value of their type: the vendor adds values every week.

    Inside every schema reachable from a response, a use of an enum (a `$ref` to an enum schema, the
    same wrapped in a one-member `allOf`, or an inline `enum`) becomes `anyOf: [<the enum>, {type: T}]`
    with T the enum's own type, so the generated field is `TheLiteral | str`: an unknown value parses,
    is kept, and the annotation says it may occur. Parameters keep their closed enums, so a typo in a
    request is still a type error.
    """
    schemas = (doc.get("components") or {}).get("schemas") or {}

    def enum_of(node: Json) -> dict[str, Json] | None:
        if isinstance(node, dict) and isinstance(node.get("allOf"), list) and len(node["allOf"]) == 1:
            node = node["allOf"][0]
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            node = schemas.get(node["$ref"].removeprefix(SCHEMA_REF_PREFIX))
        return node if isinstance(node, dict) and isinstance(node.get("enum"), list) else None

    def open_member(enum: dict[str, Json]) -> dict[str, Json]:
        return {"type": enum.get("type", "string")}

    def rewrite(node: dict[str, Json], path: Pointer) -> dict[str, Json]:
        if (len(path) <= 3 and isinstance(node.get("enum"), list)) or path[-2:-1] == ("allOf",):
            return node  # an enum schema's own definition (components/schemas/X), or a one-member allOf's inside
        for keyword in ("oneOf", "anyOf"):
            members = node.get(keyword)
            if not isinstance(members, list):
                continue
            enums = [enum for enum in map(enum_of, members) if enum]
            if enums and open_member(enums[0]) not in members:
                rest = {key: value for key, value in node.items() if key != keyword}
                return {**rest, "anyOf": [*members, open_member(enums[0])]}
        enum = enum_of(node)
        if enum is not None and path[-2:-1] not in (("oneOf",), ("anyOf",)):
            described = {key: value for key, value in node.items() if key in ("description", "title", "default")}
            bare = {key: value for key, value in node.items() if key not in described}
            if isinstance(bare.get("allOf"), list) and len(bare) == 1:
                bare = bare["allOf"][0]  # allOf: [X] was only a way to describe a reference
            return {**described, "anyOf": [bare, open_member(enum)]}
        return node

    reachable = response_schemas(doc)
    opened = {
        name: map_dicts(schema, rewrite, ("components", "schemas", name)) if name in reachable else schema
        for name, schema in schemas.items()
    }
    return {**doc, "components": {**doc["components"], "schemas": opened}} if schemas else doc

UNKNOWN_VARIANT = "UnknownVariant"
UNKNOWN_VARIANT_SCHEMA: dict[str, Json] = {
    "type": "object",
    "description": "A kind of object this client does not know yet (the API added it later); its fields are kept.",
    "additionalProperties": True,
}


def open_response_unions(doc: Document, file: str) -> Document:
    """Unions read from responses whose members are told apart by a `const` tag also admit an unknown kind.

    The vendor adds kinds (a new system tool result, a new workflow step) as it adds enum values; a
    union that knows only today's kinds would fail on the first new one. The extra member,
    `UnknownVariant`, is tried last and keeps whatever fields the object has.
    """
    schemas = (doc.get("components") or {}).get("schemas") or {}
    unknown = {"$ref": SCHEMA_REF_PREFIX + UNKNOWN_VARIANT}

    def tagged(member: Json) -> bool:
        if not isinstance(member, dict) or not isinstance(member.get("$ref"), str):
            return False
        target = schemas.get(member["$ref"].removeprefix(SCHEMA_REF_PREFIX)) or {}
        return any(isinstance(p, dict) and "const" in p for p in (target.get("properties") or {}).values())

    def rewrite(node: dict[str, Json], path: Pointer) -> dict[str, Json]:
        for keyword in ("oneOf", "anyOf"):
            members = node.get(keyword)
            # Two tagged members at least: `A | None` is a nullable field, not a family of kinds.
            if isinstance(members, list) and sum(map(tagged, members)) >= 2 and unknown not in members:
                return {**node, keyword: [*members, unknown]}
        return node

    reachable = response_schemas(doc)
    opened = {
        name: map_dicts(schema, rewrite, ("components", "schemas", name)) if name in reachable else schema
        for name, schema in schemas.items()
    }
    if opened == schemas:
        return doc
    opened[UNKNOWN_VARIANT] = UNKNOWN_VARIANT_SCHEMA
    return {**doc, "components": {**doc["components"], "schemas": dict(sorted(opened.items()))}}


def response_schemas(doc: Document) -> set[str]:
    """Names of the component schemas a response body can contain."""
    schemas = (doc.get("components") or {}).get("schemas") or {}
    pending = [
        ref
        for _, operation in operations(doc)
        for _, node in walk(operation.get("responses") or {})
        if isinstance(node, dict) and isinstance(ref := node.get("$ref"), str)
    ]
    reachable: set[str] = set()
    while pending:
        name = pending.pop().removeprefix(SCHEMA_REF_PREFIX)
        if name in reachable or name not in schemas:
            continue
        reachable.add(name)
        pending += [n["$ref"] for _, n in walk(schemas[name]) if isinstance(n, dict) and isinstance(n.get("$ref"), str)]
    return reachable


MERGED_PASSES: tuple[Callable[[Document, str], Document], ...] = (
    order_union_members,
    open_response_enums,
    open_response_unions,
)


def normalize(pages: Mapping[str, Document]) -> Document:
    """The pages (file name -> parsed YAML), in file-name order, as one standard document."""
    rewritten = {}
    for file in sorted(pages):
        doc = pages[file]
        if not isinstance(doc, dict) or not isinstance(doc.get("paths"), dict):
            raise SpecError(file, (), "not an OpenAPI document with paths")
        for page_pass in PAGE_PASSES:
            doc = page_pass(doc, file)
        rewritten[file] = doc
    merged = merge_pages(rewritten)
    for merged_pass in MERGED_PASSES:
        merged = merged_pass(merged, "<merged>")
    return merged


# ---- reading and writing -------------------------------------------------------------------------


def load_pages(directory: Path) -> dict[str, Document]:
    pages = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            pages[str(path)] = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            raise SpecError(str(path), (), f"invalid YAML: {error}".replace("\n", " ")) from None
    if not pages:
        raise SpecError(str(directory), (), "no *.yaml spec pages here")
    return pages


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(doc: Document) -> str:
    return yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def write_atomically(path: Path, text: str) -> None:
    """Replace `path` only once the whole text is written; on failure the old file stays."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: normalize.py PAGES_DIR OUTPUT.yaml", file=sys.stderr)
        return 2
    pages_dir, output = Path(argv[0]), Path(argv[1])
    try:
        document = normalize(load_pages(pages_dir))
    except SpecError as error:
        print(f"normalize: {error}", file=sys.stderr)
        return 1
    write_atomically(output, dump(document))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
