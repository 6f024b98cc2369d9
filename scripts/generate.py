"""Regenerate the low-level package and its reference from the spec pages, or check that what is committed
is current.

    python scripts/generate.py           # openapi/openapi.json + pages -> openapi/elevenlabs.yaml -> generated/
                                         #   -> docs/reference/ (scripts/reference.py, from the client just made)
    python scripts/generate.py --check   # regenerate into a scratch folder; exit 1 with a diff on any difference

Both build everything in a scratch folder first, so a failed run leaves the committed files as
they were. The repository worked on is the one this script sits in, so a copy of the repository
checks itself.
"""

from __future__ import annotations

import difflib
import gzip
import json
import os
import shutil
import sys
import tempfile
import tomllib
import zlib
from fnmatch import fnmatch
from importlib.metadata import version
from pathlib import Path
from typing import Any

from fold import fold_models, refs, write_fold_data
from steps import GenerationError, format_python, run

ROOT = Path(__file__).resolve().parent.parent
SPEC = Path("openapi/elevenlabs.yaml")
# The generator owns all of generated/: the package elevenlabs_api, and its pyproject.toml and
# README (written with --meta=uv, the only way 0.29.1 also writes the py.typed marker).
GENERATED = Path("generated")
# The HTTP reference, rendered from the spec and the client just generated (scripts/reference.py).
REFERENCE = Path("docs/reference")
# Tools whose output is committed: a different version is drift even if today's output matches.
PINNED_TOOLS = ("openapi-python-client", "ruff")
# Made by running or installing the package, never by the generator (generated/.gitignore lists them too).
IGNORED = ("__pycache__", ".ruff_cache", "*.egg-info")


def regenerate(root: Path, scratch: Path, whole: Path | None = None) -> tuple[Path, Path, str]:
    """Write the normalized spec and the generated project under `scratch`; return their paths and the pins report.
    The reference pages go to `scratch / "reference"`.

    `whole` is the vendor's spec to use instead of the committed one (make update-spec tries a new one first)."""
    spec, generated, templates = scratch / SPEC.name, scratch / GENERATED.name, scratch / "templates"
    # The same document as JSON: what the generator reads (its YAML loader is pure Python: 7 s of YAML
    # against a fraction of a second of JSON) and what the package ships.
    document = scratch / "elevenlabs.json"
    # The templates also read what the generator does not hand them (group names, streams, servers):
    # the normalizer writes it beside a copy of templates/ as spec_data.jinja.
    shutil.copytree(root / "templates", templates)
    normalize = [sys.executable, str(root / "openapi/normalize.py"), f"--output={spec}", f"--json-output={document}"]
    normalize += [f"--whole={whole or root / 'openapi/openapi.json'}", f"--pages={root / 'openapi/pages'}"]
    normalize += [f"--overrides={root / 'openapi/openapi-overrides.yml'}", f"--asyncapi={root / 'openapi/asyncapi'}"]
    normalize += [f"--servers={root / 'openapi/servers.yaml'}", f"--template-data={templates / 'spec_data.jinja'}"]
    report = run("normalize", normalize)
    write_fold_data(document, templates / "fold_data.jinja")
    command = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        f"--path={document}",
        f"--config={root / 'generator-config.yaml'}",
        "--meta=uv",
        f"--output-path={generated}",
        "--fail-on-warning",
        f"--custom-template-path={templates}",
    ]
    run("openapi-python-client", command)
    render_tables(generated / "elevenlabs_api", root / "templates")
    homes = fold_models(generated / "elevenlabs_api" / "models", root / "templates")
    render_realtime(document, generated / "elevenlabs_api" / "realtime", root / "templates" / "realtime", homes)
    ship_spec(document, generated / "elevenlabs_api" / "openapi.json.gz")
    reference = [sys.executable, str(root / "scripts/reference.py"), f"--spec={document}", f"--generated={generated}"]
    run("reference", [*reference, f"--overlays={root / 'overlays'}", f"--output={scratch / 'reference'}"])
    return spec, generated, report


def render_tables(package: Path, templates: Path) -> None:
    """The models' table engine, `_tables.py`, from templates/tables.py.jinja: the generator writes only the
    modules its own templates name. Fixed and formatted, not checked, as the post-hooks treat the generator's
    own modules (types.py, where the engine was): its `deviating_field` re-raises the error being handled."""
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates), trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True
    )
    (package / "_tables.py").write_text(environment.get_template("tables.py.jinja").render(), encoding="utf-8")
    format_python(package / "_tables.py", fix_only=True)


def render_realtime(spec: Path, target: Path, templates: Path, homes: dict[str, str] | None = None) -> None:
    """The WebSocket channels of the spec's `x-realtime` (normalizer/realtime/), one module each, from
    templates/realtime; formatted and checked as the generator's post-hooks do its own output.
    `spec` is the normalized document as JSON (normalize.py --json-output); `homes`: the models' modules
    fold_models wrote into another (models._literals for the Literal enums)."""
    import jinja2
    from normalizer.official_names import generator_class_name
    from normalizer.realtime import plain_type
    from openapi_python_client.strings import PythonIdentifier, snake_case

    document = json.loads(spec.read_bytes())
    channels = (document.get("x-realtime") or {}).get("channels") or {}
    if not channels:
        return
    schemas = document["components"]["schemas"]

    def key(ref: str) -> str:
        return ref.removeprefix("#/components/schemas/")

    def class_name(ref: str) -> str:
        return generator_class_name(str(schemas[key(ref)].get("title") or key(ref)))

    def resolved(schema: dict[str, Any]) -> dict[str, Any]:
        if "$ref" not in schema:
            return schema
        return {**schemas[key(schema["$ref"])], **{k: v for k, v in schema.items() if k != "$ref"}}

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates), trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True
    )

    def module_name(ref: str) -> str:
        module = snake_case(class_name(ref))
        return (homes or {}).get(module, module)

    environment.filters.update(class_name=class_name, module_name=module_name)
    environment.filters["resolved"] = resolved
    # An argument's annotation, as the group methods' (normalizer/realtime/arguments.py) with models by name.
    environment.filters["py_type"] = lambda schema: plain_type(schemas, schema)
    # A field's name as an argument of its model's class, as the generator names it.
    environment.filters["python_name"] = lambda field: str(PythonIdentifier(field, prefix="field_"))
    target.mkdir(parents=True)
    (target / "__init__.py").write_text(environment.get_template("init.py.jinja").render(channels=channels))
    for name, channel in channels.items():
        opening = channel["first_message"]  # None when the channel has no opening message
        first = schemas[opening["schema"]] if opening else {"properties": {}}
        fields = [first["properties"][field] for field in (opening["fields"] if opening else [])]
        # The fields the send_<message> methods take (messages the methods build).
        fields += [
            schemas[message["schema"]]["properties"][field]
            for message in channel["sends"]
            for field in message.get("fields", [])
        ]
        parameters = [parameter["schema"] for parameter in channel["query_parameters"]]
        referenced = {message["schema"] for message in channel["sends"] + channel["receives"]}
        referenced |= {key(ref) for node in fields + parameters for ref in refs(node)}
        module = environment.get_template("channel.py.jinja").render(
            name=name, channel=channel, schemas=schemas, referenced=sorted(referenced)
        )
        (target / f"{name}.py").write_text(module, encoding="utf-8")
    format_python(target)


# What the test server reads of the spec beyond plain OpenAPI: the other `x-` keys are left out of the copy.
SERVED_EXTENSIONS = frozenset({"x-pagination", "x-stream", "x-media-types", "x-realtime"})
# Prose, for readers of openapi/elevenlabs.yaml and of the generated docstrings: the test server reads none.
PROSE = frozenset({"description", "title", "summary"})
# Keys whose value maps names (a property, a schema, a path, a status, ...) to nodes: a name is never prose.
NAMED = frozenset(
    {"properties", "patternProperties", "$defs", "dependentSchemas", "schemas", "paths", "responses", "content"}
    | {"headers", "encoding", "parameters", "requestBodies", "securitySchemes", "channels", "mapping"}
)
# Values that are data, kept whole: an example of an object may well have a "title" field.
DATA = frozenset({"example", "examples", "default", "const", "enum", "info"})


def served(node: Any) -> Any:
    """The document as the test server needs it: no prose keywords and no extension it does not read."""
    if isinstance(node, list):
        return [served(item) for item in node]
    if not isinstance(node, dict):
        return node
    kept: dict[str, Any] = {}
    for key, value in node.items():
        if key in PROSE or (key.startswith("x-") and key not in SERVED_EXTENSIONS):
            continue
        if key in DATA:
            kept[key] = value
        elif key in NAMED and isinstance(value, dict):
            kept[key] = {name: served(item) for name, item in value.items()}
        else:
            kept[key] = served(value)
    return kept


def ship_spec(spec: Path, target: Path) -> None:
    """The package carries the spec it was made from, as the test server reads it (`served`): it answers
    every operation from it. `spec` is the normalizer's JSON. JSON, one value a line, so that a change shows
    in the drift check's diff as the lines it touched; gzipped (a seventh of the size in the wheel and
    installed), with no time stamp, so the same spec gives the same bytes."""
    document = json.loads(spec.read_text(encoding="utf-8"))
    text = json.dumps(served(document), ensure_ascii=False, indent=0, separators=(",", ":")) + "\n"
    target.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))


def generate(root: Path) -> None:
    with tempfile.TemporaryDirectory(dir=root, prefix=".generate-") as scratch:
        spec, _, report = regenerate(root, Path(scratch))
        print(report, end="", file=sys.stderr)
        os.replace(spec, root / SPEC)
        put_in_place(root, Path(scratch))


def put_in_place(root: Path, scratch: Path) -> None:
    """Replace generated/ and docs/reference/ by what `regenerate` wrote in `scratch`, each whole (a group that
    went takes its module and its page with it); the previous ones are left in `scratch`."""
    for built, target in ((scratch / GENERATED.name, root / GENERATED), (scratch / "reference", root / REFERENCE)):
        if target.exists():
            target.rename(scratch / f"previous-{built.name}")
        built.rename(target)


def pinned_versions(root: Path) -> dict[str, str]:
    with open(root / "pyproject.toml", "rb") as file:
        requirements = tomllib.load(file)["project"]["optional-dependencies"]["dev"]
    pins = dict(requirement.split("==", 1) for requirement in requirements if "==" in requirement)
    return {tool: pins[tool] for tool in PINNED_TOOLS}


def files_under(folder: Path, label: Path) -> dict[str, Path]:
    """Files below `folder`, keyed by their path under `label`."""
    return {
        str(label / path.relative_to(folder)): path
        for path in sorted(folder.rglob("*"))
        if path.is_file()
        and not any(fnmatch(part, pattern) for part in path.relative_to(folder).parts for pattern in IGNORED)
    }


def diff_files(committed: dict[str, Path], fresh: dict[str, Path]) -> list[str]:
    lines: list[str] = []
    for name in sorted(committed.keys() | fresh.keys()):
        if name in committed and name in fresh and committed[name].read_bytes() == fresh[name].read_bytes():
            continue  # no diff to show; difflib would still take seconds over the 2,500 files
        old = text_of(committed[name]).splitlines(keepends=True) if name in committed else []
        new = text_of(fresh[name]).splitlines(keepends=True) if name in fresh else []
        lines += difflib.unified_diff(old, new, f"{name} (committed)", f"{name} (regenerated)")
    return lines


def text_of(path: Path) -> str:
    """A file's text; a gzipped file's once decompressed: what it says is compared, not how zlib packed
    it (another zlib may pack the same text differently), and a change is shown as text. A file that is
    not text shows in the diff as such, not as a traceback."""
    gzipped = path.suffix == ".gz"
    try:
        data = path.read_bytes()
        return (gzip.decompress(data) if gzipped else data).decode("utf-8")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as error:
        return f"(not {'gzipped ' if gzipped else ''}UTF-8 text: {error})\n"


def check(root: Path) -> list[str]:
    """The problems that make the committed spec, package or reference differ from a fresh regeneration."""
    problems = [
        f"{tool} is {version(tool)} here but pinned at {pinned} in pyproject.toml"
        for tool, pinned in pinned_versions(root).items()
        if version(tool) != pinned
    ]
    if problems:
        return problems
    with tempfile.TemporaryDirectory(prefix="elevenlabs-drift-") as scratch:
        spec, generated, _ = regenerate(root, Path(scratch))
        committed = files_under(root / GENERATED, GENERATED)
        if (root / SPEC).exists():
            committed[str(SPEC)] = root / SPEC
        committed.update(files_under(root / REFERENCE, REFERENCE) if (root / REFERENCE).exists() else {})
        fresh = {**files_under(generated, GENERATED), **files_under(Path(scratch) / "reference", REFERENCE)}
        diff = diff_files(committed, {**fresh, str(SPEC): spec})
    return ["".join(diff)] if diff else []


def main(argv: list[str]) -> int:
    try:
        if argv == ["--check"]:
            problems = check(ROOT)
            for problem in problems:
                print(problem, file=sys.stderr)
            if problems:
                print(
                    "drift: the committed spec, generated package or reference is not what the sources produce; "
                    "run `make generate` and commit the result.",
                    file=sys.stderr,
                )
                return 1
            print("drift: none; openapi/elevenlabs.yaml, generated/ and docs/reference/ match a fresh regeneration.")
            return 0
        if argv in (["-h"], ["--help"]):
            print(__doc__.strip())
            return 0
        if argv:
            print(__doc__, file=sys.stderr)
            return 2
        generate(ROOT)
        return 0
    except GenerationError as error:
        print(error, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
