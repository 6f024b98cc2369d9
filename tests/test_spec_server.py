"""The test server's spec-driven part over real sockets, with plain httpx: every operation answered, every
request checked against the spec and refused in the vendor's 422 shape, faults on any operation."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from elevenlabs_client._examples import Examples
from elevenlabs_client._spec_routes import load_spec
from elevenlabs_client.testing import FakeElevenLabs, Fault

KEY = "sk-spec"


@pytest.fixture(scope="module")
def server() -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(
        history_items=3, conversations=2, api_key=KEY, audio_size=5000, resource_ids=["agent-1"]
    ) as fake:
        yield fake


@pytest.fixture
def http(server: FakeElevenLabs) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers={"xi-api-key": KEY}) as client:
        yield client


def test_an_operation_without_code_of_its_own_answers_its_declared_shape(http: httpx.Client) -> None:
    voices = http.get("/v2/voices", params={"page_size": 5})
    assert voices.status_code == 200
    assert set(voices.json()) >= {"voices", "has_more", "total_count"}
    audio = http.post("/v1/text-to-speech/voice-1", json={"text": "Hello"})
    assert (audio.status_code, audio.headers["content-type"], len(audio.content)) == (200, "audio/mpeg", 5000)


def test_a_body_the_spec_forbids_is_a_422_naming_the_field(http: httpx.Client) -> None:
    missing = http.post("/v1/text-to-speech/voice-1", json={"txt": "Hello"})
    assert missing.status_code == 422
    assert missing.json() == {"detail": [{"type": "missing", "loc": ["body", "text"], "msg": "Field required"}]}
    wrong = http.post("/v1/text-to-speech/voice-1", json={"text": "Hello", "seed": "seven"})
    assert wrong.status_code == 422
    assert wrong.json()["detail"][0]["loc"] == ["body", "seed"]


def test_a_parameter_the_spec_forbids_is_a_422_naming_it(http: httpx.Client) -> None:
    response = http.post("/v1/text-to-speech/voice-1", params={"output_format": "mp3_999"}, json={"text": "Hi"})
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert (error["type"], error["loc"]) == ("enum", ["query", "output_format"])


def test_multipart_fields_are_read_as_the_vendor_reads_them(http: httpx.Client) -> None:
    fields = {"model_id": "scribe_v1", "diarize": "true", "num_speakers": "2"}
    ok = http.post("/v1/speech-to-text", data=fields, files={"file": ("a.mp3", b"audio", "audio/mpeg")})
    assert ok.status_code == 200, ok.text
    assert set(ok.json()) >= {"language_code", "text", "words"}
    bad = http.post("/v1/speech-to-text", data={**fields, "num_speakers": "two"}, files={"file": b"audio"})
    assert bad.status_code == 422
    assert bad.json()["detail"][0]["loc"] == ["body", "num_speakers"]


def test_key_methods_and_literal_routes(server: FakeElevenLabs, http: httpx.Client) -> None:
    assert httpx.get(server.base_url + "/v2/voices").status_code == 401
    assert http.delete("/v2/voices").json() == {"detail": "Method Not Allowed"}
    assert http.get("/v9/nothing").json() == {"detail": "Not Found"}
    resolve = http.get("/v1/convai/conversations/resolve", params={"conversation_id": "x"})
    assert resolve.status_code != 404, "a literal route of the spec wins over the conversation id route"


def test_a_fault_works_on_any_operation(server: FakeElevenLabs, http: httpx.Client) -> None:
    server.add_fault(Fault(path="/v2/voices", status=503))
    assert http.get("/v2/voices").status_code == 503
    assert http.get("/v2/voices").status_code == 200, "a fault answers once"
    server.add_fault(Fault(path="/v1/text-to-speech/*", cut_after=1000))
    with pytest.raises(httpx.RemoteProtocolError):
        http.post("/v1/text-to-speech/voice-1", json={"text": "Hi"})


def test_an_answer_is_the_spec_example_where_it_fits_the_schema(http: httpx.Client) -> None:
    schemas = load_spec()["components"]["schemas"]
    assert http.get("/v1/user").json() == schemas["UserResponseModel"]["example"]
    # A media type's named examples: the first one that its schema accepts.
    content = load_spec()["paths"]["/v1/speech-to-text"]["post"]["responses"]["200"]["content"]["application/json"]
    fields = {"model_id": "scribe_v1"}
    answer = http.post("/v1/speech-to-text", data=fields, files={"file": ("a.mp3", b"audio", "audio/mpeg")})
    assert answer.json() == content["examples"]["single_channel"]["value"]


def test_an_example_that_contradicts_its_schema_is_not_answered(http: httpx.Client) -> None:
    spec = load_spec()
    schema = {"$ref": "#/components/schemas/GetAgentResponseModel"}
    example = spec["components"]["schemas"]["GetAgentResponseModel"]["example"]
    examples = Examples(spec)
    assert not examples.valid(example, schema), "the spec's example of an agent breaks its own schema"
    answer = http.get("/v1/convai/agents/agent-1").json()
    assert answer != example
    assert examples.valid(answer, schema)


def test_examples_are_taken_where_they_fit_and_counted_where_they_do_not() -> None:
    spec = {
        "components": {
            "schemas": {
                "Voice": {
                    "type": "object",
                    "required": ["name", "age", "accent"],
                    "properties": {
                        "name": {"type": "string", "example": "Rachel"},
                        "age": {"type": "integer", "examples": ["old", 41]},
                        "accent": {"type": "string", "example": 7},
                    },
                },
                "Pair": {"type": "array", "items": {"$ref": "#/components/schemas/Voice"}, "example": [{"x": 1}]},
            }
        }
    }
    examples = Examples(spec, spec_examples=True)
    voice = spec["components"]["schemas"]["Voice"]
    assert examples.value({"$ref": "#/components/schemas/Pair"}) == [{"name": "Rachel", "age": 41, "accent": "text"}]
    assert sorted(map(str, examples.rejected.values())) == ["7", "[{'x': 1}]", "old"]
    assert Examples(spec).value(voice) == {"name": "text", "age": 1, "accent": "text"}, "requests stay built"
