"""The pages of the HTTP reference (docs/reference/), rendered from the normalized spec and the live client:
scripts/reference.py runs this in a process that imported the package just generated.

One page per operation tag (the generated group module), titled by the client's path to the group; one
entry per operation in the order of the group's methods: heading, `VERB /path`, the spec's prose, the
sync and async signatures, a parameters table, what it returns, its errors, and a sync and an async
example (scripts/reference_programs.py). The format is fixed: tests/test_reference_pages.py reads it.
"""

from __future__ import annotations

import inspect
import json
import re
from typing import Any

import reference_realtime
from reference_markdown import cell, documented, plain, prose, signature_block, type_cell
from reference_programs import formatted, programs
from reference_values import Values, body_of, by_argument

METHODS = ("get", "put", "post", "delete", "patch")


def slug(heading: str) -> str:
    """The anchor mkdocs (toc) and GitHub both give a heading `client.a.b`: its words, dots and backticks dropped."""
    return re.sub(r"[^\w\- ]", "", heading).strip().lower().replace(" ", "-")


RETRIES = (
    "Connection errors, timeouts and answers 408, 409, 429 and 5xx are retried first, twice by default "
    "([errors and retries](../user/errors-and-retries.md))."
)
STREAM_NOTES = {
    "BinaryStream": "the answer's bytes as they arrive: iterate over it, or `.save(path)`; nothing is sent before.",
    "MultipartResponse": "`json` (the first part, parsed) and `audio` (the next part, a stream of bytes).",
    "Iterator": "one object per event or line, as they arrive.",
}


def pages(spec: dict[str, Any]) -> dict[str, str]:
    """{name under docs/reference/: Markdown} for the index and every tag's page (and the channels' pages)."""
    from elevenlabs_client._errors import STATUS_ERRORS

    clients = reference_realtime.clients()
    values = Values(spec)
    tags: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
    for path, item in spec["paths"].items():
        for verb, operation in item.items():
            if verb in METHODS:
                tags.setdefault(operation["tags"][0], []).append((path, verb, operation))
    groups = {tag: tuple(operations[0][2]["x-fern-sdk-group-name"]) for tag, operations in tags.items()}
    every = [operation for operations in tags.values() for _, _, operation in operations]
    raw = [text for operation in every for text in programs(values, operation, *methods(clients, operation))]
    done = iter(formatted(raw))
    examples = {operation["operationId"]: (next(done), next(done)) for operation in every}
    written = {}
    for tag, operations in sorted(tags.items()):
        group = walk(clients[0], groups[tag])
        order = list(dict.fromkeys(name for klass in reversed(type(group).__mro__) for name in vars(klass)))
        operations.sort(key=lambda entry: order.index(entry[2]["x-fern-sdk-method-name"]))
        entries = [
            entry(values, clients, operation, path, verb, STATUS_ERRORS, examples[operation["operationId"]])
            for path, verb, operation in operations
        ]
        written[f"{tag}.md"] = page(tag, groups, operations, group) + "".join(entries)
    index_page = index(groups, tags, reference_realtime.index_lines(spec))
    return {"index.md": index_page, **written, **reference_realtime.channel_pages(spec)}


def methods(clients: tuple[Any, Any], operation: dict[str, Any]) -> tuple[str, Any, Any]:
    """`group.sub.method` of the operation, and that method of the sync and of the async client."""
    names = [*operation["x-fern-sdk-group-name"], operation["x-fern-sdk-method-name"]]
    return ".".join(names), walk(clients[0], names), walk(clients[1], names)


def walk(target: Any, names: tuple[str, ...] | list[str]) -> Any:
    for name in names:
        target = getattr(target, name)
    return target


def call(path: tuple[str, ...]) -> str:
    return "client." + ".".join(path)


def index(groups: dict[str, tuple[str, ...]], tags: dict[str, list[Any]], channels: list[str]) -> str:
    lines = [
        "# Reference\n",
        "Every operation of the HTTP API as a method of the client, one page per group; made by `make generate`",
        "from the spec and the client itself, so it says what the installed version does. Each entry shows the",
        "sync (`ElevenLabs`) and the async (`AsyncElevenLabs`) signature, the parameters, what it returns, its",
        "errors, and two examples that run as written against the test server (`make test` runs them).\n",
        "Every group also has `with_raw_response`: the same methods, each answering with a `RawResponse` (the",
        "parsed data, the status and the headers), e.g. `client.history.with_raw_response.list()`",
        "([raw responses](../user/raw-responses-and-extras.md)).\n",
        "## Groups\n",
    ]
    for tag, path in sorted(groups.items(), key=lambda item: item[1]):
        count = len(tags[tag])
        lines.append(f"- [`{call(path)}`]({tag}.md): {count} operation{'s' if count != 1 else ''}")
    lines += ["", "## Realtime channels\n", *channels]
    return "\n".join(lines) + "\n"


def page(tag: str, groups: dict[str, tuple[str, ...]], operations: list[Any], group: Any) -> str:
    path = groups[tag]
    by_path = {value: key for key, value in groups.items()}
    parent = next((by_path[path[:n]] for n in range(len(path) - 1, 0, -1) if path[:n] in by_path), None)
    children = [
        other
        for other, their in sorted(groups.items(), key=lambda item: item[1])
        if their[: len(path)] == path
        and len(their) > len(path)
        and not any(their[:n] in by_path for n in range(len(path) + 1, len(their)))
    ]
    links = ["[Reference](index.md)"]
    if parent:
        links.append(f"part of [`{call(groups[parent])}`]({parent}.md)")
    if children:
        links.append("groups: " + ", ".join(f"[`{call(groups[child])}`]({child}.md)" for child in children))
    heads = [f"`{call(path)}.{operation['x-fern-sdk-method-name']}`" for _, _, operation in operations]
    contents = ", ".join(f"[{head}](#{slug(head)})" for head in heads)
    return f"# `{call(path)}`\n\n{' · '.join(links)}\n\nOperations: {contents}.\n"


def entry(
    values: Values,
    clients: tuple[Any, Any],
    operation: dict[str, Any],
    path: str,
    verb: str,
    errors: dict[int, type],
    examples: tuple[str, str],
) -> str:
    names = [*operation["x-fern-sdk-group-name"], operation["x-fern-sdk-method-name"]]
    method = names[-1]
    sync, asynchronous = walk(clients[0], names), walk(clients[1], names)
    out = [f"\n## `{call(tuple(names))}`\n", f"`{verb.upper()} {path}`\n"]
    if operation.get("deprecated"):
        out.append('!!! warning "Deprecated"\n    The API marks this operation deprecated.\n')
    out += [f"{prose(text)}\n" for text in (operation.get("summary"), operation.get("description")) if text]
    out += [f"<!-- signature: sync -->\n{signature_block(sync, method)}\n"]
    out += [f"<!-- signature: async -->\n{signature_block(asynchronous, method)}\n"]
    out.append(parameters(values, operation, sync))
    out.append(returns(sync, walk(clients[0], names[:-1]), method, call(tuple(names[:-1]))))
    out.append(error_table(values, operation, errors))
    out.append(f"<!-- example: sync -->\n```python\n{examples[0]}```\n")
    out.append(f"<!-- example: async -->\n```python\n{examples[1]}```\n")
    return "\n".join(out)


def parameters(values: Values, operation: dict[str, Any], function: Any) -> str:
    """The table of every argument: its type, whether it is required, the server's default, where it goes."""
    signature = inspect.signature(function).parameters
    spec_parameters = by_argument(signature, {p["name"]: p for p in operation.get("parameters", [])})
    schema, media = body_of(values, operation)
    fields = by_argument(signature, {name: (name, field) for name, field in (schema.get("properties") or {}).items()})
    rows = ["| Parameter | Type | Required | Server default | Description |", "| --- | --- | --- | --- | --- |"]
    said = documented(function)
    for name, parameter in signature.items():
        annotation = "" if parameter.annotation is parameter.empty else plain(parameter.annotation)
        required = parameter.default is parameter.empty
        default: Any = None
        if name in spec_parameters:
            spec_parameter = spec_parameters[name]
            where = f"{spec_parameter['in'].capitalize()} parameter."
            text, default = spec_parameter.get("description"), spec_parameter.get("x-server-default")
            deprecated = spec_parameter.get("deprecated") or (spec_parameter.get("schema") or {}).get("deprecated")
        elif name in fields:
            field_name, field = fields[name]
            where = "File." if values.binary(field) is not None and media == "multipart/form-data" else "Body field."
            text = field.get("description") or values.builder.resolve(field).get("description")
            default, deprecated = field.get("x-server-default"), field.get("deprecated")
            if operation.get("x-request-whole") and field_name in (schema.get("required") or []):
                required, where = True, "Body field, unless `request` gives the whole body."
        elif name == "request":
            where, text, deprecated = "The whole body, in place of its fields.", schema.get("description"), False
        else:  # the client's own (request_options, chunk_size, ...)
            where, text, deprecated = "", "", False
        # The docstring's text where it has one: the spec's, with the values a Literal allows ("One of: ...").
        text = said.get(name) or text
        described = " ".join(part for part in ("Deprecated." if deprecated else "", where, cell(text or "")) if part)
        server = "" if default is None else f"`{json.dumps(default)}`"
        rows.append(f"| `{name}` | {type_cell(annotation)} | {'yes' if required else 'no'} | {server} | {described} |")
    return "\n".join(rows) + "\n"


def returns(function: Any, group: Any, method: str, group_call: str) -> str:
    returned = plain(inspect.signature(function).return_annotation)
    note = next((text for kind, text in STREAM_NOTES.items() if returned.startswith(kind)), "")
    lines = [f"Returns: `{returned}`{': ' + note if note else '.'}"]
    for name in dir(type(group)):
        pager = getattr(type(group), name)
        summary = (inspect.getdoc(pager) or "").split("\n")[0]
        if name.startswith("iter_") and f"of `{method}`" in summary:
            lines.append(
                f"`{group_call}.{name}(...)` takes the same parameters but the cursor: {summary[0].lower()}{summary[1:]}"
            )
    return "\n\n".join(lines) + "\n"


def error_table(values: Values, operation: dict[str, Any], errors: dict[int, type]) -> str:
    from normalizer.official_names import generator_class_name

    rows = ["Errors:\n", "| Status | Raises | Body |", "| --- | --- | --- |"]
    for status, answer in sorted(operation.get("responses", {}).items()):
        if status.startswith("2") or not status.isdigit():
            continue
        number = int(status)
        raised = errors.get(number) or (None if number < 500 else "InternalServerError")
        name = raised if isinstance(raised, str) else getattr(raised, "__name__", "ApiError")
        media_type: dict[str, Any] = next(iter((answer.get("content") or {}).values()), {})
        schema = media_type.get("schema") or {}
        ref = schema.get("$ref", "").rsplit("/", 1)[-1]
        model = generator_class_name(str(values.builder.resolve(schema).get("title") or ref)) if ref else ""
        rows.append(f"| {number} | `{name}` | {f'`{model}`' if model else ''} |")
    return "\n".join(rows) + f"\n\n{RETRIES}\n"
