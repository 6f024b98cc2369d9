"""Which paths of the spec are one resource, found by a rule on the paths rather than listed per resource.

A family is an item path `<base>/{x_id}` with a GET, where `<base>` has no path parameter, and the
operations around it:

* creates: a POST on `<base>` or on `<base>/<word>` (`/v1/convai/agents/create`, `/v1/voices/add`,
  `/v1/convai/knowledge-base/text`) whose answer has the id field: `x_id` itself, else `id`;
  `<base>/<word>` must have no GET and no items of its own (`/v1/convai/knowledge-base/crawl` is
  crawl jobs, `/v1/convai/agent-testing/folders/{folder_id}` folders, not tests);
* lists: a GET on `<base>`, or on `<base>` under another version (`/v2/voices` for `/v1/voices`),
  whose answer is a list of objects holding the id field, or has one;
* updates: a PATCH, PUT or POST on the item path, or a POST on `<item>/edit`;
* the delete: a DELETE on the item path;
* everything under the item path (`/v1/convai/agents/{agent_id}/branches`): the id must exist.

A family needs a create. On today's spec this finds 24 families: agents, voices, knowledge base
documents (and their crawl jobs), tools, dubbings and dubbing projects, agent tests and test folders,
phone numbers, secrets, tags, MCP servers, environment variables, batch calls, triage tickets, assets,
flows' image, speech and video generations, music finetunes, production orders, pronunciation
dictionaries and speech engines. Studio projects do not match (the create answers the project
nested in `project`), nor history and conversations (no create; `_api.py` serves them by hand).
`tests/test_resources.py` checks the count, and the families users reach first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .._examples import Examples

Json = Any
_VERSION = re.compile(r"^v\d+$")


@dataclass
class Family:
    base: str  # "/v1/convai/agents"
    item: str  # "/v1/convai/agents/{agent_id}"
    param: str  # "agent_id"
    creates: set[tuple[str, str]] = field(default_factory=set)  # (method, template)
    lists: set[str] = field(default_factory=set)  # GET templates
    updates: set[tuple[str, str]] = field(default_factory=set)

    @property
    def noun(self) -> str:
        """What the vendor's 404 calls it: `agent_id` -> agent."""
        return self.param.removesuffix("_id") or "resource"


def id_field(examples: Examples, schema: Json, param: str) -> str | None:
    """The field of an object schema that holds the resource's id: the path parameter's name, else `id`."""
    names = properties(examples, schema)
    return param if param in names else "id" if "id" in names else None


def properties(examples: Examples, schema: Json) -> dict[str, Json]:
    """The properties an object of this schema may have, over the members of a union or an allOf."""
    schema = examples.resolve(schema)
    found = dict(schema.get("properties") or {})
    for keyword in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(keyword) or []:
            for name, value in properties(examples, member).items():
                found.setdefault(name, value)
    return found


def json_schema(operation: Json, status_prefix: str = "2") -> Json | None:
    """The JSON schema of the operation's first success answer, or None."""
    for status, response in sorted((operation.get("responses") or {}).items()):
        if str(status).startswith(status_prefix):
            media = ((response or {}).get("content") or {}).get("application/json")
            return (media or {}).get("schema") if media is not None else None
    return None


def list_field(examples: Examples, schema: Json, param: str) -> tuple[str, str] | None:
    """(the list field, the id field of its items) of a page or list answer, if its items hold an id; the
    list field is "" where the answer is the list itself."""
    whole = examples.resolve(schema)
    if whole.get("type") == "array":
        found = id_field(examples, whole.get("items") or {}, param)
        return ("", found) if found is not None else None
    for name, value in properties(examples, schema).items():
        value = examples.resolve(value)
        members = [value, *[examples.resolve(m) for m in value.get("anyOf") or []]]
        for member in members:
            if member.get("type") == "array":
                found = id_field(examples, member.get("items") or {}, param)
                if found is not None:
                    return name, found
    return None


def find_families(spec: Json, examples: Examples) -> dict[str, Family]:
    """The families of the spec, by item template."""
    paths: dict[str, Json] = spec.get("paths") or {}
    families: dict[str, Family] = {}
    # The item paths: a `<base>/<word>` among their bases has items of its own.
    bases = {i.rpartition("/")[0] for i, o in paths.items() if i.endswith("}") and "get" in o}
    for item, operations in paths.items():
        base, _, last = item.rpartition("/")
        if not (last.startswith("{") and "get" in operations) or "{" in base:
            continue
        family = Family(base, item, last[1:-1])
        for template, other in paths.items():
            word = _one_word_under(template, base) and "get" not in other and template not in bases
            if "post" in other and (template == base or word):
                answer = json_schema(other["post"])
                if answer is not None and id_field(examples, answer, family.param) is not None:
                    family.creates.add(("POST", template))
            if "get" in other and _same_but_version(template, base):
                answer = json_schema(other["get"])
                if answer is not None and list_field(examples, answer, family.param) is not None:
                    family.lists.add(template)
        family.updates = {(m.upper(), item) for m in ("patch", "put", "post") if m in operations}
        if "post" in (paths.get(item + "/edit") or {}):
            family.updates.add(("POST", item + "/edit"))
        if family.creates:
            families[item] = family
    return families


def _one_word_under(template: str, base: str) -> bool:
    rest = template.removeprefix(base + "/")
    return rest != template and "/" not in rest and "{" not in rest


def _same_but_version(template: str, base: str) -> bool:
    mine, theirs = template.strip("/").split("/"), base.strip("/").split("/")
    if len(mine) != len(theirs):
        return False
    return all(a == b or (_VERSION.match(a) and _VERSION.match(b)) for a, b in zip(mine, theirs, strict=True))
