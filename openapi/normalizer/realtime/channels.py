"""What one channel of a normalized AsyncAPI document says, as `x-realtime` keeps it: its path and query
arguments, the messages it sends and receives (and how an incoming one is told apart), the message that
opens it, its kind (one stream or several contexts), and the group and method it becomes."""

from __future__ import annotations

import keyword
import re

from ..tree import SCHEMA_REF_PREFIX, Document, Json, Pointer, SpecError, schemas_of, snake_case

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
# On a channel: the message that opens the session, or false when it has none (realtime speech to text).
# Without it, the channel's first publish message opens it, as the vendor's text to speech document has it.
FIRST_MESSAGE = "x-first-message"
# What a session already has besides the methods that send each client message.
SESSION_NAMES = frozenset({"send", "receive", "close", "closed", "timeout"})
# Who opens the connection: "client" (the default: the user's code connects to the vendor) or "server"
# (the vendor connects to the user's server: Speech Engine). A served channel has no group method and no
# opening message, and its module is named by its whole path (`speech_engine_upstream`), as the official SDK
# names it; `publish` still lists what the user's code sends.
DIRECTION = "x-direction"
DIRECTIONS = ("client", "server")
# The package the channel modules go into; a channel whose path ends in this word is named by more of it.
PACKAGE = "realtime"


def read_channel(doc: Document, file: str, path: str, channel: Json) -> Json:
    """The channel at `path` as `x-realtime` keeps it (see the module's docstring); refuses a channel whose
    parameters are not its path's placeholders, or whose method or group is no Python name."""
    where: Pointer = ("channels", path)
    if not isinstance(channel, dict):
        raise SpecError(file, where, "a channel must be a mapping")
    direction = direction_of(file, path, channel)
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
    method = channel.get(METHOD_NAME, METHOD_OF_KIND[kind]) if direction == "client" else None
    if direction == "client" and (not isinstance(method, str) or not method.isidentifier()):
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
    client = direction == "client"  # a served channel has no opening message, and no session of ours
    opening = first_message(doc, file, where, channel, sends) if client else None
    return {
        "path": path,
        "group": group,
        "kind": kind,
        "direction": direction,
        "method": method,
        "source": file,
        "description": str(channel.get("description") or "").strip(),
        "path_parameters": path_parameters,
        "query_parameters": query_parameters,
        "first_message": opening,
        "sends": send_methods(doc, file, sends, opening) if client else sends,
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


def direction_of(file: str, path: str, channel: Json) -> str:
    """Who opens the channel (`x-direction`, "client" when not said); refuses another value, and a served
    channel that names a method or an opening message, which only a channel the client opens has."""
    where: Pointer = ("channels", path, DIRECTION)
    direction = channel.get(DIRECTION, "client") if isinstance(channel, dict) else "client"
    if direction not in DIRECTIONS:
        raise SpecError(file, where, f"must be one of {', '.join(DIRECTIONS)}, not {direction!r}")
    if direction == "server" and isinstance(channel, dict):
        for key in (METHOD_NAME, FIRST_MESSAGE):
            if key in channel:
                raise SpecError(
                    file, ("channels", path, key), f"a channel the vendor opens (x-direction: server) has no {key}"
                )
    return str(direction)


def channel_name(path: str, direction: str = "client") -> str:
    """The channel's module name: its path's last word (`stream_input`), or, when that word is the package's
    own (`/v1/speech-to-text/realtime`), the last two (`speech_to_text_realtime`), not `realtime.realtime`.
    A channel the vendor opens is named by its whole path (`/speech-engine/upstream`: `speech_engine_upstream`)."""
    words = [word for word in path.strip("/").split("/") if not word.startswith("{")]
    if direction == "server":
        return "_".join(snake_case(word) for word in words)
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


def send_methods(doc: Document, file: str, sends: list[dict[str, Json]], opening: Json) -> list[dict[str, Json]]:
    """`sends`, each client message but the opening one (the group's method sends that) with the session
    method that sends it and the fields that method takes (credentials aside, and constants: the model
    fills those in). The method is `send_` and the message's AsyncAPI `name` (`User Message` ->
    `send_user_message`), else its schema's name (`SendText` -> `send_text`: a leading `send` is not
    doubled), snake_case; x-fern-sdk-method-name on the message names it instead."""
    declared = (doc.get("components") or {}).get("messages") or {}
    methods: dict[str, str] = {}
    for message in sends:
        if opening is not None and message["message"] == opening["message"]:
            continue
        where: Pointer = ("components", "messages", str(message["message"]))
        words = snake_case(str(declared[message["message"]].get("name") or message["schema"]))
        method = declared[message["message"]].get(METHOD_NAME, words if words.startswith("send_") else f"send_{words}")
        if (
            not isinstance(method, str)
            or not method.isidentifier()
            or keyword.iskeyword(method)
            or method in SESSION_NAMES
        ):
            raise SpecError(file, (*where, METHOD_NAME), f"{method!r} cannot be the method that sends this message")
        if method in methods:
            raise SpecError(
                file, where, f"{method} already sends {methods[method]}: name one of them with {METHOD_NAME}"
            )
        methods[method] = str(message["message"])
        schema = schemas_of(doc)[message["schema"]]
        fields = [
            name
            for name, field in (schema.get("properties") or {}).items()
            if name not in CREDENTIALS and not (isinstance(field, dict) and ("const" in field or field.get(CREDENTIAL)))
        ]
        required = [name for name in fields if name in (schema.get("required") or [])]
        message.update(method=method, fields=fields, required=required)
    return sends


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
