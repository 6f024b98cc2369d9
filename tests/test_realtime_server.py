"""The fake server's text to speech WebSockets (elevenlabs_client.testing), over real sockets with a plain
websockets client: what the vendor's AsyncAPI document and channel descriptions say it does."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest
from elevenlabs_client._spec_routes import load_spec
from elevenlabs_client._testing import _realtime_spec
from elevenlabs_client.testing import FakeElevenLabs, SocketFault
from openapi_schema_validator import OAS31Validator
from websockets.exceptions import ConnectionClosedError, ConnectionClosedOK, InvalidStatus
from websockets.sync.client import ClientConnection, connect

VOICE = "21m00Tcm4TlvDq8ikWAM"
SINGLE = f"/v1/text-to-speech/{VOICE}/stream-input"
MULTI = f"/v1/text-to-speech/{VOICE}/multi-stream-input"


@pytest.fixture
def server() -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(history_items=1, conversations=1, collection_size=1) as fake:
        yield fake


def open_socket(server: FakeElevenLabs, path: str, query: str = "", key: str | None = None) -> ClientConnection:
    url = server.base_url.replace("http://", "ws://") + path + (f"?{query}" if query else "")
    return connect(url, additional_headers={"xi-api-key": server.api_key if key is None else key}, open_timeout=10)


def send(socket: ClientConnection, **message: Any) -> None:
    socket.send(json.dumps(message))


def received(socket: ClientConnection) -> list[dict[str, Any]]:
    """Every message until the server closes the socket."""
    return [json.loads(message) for message in socket]


def audio(message: dict[str, Any]) -> bytes:
    return base64.b64decode(message["audio"])


# Happy paths ---------------------------------------------------------------------------------------


def test_stream_input_speaks_the_text_and_ends_with_is_final(server: FakeElevenLabs) -> None:
    with open_socket(server, SINGLE) as socket:
        send(socket, text=" ", voice_settings={"stability": 0.5, "similarity_boost": 0.8})
        send(socket, text="Hello world. ")
        send(socket, text="How are you? ")
        send(socket, text="")
        messages = received(socket)
    assert socket.close_code == 1000
    assert messages[-1] == {"isFinal": True}
    # 25 characters are below the first step of the default chunk schedule (120): one generation at the end.
    assert [audio(m) for m in messages[:-1]] == [server.realtime_audio(VOICE, "Hello world. How are you? ")]
    assert "alignment" not in messages[0]
    (record,) = server.sockets
    assert record.status == 101 and record.channel == "stream-input" and record.voice_id == VOICE
    assert record.messages[1:] == [{"text": "Hello world. "}, {"text": "How are you? "}, {"text": ""}]
    assert record.close_code == 1000


def test_the_official_sdks_messages_are_accepted(server: FakeElevenLabs) -> None:
    """convert_realtime sends `voice_settings: null` and `try_trigger_generation` in its first message."""
    with open_socket(server, SINGLE, "model_id=eleven_flash_v2_5&output_format=mp3_44100_128") as socket:
        send(
            socket,
            text=" ",
            try_trigger_generation=True,
            voice_settings=None,
            generation_config={"chunk_length_schedule": [50]},
        )
        send(socket, text="Hello, how are you? ", try_trigger_generation=True)
        send(socket, text="I am fine, thank you, and I am glad to hear from you. ", try_trigger_generation=True)
        send(socket, text="")
        messages = received(socket)
    texts = ["Hello, how are you? I am fine, thank you, and I am glad to hear from you. "]
    assert [audio(m) for m in messages if m.get("audio")] == [server.realtime_audio(VOICE, t) for t in texts]
    assert socket.close_code == 1000


def test_the_chunk_length_schedule_decides_when_audio_is_generated(server: FakeElevenLabs) -> None:
    with open_socket(server, SINGLE) as socket:
        send(socket, text=" ", generation_config={"chunk_length_schedule": [50, 60]})
        send(socket, text="a" * 30 + " ")
        send(socket, text="b" * 30 + " ")  # 62 characters: the first step (50) is reached
        first = json.loads(socket.recv(timeout=10))
        send(socket, text="c" * 40 + " ")  # 41 < 60: kept
        send(socket, text="d" * 30 + " ")  # 72 >= 60
        second = json.loads(socket.recv(timeout=10))
        send(socket, text="e ")
        send(socket, text="")
        rest = received(socket)
    assert audio(first) == server.realtime_audio(VOICE, "a" * 30 + " " + "b" * 30 + " ")
    assert audio(second) == server.realtime_audio(VOICE, "c" * 40 + " " + "d" * 30 + " ")
    assert [audio(m) for m in rest[:-1]] == [server.realtime_audio(VOICE, "e ")]


def test_flush_generates_what_is_buffered_and_keeps_the_socket_open(server: FakeElevenLabs) -> None:
    with open_socket(server, SINGLE) as socket:
        send(socket, text=" ")
        send(socket, text="Short. ", flush=True)
        flushed = json.loads(socket.recv(timeout=10))
        send(socket, text="More. ", flush=True)
        again = json.loads(socket.recv(timeout=10))
        send(socket, text="")
        rest = received(socket)
    assert audio(flushed) == server.realtime_audio(VOICE, "Short. ")
    assert audio(again) == server.realtime_audio(VOICE, "More. ")
    assert rest == [{"isFinal": True}]


def test_sync_alignment_gives_each_characters_timing(server: FakeElevenLabs) -> None:
    with open_socket(server, SINGLE, "sync_alignment=true&output_format=pcm_16000") as socket:
        send(socket, text=" ")
        send(socket, text="Hi  there ", flush=True)
        message = json.loads(socket.recv(timeout=10))
    assert audio(message) == server.realtime_audio(VOICE, "Hi  there ", "pcm_16000")
    alignment = message["alignment"]
    assert alignment["chars"] == list("Hi  there ")
    assert len(alignment["charStartTimesMs"]) == len(alignment["charsDurationsMs"]) == 10
    assert alignment["charStartTimesMs"] == sorted(alignment["charStartTimesMs"])
    assert message["normalizedAlignment"]["chars"] == list("Hi there ")


def test_multi_stream_contexts_are_independent(server: FakeElevenLabs) -> None:
    with open_socket(server, MULTI) as socket:
        send(socket, text=" ", context_id="conv_1", voice_settings={"stability": 0.5})
        send(socket, text="Hello from conversation one. ", context_id="conv_1")
        send(socket, text="Hi from two. ", context_id="conv_2", flush=True)
        two = json.loads(socket.recv(timeout=10))
        send(socket, text="More for one. ", context_id="conv_1", flush=True)
        one = json.loads(socket.recv(timeout=10))
        send(socket, close_context=True, context_id="conv_2")
        final_two = json.loads(socket.recv(timeout=10))
        send(socket, text="", context_id="conv_1")  # a keep-alive: nothing comes back for it
        send(socket, close_socket=True)
        rest = received(socket)
    assert two["contextId"] == "conv_2" and audio(two) == server.realtime_audio(VOICE, "Hi from two. ")
    assert one["contextId"] == "conv_1"
    assert audio(one) == server.realtime_audio(VOICE, "Hello from conversation one. More for one. ")
    assert final_two == {"isFinal": True, "is_final": True, "contextId": "conv_2"}
    assert rest == [{"isFinal": True, "is_final": True, "contextId": "conv_1"}]
    assert socket.close_code == 1000


def test_closing_a_context_drops_its_unflushed_text(server: FakeElevenLabs) -> None:
    with open_socket(server, MULTI) as socket:
        send(socket, text=" ", context_id="old")
        send(socket, text="An answer the user interrupted. ", context_id="old")
        send(socket, context_id="old", close_context=True)
        send(socket, text="A new answer. ", context_id="new", flush=True)
        send(socket, close_socket=True)
        messages = received(socket)
    assert messages[0] == {"isFinal": True, "is_final": True, "contextId": "old"}
    assert audio(messages[1]) == server.realtime_audio(VOICE, "A new answer. ")
    assert messages[2:] == [{"isFinal": True, "is_final": True, "contextId": "new"}]


def test_close_socket_generates_what_each_context_still_holds(server: FakeElevenLabs) -> None:
    with open_socket(server, MULTI) as socket:
        send(socket, text=" ", context_id="a")
        send(socket, text="Left over. ", context_id="a")
        send(socket, close_socket=True)
        messages = received(socket)
    assert audio(messages[0]) == server.realtime_audio(VOICE, "Left over. ")
    assert messages[1]["is_final"] is True


def test_audio_waits_for_the_configured_delay(server: FakeElevenLabs) -> None:
    server.realtime_delay = 0.3
    with open_socket(server, SINGLE) as socket:
        send(socket, text=" ")
        send(socket, text="Later. ", flush=True)
        with pytest.raises(TimeoutError):
            socket.recv(timeout=0.05)  # not before the delay (a delay far longer than a local round trip)
        assert audio(json.loads(socket.recv(timeout=10))) == server.realtime_audio(VOICE, "Later. ")


# The handshake -------------------------------------------------------------------------------------


def test_a_socket_without_the_api_key_is_refused_with_401(server: FakeElevenLabs) -> None:
    with pytest.raises(InvalidStatus) as caught:
        open_socket(server, SINGLE, key="wrong")
    assert caught.value.response.status_code == 401
    assert json.loads(caught.value.response.body) == {
        "detail": {"status": "invalid_api_key", "message": "Invalid API key"}
    }
    assert server.sockets[0].status == 401
    assert "wrong" not in repr(server.sockets[0])


def test_the_api_key_is_redacted_in_a_records_repr(server: FakeElevenLabs) -> None:
    with open_socket(server, SINGLE):
        pass
    (record,) = server.sockets
    assert record.headers["xi-api-key"] == server.api_key
    assert server.api_key not in repr(record)


@pytest.mark.parametrize(
    ("query", "field", "kind"),
    [
        ("sync_alignment=maybe", "sync_alignment", "bool_parsing"),
        ("inactivity_timeout=181", "inactivity_timeout", "less_than_equal"),
        ("inactivity_timeout=soon", "inactivity_timeout", "int_parsing"),
        ("output_format=mp3_8000_8", "output_format", "enum"),
        ("seed=-1", "seed", "greater_than_equal"),
        ("apply_text_normalization=sometimes", "apply_text_normalization", "enum"),
    ],
)
def test_a_bad_query_parameter_is_refused_with_fastapis_422(
    server: FakeElevenLabs, query: str, field: str, kind: str
) -> None:
    with pytest.raises(InvalidStatus) as caught:
        open_socket(server, MULTI, query)
    assert caught.value.response.status_code == 422
    (error,) = json.loads(caught.value.response.body)["detail"]
    assert error["loc"] == ["query", field] and error["type"] == kind


def test_unknown_query_parameters_are_ignored(server: FakeElevenLabs) -> None:
    with open_socket(server, SINGLE, "model_id=eleven_flash_v2_5&surprise=1&enable_logging=false&seed=12345"):
        pass
    assert server.sockets[0].status == 101


# Bad messages --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "messages", "where"),
    [
        (SINGLE, [{"text": "Hello "}], "/text"),  # the first message must be the blank space
        (SINGLE, [{"text": " "}, {"text": 5}], "/text"),
        (SINGLE, [{"text": " ", "voice_settings": {"stability": "high"}}], "/voice_settings/stability"),
        (MULTI, [{"text": 5, "context_id": "a"}], "/text"),
        (MULTI, [{"text": " ", "context_id": "a"}, {"context_id": "a", "close_context": "yes"}], "/close_context"),
        (SINGLE, ["not json"], "/"),
        # Fern's list<double>, a JSON Schema array of numbers in the normalized document:
        (
            SINGLE,
            [{"text": " ", "generation_config": {"chunk_length_schedule": ["soon"]}}],
            "/generation_config/chunk_length_schedule/0",
        ),
        (
            SINGLE,
            [{"text": " ", "pronunciation_dictionary_locators": [{"version_id": "v"}]}],
            "/pronunciation_dictionary_locators/0",
        ),
        (MULTI, [{"close_socket": "now"}], "/close_socket"),
        # CloseSocket declares one optional field: a message that fits it must still type what it carries.
        (MULTI, [{"text": " ", "context_id": 5}], "/context_id"),
        (MULTI, [{"context_id": "a", "text": " ", "flush": "please"}], "/flush"),
    ],
)
def test_a_message_that_breaks_the_schema_gets_the_vendors_error_and_a_1008_close(
    server: FakeElevenLabs, path: str, messages: list[Any], where: str
) -> None:
    with open_socket(server, path) as socket:
        for message in messages:
            socket.send(message if isinstance(message, str) else json.dumps(message))
        with pytest.raises(ConnectionClosedError):
            while True:
                reply = json.loads(socket.recv(timeout=10))
    assert reply["error"] == "invalid_input_message" and reply["code"] == 1008
    assert reply["message"].startswith("Could not parse input message")
    assert f"({where}:" in reply["message"]
    assert socket.close_code == 1008
    assert server.sockets[0].messages[-1] == messages[-1]


# Inactivity ---------------------------------------------------------------------------------------


def test_an_idle_socket_is_closed_with_input_timeout_exceeded(server: FakeElevenLabs) -> None:
    with open_socket(server, SINGLE, "inactivity_timeout=1") as socket:
        send(socket, text=" ")
        reply = json.loads(socket.recv(timeout=10))
        with pytest.raises(ConnectionClosedError):
            socket.recv(timeout=10)
    assert reply["error"] == "input_timeout_exceeded" and reply["code"] == 1008
    assert "timeout of 1 seconds" in reply["message"]
    assert socket.close_code == 1008


# Faults --------------------------------------------------------------------------------------------


def test_a_fault_refuses_the_handshake_with_the_vendors_body(server: FakeElevenLabs) -> None:
    for status in (401, 403, 404, 422, 429, 500, 503):
        server.add_fault(SocketFault(status=status, headers={"retry-after": "3"}))
        with pytest.raises(InvalidStatus) as caught:
            open_socket(server, SINGLE)
        response = caught.value.response
        assert response.status_code == status
        assert "detail" in json.loads(response.body)
        assert response.headers["retry-after"] == "3"
    with open_socket(server, SINGLE):  # the faults were used up
        pass
    assert [record.status for record in server.sockets] == [401, 403, 404, 422, 429, 500, 503, 101]


def test_a_fault_sends_an_error_message_after_n_audio_messages(server: FakeElevenLabs) -> None:
    server.add_fault(SocketFault(after=1, error="quota_exceeded", message="You have run out of credits."))
    with open_socket(server, SINGLE) as socket:
        send(socket, text=" ")
        send(socket, text="One. ", flush=True)
        send(socket, text="Two. ", flush=True)
        first = json.loads(socket.recv(timeout=10))
        error = json.loads(socket.recv(timeout=10))
        with pytest.raises(ConnectionClosedError):
            socket.recv(timeout=10)
    assert audio(first) == server.realtime_audio(VOICE, "One. ")
    assert error == {"message": "You have run out of credits.", "error": "quota_exceeded", "code": 1008}
    assert socket.close_code == 1008 and socket.close_reason == "You have run out of credits."


def test_a_fault_closes_with_a_given_code_and_reason(server: FakeElevenLabs) -> None:
    server.add_fault(SocketFault(path=MULTI, after=0, close_code=1011, close_reason="internal error"))
    with open_socket(server, MULTI) as socket:
        send(socket, text=" ", context_id="a")
        send(socket, text="Hello. ", context_id="a", flush=True)
        with pytest.raises(ConnectionClosedError):
            socket.recv(timeout=10)
    assert (socket.close_code, socket.close_reason) == (1011, "internal error")


@pytest.mark.parametrize("reset", [False, True])
def test_a_fault_drops_the_connection_mid_stream(server: FakeElevenLabs, reset: bool) -> None:
    server.add_fault(SocketFault(after=1, drop=True, reset=reset))
    with open_socket(server, SINGLE) as socket:
        send(socket, text=" ")
        send(socket, text="One. ", flush=True)
        send(socket, text="Two. ", flush=True)
        assert audio(json.loads(socket.recv(timeout=10))) == server.realtime_audio(VOICE, "One. ")
        with pytest.raises(ConnectionClosedError) as caught:
            socket.recv(timeout=10)
    assert caught.value.rcvd is None  # no close frame: the TCP connection just went away


def test_a_stalled_socket_sends_nothing_more_but_still_reads(server: FakeElevenLabs) -> None:
    server.add_fault(SocketFault(after=1, stall=True))
    with open_socket(server, SINGLE) as socket:
        socket.close_timeout = 0.5  # the stalled server will not answer the close either
        send(socket, text=" ")
        send(socket, text="One. ", flush=True)
        send(socket, text="Two. ", flush=True)
        assert audio(json.loads(socket.recv(timeout=10))) == server.realtime_audio(VOICE, "One. ")
        with pytest.raises(TimeoutError):
            socket.recv(timeout=0.3)
        send(socket, text="Three. ")
    server.wait_for_idle(timeout=10)
    assert server.sockets[0].messages[-1] == {"text": "Three. "}
    assert len(server.sockets[0].sent) == 1


def test_a_fault_applies_only_to_matching_paths_and_times(server: FakeElevenLabs) -> None:
    server.add_fault(SocketFault(path=MULTI, status=403, times=None))
    with open_socket(server, SINGLE):
        pass
    for _ in range(2):
        with pytest.raises(InvalidStatus):
            open_socket(server, MULTI)
    assert [record.status for record in server.sockets] == [101, 403, 403]


def test_socket_fault_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        SocketFault(drop=True, stall=True)
    with pytest.raises(ValueError, match="exactly one"):
        SocketFault()
    with pytest.raises(ValueError, match="reset"):
        SocketFault(stall=True, reset=True)


def test_a_client_that_stops_reading_still_has_its_close_heard(server: FakeElevenLabs) -> None:
    """A caller that breaks out of its loop leaves megabytes of audio unread: the server must not sit in a
    write the client will never take, and miss the client's close behind it (Ctrl-C in convert_realtime)."""
    url = server.base_url.replace("http://", "ws://") + SINGLE
    # Leaving the block closes, reading nothing more: the server's close frame is never seen, and the client
    # drops the TCP connection after close_timeout.
    with connect(url, additional_headers={"xi-api-key": server.api_key}, max_queue=1, close_timeout=0.5) as socket:
        send(socket, text=" ")
        for _ in range(300):  # about 30 MB of audio, far beyond what the socket buffers hold
            send(socket, text="x" * 99 + " ", flush=True)
    server.wait_for_idle(timeout=30)
    (record,) = server.sockets
    assert record.close_code == 1000, "the client's close was read"
    assert len(record.sent) < 300, "audio for text that came after a backlog is not made"


def test_stop_ends_open_sockets(server: FakeElevenLabs) -> None:
    with open_socket(server, SINGLE) as socket:
        send(socket, text=" ")
        server.stop()
        with pytest.raises((ConnectionClosedError, ConnectionClosedOK)):
            socket.recv(timeout=10)


def test_an_idle_context_is_closed_and_a_keep_alive_keeps_one_open(server: FakeElevenLabs) -> None:
    with open_socket(server, MULTI, "inactivity_timeout=1") as socket:
        send(socket, text=" ", context_id="kept")
        send(socket, text=" ", context_id="idle")
        time.sleep(0.5)  # not a timing assertion: only the order of the two closes is checked
        send(socket, text="", context_id="kept")
        first = json.loads(socket.recv(timeout=10))
        second = json.loads(socket.recv(timeout=10))
        error = json.loads(socket.recv(timeout=10))  # then no context is left, and the socket idles out
        with pytest.raises(ConnectionClosedError):
            socket.recv(timeout=10)
    assert (first["contextId"], first["is_final"]) == ("idle", True)
    assert (second["contextId"], second["is_final"]) == ("kept", True)
    assert error["error"] == "input_timeout_exceeded"


@pytest.mark.parametrize("path", [SINGLE, MULTI])
def test_every_server_message_fits_the_channels_subscribe_schemas(server: FakeElevenLabs, path: str) -> None:
    spec = load_spec()  # the normalized document: Fern's literals are constants there
    channels = spec["x-realtime"]["channels"].values()
    (channel,) = (item for item in channels if item["path"] == path.replace(VOICE, "{voice_id}"))
    payloads = [{"$ref": f"#/components/schemas/{message['schema']}"} for message in channel["receives"]]
    validator = OAS31Validator({"anyOf": payloads, "components": spec["components"]})
    with open_socket(server, path, "sync_alignment=true") as socket:
        send(socket, text=" ", context_id="a")
        send(socket, text="Hello there. ", context_id="a", flush=True)
        send(socket, text="And the rest. ", context_id="a")
        send(socket, **({"close_socket": True} if path == MULTI else {"text": ""}))
        messages = received(socket)
    assert len(messages) == 3 and messages == server.sockets[0].sent
    for message in messages:
        assert list(validator.iter_errors(message)) == [], message


def test_importing_the_client_or_the_test_server_loads_no_websocket_library() -> None:
    code = "import sys, elevenlabs_client, elevenlabs_client.testing; print('websockets' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"


def test_try_trigger_generation_needs_50_characters(server: FakeElevenLabs) -> None:
    with open_socket(server, SINGLE) as socket:
        send(socket, text=" ")  # the default schedule: nothing before 120 characters
        send(socket, text="x" * 30 + " ", try_trigger_generation=True)  # 31: below the minimum, kept
        send(socket, text="y" * 30 + " ", try_trigger_generation=True)  # 62: generated
        first = json.loads(socket.recv(timeout=10))
        send(socket, text="")
        assert received(socket) == [{"isFinal": True}]
    assert audio(first) == server.realtime_audio(VOICE, "x" * 30 + " " + "y" * 30 + " ")


def test_auto_mode_generates_each_text_at_once(server: FakeElevenLabs) -> None:
    with open_socket(server, MULTI, "auto_mode=true") as socket:
        send(socket, text=" ", context_id="a")
        send(socket, text="One. ", context_id="a")
        send(socket, text="Two. ", context_id="a")
        messages = [json.loads(socket.recv(timeout=10)) for _ in range(2)]
    assert [audio(m) for m in messages] == [server.realtime_audio(VOICE, t) for t in ("One. ", "Two. ")]


def test_pings_are_answered_and_fragmented_messages_joined(server: FakeElevenLabs) -> None:
    with open_socket(server, SINGLE) as socket:
        assert socket.ping().wait(timeout=10)
        send(socket, text=" ")
        socket.send(iter(['{"text": "Hel', 'lo. ", "flush": true}']))  # one message in fragments
        assert audio(json.loads(socket.recv(timeout=10))) == server.realtime_audio(VOICE, "Hello. ")
    assert server.sockets[0].messages[1] == {"text": "Hello. ", "flush": True}


# The channels are the normalized document's -----------------------------------------------------------


@pytest.fixture
def document(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """The normalized document the server's realtime side reads, to be changed by the test before it connects."""
    spec = load_spec()
    monkeypatch.setattr(_realtime_spec, "load_spec", lambda: spec)
    _realtime_spec.channels.cache_clear()
    yield spec
    _realtime_spec.channels.cache_clear()


def a_channel_like(document: dict[str, Any], name: str, path: str) -> dict[str, Any]:
    channels = document["x-realtime"]["channels"]
    channels[path.rsplit("/", 1)[1]] = added = {**channels[name], "path": path.replace(VOICE, "{voice_id}")}
    return added


def test_a_channel_added_to_the_document_is_spoken_and_its_messages_checked(
    server: FakeElevenLabs, document: dict[str, Any]
) -> None:
    path = f"/v1/text-to-speech/{VOICE}/other-input"
    a_channel_like(document, "stream_input", path)
    with pytest.raises(InvalidStatus):
        open_socket(server, path, "sync_alignment=maybe")  # its query is checked too
    with open_socket(server, path) as socket:
        send(socket, text=" ")
        send(socket, text="Hello. ")
        send(socket, text="")
        messages = received(socket)
    assert [audio(m) for m in messages[:-1]] == [server.realtime_audio(VOICE, "Hello. ")]
    assert messages[-1] == {"isFinal": True}
    with open_socket(server, path) as socket:
        send(socket, text="Hello. ")  # not the channel's first message
        reply = json.loads(socket.recv(timeout=10))
    assert reply["error"] == "invalid_input_message" and "(/text:" in reply["message"]
    assert [(record.channel, record.status) for record in server.sockets] == [
        ("other-input", 422),
        ("other-input", 101),
        ("other-input", 101),
    ]


def test_the_field_naming_a_context_is_the_documents(server: FakeElevenLabs, document: dict[str, Any]) -> None:
    path = f"/v1/text-to-speech/{VOICE}/multi-other"
    added = a_channel_like(document, "multi_stream_input", path)
    added["context"] = {"sends": "context_id", "receives": "context"}
    with open_socket(server, path) as socket:
        send(socket, text=" ", context_id="a")
        send(socket, text="Hello. ", context_id="a", flush=True)
        send(socket, close_socket=True)
        messages = received(socket)
    assert audio(messages[0]) == server.realtime_audio(VOICE, "Hello. ") and messages[0]["context"] == "a"
    assert messages[1] == {"isFinal": True, "is_final": True, "context": "a"}


def test_a_channel_the_document_lacks_is_not_spoken(server: FakeElevenLabs, document: dict[str, Any]) -> None:
    del document["x-realtime"]["channels"]["multi_stream_input"]
    with pytest.raises(InvalidStatus) as caught:
        open_socket(server, MULTI)
    assert caught.value.response.status_code == 404
    assert server.sockets == []
    with open_socket(server, SINGLE):
        pass
