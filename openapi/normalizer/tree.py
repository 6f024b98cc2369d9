"""Walking and rewriting a parsed OpenAPI document without changing it, and the error every pass raises."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

Json = Any
Document = dict[str, Json]
Pointer = tuple[str | int, ...]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF_PREFIX = "#/components/schemas/"


class SpecError(Exception):
    """A source the normalizer refuses; the message names the file and the JSON pointer."""

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


def schemas_of(doc: Document) -> dict[str, Json]:
    schemas: dict[str, Json] = (doc.get("components") or {}).get("schemas") or {}
    return schemas


def with_schemas(doc: Document, schemas: dict[str, Json]) -> Document:
    return {**doc, "components": {**(doc.get("components") or {}), "schemas": schemas}}


def snake_case(name: str) -> str:
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


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


def schema_refs(node: Json) -> Iterator[str]:
    """Names of the component schemas referred to anywhere inside `node`."""
    for _, child in walk(node):
        if isinstance(child, dict) and isinstance(ref := child.get("$ref"), str) and ref.startswith(SCHEMA_REF_PREFIX):
            yield ref.removeprefix(SCHEMA_REF_PREFIX)
