"""The HTTP side: one thread per connection, faults applied, bodies counted and cut."""

from __future__ import annotations

import itertools
import json
import socket
import struct
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote

from . import _realtime
from ._faults import Fault, RecordedRequest
from ._ids import _token
from ._replies import _Reply

if TYPE_CHECKING:
    from ._fake import FakeElevenLabs


_REQUESTS = itertools.count(1)


class _Cut(Exception):
    """The fault's byte budget is spent: drop the connection."""


class _Body:
    """Writes a response body, counting it into the request's record and stopping at a fault's budget."""

    def __init__(self, write: Callable[[bytes], Any], record: RecordedRequest, limit: int | None) -> None:
        self._write = write
        self._record = record
        self.left = limit

    def write(self, data: bytes) -> None:
        cut = self.left is not None and len(data) > self.left
        if self.left is not None:
            data = data[: self.left]
            self.left -= len(data)
        self._write(data)
        self._record.bytes_sent += len(data)
        if cut:
            raise _Cut


def _framed(reply: _Reply) -> Iterator[bytes]:
    if isinstance(reply.body, bytes):
        yield reply.body
    elif reply.length is not None:
        yield from reply.body
    else:
        for piece in reply.body:
            if piece:  # an empty chunk would end the body
                yield b"%X\r\n%s\r\n" % (len(piece), piece)
        yield b"0\r\n\r\n"


def _fault_reply(fault: Fault, status: int) -> _Reply:
    if fault.json_body is not None:
        data = json.dumps(fault.json_body).encode()
    elif isinstance(fault.body, str):
        data = fault.body.encode()
    else:
        data = fault.body or b""
    return _Reply(status, data, headers=fault.headers)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: every reply has a Content-Length or is chunked
    server_version = "fake-elevenlabs"
    sys_version = ""
    server: _Server

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without this, Nagle and delayed ACKs add 40 ms a request.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_DELETE = do_PUT = do_PATCH = do_OPTIONS = do_GET

    def _serve(self) -> None:
        fake = self.server.fake
        with fake._activity:
            fake._active += 1
        try:
            self._answer(fake)
        finally:
            with fake._activity:
                fake._active -= 1
                fake._activity.notify_all()

    def _answer(self, fake: FakeElevenLabs) -> None:
        target = self.path
        raw_path, _, raw_query = target.partition("?")
        body = self._read_body()
        if body is None:
            return
        headers: dict[str, str] = {}
        for name, value in self.headers.items():
            name = name.lower()
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        path = unquote(raw_path)
        if _realtime.wants_socket(self.command, path, headers):
            self.close_connection = True  # the socket is a WebSocket from here on, and ends with it
            _realtime.serve(self, fake, target, path, dict(parse_qsl(raw_query, keep_blank_values=True)))
            return
        fault = fake._take_fault(self.command, path)
        query = dict(parse_qsl(raw_query, keep_blank_values=True))
        record = RecordedRequest(self.command, target, raw_path, query, headers, body, fault)
        fake._requests.append(record)
        if fault and fault.delay and fake._stopping.wait(fault.delay):
            self.close_connection = True
            return
        if fault and fault.status is not None:
            reply = _fault_reply(fault, fault.status)
        else:
            # A bug in the fake raises to handle_error, which prints it, and the client sees a dropped connection.
            reply = fake._api.respond(self.command, raw_path, query, headers, body, raw_query)
        record.status = reply.status
        self._send(reply, record)

    def _read_body(self) -> bytes | None:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            parts = []
            while size := int(self.rfile.readline().split(b";")[0], 16):
                parts.append(self.rfile.read(size))
                self.rfile.readline()
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return b"".join(parts)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self.send_error(400, "Bad Content-Length")
            return None
        return self.rfile.read(length)

    def _send(self, reply: _Reply, record: RecordedRequest) -> None:
        fault = record.fault
        self.send_response(reply.status)
        # Every answer of the vendor's carries its request id; a fault's own headers may set it.
        headers = {
            "content-type": ("Content-Type", reply.content_type),
            "request-id": ("request-id", _token(f"request/{record.target}/{next(_REQUESTS)}")),
        }
        for name, value in reply.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding"):
                headers[name.lower()] = (name, value)
        for name, value in headers.values():
            self.send_header(name, value)
        if isinstance(reply.body, bytes):
            self.send_header("Content-Length", str(len(reply.body)))
        elif reply.length is not None:
            self.send_header("Content-Length", str(reply.length))
        else:
            self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        out = _Body(self.wfile.write, record, fault.cut_after if fault else None)
        try:
            for piece in _framed(reply):
                out.write(piece)
            if out.left is not None:
                raise _Cut
        except _Cut:
            assert fault is not None
            self.close_connection = True
            if fault.reset:
                # Linger 0 makes close() send RST; the socket really closes in finish(), which drops rfile.
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # stop() closes the connections and joins their threads itself

    def __init__(self, host: str, port: int, fake: FakeElevenLabs) -> None:
        self.fake = fake
        self.connections: dict[threading.Thread, socket.socket] = {}
        self._connections_lock = threading.Lock()
        super().__init__((host, port), _Handler)

    def server_bind(self) -> None:
        TCPServer.server_bind(self)  # HTTPServer's would look up the host name, which can stall on a bad resolver
        self.server_name, self.server_port = str(self.server_address[0]), self.server_address[1]

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(target=self._serve_connection, args=(request, client_address), daemon=True)
        with self._connections_lock:
            self.connections[thread] = request
        thread.start()

    def _serve_connection(self, request: Any, client_address: Any) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            with self._connections_lock:
                self.connections.pop(threading.current_thread(), None)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exception(), OSError):
            return  # the client went away, or stop() closed the socket: nothing to report
        super().handle_error(request, client_address)

    def close_connections(self) -> list[threading.Thread]:
        with self._connections_lock:
            connections = list(self.connections.items())
        for _, connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)  # wakes a handler blocked reading or writing
            except OSError:
                pass
        return [thread for thread, _ in connections]
