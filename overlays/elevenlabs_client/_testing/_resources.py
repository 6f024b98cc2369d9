"""Resources that keep state, for every family `_families.py` finds: what is created can be read, listed,
updated and deleted, and an unknown id is the vendor's 404, on the item and on every path under it.

A resource is the fields its create sent (JSON or form fields; files are not kept), PATCH/PUT/edit
fields merged over them. An answer is the operation's own built answer (schema-valid) with each kept
field laid over it where that field's schema accepts the value, and the id in the schema's id field.
Each family starts with `seeds` resources (the given ids first, then generated ones), newest first.
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Callable, Sequence
from typing import Any

from .._spec_routes import Answer, Route, SpecRoutes, read_form
from ._families import Family, find_families, id_field, json_schema, list_field, properties
from ._ids import _token
from ._pages import page

Json = Any


class Resources:
    def __init__(self, routes: SpecRoutes, seeds: int, seed_ids: Sequence[str] = ()) -> None:
        self.routes, self.examples = routes, routes.examples
        self.families = find_families(routes.spec, self.examples)
        self.roles: dict[tuple[str, str], tuple[Family, str]] = {}
        for family in self.families.values():
            self.roles.update({create: (family, "create") for create in family.creates})
            self.roles.update({("GET", listing): (family, "list") for listing in family.lists})
            self.roles.update({update: (family, "update") for update in family.updates})
            self.roles[("GET", family.item)] = (family, "read")
            self.roles[("DELETE", family.item)] = (family, "delete")
        self.lock = threading.Lock()
        self.counter = itertools.count(1)
        self.items: dict[str, Json] = {}  # a list's built item, by template
        self.records: dict[str, dict[str, dict[str, Json]]] = {}  # kept fields by id, oldest first, by family
        for item, family in self.families.items():
            # The ids given, then the spec's example ids (the documentation's), then generated ones.
            named = dict.fromkeys([*seed_ids, *example_ids(routes.spec, family)])
            generated = (_token(f"{item}-{k}") for k in itertools.count())
            ids = [*named, *itertools.islice(generated, max(seeds - len(named), 0))][: max(seeds, len(seed_ids))]
            self.records[item] = {resource_id: {} for resource_id in ids}

    def respond(
        self, route: Route, params: dict[str, str], query: dict[str, str], headers: dict[str, str], body: bytes,
        built: Callable[[], Answer],
    ) -> Answer | None:  # fmt: skip
        """The stateful answer, or None where no family has a say (the caller answers from the spec)."""
        for family in self.families.values():
            if route.template == family.item or route.template.startswith(family.item + "/"):
                resource_id = params[family.param]
                with self.lock:
                    known = resource_id in self.records[family.item]
                if not known:
                    noun = family.noun.replace("_", " ")
                    detail = {
                        "status": f"{family.noun}_not_found",
                        "message": f"{noun.capitalize()} {resource_id} not found",
                    }
                    return Answer(404, json.dumps({"detail": detail}).encode())
        found = self.roles.get((route.method, route.template))
        if found is None:
            return None
        family, role = found
        answer = built()
        schema = json_schema(route.operation)
        decoded = json.loads(answer.body) if schema is not None and isinstance(answer.body, bytes) else None
        records = self.records[family.item]
        with self.lock:
            if role == "create":
                resource_id = _token(f"{family.item}-created-{next(self.counter)}")
                records[resource_id] = self.fields(route, headers, body)
            elif role == "list":
                kept = list(reversed(records.items()))
            else:
                resource_id = params[family.param]
                if role == "delete":  # pop and get: another request may have deleted it since the check
                    records.pop(resource_id, None)
                elif role == "update":
                    records[resource_id] = {**records.get(resource_id, {}), **self.fields(route, headers, body)}
            record = dict(records.get(resource_id, {})) if role != "list" else {}
        if decoded is None:
            return answer
        if role == "list":
            decoded = self.listing(route, family, schema, decoded, kept, query)
            if isinstance(decoded, Answer):
                return decoded
        elif role != "delete":
            decoded = self.laid_over(decoded, schema, record, family.param, resource_id)
        return Answer(answer.status, json.dumps(decoded).encode(), answer.content_type, answer.headers)

    def listing(
        self, route: Route, family: Family, schema: Json, body: Json, kept: list[tuple[str, Json]],
        query: dict[str, str],
    ) -> Json:  # fmt: skip
        """The list answer, its items the resources (newest first) and paged as the operation's mark
        says; or the vendor's 422 for a cursor the server never gave."""
        name, _ = list_field(self.examples, schema, family.param) or ("", None)
        item_schema = self.item_schema(schema, name)
        if route.template not in self.items:
            self.items[route.template] = self.examples.value(item_schema)
        items = [self.laid_over(self.items[route.template], item_schema, r, family.param, i) for i, r in kept]
        if not name:
            return items
        mark = route.operation.get("x-pagination")
        if mark is None:
            return {**body, name: items}
        answer = page(self.examples, schema, mark, body, items, query)
        return answer if isinstance(answer, dict) else Answer(422, json.dumps({"detail": answer}).encode())

    def item_schema(self, schema: Json, name: str) -> Json:
        whole = self.examples.resolve(schema)
        field = whole if not name else self.examples.resolve(properties(self.examples, whole)[name])
        array = next(
            m for m in [field, *map(self.examples.resolve, field.get("anyOf") or [])] if m.get("type") == "array"
        )
        return array.get("items") or {}

    def laid_over(self, body: Json, schema: Json, record: dict[str, Json], param: str, resource_id: str) -> Json:
        if not isinstance(body, dict):
            return body
        fields = properties(self.examples, schema)
        answer = dict(body)
        for name, value in record.items():
            if name in fields and self.examples.valid(value, fields[name]):
                answer[name] = value
        where = id_field(self.examples, schema, param)
        if where is not None:
            answer[where] = resource_id
        return answer

    def fields(self, route: Route, headers: dict[str, str], body: bytes) -> dict[str, Json]:
        """What a create or an update sent: its JSON object's fields, or its form's text fields."""
        content_type = headers.get("content-type", "")
        if content_type.startswith("multipart/form-data"):
            content = (route.operation.get("requestBody") or {}).get("content", {})
            schema = (content.get("multipart/form-data") or {}).get("schema") or {}
            fields = properties(self.examples, schema)
            form = read_form(content_type, body)
            texts = {name: values for name, values in form.items() if not any(isinstance(v, bytes) for v in values)}
            return {name: self.routes._field(fields.get(name, {}), values) for name, values in texts.items()}
        try:
            sent = json.loads(body) if body else {}
        except ValueError:
            return {}
        return sent if isinstance(sent, dict) else {}


def example_ids(spec: Json, family: Family) -> list[str]:
    """The ids the spec's examples give the family's path parameter, on its item path."""
    found: list[str] = []
    for operation in (spec["paths"].get(family.item) or {}).values():
        for parameter in operation.get("parameters") or [] if isinstance(operation, dict) else []:
            if parameter.get("in") == "path" and parameter.get("name") == family.param:
                schema = parameter.get("schema") or {}
                values = [parameter.get("example"), schema.get("example"), *(schema.get("examples") or [])]
                found += [value for value in values if isinstance(value, str) and value not in found]
    return found
