"""Turn the vendor's sources into one standard OpenAPI 3.1 document the generator reads without a warning.

    python openapi/normalize.py            # openapi/openapi.json + openapi/pages + openapi/servers.yaml
                                           #   -> openapi/elevenlabs.yaml
    python openapi/normalize.py --whole W --pages DIR --servers S --output OUT [--template-data FILE]

The sources: the vendor's whole spec (`openapi/openapi.json`, byte for byte as published), the docs
pages in `openapi/pages/` (one operation each, Fern-flavoured; a page pins the operations and
component schemas it defines), and `openapi/servers.yaml` (the environments, which the published
spec leaves out). `normalize` is a pure function: it never changes its input, and the same sources
give a byte-identical document. Each quirk has one named pass; `SOURCE_PASSES` and
`MERGED_PASSES` list them in order. Bad input raises `SpecError`, whose message names the file
and the JSON pointer; the command line prints it in one line and leaves the previous output as it was.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml
from normalizer.forward import open_response_enums, open_response_unions, order_union_members, response_schemas
from normalizer.inline_names import fern_names, inline_names_win
from normalizer.naming import GROUP, METHOD, fold_groups_named_like_methods, name_operations
from normalizer.official_names import (
    EARLIER_NAMES,
    generator_class_name,
    name_one_shape_twins,
    official_titles,
    type_name_overrides,
)
from normalizer.paging import PAGING, mark_pagination
from normalizer.pinning import (
    hidden_by_pins,
    merge_pages,
    pin_pages,
    pin_summaries,
    pinned_operation,
    stale_pins,
)
from normalizer.quirks import (
    API_KEY_HEADER,
    API_KEY_SCHEME,
    api_key_header_to_security,
    check_refs,
    declare_path_parameters,
    drop_examples_with_refs,
    loosen_recursive_unions,
    split_mixed_enums,
    string_literals_to_const,
    unwrap_enum_values,
)
from normalizer.realtime import ASYNCAPI_PASSES, REALTIME, merge_realtime, realtime_template_data
from normalizer.shapes import (
    STREAM,
    WHOLE_REQUEST,
    binary_responses,
    describe_deprecation,
    distinct_member_titles,
    distinct_twin_titles,
    drop_unusable_defaults,
    field_defaults_to_the_server,
    merge_array_unions,
    parameter_defaults_to_the_server,
    streamed_responses,
    success_response,
    whole_request_bodies,
)
from normalizer.tree import (
    Document,
    Json,
    SpecError,
    operations,
    resolve,
    snake_case,
    to_json_pointer,
    walk,
)

__all__ = [
    "API_KEY_HEADER",
    "API_KEY_SCHEME",
    "ASYNCAPI_PASSES",
    "GROUP",
    "MERGED_PASSES",
    "METHOD",
    "SOURCE_PASSES",
    "WHOLE_REQUEST",
    "SpecError",
    "api_key_header_to_security",
    "as_jinja",
    "binary_responses",
    "check_refs",
    "declare_path_parameters",
    "describe_deprecation",
    "distinct_member_titles",
    "distinct_twin_titles",
    "drop_examples_with_refs",
    "drop_unusable_defaults",
    "dump",
    "dump_json",
    "field_defaults_to_the_server",
    "fold_groups_named_like_methods",
    "hidden_by_pins",
    "inline_names_win",
    "load_asyncapi",
    "load_json",
    "load_overrides",
    "load_pages",
    "load_servers",
    "loosen_recursive_unions",
    "mark_pagination",
    "merge_array_unions",
    "merge_pages",
    "merge_realtime",
    "name_one_shape_twins",
    "name_operations",
    "normalize",
    "official_titles",
    "open_response_enums",
    "open_response_unions",
    "operations",
    "order_union_members",
    "parameter_defaults_to_the_server",
    "pin_pages",
    "pin_summaries",
    "pinned_operation",
    "resolve",
    "response_schemas",
    "snake_case",
    "split_mixed_enums",
    "stale_pins",
    "streamed_responses",
    "string_literals_to_const",
    "template_data",
    "to_json_pointer",
    "unwrap_enum_values",
    "walk",
    "whole_request_bodies",
]

ROOT = Path(__file__).resolve().parent.parent
WHOLE_SPEC = Path("openapi/openapi.json")
PAGES = Path("openapi/pages")
SERVERS = Path("openapi/servers.yaml")
OVERRIDES = Path("openapi/openapi-overrides.yml")
ASYNCAPI = Path("openapi/asyncapi")
OUTPUT = Path("openapi/elevenlabs.yaml")
INFO = {"title": "ElevenLabs API", "version": "1.0"}

Pass = Callable[[Document, str], Document]

# Over each source on its own (the whole spec and every page), before they are combined.
SOURCE_PASSES: tuple[Pass, ...] = (
    string_literals_to_const,
    unwrap_enum_values,
    split_mixed_enums,
    loosen_recursive_unions,
    api_key_header_to_security,
    declare_path_parameters,
    fold_groups_named_like_methods,
    name_operations,
    drop_examples_with_refs,
    check_refs,
)

# Over the combined document, after the pages were pinned over the whole spec.
MERGED_PASSES: tuple[Pass, ...] = (
    name_one_shape_twins,
    distinct_twin_titles,
    distinct_member_titles,
    drop_unusable_defaults,
    merge_array_unions,
    binary_responses,
    streamed_responses,
    describe_deprecation,
    mark_pagination,
    parameter_defaults_to_the_server,
    field_defaults_to_the_server,
    order_union_members,
    open_response_enums,
    open_response_unions,
    whole_request_bodies,
)


def normalize(
    whole: Document,
    pages: Mapping[str, Document] | None = None,
    *,
    whole_file: str = str(WHOLE_SPEC),
    servers: Iterable[Json] = (),
    overrides: Json = None,
    overrides_file: str = str(OVERRIDES),
    asyncapi: Mapping[str, Json] | None = None,
) -> Document:
    """The whole spec with the pages (file name -> parsed YAML) pinned over it, as one standard document.

    `servers` are used when the whole spec has none (the published one has none). `overrides` is the
    vendor's Fern overrides file, parsed: its `x-fern-type-name`s give the official class names
    (`official_titles`); without it every schema takes its own name in Fern's casing. `asyncapi` are
    the vendor's AsyncAPI documents (file name -> parsed YAML): their schemas join the components and
    their channels go into `x-realtime` (`normalizer/realtime/`).
    """
    pages = pages or {}
    renames = type_name_overrides(overrides, overrides_file)
    whole = run_source_passes(whole, whole_file)
    rewritten = {file: run_source_passes(pages[file], file) for file in sorted(pages)}
    merged = pin_pages(whole, whole_file, rewritten)
    merged = merge_realtime(merged, asyncapi or {}, whole_file)
    merged = official_titles(merged, whole_file, renames)
    merged = inline_names_win(merged, whole_file)
    for merged_pass in MERGED_PASSES:
        merged = merged_pass(merged, whole_file)
    return {
        "openapi": "3.1.0",
        "info": dict(INFO),
        "servers": list(whole.get("servers") or servers),
        **{key: merged[key] for key in ("paths", "components", REALTIME) if key in merged},
    }


def run_source_passes(doc: Json, file: str) -> Document:
    if not isinstance(doc, dict) or not isinstance(doc.get("paths"), dict):
        raise SpecError(file, (), "not an OpenAPI document with paths")
    for source_pass in SOURCE_PASSES:
        doc = source_pass(doc, file)
    result: Document = doc
    return result


def pins_report(
    whole: Document, pages: Mapping[str, Document], whole_file: str = str(WHOLE_SPEC), *, verbose: bool = True
) -> list[str]:
    """What each page's pin hides of the whole spec: one line per schema and operation (`stale_pins`), or
    with `verbose=False` one line per page (`pin_summaries`)."""
    rewritten = {file: run_source_passes(doc, file) for file, doc in pages.items()}
    report = stale_pins if verbose else pin_summaries
    return report(run_source_passes(whole, whole_file), whole_file, rewritten)


def template_data(doc: Document) -> dict[str, Json]:
    """What the templates need that the generator does not hand them: names, streams, media types, servers.

    `groups` has every group of the client tree by its tag (`conversational_ai_agents`): the
    attribute its parent reaches it by, its children's tags, and whether it has operations of its
    own (only those get a module from the generator); `roots` are the groups the client has.
    """
    by_operation: dict[str, Json] = {}
    groups: dict[str, dict[str, Json]] = {}
    for _, operation in operations(doc):
        success = success_response(operation)
        response = success[1] if success else {}
        facts = {"group": operation[GROUP], "method": operation[METHOD]}
        if STREAM in response:
            facts["stream"] = response[STREAM]
        if "x-media-types" in response:
            facts["media_types"] = response["x-media-types"]
        if PAGING in operation:
            facts["paging"] = operation[PAGING]
        if operation.get(WHOLE_REQUEST):
            facts["request_whole"] = True
        by_operation[operation["operationId"]] = facts
        path = operation[GROUP]
        for depth in range(1, len(path) + 1):
            tag = "_".join(path[:depth])
            group = groups.setdefault(
                tag,
                {"attribute": path[depth - 1], "path": ".".join(path[:depth]), "children": [], "has_operations": False},
            )
            if depth == len(path):
                group["has_operations"] = True
            else:
                child = "_".join(path[: depth + 1])
                if child not in group["children"]:
                    group["children"].append(child)
    for group in groups.values():
        group["children"].sort()
    roots = sorted({"_".join(op[GROUP][:1]) for _, op in operations(doc)})
    servers = [
        {
            "name": snake_case(server.get("x-fern-server-name") or server.get("description") or "").upper(),
            "url": server["url"],
        }
        for server in doc.get("servers") or []
    ]
    # Each model's class name (its title) -> the first class name it had before official names, or "";
    # the models package keeps earlier names importable (templates/models_init.py.jinja).
    models = {
        generator_class_name(str(schema.get("title") or name)): (schema.get(EARLIER_NAMES) or [""])[0]
        for name, schema in ((doc.get("components") or {}).get("schemas") or {}).items()
        if isinstance(schema, dict)
    }
    aliases = {
        earlier: str(schema["title"])
        for schema in ((doc.get("components") or {}).get("schemas") or {}).values()
        if isinstance(schema, dict)
        for earlier in schema.get(EARLIER_NAMES) or []
    }
    return {
        "operations": by_operation,
        "groups": groups,
        "roots": roots,
        "servers": servers,
        "models": models,
        "model_aliases": aliases,
        # Each group's WebSocket channels, as its generated methods take them (`normalizer/realtime/`).
        "realtime": realtime_template_data(doc, groups),
        # Fern's names for union members, inline schemas, unions and plain schemas (`normalizer/inline_names.py`).
        **fern_names(doc),
    }


def as_jinja(data: Json) -> str:
    """A Jinja template that only sets `spec` to `data` (`{% from "spec_data.jinja" import spec %}`)."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=True)
    if "null" in text.replace('"null"', ""):
        raise ValueError("template data holds a null, which Jinja cannot read")
    return "{% set spec = " + text + " %}\n"


# ---- reading and writing -------------------------------------------------------------------------


def shown(path: Path) -> str:
    """A source's name in messages: relative to the repository when it is inside it."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def load_json(path: Path) -> Json:
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError) as error:
        raise SpecError(shown(path), (), f"not readable as JSON: {error}".replace("\n", " ")) from None


def load_yaml(path: Path) -> Json:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, ValueError, yaml.YAMLError) as error:
        raise SpecError(shown(path), (), f"invalid YAML: {error}".replace("\n", " ")) from None


def load_pages(directory: Path) -> dict[str, Document]:
    pages = {shown(path): load_yaml(path) for path in sorted(directory.glob("*.yaml"))}
    if not pages:
        raise SpecError(shown(directory), (), "no *.yaml spec pages here")
    return pages


def load_asyncapi(directory: Path) -> dict[str, Json]:
    """The vendor's AsyncAPI documents (`*.yml`), by file name; none when there is no such folder."""
    return {shown(path): load_yaml(path) for path in sorted(directory.glob("*.yml"))} if directory.is_dir() else {}


def load_overrides(path: Path) -> Json:
    """The vendor's Fern overrides file, parsed (None when there is none)."""
    return load_yaml(path) if path.is_file() else None


def load_servers(path: Path) -> list[Json]:
    doc = load_yaml(path)
    servers = doc.get("servers") if isinstance(doc, dict) else None
    if not isinstance(servers, list) or not all(isinstance(s, dict) and isinstance(s.get("url"), str) for s in servers):
        raise SpecError(shown(path), ("servers",), "expected a list of {url, description}")
    return servers


_BaseDumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):  # type: ignore[misc]
    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(doc: Document) -> str:
    return yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def dump_json(doc: Document) -> str:
    """The document as JSON, one value a line (a change diffs as the lines it touched). The generator reads
    JSON several times faster than YAML (its loader is pure Python), and the package ships this text."""
    return json.dumps(doc, ensure_ascii=False, indent=0, separators=(",", ":")) + "\n"


def write_atomically(path: Path, text: str) -> None:
    """Replace `path` only once the whole text is written; on failure the old file stays."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="normalize.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--whole", type=Path, default=ROOT / WHOLE_SPEC, help="the vendor's whole spec (JSON)")
    parser.add_argument("--pages", type=Path, default=ROOT / PAGES, help="folder of docs pages that pin operations")
    parser.add_argument("--servers", type=Path, default=ROOT / SERVERS, help="environments, if the spec has none")
    parser.add_argument(
        "--overrides", type=Path, default=ROOT / OVERRIDES, help="the vendor's Fern overrides (official type names)"
    )
    parser.add_argument(
        "--asyncapi", type=Path, default=ROOT / ASYNCAPI, help="folder of the vendor's AsyncAPI documents (*.yml)"
    )
    parser.add_argument("--output", type=Path, default=ROOT / OUTPUT, help="the normalized document to write")
    parser.add_argument("--template-data", type=Path, help="also write the templates' data (a Jinja file) here")
    parser.add_argument("--json-output", type=Path, help="also write the normalized document here as JSON")
    parser.add_argument(
        "--verbose", action="store_true", help="say what each pin hides, schema by schema, not one line per page"
    )
    args = parser.parse_args(argv)
    try:
        whole, pages = load_json(args.whole), load_pages(args.pages) if args.pages.is_dir() else {}
        document = normalize(
            whole,
            pages,
            whole_file=shown(args.whole),
            servers=load_servers(args.servers),
            overrides=load_overrides(args.overrides),
            overrides_file=shown(args.overrides),
            asyncapi=load_asyncapi(args.asyncapi),
        )
        report = pins_report(whole, pages, shown(args.whole), verbose=args.verbose)
    except SpecError as error:
        print(f"normalize: {error}", file=sys.stderr)
        return 1
    for line in report:
        print(f"normalize: pin {line}", file=sys.stderr)
    if args.template_data:
        write_atomically(args.template_data, as_jinja(template_data(document)))
    if args.json_output:
        write_atomically(args.json_output, dump_json(document))
    write_atomically(args.output, dump(document))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
