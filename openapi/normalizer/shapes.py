"""Passes over the merged document for shapes the generator would drop, merge or misread."""

from __future__ import annotations

from collections import Counter

from .tree import (
    SCHEMA_REF_PREFIX,
    Document,
    Json,
    Pointer,
    map_document_dicts,
    map_operations,
    schema_refs,
    schemas_of,
    with_schemas,
)

BINARY = {"type": "string", "format": "binary"}
OCTET_STREAM = "application/octet-stream"
STREAM = "x-stream"
DEPRECATED_NOTE = "Deprecated."


def distinct_twin_titles(doc: Document, file: str) -> Document:
    """Schemas that share a `title` (`Foo-Input`, `Foo-Output`, both titled `Foo`) take their own names as titles.

    The generator names a model class after its schema's title, so twins would collide and be
    dropped, and every response using them with them. The official SDK names them `FooInput` and
    `FooOutput`, as the generator does with these titles.
    """
    schemas = schemas_of(doc)
    titles = Counter(schema.get("title") for schema in schemas.values() if isinstance(schema, dict))
    renamed = {
        name: {**schema, "title": name.replace("-", "")}
        if isinstance(schema, dict) and schema.get("title") and titles[schema["title"]] > 1
        else schema
        for name, schema in schemas.items()
    }
    return with_schemas(doc, renamed) if renamed != schemas else doc


def distinct_member_titles(doc: Document, file: str) -> Document:
    """Inline members of one union that share a title get distinct ones, after the field only each has.

    The generator names an inline member after its title; two members titled `ASTLLMNode` (today's
    shape and a deprecated one) would collide and take the whole schema down with them. They become
    `ASTLLMNodeValueSchema` and `ASTLLMNodePrompt`.
    """

    def rewrite(node: dict[str, Json], path: Pointer) -> dict[str, Json]:
        for keyword in ("oneOf", "anyOf"):
            members = node.get(keyword)
            if not isinstance(members, list):
                continue
            titles = Counter(m.get("title") for m in members if isinstance(m, dict) and "$ref" not in m)
            if not any(title and count > 1 for title, count in titles.items()):
                continue
            node = {**node, keyword: [_own_title(m, members, index, titles) for index, m in enumerate(members)]}
        return node

    return map_document_dicts(doc, rewrite)


def _own_title(member: Json, members: list[Json], index: int, titles: Counter[Json]) -> Json:
    if not isinstance(member, dict) or "$ref" in member or titles[member.get("title")] < 2:
        return member
    others = {
        name
        for i, other in enumerate(members)
        if i != index and isinstance(other, dict)
        for name in other.get("properties") or {}
    }
    own = [name for name in member.get("required") or [] if name not in others]
    suffix = "".join(part.capitalize() for part in str(own[0]).split("_")) if own else str(index)
    return {**member, "title": f"{member['title']}{suffix}"}


def merge_array_unions(doc: Document, file: str) -> Document:
    """A union with several array members (`list[A | B] | list[C | D]`) becomes one array of the union of
    their items (`list[A | B | C | D]`): at run time a list is a list, and the generated code could
    not tell which member a given list was meant as when writing it back."""

    def rewrite(node: dict[str, Json], path: Pointer) -> dict[str, Json]:
        for keyword in ("oneOf", "anyOf"):
            members = node.get(keyword)
            if not isinstance(members, list):
                continue
            arrays = [
                m
                for m in members
                if isinstance(m, dict)
                and m.get("type") == "array"
                and set(m) <= {"type", "items", "title", "description"}
            ]
            if len(arrays) < 2:
                continue
            items: list[Json] = []
            for array in arrays:
                for item in (
                    (array.get("items") or {}).get("anyOf")
                    or (array.get("items") or {}).get("oneOf")
                    or [array.get("items") or {}]
                ):
                    if item not in items:
                        items.append(item)
            merged = {"type": "array", "items": {"anyOf": items} if len(items) > 1 else items[0]}
            first = members.index(arrays[0])
            kept = [m for m in members if m not in arrays]
            node = {**node, keyword: [*kept[:first], merged, *kept[first:]]}
        return node

    return map_document_dicts(doc, rewrite)


def is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


def is_text(media_type: str) -> bool:
    return media_type in ("text/plain", "text/html", "text/csv")


EVENT_STREAM = "text/event-stream"
MULTIPART_MIXED = "multipart/mixed"


def binary_responses(doc: Document, file: str) -> Document:
    """Response bodies that are neither JSON nor text (`audio/*`, `video/mp4`, zips, `multipart/mixed`,
    `text/event-stream`) become one `application/octet-stream` body: the client streams them as bytes.

    The generator knows no other binary type and would drop the response; the media types it stood
    for stay in the response's `x-media-types`, so the docstring can still say what comes back.
    """

    def rewrite(operation: dict[str, Json], path: Pointer) -> dict[str, Json]:
        responses = operation.get("responses") or {}
        changed = {status: _binary_response(response) for status, response in responses.items()}
        return {**operation, "responses": changed} if changed != responses else operation

    return map_operations(doc, rewrite)


def _binary_response(response: Json) -> Json:
    content = response.get("content") if isinstance(response, dict) else None
    if not isinstance(content, dict):
        return response
    binary = [
        media for media in content if _is_binary(media, content[media]) and media not in (OCTET_STREAM, EVENT_STREAM)
    ]
    if not binary:
        return response
    listed = sorted({*response.get("x-media-types", []), *binary})
    return {**response, "content": {OCTET_STREAM: {"schema": BINARY}}, "x-media-types": listed}


def _is_binary(media_type: str, body: Json) -> bool:
    """Not JSON, and not text unless its schema says the text is a file (a CSV export, a PLS dictionary)."""
    schema = body.get("schema") if isinstance(body, dict) else None
    as_file = isinstance(schema, dict) and schema.get("format") == "binary"
    return not is_json(media_type) and (not is_text(media_type) or as_file)


def success_response(operation: dict[str, Json]) -> tuple[str, dict[str, Json]] | None:
    for status, response in sorted((operation.get("responses") or {}).items()):
        if str(status).startswith("2") and isinstance(response, dict):
            return str(status), response
    return None


def streamed_responses(doc: Document, file: str) -> Document:
    """`x-fern-streaming` says the success body arrives in pieces: JSON objects one per line
    (text to speech with timestamps) become `x-stream: json-lines`, so the client yields each
    object as it arrives; a streamed body with no declared content is binary, streamed as bytes.
    A `text/event-stream` body (marked streaming or not) becomes `x-stream: events`: the client
    yields each server-sent event, its data parsed when it is JSON. The generator knows no such
    type, so the body is declared binary, which it reads as a stream. A `multipart/mixed` body (left
    binary by `binary_responses`) becomes `x-stream: multipart`: the client reads its parts as they
    arrive, the JSON one parsed and the next streaming (music's detailed compose).
    """

    def rewrite(operation: dict[str, Json], path: Pointer) -> dict[str, Json]:
        found = success_response(operation)
        if found is None:
            return operation
        status, response = found
        content = response.get("content") or {}
        if EVENT_STREAM in content:
            events = {OCTET_STREAM: {"schema": BINARY}}
            response = {**response, "content": events, STREAM: "events", "x-media-types": [EVENT_STREAM]}
        elif response.get("x-media-types") == [MULTIPART_MIXED]:
            response = {**response, STREAM: "multipart"}
        elif not operation.get("x-fern-streaming"):
            return operation
        elif any(is_json(media) for media in content):
            response = {**response, STREAM: "json-lines"}
        elif not content:
            response = {**response, "content": {OCTET_STREAM: {"schema": BINARY}}}
        else:
            return operation
        return {**operation, "responses": {**operation["responses"], status: response}}

    return map_operations(doc, rewrite)


def describe_deprecation(doc: Document, file: str) -> Document:
    """Deprecated operations and parameters are kept, and their descriptions (so the docstrings) begin `Deprecated.`"""

    def note(node: dict[str, Json]) -> dict[str, Json]:
        description = str(node.get("description") or "")
        if not node.get("deprecated") or description.startswith(DEPRECATED_NOTE):
            return node
        return {**node, "description": f"{DEPRECATED_NOTE} {description}".strip()}

    def rewrite(operation: dict[str, Json], path: Pointer) -> dict[str, Json]:
        operation = note(operation)
        if operation.get("deprecated") and "summary" in operation and not operation["summary"].startswith("Deprecated"):
            operation = {**operation, "summary": f"Deprecated: {operation['summary']}"}
        parameters = operation.get("parameters")
        if isinstance(parameters, list):
            operation = {**operation, "parameters": [note(p) if isinstance(p, dict) else p for p in parameters]}
        return operation

    return map_operations(doc, rewrite)


def drop_unusable_defaults(doc: Document, file: str) -> Document:
    """A `default` the generator cannot use goes: an object (it cannot give a model field a default
    instance), or a value its own enum does not list (`claude-sonnet-4-6` for an `LLM` that lacks it).
    Either would make it refuse the whole schema. A field left out of a request gets the server's default.
    """
    schemas = schemas_of(doc)

    def enum_values(node: Json) -> list[Json] | None:
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            node = schemas.get(node["$ref"].removeprefix(SCHEMA_REF_PREFIX))
        return node.get("enum") if isinstance(node, dict) and isinstance(node.get("enum"), list) else None

    def usable(node: dict[str, Json]) -> bool:
        default = node["default"]
        if isinstance(default, dict):
            return False
        members = [node, *(node.get("anyOf") or []), *(node.get("oneOf") or []), *(node.get("allOf") or [])]
        enums = [values for values in map(enum_values, members) if values is not None]
        return not enums or default is None or any(default in values for values in enums)

    def rewrite(node: dict[str, Json], path: Pointer) -> dict[str, Json]:
        if "default" in node and path[-1:] != ("properties",) and not usable(node):
            return {key: value for key, value in node.items() if key != "default"}
        return node

    return map_document_dicts(doc, rewrite)


SERVER_DEFAULT = "x-server-default"


def parameter_defaults_to_the_server(doc: Document, file: str) -> Document:
    """A parameter's `default` leaves its schema for its description: the client leaves an unset parameter
    out, as the official SDK does, and the server applies its own default (which may change), instead of
    sending today's spec default with every request (an `agent_id=` the server then has to take as empty).
    The value stays readable as `x-server-default` on the parameter (for the reference; the generator
    ignores `x-` keys)."""

    def rewrite(operation: dict[str, Json], path: Pointer) -> dict[str, Json]:
        parameters = operation.get("parameters")
        if not isinstance(parameters, list):
            return operation
        return {**operation, "parameters": [_server_default(p) for p in parameters]}

    return map_operations(doc, rewrite)


def _server_default(parameter: Json) -> Json:
    schema = parameter.get("schema") if isinstance(parameter, dict) else None
    if not isinstance(schema, dict) or "default" not in schema or parameter.get("required"):
        return parameter
    # Both descriptions say it: the docs read the parameter's, the generator the schema's.
    trimmed = {key: value for key, value in schema.items() if key != "default"}
    trimmed["description"] = _described_default(schema, schema["default"])
    described = _described_default(parameter, schema["default"])
    return {**parameter, "schema": trimmed, "description": described, SERVER_DEFAULT: schema["default"]}


def field_defaults_to_the_server(doc: Document, file: str) -> Document:
    """An optional field's `default` leaves its schema for its description, as a parameter's does: a model
    built with one field sends one field. Otherwise `voices.settings.update(v, stability=0.3)` would send
    today's spec default for the four settings it never named, and reset them on the user's voice.

    A `const` field keeps its default: it is a union member's tag, the one value the field can have, and
    the server needs it to tell the members apart. A required field keeps it too (the caller gives it).
    The value moved stays readable as the field's `x-server-default`.
    """

    def rewrite(node: dict[str, Json], path: Pointer) -> dict[str, Json]:
        properties = node.get("properties")
        if _is_properties_map(path) or not isinstance(properties, dict):
            return node
        required = node.get("required") or []
        moved = {
            name: _field_server_default(schema) if name not in required else schema
            for name, schema in properties.items()
        }
        return {**node, "properties": moved} if moved != properties else node

    return map_document_dicts(doc, rewrite)


def _is_properties_map(path: Pointer) -> bool:
    """Whether the node at `path` maps field names to schemas. Under `.../properties/properties` is the
    schema of a field named `properties`: the keyword and field names alternate, so an odd run of them
    ends in a map."""
    run = len(path) - next((i + 1 for i in range(len(path) - 1, -1, -1) if path[i] != "properties"), 0)
    return run % 2 == 1


def _field_server_default(schema: Json) -> Json:
    if not isinstance(schema, dict) or "default" not in schema or "const" in schema:
        return schema
    trimmed = {key: value for key, value in schema.items() if key != "default"}
    return {**trimmed, "description": _described_default(schema, schema["default"]), SERVER_DEFAULT: schema["default"]}


def _described_default(node: dict[str, Json], default: Json) -> str:
    said = f"Defaults to {default!r} on the server." if default != "" else "Defaults to empty on the server."
    return " ".join(part for part in (str(node.get("description") or "").strip(), said) if part)


WHOLE_REQUEST = "x-request-whole"


def whole_request_bodies(doc: Document, file: str) -> Document:
    """Fern's call shape for a JSON body that is a named object used elsewhere too (another operation's
    body, a response, a field): the official SDK takes it whole, `tools.create(request=ToolRequestModel(...))`,
    where a schema made for one body alone (FastAPI's `Body_*`) is spread into keyword arguments. Such an
    operation gets `x-request-whole: true`, and its method takes both forms."""
    uses = Counter(schema_refs(doc))

    def mark(operation: dict[str, Json], path: Pointer) -> dict[str, Json]:
        content = (operation.get("requestBody") or {}).get("content") or {}
        body = (content.get("application/json") or {}).get("schema") if len(content) == 1 else None
        ref = body.get("$ref") if isinstance(body, dict) else None
        if not isinstance(ref, str) or not ref.startswith(SCHEMA_REF_PREFIX):
            return operation
        name = ref.removeprefix(SCHEMA_REF_PREFIX)
        schema = schemas_of(doc).get(name)
        plain_object = isinstance(schema, dict) and "properties" in schema and not {"anyOf", "oneOf"} & set(schema)
        used_elsewhere = uses[name] > Counter(schema_refs(operation["requestBody"]))[name]
        return {**operation, WHOLE_REQUEST: True} if plain_object and used_elsewhere else operation

    return map_operations(doc, mark)
