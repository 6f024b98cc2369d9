"""The whole spec and the docs pages as one document: a page pins the operations and schemas it defines."""

from __future__ import annotations

from collections.abc import Mapping

from .tree import HTTP_METHODS, Document, Json, Pointer, SpecError, operations, to_json_pointer


def merge_pages(pages: Mapping[str, Document]) -> tuple[Document, dict[Pointer, str]]:
    """One document from the pages, and which file each operation came from.

    An operation may be defined by one page only; a component two pages share must be identical.
    """
    paths: dict[str, dict[str, Json]] = {}
    owners: dict[Pointer, str] = {}
    components: dict[str, dict[str, Json]] = {}
    component_owner: dict[tuple[str, str], str] = {}
    for file, doc in pages.items():
        for pointer, _ in operations(doc):
            if pointer in owners:
                raise SpecError(file, pointer, f"operation already defined in {owners[pointer]}")
            owners[pointer] = file
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
    return {"paths": paths, "components": components}, owners


def pin_pages(whole: Document, whole_file: str, pages: Mapping[str, Document]) -> Document:
    """The whole spec with the pages' operations and component schemas in place of its own.

    A pinned operation keeps the parameters the whole spec adds to its page (`pinned_operation`).

    Each page has been named on its own (`name_operations`); a page's operation that takes the name
    of another operation of the whole spec is refused, naming both places.
    """
    pinned, owners = merge_pages(pages)
    paths = {path: dict(item) for path, item in (whole.get("paths") or {}).items()}
    for path, item in pinned["paths"].items():
        theirs = paths.get(path, {})
        ours = {
            key: pinned_operation(value, theirs.get(key)) if key in HTTP_METHODS else value
            for key, value in item.items()
        }
        paths[path] = {**theirs, **ours}
    _refuse_shared_names(whole, whole_file, pinned, owners)
    components = {section: dict(entries) for section, entries in (whole.get("components") or {}).items()}
    for section, entries in pinned["components"].items():
        components.setdefault(section, {}).update(entries)
    return {
        "openapi": "3.1.0",
        "paths": {path: paths[path] for path in sorted(paths)},
        "components": {section: dict(sorted(components[section].items())) for section in sorted(components)},
    }


def pinned_operation(page: Json, whole: Json) -> Json:
    """A page's operation as the client gets it: the page's shapes, plus each parameter the whole spec declares
    and the page does not (`conversations.get(format=...)`, newer than the page). A parameter both declare
    keeps the page's version: the page pins it."""
    if not isinstance(page, dict) or not isinstance(whole, dict):
        return page
    declared = {_parameter_key(parameter) for parameter in page.get("parameters") or []}
    added = [p for p in whole.get("parameters") or [] if _parameter_key(p) not in declared]
    return {**page, "parameters": [*(page.get("parameters") or []), *added]} if added else page


def _parameter_key(parameter: Json) -> tuple[str, str]:
    """Where a parameter goes and its name; header names are the same in any case (RFC 9110)."""
    if not isinstance(parameter, dict):
        return ("", repr(parameter))
    place, name = str(parameter.get("in")), str(parameter.get("name"))
    return (place, name.lower() if place == "header" else name)


def _refuse_shared_names(whole: Document, whole_file: str, pinned: Document, owners: dict[Pointer, str]) -> None:
    whole_names = {operation["operationId"]: pointer for pointer, operation in operations(whole)}
    page_names: dict[str, Pointer] = {}
    for pointer, operation in operations(pinned):
        name = operation["operationId"]
        other = page_names.get(name) or (whole_names.get(name) if whole_names.get(name) != pointer else None)
        if other is not None:
            where = owners.get(other, whole_file)
            raise SpecError(
                owners[pointer], pointer, f"duplicate operation name {name!r}, also at {where}#{to_json_pointer(other)}"
            )
        page_names[name] = pointer


def stale_pins(whole: Document, whole_file: str, pages: Mapping[str, Document]) -> list[str]:
    """One line per operation or component schema a page pins where the whole spec says something else.

    The line says what the pin hides: fields (or parameters and responses) only in the page, only
    in the whole spec, or in both but different. Both sides are compared after the quirk passes.
    """
    return [
        f"{file}#{pointer} pins {difference} ({whole_file} differs)"
        for file, pointer, difference in hidden_by_pins(whole, pages)
    ]


def hidden_by_pins(whole: Document, pages: Mapping[str, Document]) -> list[tuple[str, str, str]]:
    """(page, JSON pointer, what the pin hides) for each operation or schema a page pins that the whole spec differs on."""
    whole_schemas = (whole.get("components") or {}).get("schemas") or {}
    whole_operations = dict(operations(whole))
    found = []
    for file, page in sorted(pages.items()):
        for pointer, operation in operations(page):
            theirs = whole_operations.get(pointer)
            pinned = pinned_operation(operation, theirs)
            if theirs is not None and (difference := _operation_difference(pinned, theirs)):
                found.append((file, to_json_pointer(pointer), difference))
        for name, schema in sorted(((page.get("components") or {}).get("schemas") or {}).items()):
            theirs = whole_schemas.get(name)
            if theirs is not None and (difference := _fields_difference(_fields(schema), _fields(theirs))):
                found.append((file, f"/components/schemas/{name}", difference))
    return found


def pin_summaries(whole: Document, whole_file: str, pages: Mapping[str, Document]) -> list[str]:
    """`stale_pins` as one line per page: how many operations and schemas it hides the whole spec's version of.

    A page repeats every schema it refers to, so one page hides dozens of schemas at once; the
    details (`stale_pins`) are for when the maintainer decides whether to refresh or drop the page.
    """
    hidden: dict[str, list[str]] = {}
    for file, pointer, _ in hidden_by_pins(whole, pages):
        hidden.setdefault(file, []).append(pointer)
    lines = []
    for file, pointers in hidden.items():
        paths = [pointer for pointer in pointers if pointer.startswith("/paths/")]
        schemas = [pointer.removeprefix("/components/schemas/") for pointer in pointers if pointer not in paths]
        keys = [_operation_key(pointer) for pointer in paths]
        said = [_counted(len(keys), "operation", keys), _counted(len(schemas), "schema", schemas)]
        hides = " and ".join(s for s in said if s)
        lines.append(f"{file} hides what {whole_file} says of {hides} (normalize.py --verbose says what)")
    return lines


def _operation_key(pointer: str) -> str:
    _, _, path, method = pointer.split("/", 3)
    return f"{method.upper()} {path.replace('~1', '/').replace('~0', '~')}"


def _counted(count: int, noun: str, names: list[str], shown: int = 3) -> str:
    if not count:
        return ""
    listed = ", ".join(names[:shown]) + (f" and {count - shown} more" if count > shown else "")
    return f"{count} {noun}{'s' if count != 1 else ''} ({listed})"


def _fields(schema: Json) -> dict[str, Json]:
    fields: dict[str, Json] = schema.get("properties") or {} if isinstance(schema, dict) else {}
    return fields if fields or not isinstance(schema, dict) else {"(schema)": schema}


def _operation_difference(page: dict[str, Json], whole: dict[str, Json]) -> str:
    def parts(operation: dict[str, Json]) -> dict[str, Json]:
        found = {f"{p.get('in')} {p.get('name')}": p for p in operation.get("parameters") or [] if isinstance(p, dict)}
        found |= {f"response {status}": r for status, r in (operation.get("responses") or {}).items()}
        if "requestBody" in operation:
            found["request body"] = operation["requestBody"]
        return found

    return _fields_difference(parts(page), parts(whole))


def _fields_difference(page: dict[str, Json], whole: dict[str, Json]) -> str:
    said = []
    if only_page := sorted(page.keys() - whole.keys()):
        said.append("only in the page: " + ", ".join(only_page))
    if only_whole := sorted(whole.keys() - page.keys()):
        said.append("only in the whole spec: " + ", ".join(only_whole))
    if changed := sorted(
        key for key in page.keys() & whole.keys() if _comparable(page[key]) != _comparable(whole[key])
    ):
        said.append("different: " + ", ".join(changed))
    return "; ".join(said)


WORDS = ("description", "title", "example", "examples")


def _comparable(node: Json) -> Json:
    """What a field means, without the words around it (descriptions, titles and examples differ all the time)
    and with `anyOf: [{type: T}, {type: null}]` written as the docs pages write it, `type: [T, null]`."""
    if isinstance(node, dict):
        members = node.get("anyOf")
        if isinstance(members, list) and len(members) == 2 and {"type": "null"} in members:
            other = members[0] if members[1] == {"type": "null"} else members[1]
            if isinstance(other, dict) and set(other) == {"type"} and isinstance(other["type"], str):
                node = {**{k: v for k, v in node.items() if k != "anyOf"}, "type": [other["type"], "null"]}
        return {k: _comparable(v) for k, v in node.items() if k not in WORDS}
    if isinstance(node, list):
        return [_comparable(item) for item in node]
    return node
