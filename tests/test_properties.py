"""Property tests: the parsers of the 200 JSON bodies against payloads generated from openapi/elevenlabs.yaml.

Valid payloads (with unknown `x-...` fields added to every object) must parse through the client's
`parse_success` and write back exactly. A valid payload broken by one mutation (a field dropped, a
value replaced by one of another JSON type, a `const` replaced by another string, or the whole body
replaced by a non-object) may still parse, since the generated code passes some wrong-typed values
through, but may fail only with the documented ResponseValidationError.
"""

from __future__ import annotations

import copy
import importlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import normalized_spec
from elevenlabs_api import models
from elevenlabs_client import ResponseValidationError
from elevenlabs_client._parsing import parse_success
from hypothesis import given, note, settings
from hypothesis import strategies as st
from openapi_schema_validator import OAS31Validator
from strategies import FLOATS, INTEGERS, JSON, TEXT, Schema, from_schema, reachable

DOC: Schema = normalized_spec()
# Deep enough for a workflow result inside a workflow result, small enough to keep payloads to a few KB.
DEPTH = 10
# derandomize: the same examples on every run, so CI is reproducible (and no example database).
# report_multiple_bugs=False: shrink one failure only; shrinking each distinct one of a large
# conversation payload can take minutes.
SETTINGS = settings(deadline=None, derandomize=True, report_multiple_bugs=False)


def json_operations() -> dict[str, tuple[str, Schema]]:
    """operationId -> (tag, schema of the 200 application/json body)."""
    found: dict[str, tuple[str, Schema]] = {}
    for path_item in DOC["paths"].values():
        for operation in path_item.values():
            content = operation["responses"].get("200", {}).get("content", {})
            if "application/json" in content and operation["operationId"] in COVERED:
                found[operation["operationId"]] = (operation["tags"][0], content["application/json"]["schema"])
    return found


# The operations whose models these properties are checked on: history and conversations, whose
# payloads the client has parsed since its first version (the whole API's are checked over the wire).
COVERED = (
    "conversational_ai_conversations_delete",
    "conversational_ai_conversations_get",
    "conversational_ai_conversations_list",
    "history_delete",
    "history_get",
    "history_list",
)
OPERATIONS = json_operations()
VALID = {op: from_schema(schema, DOC, DEPTH, extra=True) for op, (_, schema) in OPERATIONS.items()}


def parse(operation_id: str, payload: Any) -> Any:
    """The one place that calls the client's parse wrapper, as the requesters do for a 200 response."""
    tag = OPERATIONS[operation_id][0]
    parser = getattr(importlib.import_module(f"elevenlabs_api.api.{tag}"), f"_parse_{operation_id}")
    # Not `json=payload`: httpx takes json=None for "no body" and would send an empty body, not `null`.
    body = json.dumps(payload).encode()
    request = httpx.Request("GET", "http://test/x")
    response = httpx.Response(200, content=body, headers={"content-type": "application/json"}, request=request)
    return parse_success(response, parser)


def response_models() -> list[str]:
    """The object schemas a 200 JSON body can contain; each is a model class (its name without the `-`)."""
    schemas = DOC["components"]["schemas"]
    seen = reachable([schema for _, schema in OPERATIONS.values()], schemas)
    return sorted(name for name in seen if schemas[name].get("type") == "object")


def test_the_json_operations_are_the_expected_ones() -> None:
    assert sorted(OPERATIONS) == sorted(COVERED)


def json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


WRONG_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "null": st.none(),
    "boolean": st.booleans(),
    "number": INTEGERS | FLOATS,
    "string": TEXT,
    "array": st.lists(JSON, max_size=2),
    "object": st.dictionaries(TEXT, JSON, max_size=2),
}


def all_consts(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["const"]} if isinstance(node.get("const"), str) else set()
        return found.union(*(all_consts(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(all_consts(value) for value in node))
    return set()


CONSTS = sorted(all_consts(DOC))


def places(value: Any) -> list[tuple[dict[str, Any] | list[Any], Any]]:
    """Every (container, key or index) inside a JSON value, outermost first."""
    found: list[tuple[dict[str, Any] | list[Any], Any]] = []
    keys = value.keys() if isinstance(value, dict) else range(len(value)) if isinstance(value, list) else []
    for key in keys:
        found.append((value, key))
        found.extend(places(value[key]))
    return found


def mutate(draw: st.DataObject, payload: Any) -> Any:
    """`payload` with one mutation applied (in place where possible); notes which one for failure reports."""
    inside = places(payload)
    fields = [(container, key) for container, key in inside if isinstance(container, dict)]
    consts = [(container, key) for container, key in inside if container[key] in CONSTS]
    options = ["body"] + ["drop field"] * bool(fields) + ["wrong type"] * bool(inside) + ["other const"] * bool(consts)
    mutation = draw.draw(st.sampled_from(options), label="mutation")
    if mutation == "body":
        return draw.draw(
            st.lists(JSON, max_size=2) | TEXT | INTEGERS | FLOATS | st.booleans() | st.none(), label="body"
        )
    if mutation == "drop field":
        container, key = draw.draw(st.sampled_from(fields), label="place")
        note(f"dropped {key!r} from {container!r}")
        del container[key]
    elif mutation == "wrong type":
        container, key = draw.draw(st.sampled_from(inside), label="place")
        kinds = sorted(set(WRONG_VALUES) - {json_kind(container[key])})
        note(f"replacing {key!r} = {container[key]!r}")
        container[key] = draw.draw(st.sampled_from(kinds).flatmap(WRONG_VALUES.__getitem__), label="new value")
    else:
        container, key = draw.draw(st.sampled_from(consts), label="place")
        old = container[key]
        others = st.sampled_from([const for const in CONSTS if const != old]) | TEXT.filter(lambda text: text != old)
        note(f"replacing const {key!r} = {old!r}")
        container[key] = draw.draw(others, label="new value")
    return payload


def canonical(value: Any) -> str:
    """JSON text that tells True from 1 and 1 from 1.0, which == does not; key order does not count."""
    return json.dumps(value, sort_keys=True)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
@settings(SETTINGS, max_examples=60)
@given(st.data())
def test_valid_payloads_parse_and_round_trip(operation_id: str, draw: st.DataObject) -> None:
    payload = draw.draw(VALID[operation_id], label="payload")
    result = parse(operation_id, payload)
    written = result.to_dict() if "$ref" in OPERATIONS[operation_id][1] else result
    assert written == payload
    assert canonical(written) == canonical(payload)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
@settings(SETTINGS, max_examples=60)
@given(st.data())
def test_broken_payloads_fail_only_with_the_documented_error(operation_id: str, draw: st.DataObject) -> None:
    payload = mutate(draw, copy.deepcopy(draw.draw(VALID[operation_id], label="valid payload")))
    note(f"mutated payload: {payload!r}")
    try:
        parse(operation_id, payload)
    except ResponseValidationError:
        pass


def parse_leniently(operation_id: str, payload: Any) -> Any:
    """As the client parses by default (not strict_response_validation)."""
    tag = OPERATIONS[operation_id][0]
    parser = getattr(importlib.import_module(f"elevenlabs_api.api.{tag}"), f"_parse_{operation_id}")
    request = httpx.Request("GET", "http://test/x")
    response = httpx.Response(200, content=json.dumps(payload).encode(), request=request)
    return parse_success(response, parser, strict=False)


def deviate(draw: st.DataObject, payload: Any) -> bool:
    """Drop one field of `payload`, or give it a value of another JSON type (in place); False if it has none."""
    inside = [(container, key) for container, key in places(payload) if isinstance(container, dict)]
    if not inside:
        return False
    container, key = draw.draw(st.sampled_from(inside), label="place")
    if draw.draw(st.booleans(), label="drop it"):
        note(f"dropped {key!r} from {container!r}")
        del container[key]
    else:
        kinds = sorted(set(WRONG_VALUES) - {json_kind(container[key])})
        note(f"replacing {key!r} = {container[key]!r}")
        container[key] = draw.draw(st.sampled_from(kinds).flatmap(WRONG_VALUES.__getitem__), label="new value")
    return True


def any_of(node: Any) -> Any:
    """`node` with every oneOf read as anyOf: the client takes the first member that fits, and the catch-all
    UnknownVariant member fits every object, so under oneOf even the spec's own examples would not validate."""
    if isinstance(node, dict):
        return {("anyOf" if key == "oneOf" else key): any_of(value) for key, value in node.items()}
    return [any_of(value) for value in node] if isinstance(node, list) else node


ORACLE_COMPONENTS = any_of(DOC["components"])


ORACLES = {
    operation_id: OAS31Validator({"allOf": [any_of(schema)], "components": ORACLE_COMPONENTS})
    for operation_id, (_, schema) in OPERATIONS.items()
}


def breaks_the_schema(operation_id: str, payload: Any) -> bool:
    """Whether `payload` is invalid against the operation's response schema (jsonschema, the spec's dialect)."""
    return not ORACLES[operation_id].is_valid(payload)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
@settings(SETTINGS, max_examples=8)
@given(st.data())
def test_by_default_a_field_that_deviates_never_fails_the_call_and_goes_back_as_it_came(
    operation_id: str, draw: st.DataObject
) -> None:
    """Any one field dropped or of another JSON type: parsed without an error, and to_dict() gives the body
    back: a kept value as it came, a dropped required field still absent, a null still null."""
    payload = draw.draw(VALID[operation_id], label="valid payload")
    if not deviate(draw, payload):
        return
    result = parse_leniently(operation_id, payload)
    written = result.to_dict() if "$ref" in OPERATIONS[operation_id][1] else result
    assert canonical(written) == canonical(payload)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
@settings(SETTINGS, max_examples=8)
@given(st.data())
def test_strict_a_field_that_breaks_the_schema_always_fails_the_call(operation_id: str, draw: st.DataObject) -> None:
    """The same deviations, parsed with strict_response_validation: each one the schema rejects is a
    ResponseValidationError. (One the schema allows may still fail: an object whose tag names a known kind
    must fit that kind, where jsonschema lets the catch-all UnknownVariant take it.)"""
    payload = draw.draw(VALID[operation_id], label="valid payload")
    # The generated payloads honour types, not every bound (a minimum, a pattern): judge the deviation alone.
    if breaks_the_schema(operation_id, payload) or not deviate(draw, payload):
        return
    if not breaks_the_schema(operation_id, payload):
        return
    with pytest.raises(ResponseValidationError):
        parse(operation_id, payload)


# A conversation is a large tree, and a few dozen of them do not reach every kind of tool result or
# workflow step; each model on its own does, with small payloads.
MODEL_PAYLOADS = {
    name: from_schema({"$ref": f"#/components/schemas/{name}"}, DOC, 4, extra=True) for name in response_models()
}


@pytest.mark.parametrize("schema_name", sorted(MODEL_PAYLOADS))
@settings(SETTINGS, max_examples=15)
@given(st.data())
def test_every_response_model_round_trips(schema_name: str, draw: st.DataObject) -> None:
    payload = draw.draw(MODEL_PAYLOADS[schema_name], label="payload")
    written = getattr(models, schema_name.replace("-", "")).from_dict(payload).to_dict()
    assert written == payload
    assert canonical(written) == canonical(payload)


def test_a_missing_required_field_set_afterwards_is_written() -> None:
    payload = json.loads((Path(__file__).parent / "payloads" / "history_get.json").read_text())
    del payload["history_item_id"]
    item = parse_leniently("history_get", payload)
    assert item.history_item_id is None and "history_item_id" not in item.to_dict()
    item.history_item_id = "abc"
    assert item.to_dict()["history_item_id"] == "abc"


def test_the_items_of_a_list_of_strings_are_checked() -> None:
    """Strict: an item of another type names the field and the item; by default the list is kept as it came."""
    payload: dict[str, Any] = {"agents": [{"agent_id": "a", "name": "n", "tags": ["ok", 5], "created_at_unix_secs": 1}]}
    payload["agents"][0]["access_info"] = {
        "is_creator": True,
        "creator_name": "c",
        "creator_email": "e",
        "role": "admin",
    }
    payload |= {"has_more": False}
    parser = importlib.import_module("elevenlabs_api.api.conversational_ai_agents")._parse_conversational_ai_agents_list
    request = httpx.Request("GET", "http://test/v1/convai/agents")
    response = httpx.Response(200, content=json.dumps(payload).encode(), request=request)
    with pytest.raises(ResponseValidationError, match=r"item 1 of 'tags' is an integer, not a string") as raised:
        parse_success(response, parser, strict=True)
    assert (raised.value.model, raised.value.field) == ("AgentSummaryResponseModel", "tags")
    page = parse_success(response, parser, strict=False)
    assert page.agents[0].tags == ["ok", 5]
    assert page.to_dict()["agents"][0]["tags"] == ["ok", 5]
