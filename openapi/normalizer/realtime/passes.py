"""One named pass per quirk of the vendor's AsyncAPI documents (Fern's type expressions, OpenAPI 3.0's
`nullable`, ...), each rewriting one document; `normalize_asyncapi` runs them in order."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..tree import SCHEMA_REF_PREFIX, Document, Json, Pointer, SpecError, map_document_dicts, schemas_of

FERN_LITERAL = re.compile(r'^literal<(?:"(?P<text>[^"]*)"|(?P<boolean>true|false))>$')
FERN_LIST = re.compile(r"^list<(?P<item>string|integer|double|boolean)>$")
FERN_PRIMITIVES = {"string": "string", "integer": "integer", "double": "number", "boolean": "boolean"}
# Words that describe a schema without changing its meaning, ignored when deciding whether two schemas
# with one name mean the same.
PROSE = frozenset({"description", "title", "example", "examples"})

Pass = Callable[[Document, str], Document]


def fern_type_expressions(doc: Document, file: str) -> Document:
    """Fern's `x-fern-type` (`literal<" ">`, `literal<true>`, `list<integer>`) becomes the JSON Schema it means."""

    def rewrite(node: dict[str, Json], path: Pointer) -> dict[str, Json]:
        expression = node.get("x-fern-type")
        if expression is None:
            return node
        rest = {key: value for key, value in node.items() if key != "x-fern-type"}
        literal = FERN_LITERAL.match(str(expression))
        if literal and literal["boolean"] is not None:
            return {"type": "boolean", "const": literal["boolean"] == "true", **rest}
        if literal:
            return {"type": "string", "const": literal["text"], **rest}
        listed = FERN_LIST.match(str(expression))
        if listed:
            return {"type": "array", "items": {"type": FERN_PRIMITIVES[listed["item"]]}, **rest}
        raise SpecError(file, (*path, "x-fern-type"), f"Fern type {expression!r} is not one the normalizer knows")

    return map_document_dicts(doc, rewrite)


def nullable_to_null_member(doc: Document, file: str) -> Document:
    """OpenAPI 3.0's `nullable: true` (AsyncAPI 2.6 schemas use it) becomes 3.1's union with `null`."""

    def rewrite(node: dict[str, Json], path: Pointer) -> dict[str, Json]:
        if "nullable" not in node:
            return node
        if not isinstance(node["nullable"], bool):
            raise SpecError(file, (*path, "nullable"), "nullable must be true or false")
        rest = {key: value for key, value in node.items() if key != "nullable"}
        if not node["nullable"]:
            return rest
        if "$ref" in rest:
            kept = {key: value for key, value in rest.items() if key in PROSE or key == "default"}
            return {"anyOf": [{"$ref": rest["$ref"]}, {"type": "null"}], **kept}
        if isinstance(rest.get("type"), str):
            return {**rest, "type": [rest["type"], "null"]}
        raise SpecError(file, path, "nullable on a schema that is neither a $ref nor of one type")

    return map_document_dicts(doc, rewrite)


def enum_defaults_outside_the_enum(doc: Document, file: str) -> Document:
    """A `default` its own `enum` does not list (`mp3_44100` for the output formats) is dropped: the
    server applies its own default to a value left out."""

    def rewrite(node: dict[str, Json], path: Pointer) -> dict[str, Json]:
        if isinstance(node.get("enum"), list) and "default" in node and node["default"] not in node["enum"]:
            return {key: value for key, value in node.items() if key != "default"}
        return node

    return map_document_dicts(doc, rewrite)


def query_parameter_objects(doc: Document, file: str) -> Document:
    """A WebSocket query parameter written as an OpenAPI parameter object (`{description, schema}`, as the
    vendor's agents document does) becomes the schema it describes, with the description on it."""
    channels = {}
    for path, channel in (doc.get("channels") or {}).items():
        query = ((channel.get("bindings") or {}).get("ws") or {}).get("query") if isinstance(channel, dict) else None
        if not isinstance(query, dict) or not isinstance(query.get("properties"), dict):
            channels[path] = channel
            continue
        properties = {}
        for name, parameter in query["properties"].items():
            where = ("channels", path, "bindings", "ws", "query", "properties", name)
            if not isinstance(parameter, dict) or "schema" not in parameter:
                properties[name] = parameter
                continue
            if not isinstance(parameter["schema"], dict) or set(parameter) - {"schema", "description"}:
                raise SpecError(file, where, "a parameter object has only a schema and a description")
            described = {"description": parameter["description"]} if "description" in parameter else {}
            properties[name] = {**parameter["schema"], **described}
        bindings = {
            **channel["bindings"],
            "ws": {**channel["bindings"]["ws"], "query": {**query, "properties": properties}},
        }
        channels[path] = {**channel, "bindings": bindings}
    return {**doc, "channels": channels} if "channels" in doc else doc


def name_inline_objects(doc: Document, file: str) -> Document:
    """An object schema written inline in a message schema's field (the agents document nests each event's
    data so) becomes a component of its own, named as the generator names an inline model (the schema's
    name, then the field's), so that the channel modules can name its class; a name already taken is refused."""
    schemas = schemas_of(doc)
    if not schemas:
        return doc
    hoisted: dict[str, Json] = {}

    def hoist(node: Json, name: str, where: Pointer) -> Json:
        if not isinstance(node, dict):
            return node
        node = dict(node)
        if isinstance(node.get("properties"), dict):
            node["properties"] = {
                field: _inline_object(value, name + _pascal(field), (*where, "properties", field))
                for field, value in node["properties"].items()
            }
        if isinstance(node.get("items"), dict):
            node["items"] = _inline_object(node["items"], name + "Item", (*where, "items"))
        return node

    def _inline_object(node: Json, name: str, where: Pointer) -> Json:
        if not (isinstance(node, dict) and node.get("type") == "object" and "$ref" not in node):
            return hoist(node, name, where)
        if name in schemas or name in hoisted:
            raise SpecError(file, where, f"the inline object would be named {name}, which another schema has")
        hoisted[name] = hoist(node, name, where)
        return {"$ref": SCHEMA_REF_PREFIX + name}

    top = {name: hoist(schema, name, ("components", "schemas", name)) for name, schema in schemas.items()}
    return {**doc, "components": {**doc["components"], "schemas": {**top, **hoisted}}}


def _pascal(field: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^0-9A-Za-z]+", field))


ASYNCAPI_PASSES: tuple[Pass, ...] = (
    fern_type_expressions,
    nullable_to_null_member,
    enum_defaults_outside_the_enum,
    query_parameter_objects,
    name_inline_objects,
)


def normalize_asyncapi(doc: Json, file: str) -> Document:
    """One AsyncAPI document with its quirks rewritten; refuses anything but AsyncAPI 2.x with channels."""
    if not isinstance(doc, dict) or not str(doc.get("asyncapi", "")).startswith("2."):
        raise SpecError(file, (), "not an AsyncAPI 2.x document")
    if not isinstance(doc.get("channels"), dict) or not doc["channels"]:
        raise SpecError(file, ("channels",), "an AsyncAPI document with no channels")
    for asyncapi_pass in ASYNCAPI_PASSES:
        doc = asyncapi_pass(doc, file)
    result: Document = doc
    return result
