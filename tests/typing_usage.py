"""Typed use of the client as a user writes it; never run, only checked: by mypy over the source tree
(tests/test_typing.py), and by mypy and pyright with the client installed from its wheel
(tests/test_wheel_typing.py)."""

import io
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, Literal, assert_type

import httpx
from elevenlabs_api.api import AsyncBinaryStream, AsyncMultipartResponse, BinaryStream, MultipartResponse
from elevenlabs_api.models import (
    AgentResponse,
    GetConversationResponseModel,
    GetSpeechHistoryResponseModel,
    SpeechHistoryItemResponseModel,
    StreamingAudioChunkWithTimestampsResponseModel,
)
from elevenlabs_api.realtime import conversation
from elevenlabs_client import (
    AgentSummaryResponseModel,
    AsyncElevenLabs,
    ClientToolConfigInput,
    CreateStringEnvironmentVariableRequest,
    CreateStringEnvironmentVariableRequestValues,
    EditVoiceSettingsResponseModel,
    ElevenLabs,
    ElevenLabsEnvironment,
    GetVoicesV2ResponseModel,
    PodcastTextSource,
    RawResponse,
    RealtimeAudio,
    ToolRequestModel,
    VoiceResponseModel,
    VoiceSettings,
)
from elevenlabs_client.play import play, save, stream


def sync_usage(client: ElevenLabs) -> None:
    assert_type(client.history.list(page_size=50, sort_direction="desc", source="TTS"), GetSpeechHistoryResponseModel)
    assert_type(client.history.get("id"), SpeechHistoryItemResponseModel)
    assert_type(client.history.get_audio("id", chunk_size=1024), BinaryStream)
    audio: Iterator[bytes] = client.history.download(["a", "b"], output_format="wav")
    assert_type(client.history.iter_all(voice_id="v", date_after_unix=1), Iterator[SpeechHistoryItemResponseModel])
    assert_type(client.history.save_audio("id", "out.mp3"), Path)
    assert_type(client.conversational_ai.conversations.get("c"), GetConversationResponseModel)
    assert_type(client.conversational_ai.conversations.audio.get("c").save("c.mp3"), Path)
    assert_type(client.voices.search(), GetVoicesV2ResponseModel)
    speech = client.text_to_speech.convert("voice", text="Hello", model_id="eleven_multilingual_v2")
    assert_type(speech.save(Path("hello.mp3")), Path)
    with client.music.compose_detailed(prompt="calm") as song:
        assert_type(song, MultipartResponse)
        assert_type(song.json, dict[str, Any])
        assert_type(song.audio.save("song.mp3"), Path)
        play(song.audio)
    assert_type(stream(client.text_to_speech.stream("voice", text="Hello")), bytes)
    chunks: Iterator[StreamingAudioChunkWithTimestampsResponseModel] = client.text_to_speech.stream_with_timestamps(
        "voice", text="Hello"
    )
    client.speech_to_text.convert(model_id="scribe_v1", file=io.BytesIO(b"audio"))
    client.speech_to_text.convert(model_id="scribe_v1", file=Path("a.mp3"))
    client.speech_to_text.convert(model_id="scribe_v1", file=("a.mp3", b"audio", "audio/mpeg"))
    for voice in client.voices.iter_search(category="premade", page_size=100):
        assert_type(voice, VoiceResponseModel)
    for agent in client.conversational_ai.agents.iter_all(search="support"):
        assert_type(agent, AgentSummaryResponseModel)
    del audio, chunks


def official_call_shapes(client: ElevenLabs) -> None:
    values = CreateStringEnvironmentVariableRequestValues()
    client.environment_variables.create(request=CreateStringEnvironmentVariableRequest(label="A", values=values))
    client.environment_variables.list(type="string")
    assert_type(client.conversational_ai.conversations.get("c", format="json"), GetConversationResponseModel)
    assert_type(PodcastTextSource(type="text", text="Hi").type_, Literal["text"])
    PodcastTextSource(text="Hi")
    # A body the official SDK takes whole: the model or a dict, or its fields as keywords.
    assert_type(
        client.voices.settings.update("v", request=VoiceSettings(stability=0.5)), EditVoiceSettingsResponseModel
    )
    client.voices.settings.update("v", request={"stability": 0.5})
    client.voices.settings.update("v", stability=0.5)
    client.conversational_ai.tools.create(
        request=ToolRequestModel(tool_config=ClientToolConfigInput(name="n", description="d"))
    )


def model_fields(client: ElevenLabs) -> None:
    page = client.history.list(page_size=10)
    assert_type(page.has_more, bool)
    for item in page.history:
        assert_type(item.date_unix, int)
        assert_type(item.history_item_id, str)
    assert_type(client.voices.get("voice").name, str)


def raw_responses(client: ElevenLabs) -> None:
    raw = client.text_to_speech.with_raw_response.convert("voice", text="Hello", request_options={"max_retries": 0})
    assert_type(raw, RawResponse[BinaryStream])
    assert_type(raw.headers, httpx.Headers)
    assert_type(raw.data.save("out.mp3"), Path)
    assert_type(client.history.with_raw_response.get("id").data, SpeechHistoryItemResponseModel)
    client.voices.search(
        request_options={
            "additional_headers": {"x-trace": "1"},
            "additional_query_parameters": {"new": 1},
            "additional_body_parameters": {"field": [1, 2]},
        }
    )


async def async_raw_responses(client: AsyncElevenLabs) -> None:
    raw = await client.text_to_speech.with_raw_response.convert("voice", text="Hello")
    assert_type(raw, RawResponse[AsyncBinaryStream])
    assert_type((await client.history.with_raw_response.get("id")).data, SpeechHistoryItemResponseModel)
    assert_type(raw.status_code, int)


def one_call_per_top_level_group(client: ElevenLabs) -> list[Any]:
    """Every top-level group of the spec, each with one method, as a user calls it."""
    return [
        client.assets.list(),
        client.audio_isolation.convert(audio=b"noisy"),
        client.audio_native.get_settings("project"),
        client.conversational_ai.agents.list(page_size=10),
        client.docs.redirect_to_mintlify(),
        client.dubbing.list(),
        client.environment_variables.list(),
        client.flows.image.list(),
        client.forced_alignment.create(file=b"audio", text="words"),
        client.history.list(),
        client.models.list(),
        client.music.compose(prompt="a calm piano piece", music_length_ms=10_000),
        client.productions.orders.list(),
        client.pronunciation_dictionaries.list(),
        client.samples.delete("voice", "sample"),
        client.service_accounts.list(),
        client.speech_engine.list(),
        client.speech_to_speech.convert("voice", audio=Path("in.mp3")),
        client.speech_to_text.transcripts.get("transcription"),
        client.studio.projects.list(),
        client.text_to_dialogue.convert(inputs=[]),
        client.text_to_sound_effects.convert(text="rain on a tin roof"),
        client.text_to_speech.convert("voice", text="Hello"),
        client.text_to_voice.preview.stream("generated-voice"),
        client.tokens.single_use.create("realtime_scribe"),
        client.usage.get(start_unix=0, end_unix=1),
        client.user.get(),
        client.voices.search(page_size=10),
        client.webhooks.list(),
        client.workspace.groups.list(),
        client.workspaces.api_keys.disable(api_key_name="old"),
    ]


async def async_usage(client: AsyncElevenLabs) -> None:
    assert_type(await client.history.list(page_size=50, sort_direction="asc"), GetSpeechHistoryResponseModel)
    assert_type(await client.history.get_audio("id"), AsyncBinaryStream)
    song = await client.music.compose_detailed(prompt="calm")
    assert_type(song, AsyncMultipartResponse)
    assert_type(song.song_id, str | None)
    async for part in song.audio:
        assert_type(part, bytes)
    await save(song.audio, "song.mp3")
    assert_type(await stream(client.text_to_speech.convert("voice", text="Hello")), bytes)
    assert_type(client.history.iter_all(source="STS"), AsyncIterator[SpeechHistoryItemResponseModel])
    assert_type(await client.history.save_download(["a"], "out.zip"), Path)
    assert_type(await client.conversational_ai.conversations.audio.save("c", "c.mp3"), Path)
    async for chunk in client.text_to_speech.convert("voice", text="Hello"):
        assert_type(chunk, bytes)
    async for piece in client.text_to_speech.stream_with_timestamps("voice", text="Hello"):
        assert_type(piece, StreamingAudioChunkWithTimestampsResponseModel)
    assert_type(await client.voices.search(), GetVoicesV2ResponseModel)
    async for voice in client.voices.iter_search(search="george"):
        assert_type(voice, VoiceResponseModel)


def realtime_sessions(client: ElevenLabs) -> None:
    # The text to speech channels' own sessions, re-typed over the generated methods (pyright as well).
    with client.text_to_speech.realtime_session("voice", model_id="eleven_flash_v2_5") as speech:
        speech.send("Hello there.")
        speech.flush()
        for piece in speech:
            if isinstance(piece, RealtimeAudio):
                assert_type(piece.audio, bytes)
    with client.text_to_speech.multi_context_session("voice") as contexts:
        contexts.open_context("answer-1")
        contexts.close_context("answer-1")
    # A channel without a hand-written session: its generated typed methods and events.
    with client.conversational_ai.realtime_session(agent_id="agent") as session:
        session.send_user_message(text="hi")
        for event in session:
            assert_type(event, conversation.Received)
            if isinstance(event, AgentResponse):
                assert_type(event, AgentResponse)


async def async_realtime_sessions(client: AsyncElevenLabs) -> None:
    async with await client.text_to_speech.multi_context_session("voice") as contexts:
        await contexts.open_context("answer-1")
    async with await client.conversational_ai.realtime_session(agent_id="agent") as session:
        await session.send_contextual_update(text="on the pricing page")
        async for event in session:
            assert_type(event, conversation.Received)


def environments() -> None:
    ElevenLabs(api_key="k", environment=ElevenLabsEnvironment.PRODUCTION_EU)
    AsyncElevenLabs(api_key="k", environment=ElevenLabsEnvironment.PRODUCTION_US)


def agent_usage(client: ElevenLabs, async_client: AsyncElevenLabs) -> None:
    from elevenlabs_client.conversational_ai.conversation import (
        AgentChatResponsePartType,
        AsyncConversation,
        ClientTools,
        Conversation,
        ConversationInitiationData,
    )

    def weather(parameters: dict[str, Any]) -> str:
        return f"Sunny in {parameters['city']}"

    async def show(text: str) -> None:
        print(text)

    async def part(text: str, kind: AgentChatResponsePartType) -> None:
        print(kind.value, text)

    tools = ClientTools()
    tools.register("get_weather", weather)
    conversation = Conversation(
        client,
        "agent",
        requires_auth=True,
        config=ConversationInitiationData(dynamic_variables={"name": "Ada"}),
        client_tools=tools,
        callback_agent_response=print,
        callback_latency_measurement=lambda ms: print(ms),
        callback_end_session=lambda: None,
    )
    conversation.start_session()
    conversation.send_user_message("Hello")
    conversation.end_session()
    assert_type(conversation.wait_for_session_end(), str | None)
    AsyncConversation(client, "agent", requires_auth=False, callback_agent_response=show)
    AsyncConversation(async_client, "agent", requires_auth=False, callback_agent_chat_response_part=part)


async def transcription_usage(client: ElevenLabs, async_client: AsyncElevenLabs) -> None:
    import base64

    from elevenlabs_api.models import CommittedTranscriptPayload
    from elevenlabs_client.realtime import (
        COMMIT,
        AsyncTranscriptionSession,
        AudioFormat,
        CommitStrategy,
        RealtimeConnection,
        RealtimeEvents,
        TranscriptionSession,
    )

    # The official shape: a coroutine on both clients.
    connection = await client.speech_to_text.realtime.connect(
        {"model_id": "scribe_v2_realtime", "audio_format": AudioFormat.PCM_16000, "sample_rate": 16000}
    )
    assert_type(connection, RealtimeConnection)
    connection.on(RealtimeEvents.COMMITTED_TRANSCRIPT, lambda data: print(data["text"]))
    await connection.send({"audio_base_64": base64.b64encode(b"\x00\x00").decode()})
    await connection.commit()
    await connection.close()
    url = await async_client.speech_to_text.realtime.connect(
        {"model_id": "scribe_v2_realtime", "url": "https://example.com/a.mp3", "commit_strategy": CommitStrategy.VAD}
    )
    await url.close()

    # The typed session and the whole-source helper, with the generated method's arguments.
    with client.speech_to_text.realtime_session(model_id="scribe_v2_realtime", keyterms=["Scribe"]) as session:
        assert_type(session, TranscriptionSession)
        session.send_audio(b"\x00\x00", commit=True)
        for event in session:
            if isinstance(event, CommittedTranscriptPayload):
                print(event.text)
    opened = await async_client.speech_to_text.realtime_session(model_id="scribe_v2_realtime")
    assert_type(opened, AsyncTranscriptionSession)
    await opened.close()
    for event in client.speech_to_text.transcribe_realtime([b"\x00\x00", COMMIT], model_id="m", commit_strategy="vad"):
        print(event)
    async for event in async_client.speech_to_text.transcribe_realtime(
        "speech.wav", model_id="m", include_timestamps=True
    ):
        print(event)
