"""Every AsyncAPI document into the whole OpenAPI document: our additions into the vendor's documents,
then each document's schemas among the components and its channels in `x-realtime`."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePosixPath

from ..tree import SCHEMA_REF_PREFIX, Document, Json, Pointer, SpecError, map_dicts, schemas_of
from .channels import METHOD_NAME, channel_name, direction_of, read_channel
from .passes import PROSE, normalize_asyncapi

REALTIME = "x-realtime"
# On each schema taken from an AsyncAPI document: which one.
SOURCE = "x-asyncapi-source"
# Prefixed to a message schema whose name an HTTP schema of another meaning already has.
COLLISION_PREFIX = "Realtime"
# A document of ours that only adds to another (openapi/asyncapi/convai-additions.yml) names it here.
ADDITIONS_TO = "x-additions-to"


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
            name = channel_name(path, direction_of(file, path, channel))
            if name in channels:
                raise SpecError(file, ("channels", path), f"a second channel named {name}")
            channels[name] = _renamed_refs(read_channel(doc, file, path, channel), renames)
            method = (channels[name]["group"], channels[name]["method"])
            # A channel the vendor opens (x-direction: server) has no method, so none to collide.
            if method[1] is not None and method in methods:
                raise SpecError(
                    file,
                    ("channels", path),
                    f"{method[0]}.{method[1]} is already the method of channel {methods[method]}: give this one "
                    f"another name with {METHOD_NAME}",
                )
            if method[1] is not None:
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
