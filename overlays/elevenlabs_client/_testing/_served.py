"""Every operation the hand-written routes (history, conversations) leave, with no code per operation:
checked against the spec, then answered by the resource families where one has a say, as a page of a
finite collection where the operation pages, else with the spec's built answer; with the headers the
vendor sends on a success."""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qsl

from .._spec_routes import Answer, Route, SpecRoutes
from ._families import id_field, json_schema, properties
from ._headers import header_values
from ._ids import _token
from ._pages import page
from ._resources import Resources

Json = Any


class Served:
    def __init__(
        self,
        routes: SpecRoutes,
        collection_size: int,
        resource_ids: Sequence[str] = (),
        first_page_cursors: Sequence[str] = (),
    ) -> None:
        self.routes, self.examples = routes, routes.examples
        self.first_page_cursors = frozenset(first_page_cursors)
        self.resources = Resources(routes, collection_size, resource_ids)
        self.size = collection_size
        self.items: dict[str, list[Json]] = {}  # a pager's collection, by template
        self.counter = itertools.count(1)

    def respond(
        self, route: Route, params: dict[str, str], raw_query: str, headers: dict[str, str], body: bytes
    ) -> Answer:
        refused = self.routes.refusal(route, params, raw_query, headers, body)
        if refused is not None:
            return refused
        query = dict(parse_qsl(raw_query, keep_blank_values=True))
        mark = route.operation.get("x-pagination")
        if mark is not None and query.get(mark["parameter"]) in self.first_page_cursors:
            del query[mark["parameter"]]  # a placeholder cursor asks for the first page, as none does
        answer = self.resources.respond(route, params, query, headers, body, lambda: self.routes.success(route))
        if answer is None:
            answer = self.paged(route, query) or self.routes.success(route)
        if answer.status < 300:
            seed = f"{route.template}/{next(self.counter)}"
            answer.headers = {**header_values(self.examples, route, body, seed), **answer.headers}
        return answer

    def paged(self, route: Route, query: dict[str, str]) -> Answer | None:
        """A page of `collection_size` generated items, for an operation that pages and keeps no state."""
        mark, schema = route.operation.get("x-pagination"), json_schema(route.operation)
        if mark is None or schema is None or route.method != "GET":
            return None
        built = self.routes.success(route)
        assert isinstance(built.body, bytes)
        if route.template not in self.items:
            self.items[route.template] = self.generated(route.template, schema, mark["items"])
        answer = page(self.examples, schema, mark, json.loads(built.body), self.items[route.template], query)
        if isinstance(answer, list):
            return Answer(422, json.dumps({"detail": answer}).encode())
        return Answer(built.status, json.dumps(answer).encode(), built.content_type)

    def generated(self, template: str, schema: Json, name: str) -> list[Json]:
        """`collection_size` items of the list's item schema, told apart by their id where they have one."""
        item_schema = self.resources.item_schema(schema, name)
        value = self.examples.value(item_schema)
        if not isinstance(value, dict):
            return [value] * self.size
        fields = properties(self.examples, item_schema)
        plain = [
            n
            for n in [id_field(self.examples, item_schema, ""), *fields]
            if n and (n == "id" or n.endswith("_id")) and _plain_string(self.examples.resolve(fields.get(n)))
        ]
        if not plain:
            return [value] * self.size
        return [{**value, plain[0]: _token(f"{template}/{k}")} for k in range(self.size)]


def _plain_string(schema: Json) -> bool:
    """A string any text fits (no pattern, format, enum or const to meet)."""
    return schema.get("type") == "string" and not {"pattern", "format", "enum", "const"} & set(schema)
