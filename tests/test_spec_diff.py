"""The change report (scripts/spec_diff.py): each breaking kind on a tiny spec, and sanity on the real corpus."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from spec_diff import as_text, report

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "spec-history" / "revisions.tar.xz"

BASE = """
openapi: 3.1.0
paths:
  /v2/voices:
    get:
      x-fern-sdk-group-name: voices
      x-fern-sdk-method-name: search
      parameters:
        - {name: page_size, in: query, schema: {type: integer}}
        - {name: sort, in: query, schema: {type: string, enum: [name, created_at]}}
      responses:
        '200': {content: {application/json: {schema: {$ref: '#/components/schemas/Voices'}}}}
  /v1/voices/add:
    post:
      x-fern-sdk-group-name: voices
      x-fern-sdk-method-name: add
      requestBody:
        content: {application/json: {schema: {$ref: '#/components/schemas/AddVoice'}}}
      responses:
        '200': {content: {application/json: {schema: {$ref: '#/components/schemas/Voice'}}}}
components:
  schemas:
    Voices:
      type: object
      properties: {voices: {type: array, items: {$ref: '#/components/schemas/Voice'}}}
    Voice:
      type: object
      required: [voice_id]
      properties:
        voice_id: {type: string}
        category: {type: string, enum: [premade, cloned]}
        labels: {type: object}
    AddVoice:
      type: object
      required: [name]
      properties:
        name: {type: string}
        description: {type: string}
        kind: {type: string, enum: [ivc, pvc]}
"""


def base() -> Any:
    return yaml.safe_load(BASE)


def changed(edit: Any) -> dict[str, Any]:
    new = base()
    edit(new)
    return report(base(), new)


def kinds(result: dict[str, Any], group: str = "breaking") -> list[tuple[str, str, str]]:
    return [(item["kind"], item["where"], item["detail"]) for item in result[group]]


def test_nothing_changed_is_an_empty_report() -> None:
    result = report(base(), base())
    assert (result["added"], result["removed"], result["breaking"], result["changes"]) == ([], [], [], [])


def test_an_operation_removed_is_breaking_and_named_by_its_client_method() -> None:
    result = changed(lambda doc: doc["paths"].pop("/v1/voices/add"))
    assert result["removed"] == ["POST /v1/voices/add"]
    assert kinds(result) == [("operation removed", "POST /v1/voices/add", "client.voices.add")]
    assert "  - client.voices.add  POST /v1/voices/add" in as_text(result)


def test_an_operation_added_is_listed_not_breaking() -> None:
    def add(doc: Any) -> None:
        doc["paths"]["/v2/voices"]["delete"] = {"x-fern-sdk-group-name": "voices", "x-fern-sdk-method-name": "delete"}

    result = changed(add)
    assert (result["added"], result["breaking"]) == (["DELETE /v2/voices"], [])
    assert "  + client.voices.delete  DELETE /v2/voices" in as_text(result)


def test_a_required_parameter_added_is_breaking_an_optional_one_is_not() -> None:
    def add(doc: Any) -> None:
        parameters = doc["paths"]["/v2/voices"]["get"]["parameters"]
        parameters.append({"name": "voice_type", "in": "query", "required": True, "schema": {"type": "string"}})
        parameters.append({"name": "search", "in": "query", "schema": {"type": "string"}})

    result = changed(add)
    assert kinds(result) == [("required parameter added", "GET /v2/voices", "query voice_type")]
    assert kinds(result, "changes") == [("optional parameter added", "GET /v2/voices", "query search")]


def test_a_parameter_removed_is_breaking() -> None:
    result = changed(lambda doc: doc["paths"]["/v2/voices"]["get"]["parameters"].pop(0))
    assert kinds(result) == [("parameter removed", "GET /v2/voices", "query page_size")]


def test_a_required_body_field_added_is_breaking_an_optional_one_is_not() -> None:
    def add(doc: Any) -> None:
        schema = doc["components"]["schemas"]["AddVoice"]
        schema["properties"] |= {"files": {"type": "array", "items": {"type": "string"}}, "tag": {"type": "string"}}
        schema["required"].append("files")

    result = changed(add)
    assert kinds(result) == [("required field added", "schema AddVoice", "AddVoice.files")]
    assert kinds(result, "changes") == [("optional field added", "schema AddVoice", "AddVoice.tag")]


def test_a_body_field_removed_and_a_response_field_removed_are_breaking() -> None:
    def remove(doc: Any) -> None:
        del doc["components"]["schemas"]["AddVoice"]["properties"]["description"]
        del doc["components"]["schemas"]["Voice"]["properties"]["labels"]

    assert kinds(changed(remove)) == [
        ("body field removed", "schema AddVoice", "AddVoice.description"),
        ("response field removed", "schema Voice", "Voice.labels"),
    ]


def test_a_type_changed_is_breaking() -> None:
    def retype(doc: Any) -> None:
        doc["components"]["schemas"]["Voice"]["properties"]["voice_id"] = {"type": "integer"}

    assert kinds(changed(retype)) == [("type changed", "schema Voice", "Voice.voice_id: string -> number")]


def test_a_request_parameter_that_accepts_more_is_not_breaking() -> None:
    def widen(doc: Any) -> None:
        doc["paths"]["/v2/voices"]["get"]["parameters"][0]["schema"] = {
            "anyOf": [{"type": "integer"}, {"type": "null"}]
        }

    result = changed(widen)
    assert result["breaking"] == []
    assert kinds(result, "changes") == [("type widened", "GET /v2/voices", "query page_size: number -> null|number")]


def test_an_enum_value_removed_from_a_request_is_breaking_from_a_response_it_is_not() -> None:
    def shrink(doc: Any) -> None:
        doc["paths"]["/v2/voices"]["get"]["parameters"][1]["schema"]["enum"] = ["name"]
        doc["components"]["schemas"]["AddVoice"]["properties"]["kind"]["enum"] = ["ivc"]
        doc["components"]["schemas"]["Voice"]["properties"]["category"]["enum"] = ["premade"]

    result = changed(shrink)
    assert kinds(result) == [
        ("request enum value removed", "GET /v2/voices", 'query sort: "created_at"'),
        ("request enum value removed", "schema AddVoice", 'AddVoice.kind: "pvc"'),
    ]
    assert kinds(result, "changes") == [("response enum value removed", "schema Voice", 'Voice.category: "cloned"')]


def test_a_response_enum_gaining_a_value_is_not_breaking() -> None:
    def grow(doc: Any) -> None:
        doc["components"]["schemas"]["Voice"]["properties"]["category"]["enum"].append("professional")

    result = changed(grow)
    assert result["breaking"] == []
    assert kinds(result, "changes") == [("response enum value added", "schema Voice", 'Voice.category: "professional"')]


def test_a_response_tagged_union_gaining_a_member_is_not_breaking() -> None:
    def tagged(kind: str) -> dict[str, Any]:
        return {"type": "object", "properties": {"type": {"const": kind}, "text": {"type": "string"}}}

    def union(*members: str) -> Any:
        doc = base()
        doc["components"]["schemas"]["Voice"]["properties"]["event"] = {"oneOf": [tagged(m) for m in members]}
        return doc

    result = report(union("start", "end"), union("start", "end", "pause"))
    assert result["breaking"] == []
    assert [item["kind"] for item in result["changes"]] == ["response union member added"]


def test_a_method_renamed_is_breaking() -> None:
    result = changed(lambda doc: doc["paths"]["/v2/voices"]["get"].update({"x-fern-sdk-method-name": "get_all"}))
    assert kinds(result) == [("method renamed", "GET /v2/voices", "client.voices.search -> client.voices.get_all")]


def test_a_schema_renamed_with_the_same_shape_is_not_a_change() -> None:
    def rename(doc: Any) -> None:
        doc["components"]["schemas"]["VoiceV2"] = doc["components"]["schemas"].pop("Voice")
        text = json.dumps(doc).replace('#/components/schemas/Voice"', '#/components/schemas/VoiceV2"')
        doc.clear()
        doc.update(json.loads(text))

    result = changed(rename)
    assert result["breaking"] == [] and result["changes"] == []


def test_a_schema_renamed_with_a_field_removed_is_named_at_the_operation() -> None:
    def rename(doc: Any) -> None:
        voice = copy.deepcopy(doc["components"]["schemas"]["Voice"])
        del voice["properties"]["labels"]
        doc["components"]["schemas"]["VoiceSummary"] = voice
        doc["paths"]["/v1/voices/add"]["post"]["responses"]["200"]["content"]["application/json"]["schema"] = {
            "$ref": "#/components/schemas/VoiceSummary"
        }

    assert kinds(changed(rename)) == [("response field removed", "POST /v1/voices/add", "response.labels")]


def test_a_schema_change_names_every_client_method_reaching_it_through_refs() -> None:
    def retype(doc: Any) -> None:
        doc["components"]["schemas"]["Voice"]["properties"]["voice_id"] = {"type": "integer"}

    result = changed(retype)
    # Voice is the response of voices.add, and reached through Voices (an array of them) from voices.search.
    assert result["used_by"] == {"schema Voice": ["client.voices.add", "client.voices.search"]}
    assert (
        "  ! client.voices.add, client.voices.search  schema Voice: type changed: Voice.voice_id: string -> number\n"
        in as_text(result)
    )


def test_a_text_line_names_three_methods_and_counts_the_rest() -> None:
    def many(doc: Any) -> None:
        for name in ("a", "b", "c", "d"):
            doc["paths"][f"/v1/{name}"] = {
                "get": {**doc["paths"]["/v1/voices/add"]["post"], "x-fern-sdk-method-name": name}
            }

    def retype(doc: Any) -> None:
        many(doc)
        doc["components"]["schemas"]["Voice"]["properties"]["voice_id"] = {"type": "integer"}

    old = base()
    many(old)
    new = base()
    retype(new)
    result = report(old, new)
    assert len(result["used_by"]["schema Voice"]) == 6
    assert "  ! client.voices.a, client.voices.add, client.voices.b and 3 more  schema Voice: type changed" in as_text(
        result
    )


def test_a_removed_operation_is_listed_once_and_named_once() -> None:
    text = as_text(changed(lambda doc: doc["paths"].pop("/v1/voices/add")))
    assert text.count("POST /v1/voices/add") == 1, text
    assert text.count("client.voices.add") == 1, text
    assert (
        "Operations removed (1)\n  - client.voices.add  POST /v1/voices/add\n"
        "Breaking changes besides the 1 operation removed above (0)\n"
    ) in text


PAGE = """
paths:
  /v1/voices/add:
    post:
      x-fern-sdk-group-name: voices
      x-fern-sdk-method-name: add
      requestBody:
        content: {application/json: {schema: {$ref: '#/components/schemas/AddVoice'}}}
      responses:
        '200': {content: {application/json: {schema: {$ref: '#/components/schemas/Voice'}}}}
components:
  schemas:
    Voice:
      type: object
      required: [voice_id]
      properties:
        voice_id: {type: string}
        category: {type: string, enum: [premade, cloned]}
        labels: {type: object}
    AddVoice:
      type: object
      required: [name]
      properties:
        name: {type: string}
"""


def test_a_change_a_page_pins_is_shown_apart_and_is_not_breaking() -> None:
    page = yaml.safe_load(PAGE)
    page["paths"]["/v1/voices/add"]["post"]["parameters"] = [
        {"name": "team", "in": "query", "schema": {"type": "string"}}
    ]
    pages = {"openapi/pages/voices_add.yaml": page}

    def remove(doc: Any) -> None:
        del doc["components"]["schemas"]["Voice"]["properties"]["labels"]
        doc["paths"]["/v1/voices/add"]["post"]["parameters"] = [
            {"name": "team", "in": "query", "required": True, "schema": {"type": "string"}},
            {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}},
        ]
        doc["paths"]["/v2/voices"]["get"]["parameters"].pop(0)

    new = base()
    remove(new)
    result = report(base(), new, pages=pages)
    # The page keeps Voice (so voices.search is unchanged too) and voices.add with its own parameter `team`;
    # `region`, which the page does not declare, reaches the client (the normalizer's pinned_operation).
    assert kinds(result) == [
        ("parameter removed", "GET /v2/voices", "query page_size"),
        ("required parameter added", "POST /v1/voices/add", "query region"),
    ]
    assert [(i["kind"], i["where"], i["breaking"], i["pages"]) for i in result["pinned"]] == [
        ("required parameter added", "POST /v1/voices/add", True, ["openapi/pages/voices_add.yaml"]),
        ("response field removed", "schema Voice", True, ["openapi/pages/voices_add.yaml"]),
    ]
    text = as_text(result)
    assert "Breaking changes (2)\n" in text
    assert (
        "Hidden by a pin: the client is unchanged (2)\n"
        "  = client.voices.add  POST /v1/voices/add: required parameter added: query team"
        " (pinned by openapi/pages/voices_add.yaml)\n"
        "  = client.voices.add, client.voices.search  schema Voice: response field removed: Voice.labels"
        " (pinned by openapi/pages/voices_add.yaml)\n"
    ) in text
    # Without the page the same changes are breaking.
    assert len(report(base(), new)["breaking"]) == 4


def test_a_parameter_only_the_whole_spec_has_is_no_pins_business() -> None:
    """A pinned operation gets the whole spec's parameters its page lacks: a change to one is the client's,
    and the schema it refers to is reached by the pinned method."""
    pages = {"openapi/pages/voices_add.yaml": yaml.safe_load(PAGE)}
    old, new = base(), base()
    for doc, kind in ((old, ["a"]), (new, ["a", "b"])):
        doc["components"]["schemas"]["Kind"] = {"type": "string", "enum": kind}
        doc["paths"]["/v1/voices/add"]["post"]["parameters"] = [
            {"name": "kind", "in": "query", "schema": {"$ref": "#/components/schemas/Kind"}}
        ]
    result = report(old, new, pages=pages)
    assert result["pinned"] == [] and result["used_by"]["schema Kind"] == ["client.voices.add"]
    assert [(i["where"], i["detail"]) for i in result["changes"]] == [("schema Kind", 'Kind: "b"')]


def test_an_operation_a_page_defines_is_not_removed_when_the_whole_spec_drops_it() -> None:
    pages = {"openapi/pages/voices_add.yaml": yaml.safe_load(PAGE)}
    new = base()
    new["paths"].pop("/v1/voices/add")
    result = report(base(), new, pages=pages)
    assert result["removed"] == [] and result["breaking"] == []
    assert [(i["kind"], i["pages"]) for i in result["pinned"]] == [
        ("operation removed", ["openapi/pages/voices_add.yaml"])
    ]


def test_the_pins_that_hide_what_the_new_spec_says_are_one_line_each() -> None:
    pages = {"openapi/pages/voices_add.yaml": yaml.safe_load(PAGE)}
    result = report(base(), base(), "OLD", "NEW", pages=pages)
    # The page's AddVoice lacks two fields of the whole spec's.
    assert result["pins"] == [
        {
            "page": "openapi/pages/voices_add.yaml",
            "summary": "openapi/pages/voices_add.yaml hides what NEW says of 1 schema (AddVoice)"
            " (normalize.py --verbose says what)",
            "hides": ["#/components/schemas/AddVoice pins only in the whole spec: description, kind"],
        }
    ]
    assert as_text(result).endswith(
        "Pins hiding what the new spec says (1)\n  = openapi/pages/voices_add.yaml hides what NEW says of 1 schema"
        " (AddVoice) (normalize.py --verbose says what)\n"
    )


def test_the_command_prints_json_only_and_refuses_a_file_that_is_not_a_spec(tmp_path: Path) -> None:
    old, new, bad = tmp_path / "old.json", tmp_path / "new.json", tmp_path / "bad.json"
    old.write_text(json.dumps(base()))
    edited = base()
    del edited["paths"]["/v1/voices/add"]
    new.write_text(json.dumps(edited))
    bad.write_text('{"swagger": "2.0"}')
    script = str(ROOT / "scripts" / "spec_diff.py")
    ran = subprocess.run(
        [sys.executable, script, f"--old={old}", f"--new={new}", "--format=json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ran.returncode == 0
    assert json.loads(ran.stdout)["removed"] == ["POST /v1/voices/add"]
    refused = subprocess.run(
        [sys.executable, script, f"--old={old}", f"--new={bad}"], capture_output=True, text=True, check=False
    )
    assert refused.returncode == 2
    assert refused.stderr == f"spec-diff: {bad}: not an OpenAPI document (no `openapi` version or no `paths`)\n"


# ---- the real corpus ----

PAIRS = [
    ("2024-12-19T095052_docs-1483ae5e", "2024-12-22T012241_docs-2ed59684"),
    ("2025-02-08T145013_docs-cba5e58d", "2025-02-12T202730_docs-0e9c0c3b"),
    ("2025-08-25T035916_docs-a6510bb5", "2026-03-17T190044_live-fd5e7183"),
    ("2026-06-26T221138_live-66b5dfe1", "2026-07-20T162319_live-96c0561c"),
    ("2026-08-21T183241_live-6a9d1060", "2026-08-22T010435_live-5e751920"),
    ("2024-12-19T095052_docs-1483ae5e", "2026-08-22T010435_live-5e751920"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not ARCHIVE.is_file():
        pytest.skip(f"the spec history corpus is not at {ARCHIVE}")
    folder = tmp_path_factory.mktemp("corpus")
    with tarfile.open(ARCHIVE, "r:xz") as tar:
        tar.extractall(folder, filter="data")
    return {path.stem: json.loads(path.read_bytes()) for path in sorted(folder.rglob("*.json"))}


def revision(corpus: dict[str, Any], start: str) -> str:
    return next(name for name in corpus if name.startswith(start))


def operation_set(doc: Any) -> set[str]:
    methods = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
    return {f"{m.upper()} {path}" for path, item in doc["paths"].items() for m in methods if m in item}


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_added_and_removed_are_the_operation_set_difference(corpus: dict[str, Any], old: str, new: str) -> None:
    before, after = corpus[revision(corpus, old)], corpus[revision(corpus, new)]
    result = report(before, after)
    assert result["added"] == sorted(operation_set(after) - operation_set(before))
    assert result["removed"] == sorted(operation_set(before) - operation_set(after))
    assert sorted(i["where"] for i in result["breaking"] if i["kind"] == "operation removed") == result["removed"]


def test_breaking_items_found_by_hand_in_the_corpus(corpus: dict[str, Any]) -> None:
    """Three changes read in the revisions themselves, each one a caller of the client would notice."""
    # 2026-08-21 18:32 -> 2026-08-22 01:04: both conversation listings gained `triggered_procedure_ids`;
    # the reverse (going back) removes a parameter.
    late, latest = corpus["2026-08-21T183241_live-6a9d1060"], corpus["2026-08-22T010435_live-5e751920"]
    assert ("parameter removed", "GET /v1/convai/conversations", "query triggered_procedure_ids") in kinds(
        report(latest, late)
    )
    # 2026-06-26 -> 2026-07-20: the vendor renamed the merge preview from `branches.merge.preview`
    # (which clashed with the method `branches.merge`) to `branches.preview_merge`; the normalizer's
    # fold_groups_named_like_methods gives the later name to both, so this is no rename for the client.
    june, july = corpus["2026-06-26T221138_live-66b5dfe1"], corpus["2026-07-20T162319_live-96c0561c"]
    renamed = [i for i in report(june, july)["breaking"] if i["kind"] == "method renamed"]
    assert not [i for i in renamed if "merge-preview" in i["where"]]
    # 2024-12-19 -> 2026-08-22: the projects API (GET /v1/projects) is gone, and history's list method
    # went from client.history.get_all to client.history.list.
    oldest, newest = corpus["2024-12-19T095052_docs-1483ae5e"], corpus["2026-08-22T010435_live-5e751920"]
    long_run = kinds(report(oldest, newest))
    assert ("operation removed", "GET /v1/projects", "client.projects.get_all") in long_run
    assert ("method renamed", "GET /v1/history", "client.history.get_all -> client.history.list") in long_run


def test_a_revision_the_normalizer_would_refuse_still_gets_a_report_with_a_note() -> None:
    clash = base()
    clash["paths"]["/v2/voices/all"] = {"get": {"x-fern-sdk-group-name": "voices", "x-fern-sdk-method-name": "search"}}
    result = report(base(), clash, "OLD", "NEW")
    assert result["added"] == ["GET /v2/voices/all"]
    assert result["notes"] == [
        "names: NEW#/paths/~1v2~1voices~1all/get: the name voices.search is also at NEW#/paths/~1v2~1voices/get"
    ]
    assert not [item for item in result["breaking"] if item["kind"] == "method renamed"]
    assert as_text(result).endswith(f"note: {result['notes'][0]}\n")
