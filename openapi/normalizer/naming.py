"""Every operation's client name: `client.<group>.<...>.<method>`, the official SDK's names where the source has them.

The whole spec names operations with `x-fern-sdk-group-name` (a string, or a list for nested
groups) and `x-fern-sdk-method-name`; the docs pages say the same with nested tags
(`[[subpackage_conversationalAi, subpackage_conversationalAi/conversations]]`) and a bare
operationId (`get`). A few operations have neither: they take the group their first tag names
when the spec has that group (as Fern names them), else the group their path neighbours share, and a
method from their operationId.
"""

from __future__ import annotations

import keyword
from collections import Counter
from collections.abc import Sequence

from .tree import Document, Json, Pointer, SpecError, map_operations, operations, snake_case, to_json_pointer

GROUP = "x-fern-sdk-group-name"
METHOD = "x-fern-sdk-method-name"
# FastAPI names an operation after its handler; the suffix says nothing to a caller.
HANDLER_SUFFIXES = ("_route", "_endpoint", "_handler")


def name_operations(doc: Document, file: str) -> Document:
    """Each operation gets its group (a list) and method, its tag (the group joined) and operationId (all joined).

    The tag decides the generated module (`api/conversational_ai_conversations/`), the operationId
    the function in it; both are unique. Two operations with one name are refused, naming both.
    """
    named = {
        path: group
        for path, operation in operations(doc)
        if (group := _declared_group(operation, file, path)) is not None
    }
    owner: dict[tuple[str, ...], Pointer] = {}

    def rewrite(operation: dict[str, Json], path: Pointer) -> dict[str, Json]:
        group = (
            named.get(path)
            or _group_of_first_tag(operation, named)
            or _neighbours_group(path, named)
            or _group_from_tags_or_path(operation, path)
        )
        method = _method(operation, file, path)
        full = (*group, method)
        if full in owner:
            raise SpecError(file, path, f"the name {'.'.join(full)} is also at {file}#{to_json_pointer(owner[full])}")
        owner[full] = path
        joined = "_".join(group)
        renamed = {key: value for key, value in operation.items() if key not in ("tags", "operationId", GROUP, METHOD)}
        return {"tags": [joined], "operationId": f"{joined}_{method}", GROUP: list(group), METHOD: method, **renamed}

    result = map_operations(doc, rewrite)
    _refuse_method_named_like_a_group(owner, file)
    return result


def fold_groups_named_like_methods(doc: Document, file: str) -> Document:
    """An operation in group `a.b.merge` becomes `a.b.preview_merge` when `a.b.merge` is also a method.

    A client attribute cannot be both a method and a group. Some revisions of the whole spec had
    `branches.merge` (a method) beside `branches.merge.preview`; the vendor later renamed the
    latter `branches.preview_merge`, which is what this pass gives (method, then the group's last
    name), so the client names stay the same across revisions. Other clashes are still refused
    by `name_operations`.
    """
    declared = {
        path: (_declared_group(operation, file, path), operation.get(METHOD)) for path, operation in operations(doc)
    }
    methods = {
        (*group, _identifier(method)) for group, method in declared.values() if group and isinstance(method, str)
    }
    groups_below = {group[:depth] for group, _ in declared.values() if group for depth in range(1, len(group))}

    def rewrite(operation: dict[str, Json], path: Pointer) -> dict[str, Json]:
        group, method = declared[path]
        if not group or not isinstance(method, str) or group not in methods or group in groups_below:
            return operation
        return {**operation, GROUP: list(group[:-1]), METHOD: f"{_identifier(method)}_{group[-1]}"}

    return map_operations(doc, rewrite)


def _identifier(name: str) -> str:
    name = snake_case(name)
    if not name:
        return name
    if name[0].isdigit() or keyword.iskeyword(name):
        return name + "_"
    return name


def _declared_group(operation: dict[str, Json], file: str, path: Pointer) -> tuple[str, ...] | None:
    group, tags = operation.get(GROUP), operation.get("tags")
    if isinstance(group, str):
        group = [group]
    if isinstance(group, list) and group and all(isinstance(part, str) for part in group):
        return tuple(_identifier(part) for part in group)
    if group is not None:
        raise SpecError(file, (*path, GROUP), f"a group name is a string or a list of strings, not {group!r}")
    if isinstance(tags, list) and tags and all(isinstance(tag, list) for tag in tags):
        # Docs pages: [[subpackage_a, subpackage_a/b]], the last entry being the whole nesting.
        last = tags[-1][-1] if tags[-1] else None
        if not isinstance(last, str):
            raise SpecError(file, (*path, "tags"), f"tags {tags!r} are not lists of names")
        return tuple(_identifier(part.removeprefix("subpackage_")) for part in last.split("/"))
    if isinstance(tags, list) and any(isinstance(tag, (list, dict)) for tag in tags):
        raise SpecError(file, (*path, "tags"), f"tags {tags!r} are not lists of names")
    return None


def _group_of_first_tag(operation: dict[str, Json], named: dict[Pointer, tuple[str, ...]]) -> tuple[str, ...] | None:
    """The first tag, when the named operations have a group by that name: what Fern, and so the official SDK,
    calls an operation it has no names for (`workspace.set_third_party_disabling_policy`, not its neighbours')."""
    tags = operation.get("tags") or []
    first = _identifier(tags[0]) if tags and isinstance(tags[0], str) else ""
    return (first,) if first and any(group[0] == first for group in named.values()) else None


def _segments(path: Pointer) -> list[str]:
    """A path's segments with every parameter the same (`/v1/a/{id}` and `/v1/a/{other}` share three)."""
    return ["{}" if part.startswith("{") else part for part in str(path[1]).strip("/").split("/")]


def _neighbours_group(path: Pointer, named: dict[Pointer, tuple[str, ...]]) -> tuple[str, ...] | None:
    """The group most of the named operations share whose paths have the longest common start with this one's."""
    mine = _segments(path)
    best, groups = 0, []
    for other, group in named.items():
        theirs = _segments(other)
        common = 0
        while common < min(len(mine), len(theirs)) and mine[common] == theirs[common]:
            common += 1
        if common > best:
            best, groups = common, [group]
        elif common == best and common:
            groups.append(group)
    # Sharing only the version (`/v1`) says nothing about the group.
    if best - (1 if _is_version(mine[0]) else 0) < 1:
        return None
    return _majority_prefix(groups) or None


def _is_version(segment: str) -> bool:
    return segment[:1] == "v" and segment[1:].isdigit()


def _majority_prefix(groups: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    """The longest group start that more than half of `groups` share (ties go to the first in name order)."""
    prefix: tuple[str, ...] = ()
    for depth in range(1, max(map(len, groups), default=0) + 1):
        counts = Counter(group[:depth] for group in groups if len(group) >= depth and group[: depth - 1] == prefix)
        if not counts:
            break
        best, count = min(counts.items(), key=lambda item: (-item[1], item[0]))
        if count * 2 <= len(groups):
            break
        prefix = best
    return prefix


def _group_from_tags_or_path(operation: dict[str, Json], path: Pointer) -> tuple[str, ...]:
    tags = [_identifier(tag) for tag in operation.get("tags") or [] if isinstance(tag, str)]
    if tags:
        return (tags[0],)
    literal = [part for part in _segments(path) if part != "{}" and not _is_version(part)]
    return (_identifier(literal[0]) if literal else "default",)


def _method(operation: dict[str, Json], file: str, path: Pointer) -> str:
    method = operation.get(METHOD)
    if isinstance(method, str) and method:
        return _identifier(method)
    if method is not None:
        raise SpecError(file, (*path, METHOD), f"a method name is a string, not {method!r}")
    operation_id = operation.get("operationId")
    if not isinstance(operation_id, str) or not _identifier(operation_id):
        raise SpecError(file, (*path, "operationId"), "an operation without a method name needs an operationId")
    name = _identifier(operation_id)
    for suffix in HANDLER_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name.removesuffix(suffix)
    return name


def _refuse_method_named_like_a_group(owner: dict[tuple[str, ...], Pointer], file: str) -> None:
    groups = {full[:i]: pointer for full, pointer in owner.items() for i in range(1, len(full))}
    for full, pointer in owner.items():
        if full in groups:
            raise SpecError(
                file,
                pointer,
                f"method {'.'.join(full)} has the name of a group, used at {file}#{to_json_pointer(groups[full])}",
            )
