"""Each normalizer pass on a tiny snippet, each refusal's message, and the whole run's guarantees."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import normalize as n
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "openapi" / "pages"


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


# ---- flatten_tags ----


def test_nested_tags_become_one_clean_tag() -> None:
    doc = snippet("""
paths:
  /a:
    get: {tags: [[subpackage_conversationalAi, subpackage_conversationalAi/conversations]]}
  /b:
    get: {tags: [[subpackage_history]]}
  /c:
    get: {tags: [already_clean]}
""")
    result = run_pass(n.flatten_tags, doc)
    assert [result["paths"][p]["get"]["tags"] for p in ("/a", "/b", "/c")] == [
        ["conversations"],
        ["history"],
        ["already_clean"],
    ]


def test_tags_that_are_not_names_are_refused() -> None:
    doc = snippet("paths: {/a: {get: {tags: [[{x: 1}]]}}}")
    with pytest.raises(n.SpecError, match=r"page.yaml#/paths/~1a/get/tags: tags .* are not lists of names"):
        run_pass(n.flatten_tags, doc)


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


# ---- prefix_operation_ids ----


def test_operation_ids_get_their_tag_as_prefix() -> None:
    doc = snippet("""
paths:
  /a: {get: {operationId: get, tags: [history]}}
  /b: {get: {operationId: getAudio, tags: [history]}}
  /c: {get: {operationId: history_download, tags: [history]}}
""")
    result = run_pass(n.prefix_operation_ids, doc)
    assert [result["paths"][p]["get"]["operationId"] for p in ("/a", "/b", "/c")] == [
        "history_get",
        "history_get_audio",
        "history_download",
    ]


def test_operation_without_id_is_refused() -> None:
    with pytest.raises(n.SpecError, match=r"page.yaml#/paths/~1a/get/operationId: every operation needs"):
        run_pass(n.prefix_operation_ids, snippet("paths: {/a: {get: {tags: [history]}}}"))


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


# ---- merge_pages ----


def page(operation_id: str, path: str, schema: dict[str, Any]) -> Any:
    return {
        "paths": {path: {"get": {"operationId": operation_id, "tags": ["t"]}}},
        "components": {"schemas": {"Shared": schema}},
    }


def test_identical_twin_schemas_are_kept_once() -> None:
    shared = {"type": "string", "enum": ["a"]}
    merged = n.merge_pages({"a.yaml": page("t_a", "/a", shared), "b.yaml": page("t_b", "/b", dict(shared))})
    assert merged["components"]["schemas"] == {"Shared": shared}
    assert list(merged["paths"]) == ["/a", "/b"]


def test_differing_twin_schemas_are_refused_naming_both_files() -> None:
    pages = {"a.yaml": page("t_a", "/a", {"type": "string"}), "b.yaml": page("t_b", "/b", {"type": "integer"})}
    with pytest.raises(n.SpecError) as raised:
        n.merge_pages(pages)
    assert str(raised.value) == "b.yaml#/components/schemas/Shared: differs from the definition in a.yaml"


def test_duplicate_operation_name_is_refused_naming_both_places() -> None:
    pages = {"a.yaml": page("t_get", "/a", {}), "b.yaml": page("t_get", "/b", {})}
    with pytest.raises(n.SpecError) as raised:
        n.merge_pages(pages)
    assert str(raised.value) == (
        "b.yaml#/paths/~1b/get/operationId: duplicate operation name 't_get', also at a.yaml#/paths/~1a/get/operationId"
    )


def test_same_operation_in_two_pages_is_refused() -> None:
    with pytest.raises(n.SpecError, match=r"b.yaml#/paths/~1a/get: operation already defined in a.yaml"):
        n.merge_pages({"a.yaml": page("t_a", "/a", {}), "b.yaml": page("t_b", "/a", {})})


def test_colliding_operation_ids_are_refused_end_to_end() -> None:
    """Two pages that both say `get` in one tag: the generator would silently drop one."""
    first = snippet(OPERATION)
    second = snippet(OPERATION.replace("/v1/things/{id}", "/v1/things/{id}/other"))
    second["paths"]["/v1/things/{id}/other"]["get"]["operationId"] = "things_get"
    with pytest.raises(n.SpecError, match="duplicate operation name 'things_get'"):
        n.normalize({"a.yaml": first, "b.yaml": second})


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


# ---- the whole run over the real pages ----


def real_pages() -> dict[str, Any]:
    return n.load_pages(PAGES)


def test_committed_spec_is_the_normalized_pages() -> None:
    assert n.dump(n.normalize(real_pages())) == (ROOT / "openapi" / "elevenlabs.yaml").read_text(encoding="utf-8")


def test_normalize_is_deterministic_pure_and_idempotent() -> None:
    pages = real_pages()
    before = copy.deepcopy(pages)
    first = n.normalize(pages)
    assert pages == before
    assert n.dump(n.normalize(real_pages())) == n.dump(first)
    assert n.normalize({"elevenlabs.yaml": first}) == first


def test_standard_pages_pass_through_unchanged() -> None:
    for file, doc in real_pages().items():
        if Path(file).stem in {"history_get", "history_list", "conversations_get"}:
            continue  # the three vendor pages, quirks and all
        result = doc
        for page_pass in n.PAGE_PASSES:
            result = page_pass(result, file)
        assert result == doc, f"{file} was rewritten"


def test_no_quirk_survives() -> None:
    spec = n.normalize(real_pages())
    for path, node in n.walk(spec):
        if isinstance(node, dict) and isinstance(node.get("enum"), list):
            assert all(not isinstance(entry, (dict, list)) for entry in node["enum"]), n.to_json_pointer(path)
    for _, operation in n.operations(spec):
        assert len(operation["tags"]) == 1 and isinstance(operation["tags"][0], str)
        assert operation["security"] == [{"ApiKeyAuth": []}]
        assert not any(p.get("name") == "xi-api-key" for p in operation.get("parameters", []))


# ---- the command line ----


def run_cli(pages: Path, output: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ROOT / "openapi" / "normalize.py"), str(pages), str(output)]
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


def test_cli_writes_the_normalized_document(tmp_path: Path) -> None:
    output = tmp_path / "out.yaml"
    result = run_cli(PAGES, output)
    assert result.returncode == 0, result.stderr
    assert output.read_text(encoding="utf-8") == (ROOT / "openapi" / "elevenlabs.yaml").read_text(encoding="utf-8")
