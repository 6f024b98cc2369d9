"""Fern's names for what the spec defines inline, and the generated class each of them stands for.

The official SDK names a schema written inside another (an object, an enum or a union) after where it
is; openapi-python-client names the same schema after where it is too, by other rules. Each rule here
walks one kind of place and pairs the two names, so the models package can hand out the class under
Fern's name as well (an alias, like the earlier names), or, for a union the generator makes no class
of, a `typing.Union` of its members' classes.

Fern's rules (read off the official SDK's source; each `Named` says which one gave a name):

- `inline_schema`: inside a component schema `Foo`, a property `bar` is `FooBar`, an array's items
  add `Item`, a map's values `Value`, the members of a union with no tag `Zero`, `One`, ... (a
  member that is only `null` does not count: `anyOf: [X, null]` is X, and neither does the `string`
  that `open_response_enums` adds beside an enum: Fern's own enums are open);
- `union_member`: a member of a union told apart by a tag is the union's name, `_` and the tag's
  value in PascalCase (`AgentTransferOp_Pop`); the tag is the spec's `discriminator`, or, as Fern
  infers it, a property every member has with a constant of its own (`WidgetConfigAvatar_Orb`);
- `request_parameter`: a query, path or header parameter of `client.<...>.<group>.<method>` is
  `<Group><Method>Request<Parameter>` (only the innermost group counts: `HistoryListRequestSource`),
  also when a docs page moved its schema out to a component (`V1HistoryGetParametersSourceSchema`);
- `request_body`: a form body's fields are named like parameters (`SpeechToTextConvertRequestFileFormat`);
  a body written inline is `<Group><Method>RequestBody`; a JSON body that is a component schema keeps
  that schema's names;
- `response`: a response written inline is `<Group><Method>Response`.

`fern_names` adds the one-shape twins (`name_one_shape_twins`) and the plain schemas (`ItemId` is
`str`) and hands all of it to the template; `inline_names_win` gives Fern's inline name precedence
over a component schema's.

The generator (openapi-python-client 0.29.1) names an inline class `<holder's class><title or path>`:
the holder is the model the schema is in, or the operation (`<operationId>`); the path is the
property's name with `_item` for an array's items, `_type_<n>` for the n-th member of a union (or
`_<title>` when the member has a title of its own), `AdditionalProperty` for a map's values, `body`
for a request body and `response_<status>` for a response; a schema's own `title` replaces the path.
An enum or any object gets a class; a union does not (it is a `Union[...]` in annotations). A pairing
whose class the generator did not make is dropped by the template.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .forward import UNKNOWN_VARIANT
from .naming import GROUP, METHOD
from .official_names import (
    EARLIER_NAMES,
    FERN_NAMES,
    fern_pascal,
    generator_class_name,
    union_member_names,
    union_names,
)
from .tree import Document, Json, operations, schemas_of, with_schemas

_NUMBERS = ("Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")
_REF = "#/components/schemas/"
_BUILTINS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
# Keywords that leave a schema a plain builtin to Python (a format or a pattern is checked by the server).
_PLAIN_KEYWORDS = {
    "type",
    "title",
    "description",
    "format",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "examples",
    "default",
}


@dataclass(frozen=True)
class Named:
    """One of Fern's names: the rule that gives it, and the generated class (or, for a union the generator
    makes no class of, the classes of its members) it stands for."""

    rule: str
    target: str | None = None
    members: tuple[str, ...] = ()


def inline_names(doc: Document) -> dict[str, Named]:
    """Fern's name -> what it stands for, for every inline schema Fern names (first place wins)."""
    found: dict[str, Named] = {}
    for name, named in _walk_components(doc):
        found.setdefault(name, named)
    for name, named in _walk_operations(doc):
        found.setdefault(name, named)
    return found


def _class(parent: str, title_or_path: str) -> str:
    return generator_class_name(generator_class_name(parent) + generator_class_name(title_or_path))


def _component(doc: Document, node: Json) -> tuple[str, dict[str, Json]] | None:
    """The class name and schema of the component schema a `$ref` node refers to."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    if not isinstance(ref, str) or not ref.startswith(_REF):
        return None
    schema = schemas_of(doc).get(ref.removeprefix(_REF))
    if not isinstance(schema, dict):
        return None
    return generator_class_name(str(schema.get("title") or ref.removeprefix(_REF))), schema


def _members(node: dict[str, Json]) -> list[Json]:
    """A union's members, less `null` (`anyOf: [X, null]` is X to Fern) and less repeats (a schema with both
    `anyOf` and `oneOf` of the same members)."""
    members: list[Json] = []
    for member in (m for key in ("anyOf", "oneOf") for m in node.get(key) or []):
        if member != {"type": "null"} and member not in members:
            members.append(member)
    return members


def is_class(node: dict[str, Json]) -> bool:
    """Whether the generator makes a class of this inline schema: a Literal enum, or a model of any object."""
    return bool(node.get("enum")) or node.get("type") == "object" or bool(node.get("properties"))


def _fern_names(node: dict[str, Json]) -> bool:
    """Whether Fern makes a type of this inline schema: an enum or an object with fields (a map is a `Dict`)."""
    return bool(node.get("enum")) or (isinstance(node.get("properties"), dict) and bool(node["properties"]))


def _member_type(doc: Document, member: Json, holder: str, path: str) -> str | None:
    """What a union member is in Python: a class, or a builtin for a plain string, number or boolean."""
    if not isinstance(member, dict):
        return None
    if component := _component(doc, member):
        return component[0]
    if is_class(member):
        return _class(holder, str(member.get("title") or path))
    if set(member) <= _PLAIN_KEYWORDS and member.get("type") in _BUILTINS:
        return _BUILTINS[str(member["type"])]
    return None


def _tags(doc: Document, node: dict[str, Json], members: list[Json]) -> dict[str, str]:
    """Tag value -> member class of a union told apart by a tag: the spec's `discriminator.mapping`, or, as
    Fern infers it, a property every member (a component schema) has with a constant value of its own."""
    mapping = (node.get("discriminator") or {}).get("mapping")
    if isinstance(mapping, dict):
        targets = {str(value): _component(doc, {"$ref": ref}) for value, ref in mapping.items()}
        return {value: found[0] for value, found in targets.items() if found}
    # The catch-all member `open_response_unions` adds has no tag.
    unknown = {"$ref": _REF + UNKNOWN_VARIANT}
    components = [_component(doc, member) for member in members if member != unknown]
    if len(components) < 2 or not all(components):
        return {}
    first = components[0][1].get("properties") or {}  # type: ignore[index]
    for prop in first if isinstance(first, dict) else ():
        values = [((c[1].get("properties") or {}).get(prop) or {}).get("const") for c in components]  # type: ignore[index]
        if all(isinstance(v, str) for v in values) and len(set(values)) == len(values):
            return {str(v): c[0] for v, c in zip(values, components)}  # type: ignore[index]
    return {}


def _visit(doc: Document, node: Json, fern: str, holder: str, path: str, rule: str) -> Iterator[tuple[str, Named]]:
    """Fern's names inside `node` (named `fern` by Fern), which the generator names from `holder` (the class
    or operation it is in) and `path` (its place in there, unless it has a title)."""
    if not isinstance(node, dict) or "$ref" in node:
        return
    own = _class(holder, str(node.get("title") or path)) if is_class(node) else None
    if own and _fern_names(node):
        yield fern, Named(rule, target=own)
    raw = [m for key in ("anyOf", "oneOf") for m in node.get(key) or []]
    members = _members(node)
    if isinstance(node.get("anyOf"), list) and isinstance(node.get("oneOf"), list):
        raw = node["anyOf"]  # the generator reads the union's members from both: the first of each is the anyOf's
    # The generator's path of each member: `_type_<n>`, or its own title when that differs from the union's.
    paths = [
        f"{path}_{m['title']}"
        if isinstance(m, dict) and m.get("title") and m.get("title") != node.get("title")
        else f"{path}_type_{raw.index(m)}"
        for m in members
    ]
    if len(members) > 1:
        types = [_member_type(doc, m, holder, p) for m, p in zip(members, paths)]
        if all(types) and len(set(types)) == len(types):
            yield fern, Named(rule, members=tuple(str(t) for t in types))
        for value, target in _tags(doc, node, members).items():
            if fern_pascal(value):
                yield f"{fern}_{fern_pascal(value)}", Named("union_member", target=target)
    # `[<enum>, {type: string}]` is an enum open to new values (`open_response_enums`): one type to Fern.
    opened = len(members) == 2 and members[1] in ({"type": "string"}, {"type": "integer"})
    for index, (member, member_path) in enumerate(zip(members, paths)):
        if opened and index == 1:
            continue
        member_fern = fern if len(members) == 1 or opened else fern + _NUMBERS[min(index, len(_NUMBERS) - 1)]
        if isinstance(member, dict) and member.get("title") == node.get("title"):
            member = {key: value for key, value in member.items() if key != "title"}
        yield from _visit(doc, member, member_fern, holder, member_path, rule)
    for member in node.get("allOf") or []:
        yield from _visit(doc, member, fern, holder, path, rule)
    for prop, child in (node.get("properties") or {}).items():
        yield from _visit(doc, child, fern + fern_pascal(str(prop)), own or holder, str(prop), rule)
    if isinstance(node.get("items"), dict):
        yield from _visit(doc, node["items"], fern + "Item", holder, f"{path}_item", rule)
    if isinstance(node.get("additionalProperties"), dict):
        yield from _visit(doc, node["additionalProperties"], fern + "Value", own or holder, "AdditionalProperty", rule)


def _walk_components(doc: Document) -> Iterator[tuple[str, Named]]:
    for key, schema in sorted(schemas_of(doc).items()):
        if not isinstance(schema, dict):
            continue
        name = generator_class_name(str(schema.get("title") or key))
        # The schema itself is a class already; only what is inside it is named here.
        for prop, child in (schema.get("properties") or {}).items():
            yield from _visit(doc, child, name + fern_pascal(str(prop)), name, str(prop), "inline_schema")
        if isinstance(schema.get("items"), dict):
            yield from _visit(doc, schema["items"], name + "Item", name, f"{name}_item", "inline_schema")
        if isinstance(schema.get("additionalProperties"), dict):
            yield from _visit(
                doc, schema["additionalProperties"], name + "Value", name, "AdditionalProperty", "inline_schema"
            )
        if _members(schema):
            yield from _visit(
                doc,
                {k: v for k, v in schema.items() if k not in ("properties", "title")},
                name,
                "",
                name,
                "inline_schema",
            )


def _hoisted(doc: Document, schema: Json) -> str | None:
    """The class of a parameter's schema that a docs page moved out to a component of its own
    (`V1HistoryGetParametersSourceSchema`), which Fern still names after the request."""
    members = _members(schema) if isinstance(schema, dict) else []
    node = members[0] if len(members) == 1 else schema
    ref = node.get("$ref") if isinstance(node, dict) else None
    found = _component(doc, node)
    key = str(ref).removeprefix(_REF)
    if found and "Parameters" in key and key.endswith("Schema") and is_class(found[1]):
        return found[0]
    return None


def _walk_operations(doc: Document) -> Iterator[tuple[str, Named]]:
    for _, operation in operations(doc):
        group, method, operation_id = operation.get(GROUP), operation.get(METHOD), operation.get("operationId")
        if not isinstance(group, list) or not group or not isinstance(method, str) or not isinstance(operation_id, str):
            continue
        prefix = fern_pascal(str(group[-1])) + fern_pascal(method)
        for parameter in operation.get("parameters") or []:
            if isinstance(parameter, dict) and isinstance(parameter.get("name"), str):
                fern = f"{prefix}Request{fern_pascal(parameter['name'])}"
                if hoisted := _hoisted(doc, parameter.get("schema")):
                    yield fern, Named("request_parameter", target=hoisted)
                yield from _visit(
                    doc, parameter.get("schema"), fern, operation_id, parameter["name"], "request_parameter"
                )
        content = (operation.get("requestBody") or {}).get("content") or {}
        for media_type, body in content.items() if isinstance(content, dict) else ():
            schema = (body or {}).get("schema") if isinstance(body, dict) else None
            if not isinstance(schema, dict):
                continue
            if "$ref" not in schema:
                yield from _visit(doc, schema, f"{prefix}RequestBody", operation_id, "body", "request_body")
            elif media_type == "multipart/form-data":
                # Fern takes a form body's fields as the request's own, like parameters.
                holder, target = _component(doc, schema) or ("", {})
                for prop, child in (target.get("properties") or {}).items():
                    fern = f"{prefix}Request{fern_pascal(str(prop))}"
                    yield from _visit(doc, child, fern, holder, str(prop), "request_body")
        for status, response in (operation.get("responses") or {}).items():
            if not str(status).startswith("2") or not isinstance(response, dict):
                continue
            for body in (response.get("content") or {}).values():
                schema = body.get("schema") if isinstance(body, dict) else None
                if isinstance(schema, dict) and "$ref" not in schema:
                    yield from _visit(doc, schema, f"{prefix}Response", operation_id, f"response_{status}", "response")


def inline_names_win(doc: Document, file: str) -> Document:
    """A component schema whose official name is Fern's name for an inline enum or object elsewhere yields it.

    Fern names the voice's inline `category` enum `VoiceCategory`, and the official SDK has it so; the
    spec's component `VOICE_CATEGORY` (another enum, whose name in Fern's casing is also `VoiceCategory`)
    takes `VoiceCategoryModel`, and keeps `VoiceCategory` out of its earlier names: the official meaning
    wins. Runs right after `official_titles`.
    """
    schemas = schemas_of(doc)
    by_class = {
        generator_class_name(str(schema.get("title") or key)): key
        for key, schema in schemas.items()
        if isinstance(schema, dict)
    }
    taken = set(by_class)
    rewritten = dict(schemas)
    for name, found in sorted(inline_names(doc).items()):
        key = by_class.get(name)
        # An enum already opened to new values (a second run) is still the inline enum.
        opened = len(found.members) == 2 and found.members[1] in ("str", "int") and found.members[0] not in by_class
        if key is None or found.rule == "union_member" or not (found.target or opened):
            continue
        if not isinstance(schemas[key], dict) or not is_class(schemas[key]):
            continue
        new = next(c for c in (f"{name}Model", *(f"{name}Model{i}" for i in range(2, 99))) if c not in taken)
        taken.add(new)
        schema = dict(rewritten[key])
        schema["title"] = new
        earlier = [e for e in schema.get(EARLIER_NAMES) or [] if e not in (name, new)]
        schema.pop(EARLIER_NAMES, None)
        if earlier:
            schema[EARLIER_NAMES] = earlier
        rewritten[key] = schema
    return with_schemas(doc, rewritten) if rewritten != schemas else doc


def fern_names(doc: Document) -> dict[str, Json]:
    """What the models package needs to hand out Fern's names (templates/models_init.py.jinja).

    `fern_aliases`: Fern's name -> the class it stands for (tagged union members, inline schemas,
    one-shape twins); `unions`: Fern's name for a union -> its members (classes, builtins by name, or string
    constants as their JSON, `'"auto"'`);
    `plain_types`: Fern's name for a plain schema -> `[builtin]` or `["list", class]`.
    """
    inline = inline_names(doc)
    models_by_ref = {
        f"#/components/schemas/{key}": generator_class_name(str(schema.get("title") or key))
        for key, schema in ((doc.get("components") or {}).get("schemas") or {}).items()
        if isinstance(schema, dict)
    }
    classes = {
        generator_class_name(str(schema.get("title") or key))
        for key, schema in ((doc.get("components") or {}).get("schemas") or {}).items()
        if isinstance(schema, dict) and is_class(schema)
    }
    fern_aliases: dict[str, str] = union_member_names(doc)
    unions: dict[str, list[str]] = union_names(doc)
    for key, schema in ((doc.get("components") or {}).get("schemas") or {}).items():
        for name in schema.get(FERN_NAMES) or [] if isinstance(schema, dict) else []:
            fern_aliases.setdefault(name, generator_class_name(str(schema.get("title") or key)))
    for name, named in inline.items():
        if named.target:
            fern_aliases.setdefault(name, named.target)
        elif name not in fern_aliases:
            unions.setdefault(name, list(named.members))
    # A union (or alias) of which a member is a component schema that is itself a union (`ASTLLMNode-Input`)
    # takes that union's members.
    for name, target in list(fern_aliases.items()):
        if target in unions and target not in classes and name not in unions:
            unions[name] = unions[target]
            del fern_aliases[name]
    for name, members in unions.items():
        flat = [
            m
            for member in members
            for m in (unions[member] if member in unions and member not in classes and member != name else [member])
        ]
        unions[name] = list(dict.fromkeys(flat))
    # A component schema the generator makes no class of, a plain string or number or a list of models, is a
    # Python type under its name to Fern (`ItemId` is `str`, `AdditionalFormats` `list[ExportOptions]`).
    plain: dict[str, list[str]] = {}
    builtins = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
    for key, schema in ((doc.get("components") or {}).get("schemas") or {}).items():
        if not isinstance(schema, dict) or is_class(schema) or {"anyOf", "oneOf", "allOf", "const"} & set(schema):
            continue
        name = generator_class_name(str(schema.get("title") or key))
        items = schema.get("items")
        ref = items.get("$ref") if isinstance(items, dict) else None
        if schema.get("type") in builtins:
            plain[name] = [builtins[str(schema["type"])]]
        elif schema.get("type") == "array" and isinstance(ref, str):
            target = models_by_ref.get(ref, "")
            if target in classes or target in unions:
                plain[name] = ["list", target]
    return {"fern_aliases": fern_aliases, "unions": unions, "plain_types": plain}
