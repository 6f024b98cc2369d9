"""The argument values of the reference's examples (scripts/reference.py), as Python source a user can paste.

For each required argument of a method (and, where a body has no required field, the first field the spec
gives an example for, or a `prompt`: see `worth_showing`; where an upload takes no file required, its first
file), in order: the spec's own example, if it validates; a realistic
value for a few well-known names (`voice_id`), or else the parameter's name as a string, if the schema
accepts it (the official reference's style); else what the test server's one value builder gives
(`Examples.value`, overlays/elevenlabs_client/_examples.py), so the reference and the test server cannot
disagree. A body field that is a model is written as its class's constructor, a file as `Path("<name>")`.
Every value is checked against its schema with formats checked (jsonschema's FormatChecker, as
openapi-schema-validator sets it up for OpenAPI 3.1: dates, emails, uuids, int32/int64 ranges...): one
that does not validate stops `make generate`, naming the operation and the argument.
"""

from __future__ import annotations

import datetime
import inspect
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import attrs
import elevenlabs_api.models
from elevenlabs_api.types import UNSET
from elevenlabs_client._examples import Examples, candidates
from openapi_schema_validator import OAS31Validator, oas31_format_checker

T = TypeVar("T")
# Realistic values where a name says what it is, used only when the spec has no example and they validate.
REALISTIC = {
    "voice_id": "JBFqnCBsd6RMkjVDRZzb",
    "text": "The first move is what sets everything in motion.",
    "prompt": "A calm piano melody for a rainy morning.",
    "url": "https://example.com/page",
}
# A file's extension by words of its field or group name; audio otherwise.
EXTENSIONS = (
    (("image", "avatar", "thumbnail", "logo", "photo"), "png"),
    (("video",), "mp4"),
    (("csv",), "csv"),
    (("knowledge", "document", "pdf"), "pdf"),
    (("pronunciation",), "pls"),
)


class ExampleError(Exception):
    """An example value that does not satisfy the spec (or cannot be written): generation stops on it."""


@dataclass
class Source:
    """Python source of a value, with the names it needs imported (`Path`, model classes, `datetime`)."""

    text: str
    models: set[str] = field(default_factory=set)
    stdlib: set[str] = field(default_factory=set)

    def add(self, other: Source) -> str:
        self.models |= other.models
        self.stdlib |= other.stdlib
        return other.text


def key(name: str) -> str:
    """A name with case, `_` and `-` set aside: a spec's `xi-api-key` or `type` is the client's `xi_api_key` or
    `type_` (the generator's naming, without importing the generator: a fifth of this stage's time)."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


def by_argument(arguments: Iterable[str], named: dict[str, T]) -> dict[str, T]:
    """The items of `named` (by the spec's names) under the names of the arguments they are."""
    keyed = {key(name): item for name, item in named.items()}
    return {argument: keyed[key(argument)] for argument in arguments if key(argument) in keyed}


class Values:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.builder = Examples(spec)
        self.with_examples = Examples(spec, spec_examples=True)
        self.root = {key: value for key, value in spec.items() if key != "paths"}

    def valid(self, value: Any, schema: dict[str, Any]) -> bool:
        return not self.problem(value, schema)

    def problem(self, value: Any, schema: dict[str, Any]) -> str:
        """Why `schema` refuses `value` (formats checked), or "" when it accepts it."""
        plain = {key: item for key, item in schema.items() if key not in ("example", "examples")}
        validator = OAS31Validator({**self.root, **plain}, format_checker=oas31_format_checker)
        error = next(iter(validator.iter_errors(value)), None)
        return "" if error is None else f"{error.message} (at {'/'.join(map(str, error.absolute_path)) or 'top'})"

    def chosen(self, name: str, schema: dict[str, Any], parameter: dict[str, Any] | None = None) -> Any:
        """The JSON value of one argument, by the rules of the module's docstring."""
        for candidate in candidates(parameter or {}):
            if self.valid(candidate, schema):
                return candidate
        found, example = self.with_examples.example(schema)
        if found and self.valid(example, schema):
            return example
        guess = self.named(name, "", schema)
        if guess:
            return guess
        return self.named(name, self.builder.value(schema), schema)

    def named(self, name: str, value: Any, schema: dict[str, Any]) -> Any:
        """`value` with each plain placeholder string the builder gave (and `value` itself when it is "") made
        the realistic value or the name of its field, where the field's schema takes it: `url="url"`, not
        `url="text"`. The field's own `example` came first, in the builder."""
        if isinstance(value, dict):
            properties = self.properties(schema)
            return {key: self.named(key, item, properties.get(key) or {}) for key, item in value.items()}
        if isinstance(value, list):
            items = self.builder.resolve(schema).get("items") or {}
            return [self.named(name, item, items) for item in value]
        # Only where the field's own schema is a plain string (or null): not a union's tag (`type="text"`), nor
        # a format, an enum or a pattern's string.
        members = [self.builder.resolve(m) for m in [schema, *self.builder.resolve(schema).get("anyOf", [])]]
        kinds = {kind for m in members for kind in (m["type"] if isinstance(m.get("type"), list) else [m.get("type")])}
        plain = not any({"format", "const", "enum", "pattern"} & m.keys() for m in members)
        if value in ("", "text") and "string" in kinds and plain:
            for guess in (REALISTIC.get(name), name):
                if guess is not None and self.valid(guess, schema):
                    return guess
        return value

    def properties(self, schema: dict[str, Any]) -> dict[str, Any]:
        """An object's fields, a union's members' too (the first member naming a field gives its schema)."""
        schema = self.builder.resolve(schema)
        found = dict(schema.get("properties") or {})
        for member in [*schema.get("anyOf", []), *schema.get("oneOf", []), *schema.get("allOf", [])]:
            found = {**self.properties(member), **found}
        return found

    def binary(self, schema: dict[str, Any]) -> bool | None:
        """True for a file, False for a list of files, None for anything else."""
        schema = self.builder.resolve(schema)
        for member in [schema, *schema.get("anyOf", []), *schema.get("oneOf", [])]:
            member = self.builder.resolve(member)
            if member.get("format") == "binary":
                return True
            if self.builder.resolve(member.get("items") or {}).get("format") == "binary":
                return False
        return None


def upload_name(name: str, operation_id: str) -> str:
    """A plausible file for the field: `audio.mp3`, `image.png`, `document.pdf`, ..."""
    words = f"{name} {operation_id}"
    extension = next((ext for keys, ext in EXTENSIONS if any(key in words for key in keys)), "mp3")
    stems = {"mp3": "audio", "pdf": "document", "pls": "dictionary"}
    stem = stems.get(extension, name) if name in ("file", "files", "audio") else name.removesuffix("s")
    return f"{stem}.{extension}"


def arguments(values: Values, operation: dict[str, Any], function: Any) -> dict[str, tuple[Any, dict[str, Any]]]:
    """Each argument the example passes -> (its Python value, its schema): the required ones of `function`,
    and a body's required fields where the method also takes the body whole (`x-request-whole`)."""
    where = f"{operation['operationId']}"
    signature = inspect.signature(function).parameters
    spec_parameters = by_argument(signature, {p["name"]: p for p in operation.get("parameters", [])})
    body_schema, media = body_of(values, operation)
    fields = by_argument(
        signature, {name: (name, schema) for name, schema in (body_schema.get("properties") or {}).items()}
    )
    required = {key(name) for name in body_schema.get("required") or []} if operation.get("x-request-whole") else set()
    whole = {name for name in fields if key(name) in required}
    chosen: dict[str, tuple[Any, dict[str, Any]]] = {}
    body: dict[str, Any] = {}
    names = [
        name
        for name, parameter in signature.items()
        if parameter.kind is not parameter.VAR_KEYWORD and (parameter.default is parameter.empty or name in whole)
    ]
    if fields and not any(name in fields or name == "request" for name in names):
        names += worth_showing(values, fields, signature)
    uploads = [name for name in signature if name in fields and values.binary(fields[name][1]) is not None]
    if media == "multipart/form-data" and uploads and not set(uploads) & set(names):
        names.append(uploads[0])  # an upload with no file given (speech to text takes a file or a URL) is no example
    for name in names:
        if name in spec_parameters:
            schema = spec_parameters[name].get("schema") or {}
            chosen[name] = (values.chosen(name, schema, spec_parameters[name]), schema)
        elif name in fields:
            field_name, schema = fields[name]
            files = values.binary(schema)
            if files is not None and media == "multipart/form-data":
                path = Path(upload_name(field_name, operation["operationId"]))
                chosen[name] = (path if files else [path], schema)
            else:
                body[field_name] = values.chosen(field_name, schema)
                chosen[name] = (body[field_name], schema)
        elif name == "request":
            chosen[name] = (values.chosen(name, body_schema), body_schema)
        else:
            raise ExampleError(f"{where}: argument {name} is neither a parameter nor a body field of the spec")
    return as_python(operation, chosen, body, fields)


def worth_showing(values: Values, fields: dict[str, tuple[str, dict[str, Any]]], signature: Any) -> list[str]:
    """A body with no required field would be sent empty: the example shows its first field the spec gives an
    example for (or, lacking one, a field named in REALISTIC, `prompt` of music), so the call does something."""
    taken = [name for name in signature if name in fields]
    for name in taken:
        found, example = values.with_examples.example(fields[name][1])
        if found and values.valid(example, fields[name][1]):
            return [name]
    return [name for name in taken if fields[name][0] in REALISTIC][:1]


def body_of(values: Values, operation: dict[str, Any]) -> tuple[dict[str, Any], str]:
    content = (operation.get("requestBody") or {}).get("content") or {}
    if not content:
        return {}, ""
    media, body = next(iter(content.items()))
    return values.builder.resolve(body.get("schema") or {}), media


def body_classes(operation: dict[str, Any]) -> list[type[Any]]:
    """The generated classes the operation's body may be, from its request builder's signature."""
    module = __import__(f"elevenlabs_api.api.{operation['tags'][0]}.{operation['operationId']}", fromlist=["_"])
    annotation = str(inspect.signature(module._get_kwargs).parameters["body"].annotation)
    names = [name.strip().removeprefix("models.") for name in annotation.split("|")]
    return [getattr(elevenlabs_api.models, name) for name in names if hasattr(elevenlabs_api.models, name)]


def as_python(
    operation: dict[str, Any],
    chosen: dict[str, tuple[Any, dict[str, Any]]],
    body: dict[str, Any],
    fields: dict[str, tuple[str, dict[str, Any]]],
) -> dict[str, tuple[Any, dict[str, Any]]]:
    """The JSON values turned into what the client takes: models where the body's class has one."""
    request = chosen.get("request")
    if not body and request is None:
        return chosen
    for cls in body_classes(operation):
        try:
            whole = cls.from_dict(request[0] if request else body)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
        if request:
            return {**chosen, "request": (whole, request[1])}
        return {
            **chosen,
            **{
                name: (getattr(whole, attribute(whole, fields[name][0])), chosen[name][1])
                for name in chosen
                if name in fields and fields[name][0] in body
            },
        }
    return chosen


def attribute(model: Any, field: str) -> str:
    """The attribute of a model that holds the spec's field `field` (`type_` for `type`)."""
    return str(next(each.name for each in attrs.fields(type(model)) if key(each.name) == key(field)))


def as_json(value: Any) -> Any:
    """What the value is sent as, to check against its schema (a file's content is not checked)."""
    if attrs.has(type(value)):
        return value.to_dict()
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return value


def checked(values: Values, call: str, chosen: dict[str, tuple[Any, dict[str, Any]]]) -> None:
    for name, (value, schema) in chosen.items():
        if isinstance(value, Path) or (isinstance(value, list) and value and isinstance(value[0], Path)):
            continue
        problem = values.problem(as_json(value), schema)
        if problem:
            raise ExampleError(f"{call}: the example's {name}={as_json(value)!r} does not satisfy the spec: {problem}")


def source(value: Any) -> Source:
    """`value` as Python source: a model as its class's constructor, a file as `Path(...)`."""
    out = Source("")
    if attrs.has(type(value)) and any(
        not each.init and getattr(value, each.name) for each in attrs.fields(type(value))
    ):
        # A map (keys the model has no field for) is built from its JSON: the constructor takes fields only.
        out.models.add(type(value).__name__)
        out.text = f"{type(value).__name__}.from_dict({out.add(source(value.to_dict()))})"
    elif attrs.has(type(value)):
        parts = []
        for each in attrs.fields(type(value)):
            item = getattr(value, each.name)
            if item is UNSET or (not each.init and not item):  # additional_properties, _missing_fields: empty
                continue
            parts.append(f"{each.alias}={out.add(source(item))}")
        out.models.add(type(value).__name__)
        out.text = f"{type(value).__name__}({', '.join(parts)})"
    elif isinstance(value, Path):
        out.stdlib.add("from pathlib import Path")
        out.text = f"Path({json.dumps(str(value))})"
    elif isinstance(value, list):
        out.text = "[" + ", ".join(out.add(source(item)) for item in value) + "]"
    elif isinstance(value, dict):
        out.text = "{" + ", ".join(f"{json.dumps(k)}: {out.add(source(v))}" for k, v in value.items()) + "}"
    elif isinstance(value, datetime.datetime | datetime.date):
        out.stdlib.add("import datetime")
        out.text = f"datetime.{type(value).__name__}.fromisoformat({json.dumps(value.isoformat())})"
    elif isinstance(value, str):
        out.text = json.dumps(value, ensure_ascii=False)
    elif value is None or isinstance(value, bool | int | float):
        out.text = repr(value)
    else:
        raise ExampleError(f"no Python source for a {type(value).__name__}")
    return out
