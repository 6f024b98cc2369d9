"""FakeElevenLabs, the public face of the test server."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import Self, TypeVar

from ._api import _Api
from ._faults import Fault, RecordedRequest, RecordedSocket, SocketFault, _ArmedFault
from ._ids import _Json
from ._realtime_session import realtime_audio
from ._server import _Server

_F = TypeVar("_F", Fault, SocketFault)


class FakeElevenLabs:
    """A fake ElevenLabs API server on 127.0.0.1; see the docstring of elevenlabs_client.testing for its behaviour.

    history_items and conversations: how many of each to generate (index 0 is the newest).
    api_key: the value every request must send in the xi-api-key header.
    audio_size: the byte size of every item's and conversation's audio; set_audio_size() changes one.
    chunk_size: audio is generated and sent in chunks of this size.
    port: 0 picks a free port.
    host: a loopback address to listen on (127.0.0.2 gives a second origin, e.g. for redirect tests).
    history_ids: ids for the newest items instead of generated ones, e.g. the ids of documentation examples.
    collection_size: how many items every other paging operation serves, and how many resources each
        resource family (agents, voices, knowledge base documents, tools, dubbings, ...) starts with.
    resource_ids: ids the first resources of every family take instead of generated ones.
    conversation_ids: ids for the first conversations instead of generated ones (more ids than
        `conversations` make more conversations).
    first_page_cursors: cursors that ask for the first page, as none does, where any other the server
        did not give is a 422: the placeholders of documentation examples (`cursor="cursor"`).
    realtime_delay: seconds between a realtime (WebSocket) message that triggers audio and that audio;
        an attribute too, read when a connection opens.
    """

    def __init__(
        self,
        *,
        history_items: int = 250,
        conversations: int = 75,
        api_key: str = "test-key",
        audio_size: int = 64 * 1024,
        chunk_size: int = 64 * 1024,
        port: int = 0,
        history_ids: Sequence[str] = (),
        host: str = "127.0.0.1",
        collection_size: int = 25,
        resource_ids: Sequence[str] = (),
        conversation_ids: Sequence[str] = (),
        first_page_cursors: Sequence[str] = (),
        realtime_delay: float = 0.0,
    ) -> None:
        if chunk_size < 1024:
            raise ValueError("chunk_size must be at least 1024 bytes")
        if collection_size < 0:
            raise ValueError("collection_size cannot be negative")
        self._api = _Api(
            history_items,
            conversations,
            api_key,
            audio_size,
            chunk_size,
            history_ids,
            collection_size,
            resource_ids,
            conversation_ids,
            first_page_cursors,
        )
        self._port = port
        self._host = host
        self._faults: list[_ArmedFault] = []
        self._faults_lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._socket_faults: list[_ArmedFault] = []
        self._sockets: list[RecordedSocket] = []
        if realtime_delay < 0:
            raise ValueError("realtime_delay cannot be negative")
        self.realtime_delay = realtime_delay
        self._activity = threading.Condition()  # guards _active, the number of requests being answered
        self._active = 0
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # Lifecycle -----------------------------------------------------------------------------------

    def start(self) -> Self:
        if self._server is not None:
            raise RuntimeError("the fake server is already running")
        self._stopping.clear()
        self._server = _Server(self._host, self._port, self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-elevenlabs", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close every connection; no thread of the server is left running afterwards."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self._server = self._thread = None
        self._stopping.set()  # ends fault delays early
        server.shutdown()
        server.server_close()
        thread.join()
        for connection_thread in server.close_connections():
            connection_thread.join()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    # What tests look at --------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the fake server is not running: call start() or use it as a context manager")
        return f"http://{self._host}:{self._server.server_address[1]}"

    @property
    def api_key(self) -> str:
        return self._api.api_key

    @property
    def history(self) -> list[_Json]:
        """The current history items, newest first (a new list; the dicts are the served ones)."""
        with self._api.lock:
            return list(self._api.history)

    @property
    def conversations(self) -> list[_Json]:
        """The current conversation summaries, newest first, transcript_summary included."""
        with self._api.lock:
            return list(self._api.conversations)

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first; clear() it to forget them."""
        return self._requests

    @property
    def sockets(self) -> list[RecordedSocket]:
        """Every realtime (WebSocket) connection so far, oldest first, refused ones included; clear() it to
        forget them. A record's messages and sent grow while its connection is open."""
        return self._sockets

    def realtime_audio(self, voice_id: str, text: str, output_format: str = "mp3_44100_128") -> bytes:
        """The audio a realtime channel answers this text with, as one generation (one audio message)."""
        return realtime_audio(voice_id, text, output_format)

    def wait_for_idle(self, timeout: float | None = None) -> None:
        """Wait until no request is being answered, e.g. for a streamed answer to end after a client hung up.

        Raises TimeoutError if requests are still being answered after `timeout` seconds.
        """
        with self._activity:
            if not self._activity.wait_for(lambda: self._active == 0, timeout):
                raise TimeoutError(f"{self._active} request(s) still being answered after {timeout} s")

    def set_audio_size(self, audio_id: str, size: int) -> None:
        """Make the audio of one history item or conversation this many bytes long."""
        if audio_id not in self._api.audio_sizes:
            raise KeyError(f"no history item or conversation has the id {audio_id!r}")
        if size < 0:
            raise ValueError("an audio size cannot be negative")
        self._api.audio_sizes[audio_id] = size

    def audio_chunks(self, audio_id: str, output_format: str | None = None) -> Iterator[bytes]:
        """The exact body the audio endpoints send for this id (output_format "wav": the wav download)."""
        return self._api.audio(audio_id, output_format)[1]

    # Faults --------------------------------------------------------------------------------------

    def add_fault(self, fault: _F) -> _F:
        """Arm a Fault (HTTP requests) or a SocketFault (realtime connections)."""
        with self._faults_lock:
            (self._socket_faults if isinstance(fault, SocketFault) else self._faults).append(
                _ArmedFault(fault, fault.times)  # type: ignore[arg-type]
            )
        return fault

    def clear_faults(self) -> None:
        with self._faults_lock:
            self._faults.clear()
            self._socket_faults.clear()

    def _take_fault(self, method: str, path: str) -> Fault | None:
        return self._take(self._faults, method, path)  # type: ignore[return-value]

    def _take_socket_fault(self, path: str) -> SocketFault | None:
        return self._take(self._socket_faults, "GET", path)  # type: ignore[return-value]

    def _take(self, faults: list[_ArmedFault], method: str, path: str) -> Fault | SocketFault | None:
        with self._faults_lock:
            for k, armed in enumerate(faults):
                if armed.fault.matches(method, path):
                    if armed.left is not None:
                        armed.left -= 1
                        if armed.left == 0:
                            del faults[k]
                    return armed.fault
        return None
