"""Failures and safety of the agents and speech to text channels over real WebSockets, sync and async, as
a user of `client.conversational_ai.realtime_session(...)` and `client.speech_to_text.realtime_session(...)`
meets them: typed handshake refusals (and handshakes with no answer) retried only before anything was sent,
each of the test server's fault switches, the server's error messages and error closes, a drop, a silent
server, closing mid-session (from the reading thread or task or another), Ctrl-C and cancellation, with no
thread or task left running after any of them, and the key kept out of every URL, log line, repr and
error. (Text to speech has the same in tests/test_realtime.py.)"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import socket
import threading
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from elevenlabs_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncElevenLabs,
    AuthenticationError,
    ElevenLabs,
    InternalServerError,
    PermissionDeniedError,
    RateLimitError,
    RealtimeError,
)
from elevenlabs_client._errors import RealtimeRateLimitError, RealtimeServerError
from elevenlabs_client._realtime import _core
from elevenlabs_client.testing import FakeElevenLabs, SocketFault

AGENT = "agent"
MODEL = "scribe_v2_realtime"
SPEECH = base64.b64encode(bytes([3, 0]) * 1600).decode()  # 0.1 s of 16-bit PCM that is not silent: one word
# A short wait for each message, and time for the handshake (the test server's first one in a process reads
# the normalized document).
SHORT_READ = httpx.Timeout(30, read=0.5)


@dataclass(frozen=True)
class Channel:
    """What the tests need of a channel: how a user opens it, a client message the server answers with one
    message that SocketFault.after counts (`counted`, the name of its model), how many prompts bring the
    second of those (where a fault with after=1 acts), and the required query parameter."""

    path: str
    open: Callable[[Any, Any], Any]  # (client, request_options) -> the session (awaitable for AsyncElevenLabs)
    prompt: dict[str, Any]
    counted: str
    prompts: int
    required: str


AGENTS = Channel(
    "/v1/convai/conversation",
    lambda client, options: client.conversational_ai.realtime_session(agent_id=AGENT, request_options=options),
    {"type": "user_message", "text": "Hi"},
    "AudioResponse",
    1,  # the greeting's audio is the first
    "agent_id",
)
TRANSCRIPTION = Channel(
    "/v1/speech-to-text/realtime",
    lambda client, options: client.speech_to_text.realtime_session(model_id=MODEL, request_options=options),
    {"message_type": "input_audio_chunk", "audio_base_64": SPEECH, "commit": False, "sample_rate": 16000},
    "PartialTranscriptPayload",
    2,
    "model_id",
)


@pytest.fixture(params=[AGENTS, TRANSCRIPTION], ids=["agents", "transcription"])
def channel(request: pytest.FixtureRequest) -> Channel:
    chosen: Channel = request.param
    return chosen


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def converse(
    server: FakeElevenLabs,
    mode: str,
    channel: Channel,
    received: list[Any],
    *,
    prompts: int | None = None,
    api_key: str | None = None,
    request_options: Any = None,
    **settings: Any,
) -> None:
    """Open the channel through the public client, send `prompts` prompts (default: those that bring a fault
    with after=1), and read into `received` until the server closes the session; whatever the session
    raises reaches the caller, with `received` kept. Either way nothing is left running: no thread of the
    sync client, no task of the async one."""
    prompts = channel.prompts if prompts is None else prompts
    settings = {"api_key": api_key or server.api_key, "base_url": server.base_url, "max_retries": 0, **settings}
    if mode == "sync":
        before = set(threading.enumerate())
        try:
            with ElevenLabs(**settings) as client, channel.open(client, request_options) as session:
                for _ in range(prompts):
                    session.send(channel.prompt)
                received.extend(session)
        finally:
            server.wait_for_idle(timeout=STUCK)
            assert new_threads(before) == set()
        return

    running: set[asyncio.Task[Any]] = set()

    async def run() -> None:
        try:
            async with AsyncElevenLabs(**settings) as client, await channel.open(client, request_options) as session:
                for _ in range(prompts):
                    await session.send(channel.prompt)
                async for message in session:
                    received.append(message)
        finally:
            running.update(asyncio.all_tasks() - {asyncio.current_task()})

    try:
        asyncio.run(run())
    finally:
        assert running == set()


def names(received: list[Any]) -> list[str]:
    return [type(message).__name__ for message in received]


# The handshake ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error"),
    [(401, AuthenticationError), (403, PermissionDeniedError), (429, RateLimitError), (503, InternalServerError)],
)
def test_a_refused_handshake_is_the_http_error_for_its_status(
    fresh_server: FakeElevenLabs, mode: str, channel: Channel, status: int, error: type[Exception]
) -> None:
    fresh_server.add_fault(SocketFault(path=channel.path, status=status))
    with pytest.raises(error) as raised:
        converse(fresh_server, mode, channel, [])
    assert type(raised.value) is error and getattr(raised.value, "status_code", None) == status
    assert "detail" in str(getattr(raised.value, "body", ""))  # the vendor's body, as over HTTP
    assert [record.status for record in fresh_server.sockets] == [status]


@pytest.mark.parametrize("status", [429, 503])
def test_a_refusal_worth_retrying_is_retried_before_anything_was_sent(
    fresh_server: FakeElevenLabs, mode: str, channel: Channel, status: int
) -> None:
    fresh_server.add_fault(SocketFault(path=channel.path, status=status, headers={"retry-after-ms": "1"}))
    fresh_server.add_fault(SocketFault(path=channel.path, close_code=1000, after=1))  # ends the session
    received: list[Any] = []
    converse(fresh_server, mode, channel, received, max_retries=1)
    assert channel.counted in names(received)
    assert [record.status for record in fresh_server.sockets] == [status, 101]


@pytest.mark.parametrize("status", [401, 403])
def test_a_refusal_not_worth_retrying_is_not_retried(
    fresh_server: FakeElevenLabs, mode: str, channel: Channel, status: int
) -> None:
    fresh_server.add_fault(SocketFault(path=channel.path, status=status))
    with pytest.raises((AuthenticationError, PermissionDeniedError)):
        converse(fresh_server, mode, channel, [], max_retries=3)
    assert [record.status for record in fresh_server.sockets] == [status]


def test_nothing_is_retried_once_the_session_is_open(fresh_server: FakeElevenLabs, mode: str, channel: Channel) -> None:
    """The drop comes as the server's first message is due (for the agents, once their opening message was
    read): what went out would go out again on a new connection, so there is none, whatever max_retries says."""
    fresh_server.add_fault(SocketFault(path=channel.path, drop=True))
    with pytest.raises(APIConnectionError, match="dropped"):
        converse(fresh_server, mode, channel, [], max_retries=3)
    (record,) = fresh_server.sockets
    assert record.status == 101 and record.sent == []
    if channel is AGENTS:
        assert record.messages[0]["type"] == "conversation_initiation_client_data"


@pytest.fixture
def unanswering() -> Iterator[tuple[str, socket.socket]]:
    """A port that takes TCP connections (into its backlog) and never answers a handshake: its base URL and
    the listening socket, whose backlog holds each connection attempt."""
    with socket.create_server(("127.0.0.1", 0)) as listener:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", listener


def attempts(listener: socket.socket) -> int:
    """The connections the listener took, all of them made before the client gave up."""
    listener.setblocking(False)
    count = 0
    with contextlib.suppress(BlockingIOError):
        while True:
            listener.accept()[0].close()
            count += 1
    return count


def test_a_handshake_with_no_answer_is_a_timeout_retried_like_http(
    server: FakeElevenLabs, mode: str, channel: Channel, unanswering: tuple[str, socket.socket]
) -> None:
    url, listener = unanswering
    with pytest.raises(APITimeoutError, match="handshake") as raised:
        converse(server, mode, channel, [], base_url=url, timeout=0.5, max_retries=1)
    assert type(raised.value) is APITimeoutError
    assert attempts(listener) == 2


def test_no_connection_is_an_api_connection_error(server: FakeElevenLabs, mode: str, channel: Channel) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        url = f"http://127.0.0.1:{taken.getsockname()[1]}"  # nothing listens there once it is closed
    with pytest.raises(APIConnectionError, match="could not connect") as raised:
        converse(server, mode, channel, [], base_url=url)
    assert type(raised.value) is APIConnectionError


def test_a_missing_required_query_parameter_is_refused_at_the_handshake(
    fresh_server: FakeElevenLabs, channel: Channel
) -> None:
    """As the vendor's FastAPI app reads a query: the same 422 and body on every channel (agent_id for the
    agents, model_id for speech to text), before any message."""
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    url = fresh_server.base_url.replace("http://", "ws://") + channel.path
    with pytest.raises(InvalidStatus) as raised:
        connect(url, additional_headers={"xi-api-key": fresh_server.api_key}, open_timeout=10)
    response = raised.value.response
    assert response.status_code == 422
    assert json.loads(response.body) == {
        "detail": [{"type": "missing", "loc": ["query", channel.required], "msg": "Field required", "input": None}]
    }
    assert fresh_server.sockets[-1].status == 422 and fresh_server.sockets[-1].messages == []


# Mid-session --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "raised"),
    [
        (SocketFault(after=1, error="quota_exceeded", message="Out of credits."), RealtimeError),
        (SocketFault(after=1, close_code=1011, close_reason="Internal server error."), RealtimeError),
        (SocketFault(after=1, drop=True), APIConnectionError),
        (SocketFault(after=1, drop=True, reset=True), APIConnectionError),
        (SocketFault(after=1, stall=True), APITimeoutError),
    ],
    ids=["error", "close-code", "drop", "reset", "stall"],
)
def test_every_fault_switch_works_on_the_channel(
    fresh_server: FakeElevenLabs, mode: str, channel: Channel, fault: SocketFault, raised: type[Exception]
) -> None:
    """Each switch acts once `after` counted messages went out, the client raises what it means, and the
    server records what it did."""
    fresh_server.add_fault(SocketFault(**{**vars(fault), "path": channel.path}))
    with pytest.raises(raised) as caught:
        converse(fresh_server, mode, channel, [], request_options={"timeout": SHORT_READ})
    assert type(caught.value) is _exactly(channel, fault, raised)
    fresh_server.wait_for_idle(timeout=30)
    record = fresh_server.sockets[-1]
    assert record.fault is not None and record.fault.path == channel.path
    assert len([sent for sent in record.sent if _counts(channel, sent)]) == 1
    error = [sent for sent in record.sent if "error" in sent]
    if fault.error is not None:
        assert len(error) == 1 and record.sent[-1] == error[0] and record.close_code == 1008
    elif fault.close_code is not None:
        assert (record.close_code, record.close_reason) == (1011, "Internal server error.")
    else:
        assert error == [] and record.close_reason is None  # no close frame sent


def _exactly(channel: Channel, fault: SocketFault, raised: type[Exception]) -> type[Exception]:
    """The class of what is raised: a close code, or a speech to text error kind, that means what an HTTP
    status means is also that status's class (the table in docs/user/realtime-transcription.md)."""
    if fault.close_code == 1011:
        return RealtimeServerError  # an InternalServerError too
    if fault.error == "quota_exceeded" and channel is TRANSCRIPTION:
        return RealtimeRateLimitError  # a RateLimitError too; the agents' error message is not typed
    return raised


def _counts(channel: Channel, sent: dict[str, Any]) -> bool:
    return sent.get("type") == "audio" if channel is AGENTS else sent.get("message_type") == "partial_transcript"


def test_an_error_message_is_a_realtime_error_with_the_servers_words(
    fresh_server: FakeElevenLabs, mode: str, channel: Channel
) -> None:
    fresh_server.add_fault(SocketFault(path=channel.path, after=1, error="quota_exceeded", message="Out of credits."))
    received: list[Any] = []
    with pytest.raises(RealtimeError) as raised:
        converse(fresh_server, mode, channel, received)
    assert names(received)[-1] == channel.counted  # what came before the error reached the caller
    error = raised.value
    assert (error.error, error.message) == ("quota_exceeded", "Out of credits.")
    assert str(error).startswith("the server sent an error: quota_exceeded: Out of credits.")
    assert "None" not in str(error)
    # The agents' error says its close code, as text to speech's does; speech to text's says none.
    assert error.code == (1008 if channel is AGENTS else None)


def test_an_error_close_is_a_realtime_error_with_its_code_and_reason(
    fresh_server: FakeElevenLabs, mode: str, channel: Channel
) -> None:
    fresh_server.add_fault(SocketFault(path=channel.path, after=1, close_code=4001, close_reason="Agent unavailable."))
    received: list[Any] = []
    with pytest.raises(RealtimeError) as raised:
        converse(fresh_server, mode, channel, received)
    assert names(received)[-1] == channel.counted
    assert (raised.value.code, raised.value.message) == (4001, "Agent unavailable.")
    assert "code 4001: Agent unavailable." in str(raised.value)


def test_a_normal_close_ends_the_iteration_quietly(fresh_server: FakeElevenLabs, mode: str, channel: Channel) -> None:
    fresh_server.add_fault(SocketFault(path=channel.path, after=1, close_code=1000))
    received: list[Any] = []
    converse(fresh_server, mode, channel, received)
    assert names(received)[-1] == channel.counted


@pytest.mark.parametrize("reset", [False, True], ids=["closed", "reset"])
def test_a_drop_mid_session_raises_never_a_short_session(
    fresh_server: FakeElevenLabs, mode: str, channel: Channel, reset: bool
) -> None:
    fresh_server.add_fault(SocketFault(path=channel.path, after=1, drop=True, reset=reset))
    received: list[Any] = []
    with pytest.raises(APIConnectionError, match="dropped mid-stream") as raised:
        converse(fresh_server, mode, channel, received)
    assert type(raised.value) is APIConnectionError
    assert received  # the session was under way (a reset may discard what was in flight)


@pytest.mark.parametrize("stall", [True, False], ids=["stalled", "waiting"])
def test_no_message_within_the_read_timeout_is_api_timeout_error(
    fresh_server: FakeElevenLabs, mode: str, channel: Channel, stall: bool
) -> None:
    """A server that went silent (a stall), or one with nothing to say (the agent waits for the user, the
    transcriber for audio): the read timeout, from the client's settings or the call's, ends the wait, and
    the connection given up on leaves nothing running (converse checks; websockets' threads included)."""
    if stall:
        fresh_server.add_fault(SocketFault(path=channel.path, after=1, stall=True))
    received: list[Any] = []
    where = {"request_options": {"timeout": SHORT_READ}} if stall else {"timeout": SHORT_READ}
    with pytest.raises(APITimeoutError, match="within 0.5 s"):
        converse(fresh_server, mode, channel, received, prompts=1, **where)
    assert names(received)[-1] == channel.counted


# Shutting down ------------------------------------------------------------------------------------

# Prompts that keep the server sending after the caller stops reading: more messages than websockets
# queues unread (16), and the server's answer to the client's close comes after them.
BUSY = 40
# Far longer than any test runs: a close that waited for the server's answer behind unread messages would
# wait this long, where the sessions' close reads and drops them and returns at once.
LONG_CLOSE_TIMEOUT = 3600.0
# How long a test waits for a close that should be immediate before calling it stuck (not a speed bound).
STUCK = 60.0


@pytest.fixture
def long_close_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every realtime connection the client opens waits up to LONG_CLOSE_TIMEOUT for the server's close."""
    options = _core.Handshake.options
    monkeypatch.setattr(_core.Handshake, "options", lambda self: {**options(self), "close_timeout": LONG_CLOSE_TIMEOUT})


def sent_at_least(server: FakeElevenLabs, count: int) -> None:
    """Wait until the server has sent `count` messages on its last connection (the test's precondition)."""
    for _ in range(3000):
        if server.sockets and len(server.sockets[-1].sent) >= count:
            return
        threading.Event().wait(0.01)
    raise AssertionError(f"the server sent {len(server.sockets[-1].sent)} messages, not {count}")


def heard_the_close(server: FakeElevenLabs) -> bool:
    """Whether the server read the client's close (1000); it records it from its own thread, a moment later."""
    server.wait_for_idle(timeout=STUCK)
    return server.sockets[-1].close_code == 1000


def new_threads(before: set[threading.Thread]) -> set[threading.Thread]:
    """Threads started since `before` still alive once the server is idle (websockets' reader and keepalive
    threads end just after the connection, so they get a moment)."""
    for _ in range(500):
        left = {thread for thread in threading.enumerate() if thread not in before and thread.is_alive()}
        if not left:
            return left
        threading.Event().wait(0.01)
    return left


@pytest.mark.usefixtures("long_close_timeout")
def test_closing_mid_session_while_the_server_sends_returns_at_once_and_leaves_no_thread(
    fresh_server: FakeElevenLabs, channel: Channel
) -> None:
    """The "10 s close hang": unread messages stop websockets reading, so the server's answer to the close
    would never be read and close() would sit out the close timeout; the session's close reads them away."""
    before = set(threading.enumerate())
    with ElevenLabs(api_key=fresh_server.api_key, base_url=fresh_server.base_url) as client:
        session = channel.open(client, None)
        for _ in range(BUSY):
            session.send(channel.prompt)
        sent_at_least(fresh_server, BUSY)
        closing = threading.Thread(target=session.close)
        closing.start()
        closing.join(STUCK)
        assert not closing.is_alive(), f"close() waited for the close timeout ({LONG_CLOSE_TIMEOUT:g} s)"
    assert heard_the_close(fresh_server)
    assert new_threads(before) == set()


@pytest.mark.usefixtures("long_close_timeout")
def test_closing_an_async_session_while_the_server_sends_returns_at_once_and_leaves_no_task(
    fresh_server: FakeElevenLabs, channel: Channel
) -> None:
    async def run() -> set[asyncio.Task[Any]]:
        async with AsyncElevenLabs(api_key=fresh_server.api_key, base_url=fresh_server.base_url) as client:
            session = await channel.open(client, None)
            for _ in range(BUSY):
                await session.send(channel.prompt)
            await asyncio.to_thread(sent_at_least, fresh_server, BUSY)
            await asyncio.wait_for(session.close(), STUCK)  # a TimeoutError here is the hang
        return asyncio.all_tasks() - {asyncio.current_task()}

    assert asyncio.run(run()) == set()
    assert heard_the_close(fresh_server)


@pytest.mark.usefixtures("long_close_timeout")
def test_closing_from_another_thread_ends_the_iteration_there_quietly(
    fresh_server: FakeElevenLabs, channel: Channel
) -> None:
    """What ending a conversation from the main thread does while a thread reads it."""
    before = set(threading.enumerate())
    received: list[Any] = []
    failed: list[BaseException] = []
    with ElevenLabs(api_key=fresh_server.api_key, base_url=fresh_server.base_url) as client:
        session = channel.open(client, None)

        def listen() -> None:
            try:
                received.extend(session)
            except BaseException as error:  # noqa: BLE001 - the test reports it
                failed.append(error)

        listener = threading.Thread(target=listen)
        listener.start()
        for _ in range(BUSY):
            session.send(channel.prompt)
        sent_at_least(fresh_server, BUSY)
        session.close()
        listener.join(STUCK)
        assert not listener.is_alive() and failed == []
    assert channel.counted in names(received)
    assert heard_the_close(fresh_server)
    assert new_threads(before) == set()


@pytest.mark.usefixtures("long_close_timeout")
def test_closing_from_another_task_ends_the_iteration_there_quietly(
    fresh_server: FakeElevenLabs, channel: Channel
) -> None:
    async def run() -> tuple[list[Any], set[asyncio.Task[Any]]]:
        received: list[Any] = []
        async with AsyncElevenLabs(api_key=fresh_server.api_key, base_url=fresh_server.base_url) as client:
            session = await channel.open(client, None)

            async def listen() -> None:
                async for message in session:
                    received.append(message)

            listener = asyncio.create_task(listen())
            for _ in range(BUSY):
                await session.send(channel.prompt)
            await asyncio.to_thread(sent_at_least, fresh_server, BUSY)
            await session.close()
            await asyncio.wait_for(listener, STUCK)  # raises what the iteration raised
        return received, asyncio.all_tasks() - {asyncio.current_task()}

    received, tasks = asyncio.run(run())
    assert channel.counted in names(received) and tasks == set()
    assert heard_the_close(fresh_server)


@pytest.mark.usefixtures("long_close_timeout")
def test_ctrl_c_in_a_sync_loop_closes_the_session_and_leaves_no_thread(
    fresh_server: FakeElevenLabs, channel: Channel
) -> None:
    before = set(threading.enumerate())
    with ElevenLabs(api_key=fresh_server.api_key, base_url=fresh_server.base_url) as client:
        with pytest.raises(KeyboardInterrupt), channel.open(client, None) as session:
            for _ in range(BUSY):
                session.send(channel.prompt)
            for message in session:
                if type(message).__name__ == channel.counted:
                    sent_at_least(fresh_server, BUSY)  # the server is still sending
                    raise KeyboardInterrupt  # what Ctrl-C raises in the main thread
        assert session.closed
    assert heard_the_close(fresh_server)
    assert new_threads(before) == set()


@pytest.mark.usefixtures("long_close_timeout")
def test_cancelling_the_task_closes_the_session_and_leaves_no_task(
    fresh_server: FakeElevenLabs, channel: Channel
) -> None:
    async def run() -> set[asyncio.Task[Any]]:
        async with AsyncElevenLabs(api_key=fresh_server.api_key, base_url=fresh_server.base_url) as client:
            heard = asyncio.Event()
            opened: list[Any] = []

            async def listen() -> None:
                async with await channel.open(client, None) as session:
                    opened.append(session)
                    for _ in range(BUSY):
                        await session.send(channel.prompt)
                    async for _ in session:
                        heard.set()

            task = asyncio.create_task(listen())
            await asyncio.wait_for(heard.wait(), STUCK)
            await asyncio.to_thread(sent_at_least, fresh_server, BUSY)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await asyncio.wait_for(task, STUCK)
            assert opened[0].closed
        return asyncio.all_tasks() - {asyncio.current_task()}

    assert asyncio.run(run()) == set()
    assert heard_the_close(fresh_server)


def test_ctrl_c_or_cancellation_while_the_opening_message_goes_out_closes_the_connection(
    fresh_server: FakeElevenLabs, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The agents' opening message goes out before any session holds the connection (speech to text has
    none): an interruption then must close it all the same. It is made to fall there."""
    from elevenlabs_client._realtime import _async, _sync

    def interrupted(self: Any, message: Any) -> None:
        raise KeyboardInterrupt  # what Ctrl-C raises in the main thread

    async def cancelled(self: Any, message: Any) -> None:
        raise asyncio.CancelledError  # what a cancelled task's await raises

    monkeypatch.setattr(_sync.SyncConnection, "send", interrupted)
    monkeypatch.setattr(_async.AsyncConnection, "send", cancelled)
    with pytest.raises(KeyboardInterrupt if mode == "sync" else asyncio.CancelledError):
        converse(fresh_server, mode, AGENTS, [])  # which also checks nothing is left running
    assert heard_the_close(fresh_server)


# The key ------------------------------------------------------------------------------------------

SECRET = "sk_live_0123456789abcdef0123456789abcdef"


@pytest.fixture
def secret_server() -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(history_items=1, conversations=1, api_key=SECRET) as fake:
        yield fake


def test_the_key_is_in_no_url_log_repr_or_error(
    secret_server: FakeElevenLabs, mode: str, channel: Channel, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    shown: list[str] = []
    # A refusal retried (its log lines), then a session whose client and session are shown.
    secret_server.add_fault(SocketFault(path=channel.path, status=503, headers={"retry-after-ms": "1"}))
    secret_server.add_fault(SocketFault(path=channel.path, after=1, close_code=1000))
    if mode == "sync":
        with (
            ElevenLabs(api_key=SECRET, base_url=secret_server.base_url, max_retries=1) as client,
            channel.open(client, None) as session,
        ):
            shown += [repr(client), str(client), repr(session), str(session), repr(vars(session))]
            for _ in range(channel.prompts):
                session.send(channel.prompt)
            assert list(session)
    else:

        async def run() -> None:
            async with (
                AsyncElevenLabs(api_key=SECRET, base_url=secret_server.base_url, max_retries=1) as client,
                await channel.open(client, None) as session,
            ):
                shown.extend([repr(client), str(client), repr(session), str(session), repr(vars(session))])
                for _ in range(channel.prompts):
                    await session.send(channel.prompt)
                assert [message async for message in session]

        asyncio.run(run())
    # Every failure, its whole traceback (chained exceptions too).
    for fault in [
        SocketFault(status=401),
        SocketFault(after=1, error="quota_exceeded"),
        SocketFault(after=1, close_code=1011, close_reason="internal"),
        SocketFault(after=1, drop=True),
        SocketFault(after=1, stall=True),
    ]:
        secret_server.add_fault(SocketFault(**{**vars(fault), "path": channel.path}))
        with pytest.raises((AuthenticationError, RealtimeError, APIConnectionError, APITimeoutError)) as raised:
            converse(secret_server, mode, channel, [], api_key=SECRET, request_options={"timeout": SHORT_READ})
        shown.append("".join(traceback.format_exception(raised.value)))
    with pytest.raises(AuthenticationError) as refused:  # a wrong key is not echoed either
        converse(secret_server, mode, channel, [], api_key=SECRET[::-1])
    shown.append("".join(traceback.format_exception(refused.value)))
    assert all(record.headers["xi-api-key"] in (SECRET, SECRET[::-1]) for record in secret_server.sockets)
    shown += [record.target for record in secret_server.sockets]  # the request line as the server read it
    shown += [json.dumps(record.messages) for record in secret_server.sockets]
    # The test server's own websockets logger prints the headers it received: that is the server's, not ours.
    shown += [record.getMessage() for record in caplog.records if not record.name.startswith("websockets.server")]
    assert any("retrying the realtime connection" in line for line in shown)
    assert [text for text in shown if SECRET in text or SECRET[::-1] in text] == []
