"""What the group templates need of the channels (normalize.template_data): each generated method's name,
channel module, and each argument's Python type and documentation."""

from __future__ import annotations

import json
import keyword
import re
from collections.abc import Mapping

from ..official_names import generator_class_name
from ..tree import SCHEMA_REF_PREFIX, Document, Json, SpecError, schemas_of
from .merge import REALTIME

PYTHON_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


def realtime_template_data(doc: Document, groups: Mapping[str, Json]) -> dict[str, Json]:
    """Each group's channels (by the group's tag), as its generated methods take them: the method's name,
    the channel module, and each argument's Python type (models as `models.Name`) and documentation.
    A channel whose group has no operations of its own has no class to be a method of: refused."""
    by_group: dict[str, list[Json]] = {}
    schemas = schemas_of(doc)
    for name, channel in ((doc.get(REALTIME) or {}).get("channels") or {}).items():
        if channel.get("direction") == "server":
            continue  # the vendor opens it (Speech Engine): no method opens it from a group
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
    return {
        "name": name,
        "type": python_type(schemas, schema),
        "doc_type": plain_type(schemas, schema),
        "description": description.strip(),
    }


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


def plain_type(schemas: Mapping[str, Json], schema: Json) -> str:
    """`python_type` as a module that imports each model by its name writes it (the channel modules, and
    the docstrings): `Name`, `list[...]`."""
    return python_type(schemas, schema).replace("models.", "").replace("builtins.", "")
