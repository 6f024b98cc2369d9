"""The realtime WebSockets on the HTTP port (each channel's script: _realtime_session.py for text to
speech, _realtime_transcription.py for speech to text): the handler hands over a GET with `Upgrade: websocket`
on a channel path, and this thread then speaks WebSocket on that socket with websockets' sans-I/O
ServerProtocol (no framing of our own), checking each client message against the channel's message schemas
in the normalized document (_realtime_spec.py)."""

from __future__ import annotations

import json
import select
import socket
import struct
import time
from collections import deque
from typing import TYPE_CHECKING, Any, Protocol

from ._faults import RecordedSocket, SocketFault
from ._realtime_agent import AgentRecord, AgentSession
from ._realtime_session import Session, decode_message, error_message
from ._realtime_spec import _Channel, find, message_problem, query_errors

if TYPE_CHECKING:
    from http.server import BaseHTTPRequestHandler

    from ._fake import FakeElevenLabs

_INVALID = "Could not parse input message, make sure it is a json and follows the schema outlined in protocol."
_IDLE = (
    "Have not received a new text input within the timeout of {} seconds. Streaming input terminated. "
    'Please make sure to either feed the input in the timely manner, or to send the end of input text (empty string "") '
    "when done."
)
_READ = 65536
# Audio messages are not made while this much is still waiting for the client to read it.
_BACKLOG = 1 << 20


def wants_socket(method: str, path: str, headers: dict[str, str]) -> bool:
    # The spec is read only for an upgrade: a plain HTTP request never waits for it.
    return method == "GET" and "websocket" in headers.get("upgrade", "").lower() and find(path) is not None


def serve(handler: BaseHTTPRequestHandler, fake: FakeElevenLabs, target: str, path: str, query: dict[str, str]) -> None:
    """Answer the handshake the handler has read, then serve the socket until it is closed."""
    from websockets.datastructures import Headers
    from websockets.http11 import Request, Response
    from websockets.server import ServerProtocol

    headers = {name.lower(): value for name, value in handler.headers.items()}
    found = find(path)
    assert found is not None
    chan, parameters = found
    fault = fake._take_socket_fault(path)
    voice_id = parameters.get("voice_id", "")
    record = RecordedSocket(target, target.partition("?")[0], chan.name, voice_id, query, headers, fault)
    fake._sockets.append(record)
    values, errors = query_errors(chan, query)

    protocol = ServerProtocol()
    # The handler has read the request line and headers already: the protocol is handed the same bytes.
    lines = b"".join(f"{name}: {value}\r\n".encode("latin-1") for name, value in handler.headers.items())
    request_line: bytes = handler.raw_requestline  # type: ignore[attr-defined]
    protocol.receive_data(request_line + lines + b"\r\n")
    (request,) = protocol.events_received()
    assert isinstance(request, Request)
    refusal: tuple[int, Any] | None = None
    if fault is not None and fault.status is not None:
        refusal = (fault.status, fault.json_body)
    elif (denied := fake._api.signatures.refusal(path, query, headers, fake.api_key)) is not None:
        refusal = denied  # the key, or an agent's signed URL (_signed.py)
    elif errors:
        refusal = (422, {"detail": errors})
    if refusal is None:
        response = protocol.accept(request)
    else:
        body = json.dumps(refusal[1]).encode()
        extra = fault.headers if fault is not None and fault.status is not None else {}
        fields = {"Content-Type": "application/json", **extra, "Content-Length": str(len(body)), "Connection": "close"}
        phrase = _phrase(refusal[0])
        response = Response(refusal[0], phrase, Headers(fields.items()), body)
    protocol.send_response(response)
    record.status = response.status_code
    connection = _Connection(handler.connection, protocol, record, chan, fault)
    if record.status == 101:
        # The agents' seed: the same on every run of the same test (the agent and this socket's number).
        seed = f"{query.get('agent_id', '')}/{len(fake._sockets)}"
        connection.session = _script(chan, record, values, fake.realtime_delay, seed)
        connection.idle_after = values["inactivity_timeout"]
    connection.run()


def _script(chan: _Channel, record: RecordedSocket, values: dict[str, Any], delay: float, seed: str) -> _Session:
    """The session that answers an accepted connection, by the channel's group (x-realtime)."""
    if chan.group == "speech_to_text":
        from . import _realtime_transcription

        return _realtime_transcription.session(values, record.target, delay)
    if chan.group == "conversational_ai":
        record.agent = AgentRecord()
        return AgentSession(seed.split("/")[0], seed, delay, record.agent)
    return Session(chan.context, record.voice_id, values, delay)


class _Session(Protocol):
    """What a channel's script offers the connection: its messages as they fall due, and its state."""

    started: bool  # the opening message arrived (a channel with none starts so)
    outbox: deque[Any]  # each with .due, .message (None: close with .close), .audio, .payload()

    def receive(self, message: dict[str, Any], now: float) -> None: ...
    def fail(self, message: dict[str, Any] | None, close: tuple[int, str]) -> None: ...
    def expire(self, now: float, timeout: float) -> float | None: ...
    def idle(self) -> bool: ...


def _phrase(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


class _Connection:
    def __init__(self, sock: socket.socket, protocol: Any, record: RecordedSocket, chan: Any, fault: Any) -> None:
        self.sock = sock
        self.protocol = protocol
        self.record = record
        self.channel = chan
        self.fault: SocketFault | None = fault if fault is not None and fault.status is None else None
        self.session: _Session | None = None
        self.idle_after = 20
        self.next_expiry: float | None = None  # when the next idle context closes (multi-context)
        self.last_heard = time.monotonic()
        self.audio_sent = 0
        self.stalled = False
        self.gone = False  # the TCP connection was dropped on purpose, or by the peer
        self.fragments: list[bytes] = []
        # What the protocol produced that the socket has not taken yet. Writes never block: a client that
        # stops reading (its queue is full) must still have its close frame read and recorded.
        self.pending = bytearray()
        self.half_close = False  # the protocol's end of stream, once `pending` is written

    def run(self) -> None:
        self.sock.setblocking(False)
        try:
            self._run()
        finally:
            try:
                self.sock.setblocking(True)
            except OSError:
                pass  # closed already (a dropped connection)

    def _run(self) -> None:
        from websockets.protocol import State

        while not self.gone:
            self._send_due(time.monotonic())
            self._flush()
            if self.gone:
                return
            if self.protocol.state is State.CLOSED:
                self._drain()  # the close frame, and whatever precedes it, before the handler closes the socket
                return
            writing = [self.sock] if self.pending or self.half_close else []
            try:
                readable, writable, _ = select.select([self.sock], writing, [], self._timeout())
                if writable:
                    self._write()
                data = self.sock.recv(_READ) if readable else None
            except BlockingIOError:
                data = None  # select saw it readable, but nothing was there after all
            except OSError:
                return  # stop() shut the socket, or the client reset it
            if data == b"":
                self.protocol.receive_eof()
                self.gone = True  # the client has gone: nothing more can be sent
            elif data is not None:
                self.protocol.receive_data(data)
            for event in self.protocol.events_received():
                self._frame(event)

    def _timeout(self) -> float | None:
        session = self.session
        if session is None or self.stalled or self.protocol.close_expected() or self.pending:
            return None
        deadlines = [self.next_expiry, session.outbox[0].due if session.outbox else None]
        deadlines.append(self.last_heard + self.idle_after if session.idle() else None)
        deadline = min((when for when in deadlines if when is not None), default=None)
        return None if deadline is None else max(0.0, deadline - time.monotonic())

    def _frame(self, frame: Any) -> None:
        from websockets.frames import Opcode

        if frame.opcode in (Opcode.TEXT, Opcode.BINARY, Opcode.CONT):
            self.fragments.append(frame.data)
            if frame.fin:
                data, self.fragments = b"".join(self.fragments), []
                self._message(data)
        elif frame.opcode is Opcode.CLOSE and self.record.close_code is None and self.protocol.close_rcvd:
            self.record.close_code = self.protocol.close_rcvd.code  # echoed by the protocol

    def _message(self, data: bytes) -> None:
        self.last_heard = time.monotonic()
        try:
            message: Any = json.loads(data)
        except ValueError:
            message = data.decode(errors="replace")
            self.record.messages.append(message)
            problem: str | None = "/: not JSON"
        else:
            self.record.messages.append(message)
            message = decode_message(message)
            session = self.session
            first = session is not None and not session.started and self.channel.first is not None
            problem = message_problem(self.channel.first if first else self.channel.messages, message)
        if self.session is None or self.stalled:
            return
        if problem is not None:
            self.session.fail(*error_message(f"{_INVALID} ({problem})", "invalid_input_message"))
        else:
            self.session.receive(message, self.last_heard)

    def _send_due(self, now: float) -> None:
        from websockets.protocol import State

        session = self.session
        if session is None or self.stalled or self.protocol.state is not State.OPEN:
            return  # a closing connection sends no more messages (the protocol would refuse them)
        self.next_expiry = session.expire(now, self.idle_after)
        if session.idle() and now >= self.last_heard + self.idle_after:
            session.fail(*error_message(_IDLE.format(self.idle_after), "input_timeout_exceeded"))
        while session.outbox and session.outbox[0].due <= now and not self.gone and len(self.pending) < _BACKLOG:
            if self.fault is not None and self.audio_sent >= self.fault.after:
                self._fault(self.fault)
                return
            out = session.outbox.popleft()
            if out.message is None:
                self.record.close_code, self.record.close_reason = out.close
                self.protocol.send_close(*out.close)
                session.outbox.clear()
                return
            message = out.payload()
            self.protocol.send_text(json.dumps(message).encode())
            self.record.sent.append(message)
            self.audio_sent += out.audio
            self._flush()  # into `pending`, which the loop's condition reads

    def _fault(self, fault: SocketFault) -> None:
        assert self.session is not None
        self.fault = None
        self._flush()
        if fault.stall:
            self.stalled = True  # what was sent before still goes out (_write); nothing more comes after it
        elif fault.drop:
            self._drain()  # what was sent before the fault reaches the client
            if fault.reset:  # linger 0 makes close() send RST
                self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.sock.close()
            else:
                self.sock.shutdown(socket.SHUT_RDWR)
            self.gone = True
        elif fault.error is not None:
            self.session.fail(*error_message(fault.message, fault.error, fault.close_code or 1008))
        else:
            assert fault.close_code is not None
            self.session.fail(None, (fault.close_code, fault.close_reason))

    def _flush(self) -> None:
        if self.gone:
            return
        if not self.stalled:
            for data in self.protocol.data_to_send():
                if data:
                    self.pending += data
                else:  # the protocol's end of stream: half-close, then read until the client closes too
                    self.half_close = True
        self._write()

    def _write(self) -> None:
        """As much of `pending` as the socket takes now, then the half-close if one is due."""
        try:
            while self.pending:
                del self.pending[: self.sock.send(self.pending)]
            if self.half_close:
                self.half_close = False
                self.sock.shutdown(socket.SHUT_WR)
        except BlockingIOError:
            return
        except OSError:
            self.gone = True

    def _drain(self) -> None:
        """Write all of `pending`, waiting for the client to take it (or to go away)."""
        try:
            self.sock.setblocking(True)
        except OSError:
            self.gone = True
            return
        self._write()
        if not self.gone:
            self.sock.setblocking(False)
