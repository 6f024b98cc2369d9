"""Each normalizer pass on a tiny snippet, each refusal's message, and the whole run's guarantees."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import normalize as n
import pytest
import yaml
from conftest import normalized_spec
from normalizer import inline_names, official_names
from normalizer.paging import CURSORS

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "openapi" / "pages"
WHOLE_SPEC = ROOT / "openapi" / "openapi.json"
OVERRIDES = ROOT / "openapi" / "openapi-overrides.yml"


def snippet(text: str) -> Any:
    return yaml.safe_load(text)


def run_pass(page_pass: Any, doc: Any, file: str = "page.yaml") -> Any:
    """Run one pass and check it left its input alone."""
    before = copy.deepcopy(doc)
    result = page_pass(doc, file)
    assert doc == before, f"{page_pass.__name__} changed its input"
    return result


OPERATION = """
paths:
  /v1/things/{id}:
    get:
      operationId: get
      tags: [[subpackage_things]]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: xi-api-key, in: header, required: true, schema: {type: string}}
      responses: {'200': {description: ok}}
"""


# ---- string_literals_to_const ----


def test_string_literal_becomes_const() -> None:
    doc = snippet("""
components:
  schemas:
    EndCall:
      type: object
      properties:
        result_type: {type: string, enum: [{type: stringLiteral, value: end_call_success}]}
""")
    result = run_pass(n.string_literals_to_const, doc)
    assert result["components"]["schemas"]["EndCall"]["properties"]["result_type"] == {
        "type": "string",
        "const": "end_call_success",
    }


def test_string_literal_among_other_entries_is_refused() -> None:
    doc = snippet("""
components:
  schemas:
    Odd: {type: string, enum: [{type: stringLiteral, value: a}, b]}
""")
    with pytest.raises(n.SpecError) as raised:
        run_pass(n.string_literals_to_const, doc)
    assert str(raised.value) == "page.yaml#/components/schemas/Odd/enum: a string literal must be the enum's only entry"


# ---- unwrap_enum_values ----


def test_enum_value_objects_become_values() -> None:
    doc = snippet("""
components:
  schemas:
    Role: {type: string, enum: [{value: user}, {value: agent, description: the agent}]}
    Plain: {type: string, enum: [a, b]}
""")
    result = run_pass(n.unwrap_enum_values, doc)
    assert result["components"]["schemas"]["Role"]["enum"] == ["user", "agent"]
    assert result["components"]["schemas"]["Plain"] == {"type": "string", "enum": ["a", "b"]}


def test_enum_entry_not_understood_is_refused_with_file_and_pointer() -> None:
    doc = snippet("""
components:
  schemas:
    Role: {type: string, enum: [{value: user}, {label: agent}]}
""")
    with pytest.raises(n.SpecError) as raised:
        run_pass(n.unwrap_enum_values, doc, "pages/x.yaml")
    assert raised.value.file == "pages/x.yaml"
    assert raised.value.pointer == "/components/schemas/Role/enum/1"
    assert "{'label': 'agent'}" in str(raised.value)


# ---- name_operations ----


NAMES = """
paths:
  /v1/voices/search:
    get: {operationId: search_voices, x-fern-sdk-group-name: voices, x-fern-sdk-method-name: search}
  /v1/convai/agents/{agent_id}:
    get: {operationId: get_agent, x-fern-sdk-group-name: [conversational_ai, agents], x-fern-sdk-method-name: get}
  /v1/convai/agents/{agent_id}/branches:
    get: {operationId: x, x-fern-sdk-group-name: [conversational_ai, agents, branches], x-fern-sdk-method-name: list}
  /v1/convai/agents/{id}/triage-tickets:
    get: {operationId: list_agent_tickets_route}
  /v1/convai/agents/{id}/summary:
    get: {operationId: summary, tags: [Agents Platform]}
  /v1/convai/conversations/{conversation_id}:
    get: {operationId: get, tags: [[subpackage_conversationalAi, subpackage_conversationalAi/conversations]]}
  /v1/workspaces/api-keys/policy:
    post: {operationId: set_policy, tags: [workspace, api-key, workspace]}
  /v1/workspaces/api-keys/disable:
    post: {operationId: disable, x-fern-sdk-group-name: [workspaces, api_keys], x-fern-sdk-method-name: disable}
  /v1/workspace/members:
    get: {operationId: members, x-fern-sdk-group-name: [workspace, members], x-fern-sdk-method-name: list}
  /docs:
    get: {operationId: redirect_to_docs}
  /v1/things:
    get: {operationId: import, x-fern-sdk-group-name: things}
"""


def names_of(doc: Any) -> dict[str, Any]:
    return {
        f"{method.upper()} {path}": (
            op["tags"],
            op["operationId"],
            op["x-fern-sdk-group-name"],
            op["x-fern-sdk-method-name"],
        )
        for path, item in doc["paths"].items()
        for method, op in item.items()
    }


def test_every_operation_is_named_after_its_group_and_method() -> None:
    named = names_of(run_pass(n.name_operations, snippet(NAMES)))
    assert named["GET /v1/voices/search"] == (["voices"], "voices_search", ["voices"], "search")
    assert named["GET /v1/convai/agents/{agent_id}/branches"] == (
        ["conversational_ai_agents_branches"],
        "conversational_ai_agents_branches_list",
        ["conversational_ai", "agents", "branches"],
        "list",
    )
    assert named["GET /v1/convai/conversations/{conversation_id}"][2:] == (
        ["conversational_ai", "conversations"],
        "get",
    ), "a docs page's nested tags say the same as the Fern names"


def test_unnamed_operations_take_their_neighbours_group_and_their_operation_id() -> None:
    named = names_of(run_pass(n.name_operations, snippet(NAMES)))
    assert named["GET /v1/convai/agents/{id}/triage-tickets"][2:] == (
        ["conversational_ai", "agents"],
        "list_agent_tickets",
    ), "the group of the paths sharing the longest start; a FastAPI handler's _route suffix goes"
    assert named["GET /v1/convai/agents/{id}/summary"][2:] == (["conversational_ai", "agents"], "summary"), (
        "a first tag that names no group leaves it to the neighbours"
    )
    assert named["POST /v1/workspaces/api-keys/policy"][2:] == (["workspace"], "set_policy"), (
        "a first tag that names a group wins over the neighbours (workspaces.api_keys), as Fern names it"
    )
    assert named["GET /docs"][2:] == (["docs"], "redirect_to_docs"), "else the path"
    assert named["GET /v1/things"][3] == "import_", "a Python keyword is no method name"


def test_naming_is_idempotent() -> None:
    once = run_pass(n.name_operations, snippet(NAMES))
    assert run_pass(n.name_operations, once) == once


def test_two_operations_with_one_name_are_refused_naming_both() -> None:
    doc = snippet("""
paths:
  /a: {get: {x-fern-sdk-group-name: voices, x-fern-sdk-method-name: get}}
  /b: {get: {x-fern-sdk-group-name: voices, x-fern-sdk-method-name: get}}
""")
    with pytest.raises(n.SpecError) as raised:
        run_pass(n.name_operations, doc)
    assert str(raised.value) == "page.yaml#/paths/~1b/get: the name voices.get is also at page.yaml#/paths/~1a/get"


def test_a_method_named_like_a_group_is_refused() -> None:
    doc = snippet("""
paths:
  /a: {get: {x-fern-sdk-group-name: voices, x-fern-sdk-method-name: settings}}
  /b: {get: {x-fern-sdk-group-name: [voices, settings], x-fern-sdk-method-name: get}}
""")
    with pytest.raises(n.SpecError, match=r"#/paths/~1a/get: method voices.settings has the name of a group"):
        run_pass(n.name_operations, doc)


@pytest.mark.parametrize(
    ("operation", "message"),
    [
        ("{tags: [[{x: 1}]]}", r"#/paths/~1a/get/tags: tags .* are not lists of names"),
        ("{x-fern-sdk-group-name: 3}", r"#/paths/~1a/get/x-fern-sdk-group-name: a group name is a string"),
        ("{tags: [t]}", r"#/paths/~1a/get/operationId: an operation without a method name needs an operationId"),
    ],
)
def test_names_that_cannot_be_read_are_refused(operation: str, message: str) -> None:
    with pytest.raises(n.SpecError, match=message):
        run_pass(n.name_operations, snippet(f"paths: {{/a: {{get: {operation}}}}}"))


# ---- api_key_header_to_security ----


def test_api_key_header_becomes_security_scheme() -> None:
    result = run_pass(n.api_key_header_to_security, snippet(OPERATION))
    operation = result["paths"]["/v1/things/{id}"]["get"]
    assert [p["name"] for p in operation["parameters"]] == ["id"]
    assert operation["security"] == [{"ApiKeyAuth": []}]
    assert result["components"]["securitySchemes"] == {
        "ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "xi-api-key"}
    }


def test_operation_without_api_key_header_is_left_alone() -> None:
    doc = snippet("paths: {/open: {get: {parameters: [{name: q, in: query, schema: {type: string}}]}}}")
    assert run_pass(n.api_key_header_to_security, doc) == doc


def test_only_parameter_removed_drops_the_parameters_key() -> None:
    doc = snippet("paths: {/a: {get: {parameters: [{name: XI-API-KEY, in: header}]}}}")
    assert "parameters" not in run_pass(n.api_key_header_to_security, doc)["paths"]["/a"]["get"]


# ---- fold_groups_named_like_methods (revisions of 2026-06-24 to 2026-06-26) ----


def test_a_group_named_like_a_method_folds_into_its_parent() -> None:
    doc = snippet("""
paths:
  /b/{id}/merge: {post: {x-fern-sdk-group-name: [agents, branches], x-fern-sdk-method-name: merge}}
  /b/{id}/merge-preview: {get: {x-fern-sdk-group-name: [agents, branches, merge], x-fern-sdk-method-name: preview}}
""")
    named = run_pass(n.name_operations, run_pass(n.fold_groups_named_like_methods, doc))
    assert named["paths"]["/b/{id}/merge-preview"]["get"]["operationId"] == "agents_branches_preview_merge"
    assert named["paths"]["/b/{id}/merge"]["post"]["operationId"] == "agents_branches_merge"


def test_a_group_with_groups_below_it_is_not_folded() -> None:
    doc = snippet("""
paths:
  /a: {get: {x-fern-sdk-group-name: voices, x-fern-sdk-method-name: settings}}
  /b: {get: {x-fern-sdk-group-name: [voices, settings], x-fern-sdk-method-name: get}}
  /c: {get: {x-fern-sdk-group-name: [voices, settings, x], x-fern-sdk-method-name: get}}
""")
    assert run_pass(n.fold_groups_named_like_methods, doc) == doc


# ---- declare_path_parameters (revisions of 2025-02 and 2025-03 docs) ----


def test_an_undeclared_path_parameter_is_declared_and_declared_ones_stay() -> None:
    doc = snippet("""
paths:
  /a/{agent_id}/kb/{doc_id}:
    parameters: [{name: doc_id, in: path, required: true, schema: {type: integer}}]
    post: {operationId: add, parameters: [{name: q, in: query, schema: {type: string}}]}
  /b/{id}: {get: {operationId: b, parameters: [{name: id, in: path, required: true, schema: {type: integer}}]}}
""")
    result = run_pass(n.declare_path_parameters, doc)
    assert result["paths"]["/a/{agent_id}/kb/{doc_id}"]["post"]["parameters"] == [
        {"name": "agent_id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "q", "in": "query", "schema": {"type": "string"}},
    ]
    assert result["paths"]["/b/{id}"] == doc["paths"]["/b/{id}"]


# ---- split_mixed_enums (revisions of 2026-06 and 2026-07 live) ----


def test_an_enum_of_booleans_and_strings_becomes_a_union_per_type() -> None:
    doc = snippet("""
components:
  schemas:
    Body:
      type: object
      properties:
        plan: {anyOf: [{type: boolean}, {type: string}], enum: [true, false, music_v1, music_v2], default: false}
        kind: {type: string, enum: [a, b]}
""")
    result = run_pass(n.split_mixed_enums, doc)["components"]["schemas"]["Body"]["properties"]
    assert result["plan"] == {
        "default": False,
        "anyOf": [{"type": "boolean"}, {"type": "string", "enum": ["music_v1", "music_v2"]}],
    }
    assert result["kind"] == {"type": "string", "enum": ["a", "b"]}


# ---- loosen_recursive_unions (revisions of 2026-06 live) ----


def test_a_union_that_holds_itself_holds_any_value_where_it_recurs_and_models_may_recur() -> None:
    doc = snippet("""
components:
  schemas:
    Value:
      anyOf: [{type: string}, {type: array, items: {$ref: '#/components/schemas/Value'}}, {type: 'null'}]
    Tree:
      type: object
      properties: {children: {type: array, items: {$ref: '#/components/schemas/Tree'}}}
""")
    schemas = run_pass(n.loosen_recursive_unions, doc)["components"]["schemas"]
    assert schemas["Value"]["anyOf"] == [{"type": "string"}, {"type": "array", "items": {}}, {"type": "null"}]
    assert schemas["Tree"] == doc["components"]["schemas"]["Tree"]


# ---- drop_examples_with_refs (revision 2025-08-20 docs) ----


def test_an_example_holding_a_ref_is_dropped_and_check_refs_passes() -> None:
    doc = snippet("""
components:
  schemas:
    Music:
      type: object
      properties:
        example: {type: string, example: plain}
      example: {metadata: {$defs: {S: {type: object}}, items: {$ref: '#/$defs/S'}}}
""")
    result = run_pass(n.check_refs, run_pass(n.drop_examples_with_refs, doc))
    assert "example" not in result["components"]["schemas"]["Music"]
    assert result["components"]["schemas"]["Music"]["properties"]["example"] == {"type": "string", "example": "plain"}


# ---- check_refs ----


def test_dangling_ref_is_refused_with_its_pointer() -> None:
    doc = snippet("""
components:
  schemas:
    A: {type: object, properties: {b: {$ref: '#/components/schemas/Missing'}}}
""")
    with pytest.raises(n.SpecError) as raised:
        run_pass(n.check_refs, doc)
    assert str(raised.value) == (
        "page.yaml#/components/schemas/A/properties/b/$ref: unresolvable $ref '#/components/schemas/Missing'"
    )


# ---- merge_pages and pin_pages ----


def page(operation_id: str, path: str, schema: dict[str, Any]) -> Any:
    return {
        "paths": {path: {"get": {"operationId": operation_id, "tags": ["t"]}}},
        "components": {"schemas": {"Shared": schema}},
    }


def test_identical_twin_schemas_are_kept_once() -> None:
    shared = {"type": "string", "enum": ["a"]}
    merged, owners = n.merge_pages({"a.yaml": page("t_a", "/a", shared), "b.yaml": page("t_b", "/b", dict(shared))})
    assert merged["components"]["schemas"] == {"Shared": shared}
    assert list(merged["paths"]) == ["/a", "/b"]
    assert owners == {("paths", "/a", "get"): "a.yaml", ("paths", "/b", "get"): "b.yaml"}


def test_differing_twin_schemas_are_refused_naming_both_files() -> None:
    pages = {"a.yaml": page("t_a", "/a", {"type": "string"}), "b.yaml": page("t_b", "/b", {"type": "integer"})}
    with pytest.raises(n.SpecError) as raised:
        n.merge_pages(pages)
    assert str(raised.value) == "b.yaml#/components/schemas/Shared: differs from the definition in a.yaml"


def test_same_operation_in_two_pages_is_refused() -> None:
    with pytest.raises(n.SpecError, match=r"b.yaml#/paths/~1a/get: operation already defined in a.yaml"):
        n.merge_pages({"a.yaml": page("t_a", "/a", {}), "b.yaml": page("t_b", "/a", {})})


WHOLE = {
    "paths": {
        "/a": {"get": {"operationId": "t_a", "summary": "whole"}},
        "/b": {"get": {"operationId": "t_b"}},
    },
    "components": {"schemas": {"Shared": {"type": "integer"}, "Other": {"type": "boolean"}}},
}


def test_a_page_pins_its_operations_and_schemas_over_the_whole_spec() -> None:
    pinned = n.pin_pages(WHOLE, "whole.json", {"a.yaml": page("t_a", "/a", {"type": "string"})})
    assert pinned["paths"]["/a"]["get"] == {"operationId": "t_a", "tags": ["t"]}
    assert pinned["paths"]["/b"] == WHOLE["paths"]["/b"]
    assert pinned["components"]["schemas"] == {"Other": {"type": "boolean"}, "Shared": {"type": "string"}}


def test_a_page_that_takes_another_operations_name_is_refused_naming_both() -> None:
    with pytest.raises(n.SpecError) as raised:
        n.pin_pages(WHOLE, "whole.json", {"c.yaml": page("t_b", "/c", {})})
    assert (
        str(raised.value) == "c.yaml#/paths/~1c/get: duplicate operation name 't_b', also at whole.json#/paths/~1b/get"
    )


def test_stale_pins_say_what_the_page_hides() -> None:
    whole = snippet("""
paths:
  /a: {get: {parameters: [{name: q, in: query, schema: {type: string}}, {name: new, in: query}]}}
components:
  schemas:
    Item:
      properties:
        kept: {anyOf: [{type: string}, {type: 'null'}], title: Kept}
        state: {type: string, enum: [created, deleted]}
        added: {type: string}
""")
    page_doc = snippet("""
paths:
  /a: {get: {parameters: [{name: q, in: query, schema: {type: string}, description: words differ}]}}
components:
  schemas:
    Item:
      properties:
        kept: {type: [string, 'null'], description: the same field as the docs write it}
        state: {description: Any type}
        gone: {type: string}
""")
    # `query new` is not hidden: the pinned operation takes it from the whole spec (pinned_operation).
    assert n.stale_pins(whole, "whole.json", {"p.yaml": page_doc}) == [
        (
            "p.yaml#/components/schemas/Item pins only in the page: gone; only in the whole spec: added; "
            "different: state (whole.json differs)"
        ),
    ]
    page_doc["paths"]["/a"]["get"]["parameters"][0]["schema"] = {"type": "integer"}
    assert n.stale_pins(whole, "whole.json", {"p.yaml": page_doc})[0] == (
        "p.yaml#/paths/~1a/get pins different: query q (whole.json differs)"
    )


PINNED_WHOLE = """
paths:
  /c/{id}:
    get:
      operationId: c_get
      parameters:
        - {name: id, in: path, required: true, schema: {type: string, title: Id}}
        - {name: format, in: query, schema: {type: string, enum: [json, opentelemetry]}}
        - {name: X-Trace, in: header, schema: {type: string}}
        - {name: limit, in: query, schema: {type: integer}}
      responses: {'200': {description: whole}}
"""

PINNED_PAGE = """
paths:
  /c/{id}:
    get:
      operationId: c_get
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: x-trace, in: header, required: true, schema: {type: string}}
        - {name: limit, in: query, schema: {type: string}}
      responses: {'200': {description: page}}
"""


def test_a_pinned_operation_gets_the_parameters_only_the_whole_spec_declares() -> None:
    page_doc = snippet(PINNED_PAGE)
    pinned = n.pin_pages(snippet(PINNED_WHOLE), "whole.json", {"p.yaml": page_doc})["paths"]["/c/{id}"]["get"]
    # The page's own parameters (a header in any case is the same one) keep the page's shapes, and
    # its responses stay; the whole spec's `format` comes after them.
    assert pinned["parameters"] == [*page_doc["paths"]["/c/{id}"]["get"]["parameters"], FORMAT_PARAMETER]
    assert pinned["responses"] == {"200": {"description": "page"}}


FORMAT_PARAMETER = {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["json", "opentelemetry"]}}


def test_a_page_with_every_parameter_of_the_whole_spec_is_pinned_as_it_is() -> None:
    page_doc = snippet(PINNED_PAGE)
    page_doc["paths"]["/c/{id}"]["get"]["parameters"].append(FORMAT_PARAMETER)
    pinned = n.pin_pages(snippet(PINNED_WHOLE), "whole.json", {"p.yaml": page_doc})
    assert pinned["paths"]["/c/{id}"]["get"] == page_doc["paths"]["/c/{id}"]["get"]
    # And an operation the whole spec lacks is the page's alone.
    alone = snippet(PINNED_PAGE.replace("/c/{id}", "/d/{id}").replace("c_get", "d_get"))
    pinned = n.pin_pages(snippet(PINNED_WHOLE), "whole.json", {"p.yaml": alone})
    assert pinned["paths"]["/d/{id}"]["get"] == alone["paths"]["/d/{id}"]["get"]


def test_the_seed_pages_reach_the_client_with_the_whole_specs_parameters() -> None:
    """conversations.get(format=...) is newer than its page; the history pages declare all of theirs already.
    Either way each page's own parameters are pinned as the page has them."""
    whole, pages = pinned_sources()
    pinned = n.pin_pages(whole, "openapi/openapi.json", pages)
    names = {}
    for file, page_doc in pages.items():
        for (_, path, method), operation in n.operations(page_doc):
            theirs = whole["paths"][path][method]
            ours = pinned["paths"][path][method]
            keys = [(p["in"], p["name"].lower()) for p in ours["parameters"]]
            assert keys[: len(operation["parameters"])] == [
                (p["in"], p["name"].lower()) for p in operation["parameters"]
            ]
            assert ours["parameters"][: len(operation["parameters"])] == operation["parameters"], file
            assert {(p["in"], p["name"].lower()) for p in theirs["parameters"]} <= set(keys), file
            names[file] = [name for _, name in keys[len(operation["parameters"]) :]]
    assert names == {
        "openapi/pages/conversations_get.yaml": ["format"],
        "openapi/pages/history_get.yaml": [],
        "openapi/pages/history_list.yaml": [],
    }


def test_colliding_operation_ids_are_refused_end_to_end() -> None:
    """Two pages that both say `get` in one group: the generator would silently drop one."""
    first = snippet(OPERATION)
    second = snippet(OPERATION.replace("/v1/things/{id}", "/v1/things/{id}/other"))
    with pytest.raises(n.SpecError, match="duplicate operation name 'things_get'"):
        n.normalize({"paths": {}}, {"a.yaml": first, "b.yaml": second})


# ---- order_union_members ----


UNION = """
components:
  schemas:
    Results:
      oneOf:
        - $ref: '#/components/schemas/Other'
        - $ref: '#/components/schemas/System'
        - $ref: '#/components/schemas/Workflow'
    Other: {type: object, properties: {type: {oneOf: [{type: string, enum: [client]}, {type: 'null'}]}}}
    System: {type: object, properties: {type: {type: string, const: system}}}
    Workflow: {type: object, properties: {type: {type: string, const: workflow}}}
    Untagged: {oneOf: [{type: string}, {type: integer}]}
"""


def test_catch_all_union_member_goes_last() -> None:
    result = run_pass(n.order_union_members, snippet(UNION))
    assert [m["$ref"].rsplit("/", 1)[1] for m in result["components"]["schemas"]["Results"]["oneOf"]] == [
        "System",
        "Workflow",
        "Other",
    ]
    assert result["components"]["schemas"]["Untagged"] == snippet(UNION)["components"]["schemas"]["Untagged"]


# ---- open_response_enums ----


OPEN = """
paths:
  /things:
    get:
      parameters: [{name: kind, in: query, schema: {$ref: '#/components/schemas/Kind'}}]
      responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}}
components:
  schemas:
    Kind: {type: string, enum: [a, b]}
    Thing:
      type: object
      properties:
        kind: {$ref: '#/components/schemas/Kind', description: what it is}
        maybe: {oneOf: [{$ref: '#/components/schemas/Kind'}, {type: 'null'}]}
        many: {type: array, items: {type: string, enum: [x]}}
    Unrelated: {type: object, properties: {kind: {$ref: '#/components/schemas/Kind'}}}
"""


def test_enums_read_from_responses_also_admit_any_string() -> None:
    result = run_pass(n.open_response_enums, snippet(OPEN))
    schemas = result["components"]["schemas"]
    kind = {"$ref": "#/components/schemas/Kind"}
    assert schemas["Thing"]["properties"] == {
        "kind": {"description": "what it is", "anyOf": [kind, {"type": "string"}]},
        "maybe": {"anyOf": [kind, {"type": "null"}, {"type": "string"}]},
        "many": {"type": "array", "items": {"anyOf": [{"type": "string", "enum": ["x"]}, {"type": "string"}]}},
    }
    assert schemas["Kind"] == {"type": "string", "enum": ["a", "b"]}, "the enum itself stays closed"
    assert schemas["Unrelated"] == snippet(OPEN)["components"]["schemas"]["Unrelated"], "not in any response"
    assert result["paths"] == snippet(OPEN)["paths"], "parameters stay closed"
    assert run_pass(n.open_response_enums, result) == result


# ---- open_response_unions ----


def test_tagged_unions_read_from_responses_admit_an_unknown_kind() -> None:
    doc = snippet(
        OPEN.replace("maybe: {oneOf:", "maybe: {unused:")
        + """
    Step:
      oneOf: [{$ref: '#/components/schemas/Edge'}, {$ref: '#/components/schemas/Loop'}]
    Edge: {type: object, properties: {type: {type: string, const: edge}}}
    Loop: {type: object, properties: {type: {type: string, const: loop}}}
    Plain: {oneOf: [{type: string}, {type: integer}]}
"""
    )
    doc["components"]["schemas"]["Thing"]["properties"].update(
        step={"$ref": "#/components/schemas/Step"}, plain={"$ref": "#/components/schemas/Plain"}
    )
    result = run_pass(n.open_response_unions, doc)
    schemas = result["components"]["schemas"]
    assert schemas["Step"]["oneOf"][-1] == {"$ref": "#/components/schemas/UnknownVariant"}
    assert schemas["UnknownVariant"] == {
        "type": "object",
        "description": schemas["UnknownVariant"]["description"],
        "additionalProperties": True,
    }
    assert schemas["Plain"] == doc["components"]["schemas"]["Plain"], "not tagged: left alone"
    assert run_pass(n.open_response_unions, result) == result


def test_untagged_documents_get_no_unknown_variant() -> None:
    assert run_pass(n.open_response_unions, snippet(OPEN)) == snippet(OPEN)


# ---- shapes the generator would drop ----


def test_twin_schemas_sharing_a_title_take_their_own_names() -> None:
    doc = snippet("""
components:
  schemas:
    Agent-Input: {type: object, title: Agent}
    Agent-Output: {type: object, title: Agent}
    Voice: {type: object, title: Voice}
""")
    schemas = run_pass(n.distinct_twin_titles, doc)["components"]["schemas"]
    assert [schemas[name]["title"] for name in ("Agent-Input", "Agent-Output", "Voice")] == [
        "AgentInput",
        "AgentOutput",
        "Voice",
    ]


# ---- official names ----


@pytest.mark.parametrize(
    ("name", "official"),
    [
        ("ConversationalConfigAPIModel-Input", "ConversationalConfigApiModelInput"),
        ("ASRConversationalConfig", "AsrConversationalConfig"),
        ("AddVoiceIVCResponseModel", "AddVoiceIvcResponseModel"),
        ("CreateOAuth2JWTRequest", "CreateOAuth2JwtRequest"),
        ("ApiIntegrationOAuth2AuthCodeResponse", "ApiIntegrationOAuth2AuthCodeResponse"),
        ("GetVoicesV2ResponseModel", "GetVoicesV2ResponseModel"),
        ("Body_Text_to_speech_v1_text_to_speech__voice_id__post", "BodyTextToSpeechV1TextToSpeechVoiceIdPost"),
        ("voice_sharing_state", "VoiceSharingState"),
        ("LLM", "Llm"),
        ("Voice", "Voice"),
    ],
)
def test_fern_casing(name: str, official: str) -> None:
    assert official_names.fern_pascal(name) == official


@pytest.mark.parametrize(
    ("title", "class_name"),
    [
        ("Foo-Input", "FooInput"),
        ("ConversationalConfigAPIModel", "ConversationalConfigAPIModel"),
        ("VOICE_CATEGORY", "VOICECATEGORY"),
    ],
)
def test_the_generators_class_names(title: str, class_name: str) -> None:
    assert official_names.generator_class_name(title) == class_name


OVERRIDDEN = """
components:
  schemas:
    VoiceSettingsResponseModel: {type: object, title: VoiceSettingsResponseModel}
    VoiceSettings: {type: object, title: VoiceSettings}
    Agent-Input: {type: object, title: Agent}
    Agent-Output: {type: object, title: Agent}
    ASRConfig: {type: object, title: ASRConfig}
    Plain: {type: string, enum: [a]}
"""
RENAMES = {"VoiceSettingsResponseModel": "VoiceSettings", "Agent-Input": "Agent", "Agent-Output": "Agent"}


def test_official_titles_overrides_first_then_fern_casing_and_earlier_names_kept() -> None:
    doc = snippet(OVERRIDDEN)
    before = copy.deepcopy(doc)
    result = n.official_titles(doc, "spec.json", RENAMES)
    assert doc == before
    schemas = result["components"]["schemas"]
    titles = {name: schema.get("title") for name, schema in schemas.items()}
    assert titles == {
        "VoiceSettingsResponseModel": "VoiceSettings",  # the override wins the name...
        "VoiceSettings": "VoiceSettingsModel",  # ...and the schema that had it takes its own with Model after it
        "Agent-Input": "Agent",  # an -Input twin wins over its -Output
        "Agent-Output": "AgentOutput",
        "ASRConfig": "AsrConfig",
        "Plain": None,  # no title: the generator names it after its key, which is its official name
    }
    earlier = {name: schema.get("x-earlier-names") for name, schema in schemas.items()}
    assert earlier == {
        "VoiceSettingsResponseModel": ["VoiceSettingsResponseModel"],
        "VoiceSettings": None,  # its earlier name is the official VoiceSettings now: no alias
        "Agent-Input": ["AgentInput"],
        "Agent-Output": None,
        "ASRConfig": ["ASRConfig"],
        "Plain": None,
    }
    assert n.official_titles(result, "spec.json", RENAMES) == result


def test_template_data_has_each_models_earlier_name() -> None:
    doc = n.official_titles(snippet(OVERRIDDEN), "spec.json", RENAMES)
    data = n.template_data({**doc, "paths": {}})
    assert data["models"]["VoiceSettings"] == "VoiceSettingsResponseModel"
    assert data["models"]["Plain"] == ""
    assert data["model_aliases"] == {
        "ASRConfig": "AsrConfig",
        "AgentInput": "Agent",
        "VoiceSettingsResponseModel": "VoiceSettings",
    }


def test_tagged_union_members_take_fern_names_after_where_the_union_is() -> None:
    doc = snippet("""
components:
  schemas:
    Op:
      oneOf: [{$ref: '#/components/schemas/OpPop'}, {$ref: '#/components/schemas/OpPush'}]
      discriminator: {propertyName: type, mapping: {pop: '#/components/schemas/OpPop', push: '#/components/schemas/OpPush'}}
    OpPop: {type: object, title: OpPop}
    OpPush: {type: object, title: OpPush}
    Agent-Input:
      type: object
      title: Agent
      properties:
        tools:
          type: array
          items:
            oneOf: [{$ref: '#/components/schemas/OpPop'}]
            discriminator: {propertyName: type, mapping: {system_tool: '#/components/schemas/OpPop'}}
        overrides:
          anyOf:
            - type: object
              additionalProperties:
                oneOf: [{$ref: '#/components/schemas/OpPush'}]
                discriminator: {propertyName: source, mapping: {dynamic_variable: '#/components/schemas/OpPush'}}
            - type: 'null'
""")
    doc = n.official_titles(doc, "spec.json", {"Agent-Input": "AgentConfig"})
    assert official_names.union_member_names(doc) == {
        "Op_Pop": "OpPop",
        "Op_Push": "OpPush",
        "AgentConfigToolsItem_SystemTool": "OpPop",  # the union inside AgentConfig (the renamed Agent-Input)
        "AgentConfigOverridesValue_DynamicVariable": "OpPush",
    }
    assert official_names.union_names(doc) == {"Op": ["OpPop", "OpPush"]}  # a union of one member is no union


def test_a_union_of_models_may_hold_a_string_constant() -> None:
    doc = snippet("""
components:
  schemas:
    Formats: {type: string, enum: [mp3, pcm]}
    Sound: {anyOf: [{$ref: '#/components/schemas/Formats'}, {type: string, const: 'off'}]}
    Plain: {anyOf: [{type: string, const: a}, {type: string, const: b}]}
""")
    # The constant is written as its JSON string, which the models package makes `Literal["off"]`; a union of
    # constants alone is an enum, no union of models.
    assert official_names.union_names(doc) == {"Sound": ["Formats", '"off"']}


# ---- inline_names: Fern's names for inline schemas, paired with the generated classes ----


def test_inline_schemas_take_fern_names_after_where_they_are() -> None:
    doc = snippet("""
components:
  schemas:
    Voice-Model:
      type: object
      title: Voice
      properties:
        category: {type: string, enum: [premade, cloned], title: Category of the voice}
        sharing:
          type: object
          properties:
            state: {type: string, enum: [enabled, disabled]}
        labels:
          type: array
          items: {type: object, properties: {key: {type: string}}}
        settings:
          type: object
          additionalProperties: {type: string, enum: [on, off]}
        source:
          anyOf:
            - {type: object, properties: {url: {type: string}}}
            - {type: array, items: {type: string, enum: [a, b]}}
        status:
          anyOf: [{type: string, enum: [done, failed]}, {type: string}]
""")
    named = {name: (found.rule, found.target, found.members) for name, found in inline_names.inline_names(doc).items()}
    assert named == {
        "VoiceCategory": ("inline_schema", "VoiceCategoryOfTheVoice", ()),  # the generator takes the title
        "VoiceSharing": ("inline_schema", "VoiceSharing", ()),
        "VoiceSharingState": ("inline_schema", "VoiceSharingState", ()),
        "VoiceLabelsItem": ("inline_schema", "VoiceLabelsItem", ()),
        "VoiceSettingsValue": ("inline_schema", "VoiceSettingsAdditionalProperty", ()),
        "VoiceSourceZero": ("inline_schema", "VoiceSourceType0", ()),
        "VoiceSourceOneItem": ("inline_schema", "VoiceSourceType1Item", ()),
        # an enum open to new values is one type to Fern, its Python type the Literal or a str
        "VoiceStatus": ("inline_schema", None, ("VoiceStatusType0", "str")),
    }


def test_operations_inline_schemas_are_named_after_the_request_and_response() -> None:
    doc = snippet("""
paths:
  /v1/history:
    post:
      operationId: history_list
      x-fern-sdk-group-name: [workspace, history]
      x-fern-sdk-method-name: list
      parameters:
        - {name: sort_direction, in: query, schema: {type: string, enum: [asc, desc]}}
        - {name: source, in: query, schema: {anyOf: [{type: string, enum: [TTS, STS]}, {type: 'null'}], title: Source}}
        - {name: model, in: query, schema: {oneOf: [{$ref: '#/components/schemas/V1HistoryGetParametersModelSchema'}, {type: 'null'}]}}
      requestBody:
        content:
          multipart/form-data: {schema: {$ref: '#/components/schemas/Body_History'}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:  # both keywords, as FastAPI sometimes writes a response union
                anyOf: [{$ref: '#/components/schemas/Item'}, {$ref: '#/components/schemas/Other'}]
                oneOf: [{$ref: '#/components/schemas/Item'}, {$ref: '#/components/schemas/Other'}]
  /v1/things:
    post:
      operationId: things_create
      x-fern-sdk-group-name: [things]
      x-fern-sdk-method-name: create
      requestBody:
        content:
          application/json:
            schema: {oneOf: [{$ref: '#/components/schemas/Item'}, {$ref: '#/components/schemas/Other'}]}
      responses: {'200': {description: ok}}
components:
  schemas:
    Body_History:
      type: object
      title: Body_History
      properties:
        file_format: {type: string, enum: [pcm, other]}
    Item: {type: object, title: Item, properties: {kind: {type: string, const: item}}}
    Other: {type: object, title: Other, properties: {kind: {type: string, const: other}}}
    V1HistoryGetParametersModelSchema: {type: string, enum: [v1, v2]}
""")
    named = {name: (found.rule, found.target, found.members) for name, found in inline_names.inline_names(doc).items()}
    assert named["HistoryListRequestSortDirection"] == ("request_parameter", "HistoryListSortDirection", ())
    assert named["HistoryListRequestSource"] == ("request_parameter", "HistoryListSourceType0", ())
    # a docs page's schema moved out of its parameter is still named after the request
    assert named["HistoryListRequestModel"] == ("request_parameter", "V1HistoryGetParametersModelSchema", ())
    # a form body's fields are the request's own; the generator names them after the body schema
    assert named["HistoryListRequestFileFormat"] == ("request_body", "BodyHistoryFileFormat", ())
    assert named["HistoryListResponse"] == ("response", None, ("Item", "Other"))
    assert named["ThingsCreateRequestBody"] == ("request_body", None, ("Item", "Other"))
    # the members' constant `kind` tells them apart, as Fern infers
    assert named["ThingsCreateRequestBody_Item"] == ("union_member", "Item", ())
    assert named["HistoryListResponse_Other"] == ("union_member", "Other", ())


def test_a_union_with_plain_values_is_a_union_of_builtins_and_the_catch_all_member_has_no_tag() -> None:
    doc = snippet("""
components:
  schemas:
    Mcp:
      type: object
      title: Mcp
      properties:
        url: {anyOf: [{type: string}, {$ref: '#/components/schemas/Secret'}], title: Url}
        avatar: {anyOf: [{$ref: '#/components/schemas/Orb'}, {$ref: '#/components/schemas/Image'}, {$ref: '#/components/schemas/UnknownVariant'}]}
    Secret: {type: object, properties: {secret_id: {type: string}}}
    Orb: {type: object, properties: {type: {type: string, const: orb}}}
    Image: {type: object, properties: {type: {type: string, const: image}}}
    UnknownVariant: {type: object}
""")
    named = {name: (found.rule, found.target, found.members) for name, found in inline_names.inline_names(doc).items()}
    assert named == {
        "McpUrl": ("inline_schema", None, ("str", "Secret")),
        "McpAvatar": ("inline_schema", None, ("Orb", "Image", "UnknownVariant")),
        "McpAvatar_Orb": ("union_member", "Orb", ()),
        "McpAvatar_Image": ("union_member", "Image", ()),
    }


def test_template_data_pairs_fern_names_with_classes_and_unions() -> None:
    doc = snippet("""
paths: {}
components:
  schemas:
    Voice:
      type: object
      title: Voice
      properties:
        state: {type: string, enum: [on, off]}
        url: {anyOf: [{type: string}, {$ref: '#/components/schemas/Secret'}]}
    Secret: {type: object, title: Secret, properties: {secret_id: {type: string}}}
""")
    data = n.template_data(doc)
    assert data["fern_aliases"] == {"VoiceState": "VoiceState"}
    assert data["unions"] == {"VoiceUrl": ["str", "Secret"]}


def test_a_component_yields_its_name_to_fern_name_for_an_inline_enum() -> None:
    doc = snippet("""
components:
  schemas:
    VoiceResponseModel:
      type: object
      title: Voice
      properties:
        category: {type: string, enum: [premade, high_quality]}
    VOICE_CATEGORY: {type: string, enum: [premade], title: VoiceCategory, x-earlier-names: [VOICECATEGORY, VoiceCategory]}
""")
    result = run_pass(n.inline_names_win, doc)
    category = result["components"]["schemas"]["VOICE_CATEGORY"]
    assert category["title"] == "VoiceCategoryModel"  # the official VoiceCategory is the voice's category
    assert category["x-earlier-names"] == ["VOICECATEGORY"]
    assert run_pass(n.inline_names_win, result) == result


def test_template_data_has_plain_schemas_as_python_types() -> None:
    doc = snippet("""
paths: {}
components:
  schemas:
    ItemId: {type: string, pattern: '^item_'}
    Export: {type: object, title: Export, properties: {format: {type: string}}}
    AdditionalFormats: {type: array, items: {$ref: '#/components/schemas/Export'}, title: AdditionalFormats}
    Level: {type: string, enum: [low, high]}
""")
    assert n.template_data(doc)["plain_types"] == {"ItemId": ["str"], "AdditionalFormats": ["list", "Export"]}


# ---- name_one_shape_twins ----


TWINS = """
components:
  schemas:
    Step-Input: {type: object, title: StepInput, properties: {at: {type: integer}}}
    Step-Output: {type: object, title: StepOutput, properties: {at: {type: integer, title: At}}}
    Tool-Input:
      type: object
      title: ToolInput
      properties: {steps: {additionalProperties: {$ref: '#/components/schemas/Step-Input'}}}
    Tool-Output:
      type: object
      title: ToolOutput
      properties: {steps: {additionalProperties: {$ref: '#/components/schemas/Step-Output'}}}
    Agent-Input: {type: object, title: AgentInput, properties: {name: {type: string}}}
    Agent-Output: {type: object, title: AgentOutput, properties: {id: {type: string}}}
    Taken-Input: {type: object, title: TakenInput}
    Taken-Output: {type: object, title: TakenOutput}
    Taken: {type: object, title: Taken}
"""


def test_twins_of_one_shape_are_also_importable_under_fern_plain_name() -> None:
    result = run_pass(n.name_one_shape_twins, snippet(TWINS))
    schemas = result["components"]["schemas"]
    assert schemas["Step-Input"]["x-fern-names"] == ["Step"]  # titles aside, one shape
    assert schemas["Tool-Input"]["x-fern-names"] == ["Tool"]  # one shape once Step's twins are one
    assert "x-fern-names" not in schemas["Agent-Input"]  # two shapes: FooInput and FooOutput only
    assert "x-fern-names" not in schemas["Taken-Input"]  # a schema has the plain name
    assert not any("x-fern-names" in schemas[name] for name in ("Step-Output", "Tool-Output"))
    assert run_pass(n.name_one_shape_twins, result) == result
    assert n.template_data({**result, "paths": {}})["fern_aliases"]["Tool"] == "ToolInput"


@pytest.mark.parametrize(
    ("overrides", "pointer", "problem"),
    [
        ("[1, 2]", "", "an overrides file is a mapping"),
        ("components: {schemas: [1]}", "/components/schemas", "expected a mapping of schema name"),
        ("components: {schemas: {Voice: 3}}", "/components/schemas/Voice", "expected a mapping"),
        (
            "components: {schemas: {Voice: {x-fern-type-name: 3}}}",
            "/components/schemas/Voice/x-fern-type-name",
            "not a type name: 3",
        ),
        (
            "components: {schemas: {Voice: {x-fern-type-name: '-'}}}",
            "/components/schemas/Voice/x-fern-type-name",
            "not a type name",
        ),
    ],
)
def test_a_bad_overrides_file_is_refused_naming_the_file_and_pointer(
    overrides: str, pointer: str, problem: str
) -> None:
    whole = snippet(OPERATION)
    with pytest.raises(n.SpecError, match=re.escape(f"openapi/openapi-overrides.yml#{pointer}: {problem}")):
        n.normalize(whole, overrides=snippet(overrides), overrides_file="openapi/openapi-overrides.yml")


def test_union_members_sharing_a_title_are_told_apart_by_their_own_field() -> None:
    doc = snippet("""
components:
  schemas:
    Node:
      oneOf:
        - {type: object, title: LLMNode, required: [value_schema], properties: {type: {const: llm}, value_schema: {}}}
        - {type: object, title: LLMNode, required: [prompt], properties: {type: {const: llm}, prompt: {}}}
""")
    members = run_pass(n.distinct_member_titles, doc)["components"]["schemas"]["Node"]["oneOf"]
    assert [m["title"] for m in members] == ["LLMNodeValueSchema", "LLMNodePrompt"]


def test_defaults_the_generator_cannot_use_go() -> None:
    doc = snippet("""
components:
  schemas:
    LLM: {type: string, enum: [gpt-4o]}
    Test:
      properties:
        llm: {anyOf: [{$ref: '#/components/schemas/LLM'}, {type: 'null'}], default: claude-sonnet-4-6}
        known: {anyOf: [{$ref: '#/components/schemas/LLM'}, {type: 'null'}], default: gpt-4o}
        items: {oneOf: [{$ref: '#/components/schemas/LLM'}], default: {type: string}}
        plain: {type: integer, default: 3}
        default: {type: string}
""")
    properties = run_pass(n.drop_unusable_defaults, doc)["components"]["schemas"]["Test"]["properties"]
    assert "default" not in properties["llm"], "not a value of its enum"
    assert "default" not in properties["items"], "an object"
    assert properties["known"]["default"] == "gpt-4o"
    assert properties["plain"]["default"] == 3
    assert properties["default"] == {"type": "string"}, "a field named default is a field"


def test_a_union_of_arrays_becomes_an_array_of_the_union() -> None:
    doc = snippet("""
components:
  schemas:
    Dependencies:
      anyOf:
        - {type: array, items: {anyOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]}}
        - {type: array, items: {$ref: '#/components/schemas/C'}}
        - {type: 'null'}
""")
    result = run_pass(n.merge_array_unions, doc)["components"]["schemas"]["Dependencies"]
    refs = [{"$ref": f"#/components/schemas/{name}"} for name in "ABC"]
    assert result == {"anyOf": [{"type": "array", "items": {"anyOf": refs}}, {"type": "null"}]}


RESPONSES = """
paths:
  /audio:
    get:
      responses:
        '200': {content: {audio/mpeg: {}, video/mp4: {schema: {type: string, format: binary}}}}
        '422': {content: {application/json: {schema: {type: object}}}}
  /export:
    get:
      responses: {'200': {content: {text/csv: {schema: {type: string, format: binary}}}}}
  /page:
    get:
      responses: {'200': {content: {text/html: {schema: {type: string}}}}}
  /events:
    post:
      x-fern-streaming: true
      responses: {'200': {content: {text/event-stream: {}}}}
  /timestamps:
    post:
      x-fern-streaming: true
      responses: {'200': {content: {application/json: {schema: {type: object}}}}}
  /snapshot:
    post:
      x-fern-streaming: true
      responses: {'200': {description: audio}}
"""


def test_bodies_that_are_not_json_nor_text_stream_as_bytes() -> None:
    paths = run_pass(n.binary_responses, snippet(RESPONSES))["paths"]
    binary = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
    assert paths["/audio"]["get"]["responses"]["200"] == {
        "content": binary,
        "x-media-types": ["audio/mpeg", "video/mp4"],
    }
    assert (
        paths["/audio"]["get"]["responses"]["422"] == snippet(RESPONSES)["paths"]["/audio"]["get"]["responses"]["422"]
    )
    assert paths["/export"]["get"]["responses"]["200"]["content"] == binary, "text that is a file"
    assert paths["/page"] == snippet(RESPONSES)["paths"]["/page"], "text stays text"
    assert paths["/events"] == snippet(RESPONSES)["paths"]["/events"], "events are streamed_responses' business"


def test_streamed_json_is_json_lines_events_are_events_and_a_streamed_body_without_content_is_bytes() -> None:
    paths = run_pass(n.streamed_responses, snippet(RESPONSES))["paths"]
    assert paths["/timestamps"]["post"]["responses"]["200"]["x-stream"] == "json-lines"
    assert paths["/snapshot"]["post"]["responses"]["200"]["content"] == {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
    }
    assert paths["/audio"] == snippet(RESPONSES)["paths"]["/audio"], "not marked x-fern-streaming"
    assert paths["/events"]["post"]["responses"]["200"] == {
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
        "x-stream": "events",
        "x-media-types": ["text/event-stream"],
    }
    assert run_pass(n.streamed_responses, {"paths": paths}) == {"paths": paths}


def test_a_multipart_mixed_body_is_read_part_by_part_and_one_beside_other_media_stays_bytes() -> None:
    doc = snippet("""
paths:
  /detailed:
    post:
      responses: {'200': {content: {multipart/mixed: {schema: {type: string, format: binary}}}}}
  /either:
    post:
      responses: {'200': {content: {multipart/mixed: {}, audio/mpeg: {}}}}
""")
    paths = run_pass(n.streamed_responses, run_pass(n.binary_responses, doc))["paths"]
    assert paths["/detailed"]["post"]["responses"]["200"] == {
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
        "x-media-types": ["multipart/mixed"],
        "x-stream": "multipart",
    }
    assert "x-stream" not in paths["/either"]["post"]["responses"]["200"], "the client cannot tell which it gets"
    assert run_pass(n.streamed_responses, {"paths": paths}) == {"paths": paths}


def test_deprecated_operations_and_parameters_say_so_in_their_docstrings() -> None:
    doc = snippet("""
paths:
  /old:
    get:
      deprecated: true
      summary: Get usage
      description: Returns usage.
      parameters: [{name: q, in: query, deprecated: true}, {name: r, in: query, description: fine}]
""")
    result = run_pass(n.describe_deprecation, doc)
    operation = result["paths"]["/old"]["get"]
    assert (operation["summary"], operation["description"]) == ("Deprecated: Get usage", "Deprecated. Returns usage.")
    assert [p.get("description") for p in operation["parameters"]] == ["Deprecated.", "fine"]
    assert run_pass(n.describe_deprecation, result) == result


PAGES_OF = """
paths:
  /v1/things:
    get:
      parameters: [{name: cursor, in: query}, {name: page_size, in: query}]
      responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/ThingPage'}}}}}
  /v1/shared:
    get:
      parameters: [{name: page, in: query, schema: {type: integer, default: 0}}]
      responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/SharedPage'}}}}}
  /v1/orders:
    get:
      parameters: [{name: offset, in: query}]
      responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/Orders'}}}}}
  /v1/two-lists:
    get:
      parameters: [{name: cursor, in: query}]
      responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/TwoLists'}}}}}
  /v1/no-convention:
    get:
      parameters: [{name: after, in: query}]
      responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/ThingPage'}}}}}
components:
  schemas:
    ThingPage:
      properties:
        things: {type: array, items: {type: string}}
        next_cursor: {anyOf: [{type: string}, {type: 'null'}]}
        has_more: {type: boolean}
    SharedPage: {properties: {voices: {type: array}, has_more: {type: boolean}}}
    Orders: {properties: {orders: {anyOf: [{type: array}, {type: 'null'}]}}}
    TwoLists: {properties: {agents: {type: array}, branches: {type: array}, next_cursor: {type: string}}}
"""


def test_operations_that_page_are_marked_with_where_their_cursor_and_items_are() -> None:
    paths = run_pass(n.mark_pagination, snippet(PAGES_OF))["paths"]
    marks = {path: item["get"].get("x-pagination") for path, item in paths.items()}
    assert marks == {
        "/v1/things": {
            "kind": "cursor",
            "parameter": "cursor",
            "next": "next_cursor",
            "more": "has_more",
            "items": "things",
        },
        "/v1/shared": {"kind": "page", "parameter": "page", "start": 0, "more": "has_more", "items": "voices"},
        "/v1/orders": {"kind": "offset", "parameter": "offset", "start": 0, "items": "orders"},
        "/v1/two-lists": None,
        "/v1/no-convention": None,
    }, "no pager rather than a wrong one"


def test_the_operations_that_page() -> None:
    spec = normalized()
    paging = sorted(op["operationId"] for _, op in n.operations(spec) if "x-pagination" in op)
    # Counted from the spec, not today's number: every GET taking a cursor whose page gives the next one,
    # with one list of items, pages (the conventions with numbers need more than a name to tell).
    schemas = spec["components"]["schemas"]
    cursor_pages = []
    for (_, path, method), operation in n.operations(spec):
        query = {p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"}
        body = operation["responses"].get("200", {}).get("content", {}).get("application/json", {})
        page = schemas.get(body.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1], {})
        fields = page.get("properties", {})
        lists = [
            name
            for name, field in fields.items()
            if schemas.get(field.get("$ref", "").rsplit("/", 1)[-1], field).get("type") == "array"
        ]
        cursor = any(parameter in query and following in fields for parameter, following in CURSORS)
        if method == "get" and cursor and len(lists) == 1:
            assert operation["operationId"] in paging, f"GET {path} takes a cursor and gives the next one"
            cursor_pages.append(operation["operationId"])
    assert len(cursor_pages) > len(paging) / 2, "most operations that page do so by a cursor"
    assert {"history_list", "conversational_ai_conversations_list", "voices_search", "voices_get_shared"} <= set(paging)
    assert "productions_orders_list" in paging, "the one offset"
    assert "audio_isolation_list" not in paging, "its page number is only read with a search"


def test_parameter_defaults_are_left_to_the_server() -> None:
    doc = snippet("""
paths:
  /v1/things:
    get:
      parameters:
        - {name: agent_id, in: query, schema: {type: string, default: ''}}
        - {name: page_size, in: query, description: How many., schema: {type: integer, default: 30}}
        - {name: id, in: path, required: true, schema: {type: string}}
""")
    result = run_pass(n.parameter_defaults_to_the_server, doc)
    agent, size, path = result["paths"]["/v1/things"]["get"]["parameters"]
    assert agent == {
        "name": "agent_id",
        "in": "query",
        "schema": {"type": "string", "description": "Defaults to empty on the server."},
        "description": "Defaults to empty on the server.",
        "x-server-default": "",
    }
    assert size["schema"] == {"type": "integer", "description": "Defaults to 30 on the server."}
    assert size["description"] == "How many. Defaults to 30 on the server."
    assert size["x-server-default"] == 30
    assert path == doc["paths"]["/v1/things"]["get"]["parameters"][2]
    assert run_pass(n.parameter_defaults_to_the_server, result) == result


def test_field_defaults_are_left_to_the_server() -> None:
    doc = snippet("""
components:
  schemas:
    Settings:
      type: object
      required: [kind, speed]
      properties:
        stability: {type: number, description: How stable., default: 0.5}
        boost: {anyOf: [{type: boolean}, {type: 'null'}], default: true}
        name: {type: string, default: ''}
        kind: {type: string, const: full, default: full}
        tag: {type: string, const: settings, default: settings}
        speed: {type: number, default: 1.0}
        properties: {type: object, properties: {size: {type: integer, default: 3}}}
""")
    result = run_pass(n.field_defaults_to_the_server, doc)
    fields = result["components"]["schemas"]["Settings"]["properties"]
    assert fields["stability"] == {
        "type": "number",
        "description": "How stable. Defaults to 0.5 on the server.",
        "x-server-default": 0.5,
    }
    assert fields["boost"] == {
        "anyOf": [{"type": "boolean"}, {"type": "null"}],
        "description": "Defaults to True on the server.",
        "x-server-default": True,
    }
    assert fields["name"] == {
        "type": "string",
        "description": "Defaults to empty on the server.",
        "x-server-default": "",
    }
    # A union member's tag and a required field keep theirs; a field named `properties` is a field.
    assert fields["tag"] == {"type": "string", "const": "settings", "default": "settings"}
    assert fields["kind"]["default"] == "full" and fields["speed"]["default"] == 1.0
    assert fields["properties"]["properties"]["size"] == {
        "type": "integer",
        "description": "Defaults to 3 on the server.",
        "x-server-default": 3,
    }
    assert run_pass(n.field_defaults_to_the_server, result) == result


def test_the_server_default_stays_readable_as_its_value() -> None:
    # The text is for people; the reference reads the value, of the type the spec gave (a null, a list,
    # an empty string are values too), and a later run leaves both as they are.
    doc = snippet("""
paths:
  /v1/things:
    get:
      parameters:
        - {name: model_id, in: query, schema: {anyOf: [{type: string}, {type: 'null'}], default: null}}
        - {name: tags, in: query, schema: {type: array, items: {type: string}, default: [a, b]}}
components:
  schemas:
    Thing:
      type: object
      properties:
        speed: {type: number, default: 1.0}
        label: {type: string, default: ''}
""")
    result = run_pass(n.field_defaults_to_the_server, run_pass(n.parameter_defaults_to_the_server, doc))
    model, tags = result["paths"]["/v1/things"]["get"]["parameters"]
    assert (model["x-server-default"], model["description"]) == (None, "Defaults to None on the server.")
    assert (tags["x-server-default"], tags["description"]) == (["a", "b"], "Defaults to ['a', 'b'] on the server.")
    assert "x-server-default" not in model["schema"] and "default" not in model["schema"]
    fields = result["components"]["schemas"]["Thing"]["properties"]
    assert fields["speed"]["x-server-default"] == 1.0 and isinstance(fields["speed"]["x-server-default"], float)
    assert fields["label"]["x-server-default"] == ""
    assert yaml.safe_load(yaml.safe_dump(result)) == result
    again = run_pass(n.field_defaults_to_the_server, run_pass(n.parameter_defaults_to_the_server, result))
    assert again == result


def test_a_named_body_used_elsewhere_too_is_taken_whole() -> None:
    doc = snippet("""
paths:
  /tools:
    post:
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Tool'}}}}
  /tools/{id}:
    patch:
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Tool'}}}}
  /agents:
    post:
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Body_Create_agent'}}}}
  /secrets:
    post:
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Secret'}}}}
  /forms:
    post:
      requestBody:
        content:
          application/json: {schema: {$ref: '#/components/schemas/Form'}}
          application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Form'}}
  /variables:
    post:
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Variable'}}}}
    get:
      responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/Variable'}}}}}
components:
  schemas:
    Tool: {type: object, properties: {name: {type: string}}}
    Body_Create_agent: {type: object, properties: {name: {type: string}}}
    Secret: {type: object, properties: {value: {type: string}}}
    Form: {type: object, properties: {name: {type: string}}}
    Variable: {anyOf: [{$ref: '#/components/schemas/Tool'}, {$ref: '#/components/schemas/Secret'}]}
""")
    result = run_pass(n.whole_request_bodies, doc)
    marked = {
        (path, method)
        for path, item in result["paths"].items()
        for method, op in item.items()
        if op.get(n.WHOLE_REQUEST)
    }
    # Tool is two operations' body and Secret a union's member too; a schema that is one body alone is spread
    # into keywords (Form, though named twice by its operation's two media types), and a union goes whole
    # already (request=), without the mark.
    assert marked == {("/tools", "post"), ("/tools/{id}", "patch"), ("/secrets", "post")}
    assert run_pass(n.whole_request_bodies, result) == result


def test_template_data_has_the_client_tree() -> None:
    doc = run_pass(n.name_operations, snippet(NAMES))
    data = n.template_data({**doc, "servers": [{"url": "https://eu.example", "x-fern-server-name": "Production EU"}]})
    groups = data["groups"]
    assert groups["conversational_ai"] == {
        "attribute": "conversational_ai",
        "path": "conversational_ai",
        "children": ["conversational_ai_agents", "conversational_ai_conversations"],
        "has_operations": False,
    }
    assert groups["conversational_ai_agents"]["children"] == ["conversational_ai_agents_branches"]
    assert data["roots"] == ["conversational_ai", "docs", "things", "voices", "workspace", "workspaces"]
    assert data["operations"]["voices_search"] == {"group": ["voices"], "method": "search"}
    assert data["servers"] == [{"name": "PRODUCTION_EU", "url": "https://eu.example"}]
    assert n.as_jinja(data).startswith("{% set spec = {")


# ---- the whole run over the real sources ----


def real_sources() -> tuple[Any, dict[str, Any]]:
    return n.load_json(WHOLE_SPEC), n.load_pages(PAGES)


def normalized() -> Any:
    whole, pages = real_sources()
    return n.normalize(
        whole,
        pages,
        servers=n.load_servers(ROOT / "openapi" / "servers.yaml"),
        overrides=n.load_overrides(OVERRIDES),
        asyncapi=n.load_asyncapi(ROOT / "openapi" / "asyncapi"),
    )


def test_committed_spec_is_the_normalized_sources() -> None:
    assert n.dump(normalized()) == (ROOT / "openapi" / "elevenlabs.yaml").read_text(encoding="utf-8")


def test_the_asyncapi_document_is_committed_as_published() -> None:
    published = ROOT.parent / "shared" / "reference" / "elevenlabs-asyncapi-tts-2025-08-25.yml"
    if not published.exists():
        pytest.skip("shared/ is not beside this checkout")
    assert (ROOT / "openapi" / "asyncapi" / "text-to-speech.yml").read_bytes() == published.read_bytes()


def test_the_whole_spec_is_committed_as_published() -> None:
    published = ROOT.parent / "shared" / "reference" / "elevenlabs-openapi-2026-08-22.json"
    if not published.exists():
        pytest.skip("shared/ is not beside this checkout")
    if n.load_json(WHOLE_SPEC) != n.load_json(published):
        pytest.skip(f"the committed spec is a later revision than {published.name} (make update-spec brought it in)")
    assert WHOLE_SPEC.read_bytes() == published.read_bytes()


def test_normalize_is_deterministic_pure_and_idempotent() -> None:
    whole, pages = real_sources()
    overrides = n.load_overrides(OVERRIDES)
    before = copy.deepcopy((whole, pages, overrides))
    first = n.normalize(whole, pages, overrides=overrides)
    assert (whole, pages, overrides) == before
    assert n.dump(n.normalize(*real_sources(), overrides=n.load_overrides(OVERRIDES))) == n.dump(first)
    assert n.normalize(first, overrides=overrides) == first
    asyncapi = n.load_asyncapi(ROOT / "openapi" / "asyncapi")
    with_channels = n.normalize(whole, pages, overrides=overrides, asyncapi=asyncapi)
    assert n.normalize(with_channels, overrides=overrides, asyncapi=asyncapi) == with_channels


def test_the_overrides_are_committed_as_published() -> None:
    published = ROOT.parent / "shared" / "reference" / "elevenlabs-openapi-overrides-2025-08-25.yml"
    if not published.exists():
        pytest.skip("shared/ is not beside this checkout")
    assert OVERRIDES.read_bytes() == published.read_bytes()


def test_the_overrides_drop_no_operation_and_name_the_official_classes() -> None:
    spec = normalized()
    schemas = spec["components"]["schemas"]
    assert schemas["VoiceSettingsResponseModel"]["title"] == "VoiceSettings"
    assert schemas["VoiceSettings"]["title"] == "VoiceSettingsModel"
    assert schemas["ConversationalConfigAPIModel-Input"]["title"] == "ConversationalConfig"
    assert schemas["ConversationalConfigAPIModel-Output"]["title"] == "ConversationalConfigApiModelOutput"
    assert "VoiceSettingsResponseModel" in schemas["VoiceSettingsResponseModel"]["x-earlier-names"]
    # x-fern-ignore is not honoured: /docs and every other operation the spec has stay.
    ignored = [
        (path, method)
        for path, item in (n.load_overrides(OVERRIDES).get("paths") or {}).items()
        for method, operation in item.items()
        if isinstance(operation, dict) and operation.get("x-fern-ignore")
    ]
    whole = n.load_json(WHOLE_SPEC)
    kept = [(path, method) for path, method in ignored if method in (whole["paths"].get(path) or {})]
    assert kept and all(method in spec["paths"][path] for path, method in kept)


def test_no_operation_is_lost_and_no_quirk_survives() -> None:
    whole, pages = real_sources()
    spec = normalized()
    sources = {(path, method) for doc in (whole, *pages.values()) for (_, path, method), _ in n.operations(doc)}
    assert {(path, method) for (_, path, method), _ in n.operations(spec)} == sources
    for path, node in n.walk(spec):
        if isinstance(node, dict) and isinstance(node.get("enum"), list):
            assert all(not isinstance(entry, (dict, list)) for entry in node["enum"]), n.to_json_pointer(path)
    for _, operation in n.operations(spec):
        assert len(operation["tags"]) == 1 and isinstance(operation["tags"][0], str)
        assert operation.get("security", [{"ApiKeyAuth": []}]) == [{"ApiKeyAuth": []}]
        assert not any(p.get("name") == "xi-api-key" for p in operation.get("parameters", []))

    def declares_the_key(operation: Any) -> bool:
        return any(p.get("name") == "xi-api-key" for p in operation.get("parameters") or [] if isinstance(p, dict))

    pinned = {(path, method) for doc in pages.values() for (_, path, method), _ in n.operations(doc)}
    keyed = {
        (path, method)
        for doc in (whole, *pages.values())
        for (_, path, method), operation in n.operations(doc)
        if declares_the_key(operation) and (doc in pages.values() or (path, method) not in pinned)
    }
    secured = {(path, method) for (_, path, method), op in n.operations(spec) if "security" in op}
    assert secured == keyed, "every operation that declared the key header, and only those"
    names = [op["operationId"] for _, op in n.operations(spec)]
    assert len(names) == len(set(names)) == len(sources)


# ---- the command line ----


def run_cli(pages: Path, output: Path, whole: Path = WHOLE_SPEC, *options: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ROOT / "openapi" / "normalize.py"), f"--whole={whole}", f"--pages={pages}"]
    command += [f"--output={output}", *options]
    return subprocess.run(command, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    ("bad_page", "message"),
    [
        ("openapi: 3.1.1\npaths: {/a: {get: [unclosed\n", r"bad\.yaml#: invalid YAML: .*line 2"),
        (
            (
                "paths: {/a: {get: {operationId: get, tags: [t]}}}\n"
                "components: {schemas: {E: {type: string, enum: [{label: x}]}}}\n"
            ),
            r"bad\.yaml#/components/schemas/E/enum/0: enum entry",
        ),
        (
            "paths: {/a: {get: {operationId: get, tags: [t], responses: {'200': {$ref: '#/nowhere'}}}}}\n",
            r"bad\.yaml#/paths/~1a/get/responses/200/\$ref: unresolvable \$ref '#/nowhere'",
        ),
        (
            "paths: {/v1/history: {get: {operationId: list, tags: [history]}}}\n",
            r"history_list\.yaml#/paths/~1v1~1history/get: operation already defined in .*bad\.yaml",
        ),
    ],
)
def test_bad_input_exits_nonzero_and_leaves_the_previous_output(tmp_path: Path, bad_page: str, message: str) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for source in PAGES.glob("*.yaml"):
        (pages / source.name).write_bytes(source.read_bytes())
    (pages / "bad.yaml").write_text(bad_page)
    output = tmp_path / "out.yaml"
    output.write_text("previous output\n")

    result = run_cli(pages, output)

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("normalize: ")
    assert result.stderr.count("\n") == 1, "one line, no traceback"
    assert re.search(message, result.stderr), result.stderr
    assert output.read_text() == "previous output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.yaml", "pages"], "no temp file left behind"


def test_a_whole_spec_that_is_not_json_is_refused_in_one_line(tmp_path: Path) -> None:
    whole = tmp_path / "openapi.json"
    whole.write_text("<html>not the spec</html>")
    result = run_cli(PAGES, tmp_path / "out.yaml", whole)
    assert result.returncode == 1
    assert result.stderr.startswith(f"normalize: {whole}#: not readable as JSON")
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "out.yaml").exists()


def test_cli_writes_the_normalized_document_and_reports_stale_pins_one_line_per_page(tmp_path: Path) -> None:
    output = tmp_path / "out.yaml"
    result = run_cli(PAGES, output)
    assert result.returncode == 0, result.stderr
    assert output.read_text(encoding="utf-8") == (ROOT / "openapi" / "elevenlabs.yaml").read_text(encoding="utf-8")
    pins = result.stderr.splitlines()
    hiding = {page for page, _, _ in n.hidden_by_pins(*pinned_sources())}
    assert [line.split()[2] for line in pins] == sorted(hiding), "one line per page that hides something"
    history = next(line for line in pins if "pages/history_get.yaml" in line)
    assert history == (
        "normalize: pin openapi/pages/history_get.yaml hides what openapi/openapi.json says of 1 operation "
        "(GET /v1/history/{history_item_id}) and 2 schemas (HistoryAlignmentResponseModel, "
        "SpeechHistoryItemResponseModel) (normalize.py --verbose says what)"
    )
    verbose = run_cli(PAGES, output, WHOLE_SPEC, "--verbose").stderr.splitlines()
    assert len(verbose) == len(n.hidden_by_pins(*pinned_sources())) > len(pins)
    assert all(line.startswith("normalize: pin openapi/pages/") for line in verbose), verbose
    assert any("SpeechHistoryItemResponseModel pins only in the page: feedback" in line for line in verbose), verbose


def test_cli_writes_the_same_document_as_json_for_the_generator(tmp_path: Path) -> None:
    output, as_json = tmp_path / "out.yaml", tmp_path / "out.json"
    result = run_cli(PAGES, output, WHOLE_SPEC, f"--json-output={as_json}")
    assert result.returncode == 0, result.stderr
    text = as_json.read_text(encoding="utf-8")
    assert json.loads(text) == yaml.load(output.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    assert text.startswith('{\n"openapi":"3.1.0",\n"info":{\n"title":"ElevenLabs API",\n'), "one value a line"


def pinned_sources() -> tuple[Any, dict[str, Any]]:
    """The whole spec and the pages as the pins report compares them: after the quirk passes."""
    whole, pages = real_sources()
    return n.run_source_passes(whole, "openapi/openapi.json"), {
        file: n.run_source_passes(page, file) for file, page in pages.items()
    }


def test_a_summary_counts_the_operations_and_schemas_a_page_hides() -> None:
    whole = snippet("""
paths: {/v1/a: {get: {parameters: [{name: x, in: query}], responses: {'201': {description: Created}}}}}
components: {schemas: {A: {properties: {x: {}}}, B: {properties: {y: {}}}, C: {properties: {z: {}}}, D: {properties: {w: {}}}, E: {properties: {}}}}
""")
    page = snippet("""
paths: {/v1/a: {get: {}}}
components: {schemas: {A: {properties: {}}, B: {properties: {}}, C: {properties: {}}, D: {properties: {}}, E: {properties: {}}}}
""")
    summary = "p.yaml hides what whole.json says of 1 operation (GET /v1/a) and 4 schemas (A, B, C and 1 more)"
    assert n.pin_summaries(whole, "whole.json", {"p.yaml": page, "same.yaml": {"paths": {}}}) == [
        f"{summary} (normalize.py --verbose says what)"
    ]


# ---- the AsyncAPI documents (normalizer/realtime/) ------------------------------------------------


def test_fern_literals_and_lists_become_json_schema() -> None:
    from normalizer.realtime.passes import fern_type_expressions

    doc = snippet("""
components: {schemas: {M: {properties: {
  text: {x-fern-type: 'literal<" ">', description: a space},
  end: {x-fern-type: literal<"">},
  final: {x-fern-type: literal<true>},
  times: {x-fern-type: list<integer>}}}}}
""")
    fields = run_pass(fern_type_expressions, doc)["components"]["schemas"]["M"]["properties"]
    assert fields["text"] == {"type": "string", "const": " ", "description": "a space"}
    assert fields["end"] == {"type": "string", "const": ""}
    assert fields["final"] == {"type": "boolean", "const": True}
    assert fields["times"] == {"type": "array", "items": {"type": "integer"}}


def test_an_unknown_fern_type_is_refused_with_its_pointer() -> None:
    from normalizer.realtime.passes import fern_type_expressions

    doc = snippet("components: {schemas: {M: {properties: {a: {x-fern-type: 'map<string, string>'}}}}}")
    with pytest.raises(n.SpecError) as raised:
        fern_type_expressions(doc, "tts.yml")
    assert str(raised.value).startswith("tts.yml#/components/schemas/M/properties/a/x-fern-type: Fern type")


def test_nullable_becomes_a_union_with_null() -> None:
    from normalizer.realtime.passes import nullable_to_null_member

    doc = snippet("""
components: {schemas: {M: {properties: {
  a: {type: string, nullable: true},
  b: {$ref: '#/components/schemas/B', nullable: true},
  c: {type: string, nullable: false}}}}}
""")
    fields = run_pass(nullable_to_null_member, doc)["components"]["schemas"]["M"]["properties"]
    assert fields == {
        "a": {"type": ["string", "null"]},
        "b": {"anyOf": [{"$ref": "#/components/schemas/B"}, {"type": "null"}]},
        "c": {"type": "string"},
    }


def test_an_enum_default_the_enum_lacks_is_dropped() -> None:
    from normalizer.realtime.passes import enum_defaults_outside_the_enum

    doc = snippet("components: {schemas: {F: {type: string, enum: [a, b], default: c}, G: {enum: [a], default: a}}}")
    schemas = run_pass(enum_defaults_outside_the_enum, doc)["components"]["schemas"]
    assert schemas == {"F": {"type": "string", "enum": ["a", "b"]}, "G": {"enum": ["a"], "default": "a"}}


ASYNCAPI = """
asyncapi: 2.6.0
channels:
  /v1/speak/{voice_id}/stream-input:
    parameters: {voice_id: {description: The voice., schema: {type: string}}}
    bindings: {ws: {query: {properties: {
      authorization: {type: string},
      model_id: {type: string, description: The model.},
      seed: {type: integer, default: 1}}}}}
    publish: {message: {oneOf: [{$ref: '#/components/messages/Init'}, {$ref: '#/components/messages/Text'}]}}
    subscribe: {message: {oneOf: [{$ref: '#/components/messages/Audio'}, {$ref: '#/components/messages/Final'}]}}
components:
  messages:
    Init: {payload: {$ref: '#/components/schemas/Init'}}
    Text: {payload: {$ref: '#/components/schemas/Text'}}
    Audio: {payload: {$ref: '#/components/schemas/Audio'}}
    Final: {payload: {$ref: '#/components/schemas/Final'}}
  schemas:
    Init: {type: object, properties: {text: {x-fern-type: 'literal<" ">'}, xi-api-key: {type: string}, settings: {$ref: '#/components/schemas/Settings'}}}
    Text: {type: object, required: [text], properties: {text: {type: string}}}
    Audio: {type: object, required: [audio], properties: {audio: {type: string}}}
    Final: {type: object, properties: {isFinal: {x-fern-type: literal<true>}}}
    Settings: {type: object, properties: {speed: {type: number}}}
"""


def test_channels_go_into_x_realtime_and_message_schemas_into_the_components() -> None:
    from normalizer.realtime.merge import merge_realtime

    whole = snippet("paths: {}\ncomponents: {schemas: {Other: {type: object}}}")
    merged = merge_realtime(whole, {"tts.yml": snippet(ASYNCAPI)}, "whole.json")
    assert set(merged["components"]["schemas"]) == {"Other", "Init", "Text", "Audio", "Final", "Settings"}
    channel = merged["x-realtime"]["channels"]["stream_input"]
    assert channel["path"] == "/v1/speak/{voice_id}/stream-input" and channel["group"] == "speak"
    assert channel["path_parameters"] == [
        {"name": "voice_id", "schema": {"type": "string", "description": "The voice."}}
    ]
    assert [p["name"] for p in channel["query_parameters"]] == ["model_id", "seed"], "no credentials in the URL"
    assert channel["first_message"] == {
        "message": "Init",
        "schema": "Init",
        "fields": ["text", "settings"],
        "required": [],
    }
    assert [m["message"] for m in channel["sends"]] == ["Init", "Text"]
    # A constant tells a message apart before a required field does: the final one is checked first.
    assert [(m["message"], m["recognised_by"]) for m in channel["receives"]] == [
        ("Final", {"field": "isFinal", "const": True}),
        ("Audio", {"field": "audio"}),
    ]
    assert merge_realtime(whole, {}, "whole.json") == whole


def test_the_field_naming_a_context_is_the_one_the_channel_declares() -> None:
    from normalizer.realtime.merge import merge_realtime

    path = "/v1/speak/{voice_id}/multi-stream-input"
    multi = snippet(ASYNCAPI.replace("stream-input", "multi-stream-input"))
    schemas = multi["components"]["schemas"]
    schemas["Text"]["properties"]["context_id"] = {"type": "string"}
    for name in ("Audio", "Final"):
        schemas[name]["properties"]["contextId"] = {"type": "string"}
    # Fields alone say nothing: without the declaration the channel has one stream.
    channels = merge_realtime({"paths": {}}, {"multi.yml": multi}, "whole.json")["x-realtime"]["channels"]
    assert channels["multi_stream_input"]["context"] is None
    multi["channels"][path]["x-context-field"] = {"sends": "context_id", "receives": "contextId"}
    channels = merge_realtime({"paths": {}}, {"tts.yml": snippet(ASYNCAPI), "multi.yml": multi}, "whole.json")
    assert channels["x-realtime"]["channels"]["multi_stream_input"]["context"] == {
        "sends": "context_id",
        "receives": "contextId",
    }
    assert channels["x-realtime"]["channels"]["multi_stream_input"]["kind"] == "multi_context"
    assert channels["x-realtime"]["channels"]["stream_input"]["context"] is None
    # A name no message of that way carries, or the tag that tells them apart, is refused.
    for declared, way in (
        ({"sends": "contextId", "receives": "contextId"}, "sends"),
        ({"sends": "context_id", "receives": "isFinal"}, "receives"),
    ):
        multi["channels"][path]["x-context-field"] = declared
        with pytest.raises(n.SpecError) as raised:
            merge_realtime({"paths": {}}, {"multi.yml": multi}, "whole.json")
        assert str(raised.value) == (
            f"multi.yml#/channels/~1v1~1speak~1{{voice_id}}~1multi-stream-input/x-context-field/{way}: "
            f"{declared[way]!r} is no field of the messages the channel {way}"
        )


def test_a_message_schema_named_like_an_http_schema_is_shared_or_renamed() -> None:
    from normalizer.realtime.merge import merge_realtime

    same = snippet(
        "paths: {}\ncomponents: {schemas: {Settings: {type: object, description: HTTP's, properties: {speed: {type: number}}}}}"
    )
    merged = merge_realtime(same, {"tts.yml": snippet(ASYNCAPI)}, "whole.json")
    assert merged["components"]["schemas"]["Settings"]["description"] == "HTTP's", "the same meaning: one schema"
    other = snippet("paths: {}\ncomponents: {schemas: {Audio: {type: object, properties: {url: {type: string}}}}}")
    merged = merge_realtime(other, {"tts.yml": snippet(ASYNCAPI)}, "whole.json")
    schemas = merged["components"]["schemas"]
    assert schemas["Audio"] == other["components"]["schemas"]["Audio"]
    assert schemas["RealtimeAudio"]["required"] == ["audio"]
    audio = merged["x-realtime"]["channels"]["stream_input"]["receives"][1]
    assert (audio["message"], audio["schema"]) == ("Audio", "RealtimeAudio")
    both = snippet("paths: {}\ncomponents: {schemas: {Audio: {type: object}, RealtimeAudio: {type: object}}}")
    with pytest.raises(n.SpecError) as raised:
        merge_realtime(both, {"tts.yml": snippet(ASYNCAPI)}, "whole.json")
    assert str(raised.value) == (
        "tts.yml#/components/schemas/Audio: Audio means something else in whole.json, and RealtimeAudio is taken too; "
        "rename one of them"
    )


def test_an_asyncapi_document_that_is_not_one_is_refused() -> None:
    from normalizer.realtime.merge import merge_realtime

    with pytest.raises(n.SpecError, match=r"^tts.yml#: not an AsyncAPI 2.x document$"):
        merge_realtime({"paths": {}}, {"tts.yml": {"openapi": "3.1.0"}}, "whole.json")
    broken = snippet(ASYNCAPI)
    broken["channels"]["/v1/speak/{voice_id}/stream-input"]["publish"]["message"]["oneOf"][0]["$ref"] = "#/x"
    with pytest.raises(n.SpecError, match="publish/message/oneOf/0: message"):
        merge_realtime({"paths": {}}, {"tts.yml": broken}, "whole.json")


def test_a_channel_takes_its_kind_and_method_name_from_its_messages() -> None:
    from normalizer.realtime.merge import merge_realtime

    whole = snippet("paths: {}")
    single = merge_realtime(whole, {"tts.yml": snippet(ASYNCAPI)}, "whole.json")["x-realtime"]["channels"]
    assert {key: single["stream_input"][key] for key in ("group", "kind", "method", "source")} == {
        "group": "speak",
        "kind": "single",
        "method": "realtime_session",
        "source": "tts.yml",
    }
    # A channel that declares the field naming a context: several streams on one connection.
    multi = snippet(ASYNCAPI)
    multi["components"]["schemas"]["Text"]["properties"]["context_id"] = {"type": "string"}
    for incoming in ("Audio", "Final"):
        multi["components"]["schemas"][incoming]["properties"]["contextId"] = {"type": "string"}
    multi["channels"]["/v1/speak/{voice_id}/stream-input"]["x-context-field"] = {
        "sends": "context_id",
        "receives": "contextId",
    }
    channel = merge_realtime(whole, {"tts.yml": multi}, "whole.json")["x-realtime"]["channels"]["stream_input"]
    assert (channel["kind"], channel["method"]) == ("multi_context", "multi_context_session")
    # Fern's method name on the channel wins.
    named = snippet(ASYNCAPI)
    named["channels"]["/v1/speak/{voice_id}/stream-input"]["x-fern-sdk-method-name"] = "listen"
    channel = merge_realtime(whole, {"tts.yml": named}, "whole.json")["x-realtime"]["channels"]["stream_input"]
    assert (channel["kind"], channel["method"]) == ("single", "listen")


def test_two_channels_that_would_be_one_method_of_a_group_are_refused() -> None:
    from normalizer.realtime.merge import merge_realtime

    twice = snippet(ASYNCAPI)
    channels = twice["channels"]
    channels["/v1/speak/{voice_id}/other-input"] = channels["/v1/speak/{voice_id}/stream-input"]
    with pytest.raises(n.SpecError) as raised:
        merge_realtime(snippet("paths: {}"), {"tts.yml": twice}, "whole.json")
    assert str(raised.value) == (
        "tts.yml#/channels/~1v1~1speak~1{voice_id}~1other-input: speak.realtime_session is already the method of "
        "channel stream_input: give this one another name with x-fern-sdk-method-name"
    )


SPEAK = """
paths:
  /v1/speak/{voice_id}:
    post: {operationId: speak, x-fern-sdk-group-name: speak, x-fern-sdk-method-name: convert, responses: {'200': {description: ok}}}
"""


def test_a_query_parameter_marked_as_a_credential_is_no_argument() -> None:
    from normalizer.realtime.merge import merge_realtime

    doc = snippet(ASYNCAPI)
    query = doc["channels"]["/v1/speak/{voice_id}/stream-input"]["bindings"]["ws"]["query"]["properties"]
    query["token"] = {"type": "string", "x-credential": True}
    query["token_count"] = {"type": "integer"}  # a name alone makes no credential
    channel = merge_realtime({"paths": {}}, {"tts.yml": doc}, "whole.json")["x-realtime"]["channels"]["stream_input"]
    assert [p["name"] for p in channel["query_parameters"]] == ["model_id", "seed", "token_count"]


def test_a_channel_path_without_a_group_is_refused_unless_it_names_one() -> None:
    from normalizer.realtime.merge import merge_realtime

    doc = snippet(ASYNCAPI.replace("/v1/speak/{voice_id}/stream-input", "/stream-{voice_id}"))
    with pytest.raises(n.SpecError, match=r"^tts.yml#/channels/~1stream-\{voice_id\}: no group in the path"):
        merge_realtime({"paths": {}}, {"tts.yml": doc}, "whole.json")
    doc["channels"]["/stream-{voice_id}"]["x-fern-sdk-group-name"] = "speak"
    channels = merge_realtime({"paths": {}}, {"tts.yml": doc}, "whole.json")["x-realtime"]["channels"]
    assert [channel["group"] for channel in channels.values()] == ["speak"]


@pytest.mark.parametrize("clash", ["voice_id", "request_options", "stream_input", "class"])
def test_a_channel_argument_the_method_cannot_take_is_refused(clash: str) -> None:
    from normalizer.realtime.merge import merge_realtime

    whole = run_pass(n.name_operations, snippet(SPEAK))
    doc = snippet(ASYNCAPI)
    doc["channels"]["/v1/speak/{voice_id}/stream-input"]["bindings"]["ws"]["query"]["properties"][clash] = {
        "type": "string"
    }
    with pytest.raises(n.SpecError, match=rf"'{clash}' cannot be an argument of the channel's method"):
        n.template_data(merge_realtime(whole, {"tts.yml": doc}, "whole.json"))


def test_template_data_has_each_groups_channels_with_typed_arguments() -> None:
    from normalizer.realtime.merge import merge_realtime

    whole = run_pass(n.name_operations, snippet(SPEAK))
    data = n.template_data(merge_realtime(whole, {"tts.yml": snippet(ASYNCAPI)}, "whole.json"))
    (channel,) = data["realtime"]["speak"]
    assert {key: channel[key] for key in ("name", "method", "kind", "path")} == {
        "name": "stream_input",
        "method": "realtime_session",
        "kind": "single",
        "path": "/v1/speak/{voice_id}/stream-input",
    }
    assert channel["path_parameters"] == [
        {"name": "voice_id", "type": "str", "doc_type": "str", "description": "The voice."}
    ]
    # The query's parameters (no credentials), then the first message's fields (no constants, no key).
    assert channel["arguments"] == [
        {"name": "model_id", "type": "str", "doc_type": "str", "description": "The model.", "required": False},
        {
            "name": "seed",
            "type": "int",
            "doc_type": "int",
            "description": "The server's default: 1.",
            "required": False,
        },
        {"name": "settings", "type": "models.Settings", "doc_type": "Settings", "description": "", "required": False},
    ]
    assert channel["opens_with_message"] is True
    # A required query parameter is required in the method; a channel may open with no message.
    bare = snippet(ASYNCAPI)
    channel_doc = bare["channels"]["/v1/speak/{voice_id}/stream-input"]
    channel_doc["x-first-message"] = False
    channel_doc["bindings"]["ws"]["query"]["required"] = ["model_id"]
    (channel,) = n.template_data(merge_realtime(whole, {"tts.yml": bare}, "whole.json"))["realtime"]["speak"]
    assert [(a["name"], a["required"]) for a in channel["arguments"]] == [("model_id", True), ("seed", False)]
    assert channel["opens_with_message"] is False
    assert n.as_jinja(data).startswith("{% set spec = {")


def test_a_channel_whose_group_has_no_operations_is_refused() -> None:
    from normalizer.realtime.merge import merge_realtime

    merged = merge_realtime(run_pass(n.name_operations, snippet(NAMES)), {"tts.yml": snippet(ASYNCAPI)}, "whole.json")
    with pytest.raises(n.SpecError) as raised:
        n.template_data(merged)
    assert str(raised.value) == (
        "tts.yml#/channels/~1v1~1speak~1{voice_id}~1stream-input: its group 'speak' (from the path, or its "
        "x-fern-sdk-group-name) is not a group of the HTTP API with operations"
    )


def test_python_types_of_channel_arguments() -> None:
    from normalizer.realtime.arguments import python_type

    schemas = {"Locator": {"type": "object", "title": "PronunciationDictionaryLocator"}}
    assert python_type(schemas, {"type": "array", "items": {"$ref": "#/components/schemas/Locator"}}) == (
        "builtins.list[models.PronunciationDictionaryLocator]"
    )
    assert python_type(schemas, {"type": ["string", "null"]}) == "str | None"
    assert python_type(schemas, {"anyOf": [{"type": "number"}, {"type": "boolean"}]}) == "float | bool"


def test_the_vendors_asyncapi_channels_are_in_the_normalized_document() -> None:
    spec = normalized_spec()
    channels = spec["x-realtime"]["channels"]
    assert {"multi_stream_input", "stream_input"} <= set(channels)
    assert channels["stream_input"]["first_message"]["fields"] == [
        "text",
        "voice_settings",
        "generation_config",
        "pronunciation_dictionary_locators",
    ]
    assert {"InitializeConnection", "AudioOutput", "FinalOutputMulti"} <= set(spec["components"]["schemas"])


def test_a_query_parameter_written_as_a_parameter_object_becomes_its_schema() -> None:
    from normalizer.realtime.passes import query_parameter_objects

    doc = snippet("""
channels: {/v1/talk: {bindings: {ws: {query: {required: [agent_id], properties: {
  agent_id: {description: The agent., schema: {type: string}},
  seed: {type: integer}}}}}}}
""")
    query = run_pass(query_parameter_objects, doc)["channels"]["/v1/talk"]["bindings"]["ws"]["query"]
    assert query == {
        "required": ["agent_id"],
        "properties": {"agent_id": {"type": "string", "description": "The agent."}, "seed": {"type": "integer"}},
    }
    doc["channels"]["/v1/talk"]["bindings"]["ws"]["query"]["properties"]["agent_id"]["type"] = "string"
    with pytest.raises(n.SpecError, match=r"^talk.yml#/channels/~1v1~1talk/bindings/ws/query/properties/agent_id: "):
        query_parameter_objects(doc, "talk.yml")


def test_an_inline_object_in_a_message_schema_becomes_a_named_component() -> None:
    from normalizer.realtime.passes import name_inline_objects

    doc = snippet("""
components: {schemas: {
  Ping: {type: object, properties: {
    type: {type: string, const: ping},
    ping_event: {type: object, properties: {event_id: {type: integer}, source: {type: object}}},
    marks: {type: array, items: {type: object, properties: {at: {type: number}}}}}}}}
""")
    schemas = run_pass(name_inline_objects, doc)["components"]["schemas"]
    assert schemas["Ping"]["properties"]["ping_event"] == {"$ref": "#/components/schemas/PingPingEvent"}
    assert schemas["Ping"]["properties"]["marks"]["items"] == {"$ref": "#/components/schemas/PingMarksItem"}
    assert schemas["PingPingEvent"]["properties"] == {
        "event_id": {"type": "integer"},
        "source": {"$ref": "#/components/schemas/PingPingEventSource"},
    }
    assert schemas["PingPingEventSource"] == {"type": "object"}
    assert name_inline_objects({"components": {"schemas": schemas}}, "a.yml")["components"]["schemas"] == schemas, (
        "idempotent"
    )
    taken = snippet("components: {schemas: {PingEvent: {type: object}, Ping: {properties: {event: {type: object}}}}}")
    with pytest.raises(n.SpecError) as raised:
        name_inline_objects(taken, "a.yml")
    assert str(raised.value) == (
        "a.yml#/components/schemas/Ping/properties/event: the inline object would be named PingEvent, which another schema has"
    )


ADDITIONS = """
asyncapi: 2.6.0
x-additions-to: tts.yml
channels:
  /v1/speak/{voice_id}/stream-input:
    x-first-message: {$ref: '#/components/messages/Init'}
    subscribe: {message: {oneOf: [{$ref: '#/components/messages/Audio'}, {$ref: '#/components/messages/Part'}]}}
components:
  messages:
    Part: {payload: {$ref: '#/components/schemas/Part'}}
  schemas:
    Audio: {properties: {alignment: {type: array, items: {type: integer}}}}
    Part: {type: object, properties: {type: {type: string, const: part}}}
"""


def test_a_document_of_additions_only_adds_to_the_one_it_names() -> None:
    from normalizer.realtime.merge import apply_additions, merge_realtime

    sources = {"tts.yml": snippet(ASYNCAPI), "tts-additions.yml": snippet(ADDITIONS)}
    before = copy.deepcopy(sources)
    merged = apply_additions(sources)
    assert sources == before and list(merged) == ["tts.yml"]
    schemas = merged["tts.yml"]["components"]["schemas"]
    assert schemas["Audio"] == {
        "type": "object",
        "required": ["audio"],
        "properties": {"audio": {"type": "string"}, "alignment": {"type": "array", "items": {"type": "integer"}}},
    }
    channel = merge_realtime(snippet("paths: {}"), sources, "whole.json")["x-realtime"]["channels"]["stream_input"]
    assert [m["message"] for m in channel["receives"]] == ["Final", "Part", "Audio"], "Audio listed once"
    changed = snippet(ADDITIONS)
    changed["components"]["schemas"]["Audio"] = {"required": ["audio"], "type": "array"}
    with pytest.raises(n.SpecError) as raised:
        apply_additions({"tts.yml": snippet(ASYNCAPI), "tts-additions.yml": changed})
    assert (
        str(raised.value)
        == "tts-additions.yml#/components/schemas/Audio/type: tts.yml says 'object' here: additions may only add"
    )
    with pytest.raises(n.SpecError, match=r"^tts-additions.yml#/x-additions-to: adds to tts.yml, which is not"):
        apply_additions({"tts-additions.yml": snippet(ADDITIONS)})


def test_the_first_message_is_declared_or_the_first_sent_and_a_channel_may_have_none() -> None:
    from normalizer.realtime.merge import merge_realtime

    def channel(first: Any) -> Any:
        doc = snippet(ASYNCAPI)
        if first is not None:
            doc["channels"]["/v1/speak/{voice_id}/stream-input"]["x-first-message"] = first
        return merge_realtime(snippet("paths: {}"), {"tts.yml": doc}, "whole.json")["x-realtime"]["channels"][
            "stream_input"
        ]

    assert channel(None)["first_message"] == {
        "message": "Init",
        "schema": "Init",
        "fields": ["text", "settings"],
        "required": [],
    }
    assert channel({"$ref": "#/components/messages/Text"})["first_message"] == {
        "message": "Text",
        "schema": "Text",
        "fields": ["text"],
        "required": ["text"],
    }
    assert channel(False)["first_message"] is None
    with pytest.raises(
        n.SpecError, match="stream-input/x-first-message: must be false or a \\$ref to one of the messages"
    ):
        channel({"$ref": "#/components/messages/Audio"})


def test_required_query_parameters_say_so_and_credentials_are_left_out() -> None:
    from normalizer.realtime.merge import merge_realtime

    doc = snippet(ASYNCAPI)
    query = doc["channels"]["/v1/speak/{voice_id}/stream-input"]["bindings"]["ws"]["query"]
    query["required"] = ["model_id"]
    query["properties"]["token"] = {"type": "string", "x-credential": True}
    channel = merge_realtime(snippet("paths: {}"), {"tts.yml": doc}, "whole.json")["x-realtime"]["channels"][
        "stream_input"
    ]
    assert [(p["name"], p.get("required", False)) for p in channel["query_parameters"]] == [
        ("model_id", True),
        ("seed", False),
    ]


def test_each_client_message_but_the_opening_one_gets_the_method_that_sends_it() -> None:
    from normalizer.realtime.merge import merge_realtime

    doc = snippet(ASYNCAPI)
    messages = doc["components"]["messages"]
    doc["channels"]["/v1/speak/{voice_id}/stream-input"]["publish"]["message"]["oneOf"] += [
        {"$ref": "#/components/messages/Tool"},
        {"$ref": "#/components/messages/SendMore"},
        {"$ref": "#/components/messages/Odd"},
    ]
    messages["Tool"] = {"name": "Client Tool Result", "payload": {"$ref": "#/components/schemas/Tool"}}
    messages["SendMore"] = {"payload": {"$ref": "#/components/schemas/SendMore"}}
    messages["Odd"] = {"x-fern-sdk-method-name": "send_oddly", "payload": {"$ref": "#/components/schemas/Odd"}}
    doc["components"]["schemas"].update(
        Tool={
            "type": "object",
            "required": ["type", "tool_call_id"],
            "properties": {
                "type": {"type": "string", "const": "client_tool_result"},
                "tool_call_id": {"type": "string"},
                "xi_api_key": {"type": "string"},
                "token": {"type": "string", "x-credential": True},
                "is_error": {"type": "boolean"},
            },
        },
        SendMore={"type": "object", "properties": {"text": {"type": "string"}}},
        Odd={"type": "object"},
    )
    channel = merge_realtime({"paths": {}}, {"tts.yml": doc}, "whole.json")["x-realtime"]["channels"]["stream_input"]
    sends = {message["message"]: message for message in channel["sends"]}
    assert "method" not in sends["Init"], "the opening message is sent by the group's method"
    # The AsyncAPI name, else the schema's, snake_case after send_ (not doubled); or the message's own name.
    assert [sends[name]["method"] for name in ("Text", "Tool", "SendMore", "Odd")] == [
        "send_text",
        "send_client_tool_result",
        "send_more",
        "send_oddly",
    ]
    # Constants are the model's to fill in; credentials travel in the handshake only.
    assert (sends["Tool"]["fields"], sends["Tool"]["required"]) == (["tool_call_id", "is_error"], ["tool_call_id"])


@pytest.mark.parametrize(
    ("message", "problem"),
    [
        ({"x-fern-sdk-method-name": "send"}, "'send' cannot be the method that sends this message"),
        ({"x-fern-sdk-method-name": "send text"}, "'send text' cannot be the method"),
        ({"name": "Text"}, "send_text already sends Text: name one of them with x-fern-sdk-method-name"),
    ],
)
def test_a_send_method_name_that_cannot_be_one_is_refused_with_the_message(
    message: dict[str, Any], problem: str
) -> None:
    from normalizer.realtime.merge import merge_realtime

    doc = snippet(ASYNCAPI)
    doc["channels"]["/v1/speak/{voice_id}/stream-input"]["publish"]["message"]["oneOf"].append(
        {"$ref": "#/components/messages/Other"}
    )
    doc["components"]["messages"]["Other"] = {**message, "payload": {"$ref": "#/components/schemas/Text"}}
    with pytest.raises(n.SpecError, match=problem) as refused:
        merge_realtime({"paths": {}}, {"tts.yml": doc}, "whole.json")
    assert refused.value.file == "tts.yml" and refused.value.pointer.startswith("/components/messages/Other")


def test_a_channel_is_named_by_its_last_word_unless_that_is_the_packages_name() -> None:
    from normalizer.realtime.channels import channel_name

    assert channel_name("/v1/text-to-speech/{voice_id}/multi-stream-input") == "multi_stream_input"
    assert channel_name("/v1/convai/conversation") == "conversation"
    assert channel_name("/v1/speech-to-text/realtime") == "speech_to_text_realtime"
    assert channel_name("/v1/speak/{id}") == "speak"
    assert channel_name("/speech-engine/upstream", "server") == "speech_engine_upstream"


SERVED = """
asyncapi: 2.6.0
channels:
  /speak/upstream:
    x-direction: server
    x-fern-sdk-group-name: speak
    publish: {message: {$ref: '#/components/messages/Reply'}}
    subscribe: {message: {oneOf: [{$ref: '#/components/messages/Heard'}, {$ref: '#/components/messages/Bye'}]}}
components:
  messages:
    Reply: {payload: {$ref: '#/components/schemas/Reply'}}
    Heard: {payload: {$ref: '#/components/schemas/Heard'}}
    Bye: {payload: {$ref: '#/components/schemas/Bye'}}
  schemas:
    Reply: {type: object, required: [type], properties: {type: {type: string, const: reply}, text: {type: string}}}
    Heard: {type: object, required: [type], properties: {type: {type: string, const: heard}, text: {type: string}}}
    Bye: {type: object, required: [type], properties: {type: {type: string, const: bye}}}
"""


def test_a_channel_the_vendor_opens_has_its_models_and_no_method() -> None:
    from normalizer.realtime.merge import merge_realtime

    whole = run_pass(n.name_operations, snippet(SPEAK))
    merged = merge_realtime(whole, {"tts.yml": snippet(ASYNCAPI), "served.yml": snippet(SERVED)}, "whole.json")
    assert {"Reply", "Heard", "Bye"} <= set(merged["components"]["schemas"])
    served = merged["x-realtime"]["channels"]["speak_upstream"]  # named by its whole path
    assert (served["direction"], served["method"], served["first_message"]) == ("server", None, None)
    assert served["group"] == "speak"
    # What the user's server receives is told apart as on any channel; publish is still what it sends.
    assert [(m["message"], m["recognised_by"]) for m in served["receives"]] == [
        ("Heard", {"field": "type", "const": "heard"}),
        ("Bye", {"field": "type", "const": "bye"}),
    ]
    assert [m["message"] for m in served["sends"]] == ["Reply"]
    assert merged["x-realtime"]["channels"]["stream_input"]["direction"] == "client"
    # The group's methods are those of the channels the client opens only.
    assert [channel["name"] for channel in n.template_data(merged)["realtime"]["speak"]] == ["stream_input"]


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("x-direction", "sideways", "must be one of client, server, not 'sideways'"),
        (
            "x-fern-sdk-method-name",
            "listen",
            "a channel the vendor opens (x-direction: server) has no x-fern-sdk-method-name",
        ),
        ("x-first-message", False, "a channel the vendor opens (x-direction: server) has no x-first-message"),
    ],
)
def test_a_direction_the_normalizer_does_not_know_or_a_served_channel_with_an_opening_is_refused(
    key: str, value: Any, message: str
) -> None:
    from normalizer.realtime.merge import merge_realtime

    doc = snippet(SERVED)
    doc["channels"]["/speak/upstream"][key] = value
    with pytest.raises(n.SpecError) as raised:
        merge_realtime({"paths": {}}, {"served.yml": doc}, "whole.json")
    assert str(raised.value) == f"served.yml#/channels/~1speak~1upstream/{key}: {message}"


def test_the_speech_engine_channel_is_served_and_typed_in_the_normalized_document() -> None:
    spec = normalized_spec()
    channel = spec["x-realtime"]["channels"]["speech_engine_upstream"]
    assert (channel["direction"], channel["group"], channel["method"]) == ("server", "speech_engine", None)
    assert [m["recognised_by"]["const"] for m in channel["receives"]] == [
        "init",
        "user_transcript",
        "ping",
        "close",
        "error",
    ]
    assert [m["schema"] for m in channel["sends"]] == ["AgentResponsePayload", "PongPayload"]
    item = spec["components"]["schemas"]["UserTranscriptPayload"]["properties"]["user_transcript"]["items"]
    assert item == {"$ref": "#/components/schemas/TranscriptMessage"}


def test_every_asyncapi_document_is_read_in_file_order_and_ours_are_there() -> None:
    sources = n.load_asyncapi(ROOT / "openapi" / "asyncapi")
    assert list(sources) == sorted(sources)
    assert [Path(file).name for file in sources] == [
        "convai-additions.yml",
        "convai.yml",
        "speech-engine.yml",
        "speech-to-text-realtime.yml",
        "text-to-speech-additions.yml",
        "text-to-speech.yml",
    ]


def test_the_agents_asyncapi_document_is_committed_as_published() -> None:
    published = ROOT.parent / "shared" / "reference" / "elevenlabs-asyncapi-convai-2025-08-25.yml"
    if not published.exists():
        pytest.skip("shared/ is not beside this checkout")
    assert (ROOT / "openapi" / "asyncapi" / "convai.yml").read_bytes() == published.read_bytes()


def test_the_agents_and_transcription_channels_are_in_the_normalized_document() -> None:
    spec = normalized_spec()
    channels = spec["x-realtime"]["channels"]
    assert sorted(channels) == [
        "conversation",
        "multi_stream_input",
        "speech_engine_upstream",
        "speech_to_text_realtime",
        "stream_input",
    ]
    agents, scribe = channels["conversation"], channels["speech_to_text_realtime"]
    assert agents["first_message"]["message"] == "ConversationInitiationClientData"
    assert {"AgentChatResponsePart", "AgentToolResponse"} <= {m["schema"] for m in agents["receives"]}
    assert {"MultimodalMessage", "Feedback"} <= {m["schema"] for m in agents["sends"]}
    assert scribe["first_message"] is None
    assert [m["schema"] for m in scribe["sends"]] == ["InputAudioChunkPayload"]
    assert "token" not in [p["name"] for p in scribe["query_parameters"]], "a credential is no argument"
    schemas = spec["components"]["schemas"]
    assert "alignment" in schemas["AudioResponseAudioEvent"]["properties"], "the additions reached the vendor's schema"
    assert "x-asyncapi-source" not in schemas["DetectedEntity"], "the same meaning as the HTTP schema: shared"
