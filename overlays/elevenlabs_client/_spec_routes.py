"""Every operation of the spec, answered by the test server without code per operation.

A request is matched to its operation, checked against the spec (openapi-core: path, query and header
parameters, JSON and multipart bodies), and refused with the vendor's 422 shape, naming the field,
when the spec forbids it; else it is answered with a deterministic body of the declared shape: JSON
from the spec's examples where they fit the schema, else built from the schema; bytes generated on the
fly, JSON lines or server-sent events as the operation says.
"""

from __future__ import annotations

import gzip
import json
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl, unquote

from ._examples import Examples, candidates

Json = Any
METHODS = ("get", "put", "post", "delete", "patch")
LINES = 3  # objects in a JSON-lines answer
BOUNDARY = "elevenlabs-fake-boundary-7f3a"  # of a multipart/mixed answer


def load_spec() -> Json:
    """The normalized spec the generated package was made from (it ships inside it, gzipped)."""
    return json.loads(gzip.decompress(resources.files("elevenlabs_api").joinpath("openapi.json.gz").read_bytes()))


def query_lists(spec: Json) -> Json:
    """The spec with each optional list in a query (`anyOf: [array, null]`) as its array: openapi-core reads
    repeated query values as a list only for `type: array`, and a query cannot send null anyway."""
    paths = {}
    for template, item in spec["paths"].items():
        paths[template] = {
            key: {**value, "parameters": [_query_list(p) for p in value.get("parameters") or []]}
            if key in METHODS
            else value
            for key, value in item.items()
        }
    return {**spec, "paths": paths}


def _query_list(parameter: Json) -> Json:
    schema = parameter.get("schema") or {}
    members = schema.get("anyOf") or []
    kinds = sorted(str(m.get("type")) for m in members)
    if parameter.get("in") != "query" or kinds != ["array", "null"]:
        return parameter
    array = next(m for m in members if m.get("type") == "array")
    return {**parameter, "schema": {**{k: v for k, v in schema.items() if k != "anyOf"}, **array}}


@dataclass
class Route:
    method: str
    template: str
    segments: tuple[str | None, ...]  # None: a path parameter
    names: tuple[str, ...]
    operation: Json

    def match(self, segments: list[str]) -> dict[str, str] | None:
        if len(segments) != len(self.segments):
            return None
        values = [got for want, got in zip(self.segments, segments, strict=True) if want is None]
        if any(want is not None and want != got for want, got in zip(self.segments, segments, strict=True)):
            return None
        if not all(values):
            return None
        return dict(zip(self.names, values, strict=True))


@dataclass
class Answer:
    status: int
    body: bytes | Iterator[bytes]
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


class SpecRoutes:
    def __init__(self, spec: Json, api_key: str, audio: Any) -> None:
        self.spec, self.api_key, self.audio = spec, api_key, audio
        self.examples = Examples(spec, spec_examples=True)
        self.bodies: dict[tuple[str, str], bytes] = {}  # JSON answers, built once: checking examples takes time
        routes = []
        for template, item in spec["paths"].items():
            parts = template.strip("/").split("/")
            segments = tuple(None if p.startswith("{") else p for p in parts)
            names = tuple(p[1:-1] for p in parts if p.startswith("{"))
            for method in METHODS:
                if method in item:
                    routes.append(Route(method.upper(), template, segments, names, item[method]))
        # Literal segments win over parameters, as in the vendor's router (`/agents/summaries` is not an id).
        self.routes = sorted(routes, key=lambda r: [s is None for s in r.segments])

    @cached_property
    def _validators(self) -> tuple[Any, Any]:
        """openapi-core's checks of a whole request, and of its parameters alone (for a form, read here)."""
        try:
            from openapi_core import Config, OpenAPI
            from openapi_core.validation.request.validators import V31RequestParametersValidator
        except ImportError:  # pragma: no cover - the message is the point
            raise RuntimeError(
                "the test server checks requests with openapi-core: pip install 'elevenlabs-client[testing]'"
            ) from None
        spec = {**query_lists(self.spec), "servers": [{"url": "/"}]}
        whole = OpenAPI.from_dict(spec, config=Config(spec_validator_cls=None))
        parameters = OpenAPI.from_dict(
            spec, config=Config(spec_validator_cls=None, request_validator_cls=V31RequestParametersValidator)
        )
        return whole, parameters

    def find(self, method: str, raw_path: str) -> tuple[Route, dict[str, str]] | bool:
        """The route and its path parameters; else True if the path exists with other methods, False if not."""
        segments = [unquote(s) for s in raw_path.split("/")[1:]]  # "/v1/history/" is not "/v1/history"
        known = False
        for route in self.routes:
            params = route.match(segments)
            if params is None:
                continue
            if route.method == method:
                return route, params
            known = True
        return known

    def respond(
        self, route: Route, params: dict[str, str], raw_query: str, headers: dict[str, str], body: bytes
    ) -> Answer:
        return self.refusal(route, params, raw_query, headers, body) or self.success(route)

    def refusal(
        self, route: Route, params: dict[str, str], raw_query: str, headers: dict[str, str], body: bytes
    ) -> Answer | None:
        """The 401 or 422 the vendor would answer this request with, or None if it passes."""
        if route.operation.get("security") and headers.get("xi-api-key") != self.api_key:
            return _json(401, {"detail": {"status": "invalid_api_key", "message": "Invalid API key"}})
        errors = self.check(route, params, raw_query, headers, body)
        return _json(422, {"detail": errors}) if errors else None

    def check(
        self, route: Route, params: dict[str, str], raw_query: str, headers: dict[str, str], body: bytes
    ) -> list[Json]:
        from openapi_core.datatypes import RequestParameters
        from openapi_core.exceptions import OpenAPIError
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        content_type = headers.get("content-type", "")
        multipart = (route.operation.get("requestBody") or {}).get("content", {}).get("multipart/form-data")
        errors, validator = [], self._validators[0]
        if multipart is not None and content_type.startswith("multipart/form-data"):
            # openapi-core reads form fields as text and files as bytes, and then rejects both against
            # the schema's booleans, numbers and binary strings: the fields are read here, as FastAPI
            # reads them, and checked as JSON against the body's schema.
            errors, validator = self._check_form(multipart.get("schema") or {}, content_type, body), self._validators[1]
        request = _Request(
            method=route.method.lower(),
            path=route.template,
            path_pattern=route.template,
            body=body or None,
            content_type=headers.get("content-type", ""),
            parameters=RequestParameters(
                query=ImmutableMultiDict(parse_qsl(raw_query, keep_blank_values=True)),
                header=Headers(headers),
                cookie=ImmutableMultiDict(),
                path=params,
            ),
        )
        try:
            with warnings.catch_warnings():  # "parameter is deprecated" is for the server's log, not the test's
                warnings.simplefilter("ignore", DeprecationWarning)
                validator.validate_request(request)
        except OpenAPIError as error:
            return _errors(error) + errors
        return errors

    def _check_form(self, schema: Json, content_type: str, body: bytes) -> list[Json]:
        from openapi_schema_validator import OAS31Validator  # installed with openapi-core

        properties = self.examples.resolve(schema).get("properties") or {}
        fields = read_form(content_type, body)
        document = {name: self._field(properties.get(name, {}), values) for name, values in fields.items()}
        # The body's schema, with the spec around it so that its `#/components/...` references resolve.
        root = {**self.spec, **(schema if "$ref" not in schema else {"$ref": schema["$ref"]})}
        return [_error(item, ["body"]) for item in OAS31Validator(root).iter_errors(document)]

    def _field(self, schema: Json, values: list[str | bytes]) -> Json:
        """A form field's text as the value its schema wants (a file stands for a binary string)."""
        schema = self.examples.resolve(schema)
        members = [self.examples.resolve(m) for m in schema.get("anyOf") or schema.get("oneOf") or [schema]]
        kinds = {m.get("type") for m in members}
        if "array" in kinds:
            items = next(m for m in members if m.get("type") == "array").get("items") or {}
            return [self._field(items, [value]) for value in values]
        value = values[-1]
        if isinstance(value, bytes):
            return ""
        if "boolean" in kinds and value.lower() in ("true", "false", "1", "0"):
            return value.lower() in ("true", "1")
        if kinds & {"integer", "number"}:
            try:
                return int(value) if "integer" in kinds and value.lstrip("-").isdigit() else float(value)
            except ValueError:
                return value
        if kinds & {"object", None} and value[:1] in ("{", "["):
            try:
                return json.loads(value)
            except ValueError:
                return value
        return value

    def success(self, route: Route) -> Answer:
        responses: dict[str, Json] = route.operation.get("responses") or {}
        none: tuple[str, Json] = ("200", {})
        status, response = next(((s, r) for s, r in sorted(responses.items()) if str(s).startswith("2")), none)
        content = response.get("content") or {}
        stream = response.get("x-stream")
        if "application/json" in content:
            body = self.json_body(route, content["application/json"])
            if stream == "json-lines":
                return Answer(int(status), b"".join(body + b"\n" for _ in range(LINES)))
            return Answer(int(status), body)
        if "application/octet-stream" in content:
            if stream == "multipart":
                return Answer(int(status), self.multipart(route.template), f"multipart/mixed; boundary={BOUNDARY}")
            if stream == "events":
                events = (
                    b'event: started\ndata: {}\n\nevent: chunk\ndata: {"audio": "AAEC"}\n\nevent: done\ndata: {}\n\n'
                )
                return Answer(int(status), events, "text/event-stream")
            media = (response.get("x-media-types") or ["audio/mpeg"])[0].replace("*", "mpeg")
            return Answer(int(status), self.audio(route.template), media)
        for media in content:
            if media.startswith("text/"):
                return Answer(int(status), b"text", media)
        return Answer(int(status), b"")

    def multipart(self, template: str) -> Iterator[bytes]:
        """A JSON part, then an audio part of `audio_size` bytes streamed as generated, as music's detailed
        compose answers. The spec describes the JSON part only in words; `DetailedMusicResponse` is its schema."""
        schemas = self.spec.get("components", {}).get("schemas", {})
        schema = {"$ref": "#/components/schemas/DetailedMusicResponse"} if "DetailedMusicResponse" in schemas else None
        metadata = json.dumps(self.examples.value(schema) if schema else {}).encode()
        yield (
            f"--{BOUNDARY}\r\nContent-Type: application/json\r\n\r\n".encode()
            + metadata
            + f"\r\n--{BOUNDARY}\r\nContent-Type: audio/mpeg\r\n".encode()
            + b'Content-Disposition: attachment; filename="song.mp3"\r\n\r\n'
        )
        yield from self.audio(template)
        yield f"\r\n--{BOUNDARY}--\r\n".encode()

    def json_body(self, route: Route, media: Json) -> bytes:
        """The operation's JSON answer: the media type's first example that its schema accepts, else a value
        built from the schema (which takes the schema's and its properties' examples where they fit)."""
        key = (route.method, route.template)
        if key not in self.bodies:
            schema = media.get("schema") or {}
            for candidate in candidates(media):
                if self.examples.valid(candidate, schema):
                    self.examples.used[id(media)] = candidate
                    break
                self.examples.rejected.setdefault(id(media), candidate)
            else:
                candidate = self.examples.value(schema)
            self.bodies[key] = json.dumps(candidate).encode()
        return self.bodies[key]


@dataclass
class _Request:
    method: str
    path: str
    path_pattern: str
    body: bytes | None
    content_type: str
    parameters: Any
    host_url: str = "http://testserver"

    @property
    def full_url_pattern(self) -> str:
        return self.host_url + self.path_pattern


def read_form(content_type: str, body: bytes) -> dict[str, list[str | bytes]]:
    """The fields of a multipart/form-data body: text for a field, bytes for a file, in order."""
    from email.parser import BytesParser
    from email.policy import HTTP

    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    fields: dict[str, list[str | bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        payload = payload if isinstance(payload, bytes) else b""
        is_file = part.get_param("filename", header="content-disposition") is not None
        fields.setdefault(str(name), []).append(payload if is_file else payload.decode("utf-8", errors="replace"))
    return fields


def _json(status: int, payload: Json) -> Answer:
    return Answer(status, json.dumps(payload).encode())


def _errors(error: BaseException) -> list[Json]:
    """openapi-core's complaint as FastAPI words one: type, loc, msg."""
    where: list[Json] = ["body"]
    cause: Any = error
    for _ in range(10):  # down the chain of causes to the one that says what was wrong
        if cause is None:
            break
        if getattr(cause, "name", None) and getattr(cause, "location", None):
            where = [cause.location, cause.name]
        if schema_errors := getattr(cause, "schema_errors", None):
            return [_error(item, where) for item in schema_errors]
        if type(cause).__name__.startswith("MissingRequired") and getattr(cause, "name", None):
            return [{"type": "missing", "loc": [_location(cause), cause.name], "msg": "Field required"}]
        cause = cause.__cause__ or cause.__context__
    return [{"type": "value_error", "loc": ["request"], "msg": str(error)}]


def _error(item: Any, where: list[Json]) -> Json:
    """One jsonschema error, located under `where` (["body"], or ["query", "output_format"])."""
    loc = [*where, *item.absolute_path]
    if item.validator == "required":
        missing = str(item.message).split("'")[1] if "'" in str(item.message) else ""
        return {"type": "missing", "loc": [*loc, missing], "msg": "Field required"}
    return {"type": str(item.validator), "loc": loc, "msg": str(item.message)}


def _location(error: Any) -> str:
    kind = type(error).__name__
    return "body" if "Body" in kind else "header" if "Header" in kind else "query"
