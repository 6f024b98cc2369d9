"""Forward compatibility: what the vendor adds to a response tomorrow (an enum value, a kind of object) parses."""

from __future__ import annotations

from .tree import SCHEMA_REF_PREFIX, Document, Json, Pointer, map_dicts, map_document_dicts, operations, walk


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
