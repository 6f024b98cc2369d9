"""Resources on the test server keep state, through the client, sync and async: what is created can be
read back with what it was created with, listed, updated and deleted, and an unknown id is the vendor's
404, for every family the rule in `_testing/_families.py` finds in the spec's paths."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import API_KEY
from elevenlabs_api.models import ClientToolConfigInput, GetAgentResponseModel
from elevenlabs_client import AsyncElevenLabs, ElevenLabs, NotFoundError
from elevenlabs_client._examples import Examples
from elevenlabs_client._spec_routes import load_spec
from elevenlabs_client._testing._families import find_families
from elevenlabs_client.testing import FakeElevenLabs

both = pytest.mark.parametrize("flavour", ["sync", "async"])


@pytest.fixture
def fake() -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(history_items=3, conversations=2, api_key=API_KEY, collection_size=4) as server:
        yield server


def calls(fake: FakeElevenLabs, flavour: str, steps: Any) -> list[Any]:
    """What `steps(client, call)` calls, in order, with a sync or an async client: each `call(x)` is the
    answer x, or the coroutine x awaited after the ones before it."""
    if flavour == "sync":
        with ElevenLabs(api_key=API_KEY, base_url=fake.base_url, max_retries=0) as client:
            answers: list[Any] = []
            steps(client, answers.append)
            return answers

    async def main() -> list[Any]:
        async with AsyncElevenLabs(api_key=API_KEY, base_url=fake.base_url, max_retries=0) as client:
            pending: list[Any] = []
            steps(client, pending.append)
            return [await coroutine for coroutine in pending]

    return asyncio.run(main())


def test_the_rule_finds_the_families_users_reach_first() -> None:
    spec = load_spec()
    families = find_families(spec, Examples(spec))
    assert families["/v1/convai/agents/{agent_id}"].creates == {("POST", "/v1/convai/agents/create")}
    assert families["/v1/voices/{voice_id}"].lists == {"/v1/voices", "/v2/voices"}
    assert ("POST", "/v1/voices/{voice_id}/edit") in families["/v1/voices/{voice_id}"].updates
    assert ("POST", "/v1/convai/knowledge-base/text") in families[
        "/v1/convai/knowledge-base/{documentation_id}"
    ].creates
    assert {"/v1/convai/tools/{tool_id}", "/v1/dubbing/{dubbing_id}", "/v1/dubbing/project/{project_id}"} <= set(
        families
    )
    # `/crawl` has items of its own: its create is not a knowledge base document's.
    assert ("POST", "/v1/convai/knowledge-base/crawl") not in families[
        "/v1/convai/knowledge-base/{documentation_id}"
    ].creates
    assert "/v1/history/{history_item_id}" not in families, "no create: history is served by hand"


@both
def test_an_agent_reads_back_as_created_updated_and_deleted(fake: FakeElevenLabs, flavour: str) -> None:
    def agents(client: Any) -> Any:
        return client.conversational_ai.agents

    def create(client: Any, call: Any) -> Any:
        return call(agents(client).create(conversation_config={}, name="Support", tags=["help"]))

    [created] = calls(fake, flavour, create)
    agent_id = created.agent_id

    def read(client: Any, call: Any) -> Any:
        call(agents(client).get(agent_id))
        call(agents(client).list())
        call(agents(client).update(agent_id, name="Sales"))
        call(agents(client).get(agent_id))

    got, listed, updated, again = calls(fake, flavour, read)
    assert isinstance(got, GetAgentResponseModel)
    assert (got.agent_id, got.name, got.tags) == (agent_id, "Support", ["help"])
    assert listed.agents[0].agent_id == agent_id and listed.agents[0].name == "Support", "newest first"
    assert len(listed.agents) == 5, "the four the server starts with, and this one"
    assert (updated.name, again.name, again.tags) == ("Sales", "Sales", ["help"]), "an update merges"

    def delete(client: Any, call: Any) -> Any:
        call(agents(client).delete(agent_id))

    calls(fake, flavour, delete)
    with pytest.raises(NotFoundError) as raised:
        calls(fake, flavour, lambda client, call: call(agents(client).get(agent_id)))
    assert raised.value.status_code == 404
    [remaining] = calls(fake, flavour, lambda client, call: call(agents(client).list()))
    assert agent_id not in [agent.agent_id for agent in remaining.agents]


@both
def test_a_voice_added_from_a_form_is_found_listed_edited_and_deleted(fake: FakeElevenLabs, flavour: str) -> None:
    if "delete" not in load_spec()["paths"].get("/v1/voices/{voice_id}", {}):
        pytest.skip("the spec has no DELETE /v1/voices/{voice_id} (an update removed it)")

    def steps(client: Any, call: Any) -> None:
        call(client.voices.ivc.create(name="My clone", files=[b"audio"], description="warm", labels={"tone": "calm"}))

    [added] = calls(fake, flavour, steps)
    voice_id = added.voice_id

    def later(client: Any, call: Any) -> None:
        call(client.voices.get(voice_id))
        call(client.voices.search(page_size=100))
        call(client.voices.update(voice_id, name="Renamed"))
        call(client.voices.get(voice_id))
        call(client.voices.delete(voice_id))

    got, found, _, edited, _ = calls(fake, flavour, later)
    assert (got.name, got.description) == ("My clone", "warm")
    assert voice_id in [voice.voice_id for voice in found.voices] and found.total_count == len(found.voices) == 5
    assert (edited.name, edited.description) == ("Renamed", "warm")
    with pytest.raises(NotFoundError):
        calls(fake, flavour, lambda client, call: call(client.voices.get(voice_id)))


@both
def test_documents_tools_and_dubbings_keep_state_the_same_way(fake: FakeElevenLabs, flavour: str) -> None:
    tool = ClientToolConfigInput.from_dict({"type": "client", "name": "lookup_order", "description": "Finds an order"})

    def create(client: Any, call: Any) -> None:
        call(client.conversational_ai.knowledge_base.documents.create_from_text(text="Opening hours", name="FAQ"))
        call(client.conversational_ai.tools.create(tool_config=tool))
        call(client.dubbing.create(file=("a.mp3", b"audio", "audio/mpeg"), target_lang="es", name="Promo"))

    document, made_tool, dub = calls(fake, flavour, create)

    def read(client: Any, call: Any) -> None:
        call(client.conversational_ai.knowledge_base.documents.get(document.id))
        call(client.conversational_ai.knowledge_base.list())
        call(client.conversational_ai.tools.get(made_tool.id))
        call(client.dubbing.get(dub.dubbing_id))
        call(client.dubbing.list())

    doc, documents, got_tool, got_dub, dubs = calls(fake, flavour, read)
    assert (document.name, doc.id, doc.name) == ("FAQ", document.id, "FAQ")
    assert documents.documents[0].id == document.id
    assert got_tool.id == made_tool.id and got_tool.tool_config.name == "lookup_order"
    assert (got_dub.dubbing_id, got_dub.name) == (dub.dubbing_id, "Promo")
    assert dubs.dubs[0].dubbing_id == dub.dubbing_id

    def delete(client: Any, call: Any) -> None:
        call(client.conversational_ai.knowledge_base.documents.delete(document.id))
        call(client.conversational_ai.tools.delete(made_tool.id))
        call(client.dubbing.delete(dub.dubbing_id))

    calls(fake, flavour, delete)
    for get in (
        lambda client: client.conversational_ai.knowledge_base.documents.get(document.id),
        lambda client: client.conversational_ai.tools.get(made_tool.id),
        lambda client: client.dubbing.get(dub.dubbing_id),
    ):
        with pytest.raises(NotFoundError):
            calls(fake, flavour, lambda client, call, get=get: call(get(client)))


def test_an_unknown_id_is_a_404_on_the_item_and_under_it(fake: FakeElevenLabs) -> None:
    with httpx.Client(base_url=fake.base_url, headers={"xi-api-key": API_KEY}) as http:
        item = http.get("/v1/convai/agents/agent_nope")
        under = http.get("/v1/convai/agents/agent_nope/branches")
        voice = http.get("/v1/voices/nope")
        literal = http.get("/v1/convai/agents/summaries")
    assert item.status_code == under.status_code == voice.status_code == 404
    assert item.json() == {"detail": {"status": "agent_not_found", "message": "Agent agent_nope not found"}}
    assert voice.json()["detail"]["status"] == "voice_not_found"
    assert literal.status_code == 422, "a literal path of the spec is its own operation, not an agent id"


def test_the_spec_example_ids_exist_so_documented_calls_work(fake: FakeElevenLabs) -> None:
    with ElevenLabs(api_key=API_KEY, base_url=fake.base_url) as client:
        assert client.voices.get("21m00Tcm4TlvDq8ikWAM").voice_id == "21m00Tcm4TlvDq8ikWAM"
        assert client.conversational_ai.agents.get("agent_3701k3ttaq12ewp8b7qv5rfyszkz").name


def test_answers_with_kept_fields_still_fit_their_schemas(fake: FakeElevenLabs) -> None:
    spec = load_spec()
    examples = Examples(spec)
    with httpx.Client(base_url=fake.base_url, headers={"xi-api-key": API_KEY}) as http:
        body = {"conversation_config": {"agent": {"first_message": "Hi"}}, "name": "Kept", "tags": ["a"]}
        agent_id = http.post("/v1/convai/agents/create", json=body).json()["agent_id"]
        refused = http.patch(f"/v1/convai/agents/{agent_id}", json={"name": 7})
        got = http.get(f"/v1/convai/agents/{agent_id}").json()
    assert refused.status_code == 422 and got["name"] == "Kept", "a refused update keeps nothing"
    assert got["conversation_config"]["agent"]["first_message"] == "Hi"
    assert examples.valid(got, {"$ref": "#/components/schemas/GetAgentResponseModel"})
