"""The vendor's AsyncAPI documents (the WebSocket channels) into the normalized OpenAPI document.

Their message schemas join the components, so the generator makes them models like any other; the
channels (path, parameters, which message goes which way, how an incoming one is recognised) go into
the root extension `x-realtime`, which the realtime templates read (scripts/generate.py). Each Fern or
AsyncAPI quirk has one named pass in `ASYNCAPI_PASSES`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping

from .official_names import generator_class_name
from .tree import (
    SCHEMA_REF_PREFIX,
    Document,
    Json,
    Pointer,
    SpecError,
    map_dicts,
    map_document_dicts,
    schemas_of,
    snake_case,
)

REALTIME = "x-realtime"
# On each schema taken from an AsyncAPI document: which one.
SOURCE = "x-asyncapi-source"
MESSAGE_REF_PREFIX = "#/components/messages/"
# Credentials travel in the handshake's xi-api-key header only: the channel's query parameter and the
# first message's key fields are not offered as arguments (the models keep them, as the vendor wrote them).
CREDENTIALS = frozenset({"authorization", "xi-api-key", "xi_api_key"})
# A channel's kind, from its messages: "multi_context" when the client's messages carry a context_id (one
# connection, several streams by id), else "single". Each kind's method on the channel's group, unless
# the channel names its own with Fern's x-fern-sdk-method-name.
MULTI_CONTEXT_FIELD = "context_id"
METHOD_OF_KIND = {"single": "realtime_session", "multi_context": "multi_context_session"}
METHOD_NAME = "x-fern-sdk-method-name"
# Prefixed to a message schema whose name an HTTP schema of another meaning already has.
COLLISION_PREFIX = "Realtime"
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


ASYNCAPI_PASSES: tuple[Pass, ...] = (fern_type_expressions, nullable_to_null_member, enum_defaults_outside_the_enum)


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


def merge_realtime(whole: Document, sources: Mapping[str, Json], whole_file: str) -> Document:
    """`whole` with every AsyncAPI source's schemas among its components and its channels in `x-realtime`.

    A message schema named like an HTTP schema that means the same (descriptions aside) is that schema;
    one that means something else becomes `Realtime<Name>`; if that name is taken too, it is refused.
    """
    if not sources:
        return whole
    schemas = dict(schemas_of(whole))
    channels: dict[str, Json] = {}
    methods: dict[tuple[str, str], str] = {}
    for file in sorted(sources):
        doc = normalize_asyncapi(sources[file], file)
        incoming = (doc.get("components") or {}).get("schemas") or {}
        # Schemas an earlier run took from this same file are replaced, so that normalizing twice changes nothing.
        schemas = {name: schema for name, schema in schemas.items() if _source(schema) != file}
        renames = _renames(schemas, incoming, file, whole_file)
        for path, channel in doc["channels"].items():
            name = snake_case(path.rstrip("/").rsplit("/", 1)[-1])
            if name in channels:
                raise SpecError(file, ("channels", path), f"a second channel named {name}")
            channels[name] = _renamed_refs(_channel(doc, file, path, channel), renames)
            method = (channels[name]["group"], channels[name]["method"])
            if method in methods:
                raise SpecError(
                    file,
                    ("channels", path),
                    f"{method[0]}.{method[1]} is already the method of channel {methods[method]}: give this one "
                    f"another name with {METHOD_NAME}",
                )
            methods[method] = name
            for message in channels[name]["sends"] + channels[name]["receives"]:
                message["schema"] = renames.get(message["schema"], message["schema"])
        for name, schema in _renamed_refs(incoming, renames).items():
            target = renames.get(name, name)
            if target not in schemas:
                schemas[target] = {**schema, SOURCE: file}
    merged = {**whole, "components": {**(whole.get("components") or {}), "schemas": schemas}}
    return {**merged, REALTIME: {"channels": dict(sorted(channels.items()))}}


def _renames(schemas: Mapping[str, Json], incoming: Mapping[str, Json], file: str, whole_file: str) -> dict[str, str]:
    renames: dict[str, str] = {}
    titles = {str(schema.get("title")): name for name, schema in schemas.items() if isinstance(schema, dict)}
    for name in sorted(incoming):
        taken = schemas.get(name) if name in schemas else schemas.get(titles.get(name, ""))
        if taken is None:
            continue
        if _meaning(taken) == _meaning(incoming[name]):
            renames[name] = name if name in schemas else titles[name]
            continue
        renamed = name if name.startswith(COLLISION_PREFIX) else COLLISION_PREFIX + name
        if renamed in schemas or renamed in titles or renamed in incoming:
            raise SpecError(
                file,
                ("components", "schemas", name),
                f"{name} means something else in {whole_file}, and {renamed} is taken too; rename one of them",
            )
        renames[name] = renamed
    return renames


def _source(schema: Json) -> Json:
    return schema.get(SOURCE) if isinstance(schema, dict) else None


def _meaning(node: Json) -> Json:
    if isinstance(node, dict):
        return {key: _meaning(value) for key, value in node.items() if key not in PROSE}
    if isinstance(node, list):
        return [_meaning(item) for item in node]
    return node


def _renamed_refs(doc: Json, renames: Mapping[str, str]) -> Json:
    if not renames:
        return doc

    def rewrite(node: dict[str, Json], path: Pointer) -> dict[str, Json]:
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF_PREFIX):
            name = ref.removeprefix(SCHEMA_REF_PREFIX)
            return {**node, "$ref": SCHEMA_REF_PREFIX + renames.get(name, name)}
        return node

    return map_dicts(doc, rewrite)


def _channel(doc: Document, file: str, path: str, channel: Json) -> Json:
    where: Pointer = ("channels", path)
    if not isinstance(channel, dict):
        raise SpecError(file, where, "a channel must be a mapping")
    path_parameters = [
        {"name": name, **_described(parameter.get("schema") or {}, parameter.get("description"))}
        for name, parameter in (channel.get("parameters") or {}).items()
    ]
    named = {parameter["name"] for parameter in path_parameters}
    placeholders = set(re.findall(r"\{([^}]+)\}", path))
    if named != placeholders:
        raise SpecError(
            file, (*where, "parameters"), f"parameters {sorted(named)} but the path has {sorted(placeholders)}"
        )
    query = ((channel.get("bindings") or {}).get("ws") or {}).get("query") or {}
    query_parameters = [
        {"name": name, "schema": schema}
        for name, schema in (query.get("properties") or {}).items()
        if name not in CREDENTIALS
    ]
    sends = _messages(doc, file, (*where, "publish"), channel.get("publish"))
    receives = _messages(doc, file, (*where, "subscribe"), channel.get("subscribe"))
    for message in receives:
        message["recognised_by"] = _recognition(doc, file, message)
    receives.sort(key=lambda message: "const" not in message["recognised_by"])
    first = sends[0]
    schema = schemas_of(doc)[first["schema"]]
    fields = [name for name in schema.get("properties") or {} if name not in CREDENTIALS]
    kind = channel_kind(doc, sends)
    method = channel.get(METHOD_NAME, METHOD_OF_KIND[kind])
    if not isinstance(method, str) or not method.isidentifier():
        raise SpecError(file, (*where, METHOD_NAME), f"{method!r} is not a method name")
    return {
        "path": path,
        "group": snake_case(path.strip("/").split("/")[1]),
        "kind": kind,
        "method": method,
        "source": file,
        "description": str(channel.get("description") or "").strip(),
        "path_parameters": path_parameters,
        "query_parameters": query_parameters,
        "first_message": {"message": first["message"], "fields": fields},
        "sends": sends,
        "receives": receives,
    }


def channel_kind(doc: Document, sends: list[dict[str, Json]]) -> str:
    """ "multi_context" when a message the client sends has a context_id field, else "single"."""
    for message in sends:
        if MULTI_CONTEXT_FIELD in (schemas_of(doc)[message["schema"]].get("properties") or {}):
            return "multi_context"
    return "single"


def _described(schema: Json, description: Json) -> dict[str, Json]:
    return {"schema": {**schema, "description": description} if description else schema}


def _messages(doc: Document, file: str, where: Pointer, operation: Json) -> list[dict[str, Json]]:
    message = (operation or {}).get("message") if isinstance(operation, dict) else None
    refs: Json = message.get("oneOf") if isinstance(message, dict) and "oneOf" in message else [message]
    if not isinstance(refs, list):
        raise SpecError(file, (*where, "message", "oneOf"), "oneOf must be a list of message references")
    found = []
    for index, ref in enumerate(refs):
        pointer = (*where, "message", "oneOf", index)
        name = ref.get("$ref", "").removeprefix(MESSAGE_REF_PREFIX) if isinstance(ref, dict) else ""
        declared = ((doc.get("components") or {}).get("messages") or {}).get(name)
        payload = (declared or {}).get("payload") or {}
        schema = str(payload.get("$ref", "")).removeprefix(SCHEMA_REF_PREFIX)
        if not declared or schema not in schemas_of(doc):
            raise SpecError(file, pointer, f"message {name or ref!r} is not a component message with a schema")
        found.append({"message": name, "schema": schema, "description": str(declared.get("description") or "")})
    if not found:
        raise SpecError(file, where, "no messages")
    return found


def _recognition(doc: Document, file: str, message: dict[str, Json]) -> dict[str, Json]:
    """How an incoming message is told apart: a field with a constant value, else its first required field."""
    schema = schemas_of(doc)[message["schema"]]
    properties = schema.get("properties") or {}
    for name, field in properties.items():
        if isinstance(field, dict) and "const" in field:
            return {"field": name, "const": field["const"]}
    for name in schema.get("required") or []:
        return {"field": name}
    raise SpecError(file, ("components", "schemas", message["schema"]), "nothing tells this incoming message apart")


# ---- what the group templates need (normalize.template_data) -------------------------------------

PYTHON_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


def realtime_template_data(doc: Document, groups: Mapping[str, Json]) -> dict[str, Json]:
    """Each group's channels (by the group's tag), as its generated methods take them: the method's name,
    the channel module, and each argument's Python type (models as `models.Name`) and documentation.
    A channel whose group has no operations of its own has no class to be a method of: refused."""
    by_group: dict[str, list[Json]] = {}
    schemas = schemas_of(doc)
    for name, channel in ((doc.get(REALTIME) or {}).get("channels") or {}).items():
        group = groups.get(channel["group"])
        if not isinstance(group, dict) or not group.get("has_operations"):
            raise SpecError(
                str(channel["source"]),
                ("channels", channel["path"]),
                f"its group {channel['group']!r} (from the path) is not a group of the HTTP API with operations",
            )
        first = schemas[channel["first_message"]["message"]]
        fields = [
            (field, first["properties"][field])
            for field in channel["first_message"]["fields"]
            if "const" not in first["properties"][field]
        ]
        query = [(parameter["name"], parameter["schema"]) for parameter in channel["query_parameters"]]
        by_group.setdefault(channel["group"], []).append(
            {
                "name": name,
                "method": channel["method"],
                "kind": channel["kind"],
                "path": channel["path"],
                "summary": _first_sentence(channel["description"]) or f"The {channel['path']} WebSocket.",
                "path_parameters": [
                    _argument(schemas, parameter["name"], parameter["schema"])
                    for parameter in channel["path_parameters"]
                ],
                "arguments": [_argument(schemas, field, schema) for field, schema in query + fields],
            }
        )
    return {group: sorted(channels, key=lambda channel: str(channel["method"])) for group, channels in by_group.items()}


def _argument(schemas: Mapping[str, Json], name: str, schema: Json) -> Json:
    referenced = schemas.get(str(schema.get("$ref", "")).removeprefix(SCHEMA_REF_PREFIX)) or {}
    description = " ".join(str(schema.get("description") or referenced.get("description") or "").split())
    default = schema.get("default", referenced.get("default"))
    if default is not None:
        description += f" The server's default: {json.dumps(default)}."
    python = python_type(schemas, schema)
    shown = python.replace("models.", "").replace("builtins.", "")
    return {"name": name, "type": python, "doc_type": shown, "description": description.strip()}


def _first_sentence(text: str) -> str:
    words = " ".join(text.split())
    end = re.search(r"[.!?](\s|$)", words)
    return words[: end.end()].strip() if end else words


def python_type(schemas: Mapping[str, Json], schema: Json) -> str:
    """The annotation of an argument of this schema, models named `models.Name`."""
    if "$ref" in schema:
        key = str(schema["$ref"]).removeprefix(SCHEMA_REF_PREFIX)
        return "models." + generator_class_name(str(schemas[key].get("title") or key))
    if "anyOf" in schema:
        return " | ".join(python_type(schemas, member) for member in schema["anyOf"])
    kinds = schema.get("type")
    if isinstance(kinds, list):
        return " | ".join(python_type(schemas, {**schema, "type": kind}) for kind in kinds)
    if kinds == "array":
        return f"builtins.list[{python_type(schemas, schema.get('items') or {})}]"
    return PYTHON_TYPES.get(str(kinds), "Any")
