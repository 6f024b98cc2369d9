"""The vendor's AsyncAPI documents (the WebSocket channels) into the normalized OpenAPI document.

Their message schemas join the components, so the generator makes them models like any other; the
channels (path, parameters, which message goes which way, how an incoming one is recognised) go into
the root extension `x-realtime`, which the realtime templates read (scripts/generate.py). Each Fern or
AsyncAPI quirk has one named pass in `ASYNCAPI_PASSES`.
"""

from __future__ import annotations

import json
import keyword
import re
from collections.abc import Callable, Mapping
from pathlib import PurePosixPath

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
# A document of ours marks another credential with `x-credential: true` (speech to text's single use `token`).
CREDENTIALS = frozenset({"authorization", "xi-api-key", "xi_api_key"})
CREDENTIAL = "x-credential"
# A channel's kind: "multi_context" when it declares the field that names a context (`x-context-field`: one
# connection, several streams by id), else "single". Each kind's method on the channel's group, unless the channel names its own
# with Fern's x-fern-sdk-method-name; the group is the path's first word after the version, unless the channel
# names it with x-fern-sdk-group-name (`/v1/convai/...` is the `conversational_ai` group).
METHOD_OF_KIND = {"single": "realtime_session", "multi_context": "multi_context_session"}
METHOD_NAME = "x-fern-sdk-method-name"
GROUP_NAME = "x-fern-sdk-group-name"
CONTEXT_FIELD = "x-context-field"
# Prefixed to a message schema whose name an HTTP schema of another meaning already has.
COLLISION_PREFIX = "Realtime"
FERN_LITERAL = re.compile(r'^literal<(?:"(?P<text>[^"]*)"|(?P<boolean>true|false))>$')
FERN_LIST = re.compile(r"^list<(?P<item>string|integer|double|boolean)>$")
FERN_PRIMITIVES = {"string": "string", "integer": "integer", "double": "number", "boolean": "boolean"}
# Words that describe a schema without changing its meaning, ignored when deciding whether two schemas
# with one name mean the same.
PROSE = frozenset({"description", "title", "example", "examples"})
# A document of ours that only adds to another (openapi/asyncapi/convai-additions.yml) names it here.
ADDITIONS_TO = "x-additions-to"
# On a channel: the message that opens the session, or false when it has none (realtime speech to text).
# Without it, the channel's first publish message opens it, as the vendor's text to speech document has it.
FIRST_MESSAGE = "x-first-message"
# The package the channel modules go into; a channel whose path ends in this word is named by more of it.
PACKAGE = "realtime"

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


def apply_additions(sources: Mapping[str, Json]) -> dict[str, Json]:
    """Each document of ours marked `x-additions-to: <file>` merged into that document (beside it), and
    dropped: its channels' messages and keys and its components join the target's. It may only add: a
    value the target already has differently is refused with the additions file and JSON pointer."""
    merged = dict(sources)
    for file in sorted(sources):
        doc = sources[file]
        if not isinstance(doc, dict) or ADDITIONS_TO not in doc:
            continue
        target = str(PurePosixPath(file).parent / str(doc[ADDITIONS_TO]))
        if target not in merged or target == file:
            raise SpecError(file, (ADDITIONS_TO,), f"adds to {target}, which is not one of the AsyncAPI documents")
        added = merged[target]
        for key in ("channels", "components"):
            if key in doc:
                added = {**added, key: _added(added.get(key), doc[key], file, target, (key,))}
        merged[target] = added
        del merged[file]
    return merged


def _added(old: Json, new: Json, file: str, target: str, where: Pointer) -> Json:
    if old is None:
        return new
    if isinstance(old, dict) and isinstance(new, dict):
        return {**old, **{key: _added(old.get(key), value, file, target, (*where, key)) for key, value in new.items()}}
    if isinstance(old, list) and isinstance(new, list):
        return old + [item for item in new if item not in old]
    if old != new:
        raise SpecError(file, where, f"{target} says {old!r} here: additions may only add")
    return old


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
    sources = apply_additions(sources)
    methods: dict[tuple[str, str], str] = {}
    for file in sorted(sources):
        doc = normalize_asyncapi(sources[file], file)
        incoming = (doc.get("components") or {}).get("schemas") or {}
        # Schemas an earlier run took from this same file are replaced, so that normalizing twice changes nothing.
        schemas = {name: schema for name, schema in schemas.items() if _source(schema) != file}
        renames = _renames(schemas, incoming, file, whole_file)
        for path, channel in doc["channels"].items():
            name = channel_name(path)
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
            for message in channels[name]["sends"] + channels[name]["receives"] + [channels[name]["first_message"]]:
                if message:  # the first message is None on a channel without one
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
        {"name": name, "schema": schema, **({"required": True} if name in (query.get("required") or []) else {})}
        for name, schema in (query.get("properties") or {}).items()
        if name not in CREDENTIALS and not (isinstance(schema, dict) and schema.get(CREDENTIAL) is True)
    ]
    sends = _messages(doc, file, (*where, "publish"), channel.get("publish"))
    receives = _messages(doc, file, (*where, "subscribe"), channel.get("subscribe"))
    for message in receives:
        message["recognised_by"] = _recognition(doc, file, message)
    receives.sort(key=lambda message: "const" not in message["recognised_by"])
    context = context_field(doc, file, where, sends, receives)
    kind = "multi_context" if context else "single"
    method = channel.get(METHOD_NAME, METHOD_OF_KIND[kind])
    if not isinstance(method, str) or not method.isidentifier():
        raise SpecError(file, (*where, METHOD_NAME), f"{method!r} is not a method name")
    words = path.strip("/").split("/")
    if GROUP_NAME in channel:
        group = channel[GROUP_NAME]
    elif len(words) > 1:
        group = snake_case(words[1])
    else:
        raise SpecError(file, where, f"no group in the path (/<version>/<group>/...): name it with {GROUP_NAME}")
    if not isinstance(group, str) or not group.isidentifier():
        raise SpecError(file, (*where, GROUP_NAME), f"{group!r} is not a group name")
    return {
        "path": path,
        "group": group,
        "kind": kind,
        "method": method,
        "source": file,
        "description": str(channel.get("description") or "").strip(),
        "path_parameters": path_parameters,
        "query_parameters": query_parameters,
        "first_message": first_message(doc, file, where, channel, sends),
        "sends": sends,
        "receives": receives,
        "context": context,
    }


def context_field(
    doc: Document, file: str, where: Pointer, sends: list[dict[str, Json]], receives: list[dict[str, Json]]
) -> dict[str, str] | None:
    """The field that names a context on a multi-context channel, as each direction spells it
    (`{"sends": "context_id", "receives": "contextId"}`), as the channel declares it in `x-context-field`
    (the vendor's documents do not say it in data: our additions do). None on a channel without contexts.
    Each name must be a field of the messages that go that way, and no tag that tells them apart."""
    channel = doc["channels"][where[1]]
    declared = channel.get(CONTEXT_FIELD) if isinstance(channel, dict) else None
    if declared is None:
        return None
    pointer = (*where, CONTEXT_FIELD)
    if not isinstance(declared, dict) or set(declared) != {"sends", "receives"}:
        raise SpecError(file, pointer, "must be {sends: <field>, receives: <field>}")
    schemas = schemas_of(doc)
    tags = {str(message["recognised_by"]["field"]) for message in receives if "const" in message["recognised_by"]}
    for way, messages in (("sends", sends), ("receives", receives)):
        name = declared[way]
        fields = [set(schemas[message["schema"]].get("properties") or {}) for message in messages]
        if not isinstance(name, str) or name in tags or not any(name in found for found in fields):
            raise SpecError(file, (*pointer, way), f"{name!r} is no field of the messages the channel {way}")
    return {"sends": str(declared["sends"]), "receives": str(declared["receives"])}


def channel_name(path: str) -> str:
    """The channel's module name: its path's last word (`stream_input`), or, when that word is the package's
    own (`/v1/speech-to-text/realtime`), the last two (`speech_to_text_realtime`), not `realtime.realtime`."""
    words = [word for word in path.strip("/").split("/") if not word.startswith("{")]
    last = snake_case(words[-1])
    return f"{snake_case(words[-2])}_{last}" if last == PACKAGE and len(words) > 1 else last


def first_message(
    doc: Document, file: str, where: Pointer, channel: dict[str, Json], sends: list[dict[str, Json]]
) -> Json:
    """The message that opens the session and its fields (credentials aside), or None when there is none.

    `x-first-message` on the channel names it (or is false); without it, the first message sent opens it."""
    declared = channel.get(FIRST_MESSAGE)
    if declared is False:
        return None
    if declared is None:
        opening = sends[0]
    else:
        name = declared.get("$ref", "").removeprefix(MESSAGE_REF_PREFIX) if isinstance(declared, dict) else ""
        found = [message for message in sends if message["message"] == name]
        if not found:
            raise SpecError(
                file, (*where, FIRST_MESSAGE), "must be false or a $ref to one of the messages the channel sends"
            )
        opening = found[0]
    schema = schemas_of(doc)[opening["schema"]]
    fields = [name for name in schema.get("properties") or {} if name not in CREDENTIALS]
    required = [name for name in fields if name in (schema.get("required") or [])]
    return {"message": opening["message"], "schema": opening["schema"], "fields": fields, "required": required}


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
                f"its group {channel['group']!r} (from the path, or its x-fern-sdk-group-name) is not a group of the "
                "HTTP API with operations",
            )
        opening = channel["first_message"] or {"schema": None, "fields": [], "required": []}  # None: no opening message
        first = schemas.get(str(opening["schema"])) or {}
        fields = [
            (field, first["properties"][field], field in opening["required"])
            for field in opening["fields"]
            if "const" not in first["properties"][field]
        ]
        query = [
            (parameter["name"], parameter["schema"], bool(parameter.get("required")))
            for parameter in channel["query_parameters"]
        ]
        arguments = [parameter["name"] for parameter in channel["path_parameters"]]
        _check_arguments(
            str(channel["source"]), channel["path"], arguments + [name for name, *_ in query + fields], name
        )
        by_group.setdefault(channel["group"], []).append(
            {
                "name": name,
                "method": channel["method"],
                "kind": channel["kind"],
                "path": channel["path"],
                "opens_with_message": channel["first_message"] is not None,
                "summary": _first_sentence(channel["description"]) or f"The {channel['path']} WebSocket.",
                "path_parameters": [
                    _argument(schemas, parameter["name"], parameter["schema"])
                    for parameter in channel["path_parameters"]
                ],
                "arguments": [
                    {**_argument(schemas, field, schema), "required": required}
                    for field, schema, required in query + fields
                ],
            }
        )
    return {group: sorted(channels, key=lambda channel: str(channel["method"])) for group, channels in by_group.items()}


# Names a channel method already has, besides its arguments.
RESERVED_ARGUMENTS = frozenset({"self", "request_options", "opening"})


def _check_arguments(file: str, path: str, names: list[str], module: str) -> None:
    """A channel's arguments become a method's parameters: each a Python name, none twice, none of the
    method's own (nor its channel module's name, which it imports). Refused here, with the channel,
    rather than as a syntax error in generated code."""
    seen: set[str] = set()
    for name in names:
        if not name.isidentifier() or keyword.iskeyword(name) or name in RESERVED_ARGUMENTS | {module, *seen}:
            raise SpecError(file, ("channels", path), f"{name!r} cannot be an argument of the channel's method")
        seen.add(name)


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
