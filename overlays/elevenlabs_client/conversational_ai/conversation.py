"""A conversation with an ElevenLabs agent, in the official SDK's shape: `Conversation` (a thread
receives while your code goes on) and `AsyncConversation` (a task does), with client tools, pings and
an optional audio interface.

    from elevenlabs_client import ElevenLabs
    from elevenlabs_client.conversational_ai.conversation import Conversation

    conversation = Conversation(ElevenLabs(), "agent_...", requires_auth=False, callback_agent_response=print)
    conversation.start_session()
    conversation.send_user_message("Hello!")
    ...
    conversation.end_session()
    conversation_id = conversation.wait_for_session_end()

The session is the client's own `client.conversational_ai.realtime_session(...)` (or, with
requires_auth=True, the same channel at the URL `conversations.get_signed_url` gives, without the API
key). A server error, a dropped connection or a callback that raises ends the session, and
`wait_for_session_end()` raises it; `callback_end_session` is called however the session ends.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self

from elevenlabs_api import models
from elevenlabs_api.types import UNSET

from .._client import ElevenLabs
from .._errors import ElevenLabsError
from ._async_conversation import AsyncConversation
from ._base import AgentChatResponsePartType, AudioEventAlignment, Base, ConversationInitiationData, multimodal
from ._tools import ClientTools
from .audio_interface import AsyncAudioInterface, AudioInterface

__all__ = [
    "AgentChatResponsePartType",
    "AsyncAudioInterface",
    "AsyncConversation",
    "AudioEventAlignment",
    "AudioInterface",
    "ClientTools",
    "Conversation",
    "ConversationInitiationData",
]


class Conversation(Base):
    """One conversation with an agent: `start_session()`, talk, `end_session()`, `wait_for_session_end()`.

    client: an ElevenLabs client. requires_auth: open through a signed URL (the agent requires
    authentication) rather than by agent id. audio_interface: None for a text-only conversation
    (the agent's audio is not played). config: what the conversation opens with. client_tools: the tools
    the agent may call. environment: the agent's environment. Each callback is called, on the session's
    thread, as its event arrives (keep it quick: the next message waits for it).
    """

    def __init__(
        self,
        client: ElevenLabs,
        agent_id: str,
        user_id: str | None = None,
        *,
        requires_auth: bool,
        audio_interface: AudioInterface | None = None,
        config: ConversationInitiationData | None = None,
        client_tools: ClientTools | None = None,
        callback_agent_response: Callable[[str], None] | None = None,
        callback_agent_response_correction: Callable[[str, str], None] | None = None,
        callback_agent_chat_response_part: Callable[[str, AgentChatResponsePartType], None] | None = None,
        callback_user_transcript: Callable[[str], None] | None = None,
        callback_latency_measurement: Callable[[int], None] | None = None,
        callback_audio_alignment: Callable[[AudioEventAlignment], None] | None = None,
        callback_end_session: Callable[[], None] | None = None,
        on_prem_config: Any = None,
        environment: str | None = None,
    ) -> None:
        if not isinstance(client, ElevenLabs):
            raise TypeError(
                f"Conversation takes an ElevenLabs client, not {type(client).__name__} (see AsyncConversation)"
            )
        if isinstance(audio_interface, AsyncAudioInterface):
            raise TypeError("an AsyncAudioInterface goes with AsyncConversation; Conversation takes an AudioInterface")
        super().__init__(client, agent_id, user_id, requires_auth, config, client_tools, on_prem_config, environment)
        self.audio_interface = audio_interface
        self.callback_agent_response = callback_agent_response
        self.callback_agent_response_correction = callback_agent_response_correction
        self.callback_agent_chat_response_part = callback_agent_chat_response_part
        self.callback_user_transcript = callback_user_transcript
        self.callback_latency_measurement = callback_latency_measurement
        self.callback_audio_alignment = callback_audio_alignment
        self.callback_end_session = callback_end_session
        self._session: Any = None  # the channel's generic session, once started
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._finished = False  # the session has been (or is being) wound up
        self._stopping = False  # end_session() was called: errors of the close are not the session's
        self._error: BaseException | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.end_session()

    def start_session(self) -> None:
        """Open the session (raising what a refused handshake raises) and start receiving on a thread."""
        if self._session is not None:
            raise RuntimeError("this Conversation has been started already; make a new one for another session")
        self._session = self._open()
        try:
            self.client_tools.start()
            self._thread = threading.Thread(target=self._receive, name="elevenlabs-conversation", daemon=True)
            self._thread.start()
            if self.audio_interface is not None:
                self.audio_interface.start(self._send_audio)
        except BaseException:
            self.end_session()
            raise

    def end_session(self) -> None:
        """End the conversation: stop the audio and the tools, close the session, call callback_end_session.
        Returns once the session's thread has ended (unless called from it, e.g. from a callback)."""
        self._stopping = True
        self._finish(None)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()

    def wait_for_session_end(self) -> str | None:
        """Wait until the session ends (end_session(), or the server ends it) and return the conversation
        id; raises what ended it, if it was an error. Ctrl-C while waiting ends the session first."""
        if self._thread is None:
            raise RuntimeError("the session has not been started: call start_session() first")
        try:
            self._thread.join()
            self.client_tools.wait_stopped()  # a tool that ended the session itself finishes first
        except BaseException:
            self.end_session()
            raise
        if self._error is not None:
            raise self._error
        return self._conversation_id

    def send_user_message(self, text: str) -> None:
        """Say `text` to the agent, as the user."""
        self._send(models.UserMessage(text=text))

    def send_contextual_update(self, text: str) -> None:
        """Tell the agent something without interrupting it or asking for an answer."""
        self._send(models.ContextualUpdate(text=text))

    def register_user_activity(self) -> None:
        """Tell the agent the user is still there (it holds off its own turn)."""
        self._send(models.UserActivity())

    def send_multimodal_message(self, text: str | None = None, file_id: str | None = None) -> None:
        """Send text and/or a file uploaded earlier (its id), as one user message."""
        self._send(multimodal(text, file_id))

    def _open(self) -> Any:
        resource = self.client.conversational_ai
        if not self.requires_auth:
            return resource.realtime_session(**self._opening(), request_options=self._request_options())
        from elevenlabs_api.realtime import conversation

        from .._realtime._open import open_signed_session

        signed = resource.conversations.get_signed_url(agent_id=self.agent_id, environment=self.environment or UNSET)
        opening = conversation.opening(**self._opening())
        settings = self.client._requester.settings.merged(self._request_options())
        return open_signed_session(signed.signed_url, settings, conversation.CHANNEL, opening.first_message)

    def _send(self, message: Any) -> None:
        if self._session is None or self._finished:
            raise RuntimeError("the session is not running: call start_session() first (a new one after it ended)")
        self._session.send(message)

    def _send_audio(self, audio: bytes) -> None:
        """The audio interface's input callback: a microphone chunk to the agent."""
        if not self._finished:
            self._quietly(models.UserAudioChunk(user_audio_chunk=base64.b64encode(audio).decode()))

    def _send_tool_result(self, result: dict[str, Any]) -> None:
        if not self._finished:
            self._quietly(result)

    def _quietly(self, message: Any) -> None:
        """Send from a thread of the audio interface or the tools: if the connection has gone, the session's
        thread has the error and ends the session with it."""
        try:
            self._session.send(message)
        except ElevenLabsError:
            pass

    def _receive(self) -> None:
        error: BaseException | None = None
        try:
            for message in self._session:
                self._react(message)
        except BaseException as failure:  # noqa: BLE001 - it ends the session and wait_for_session_end raises it
            error = failure
        try:
            self._finish(error)
        except BaseException as failure:  # noqa: BLE001 - callback_end_session's, raised by wait_for_session_end
            self._error = self._error or failure

    def _react(self, message: Any) -> None:
        audio = self.audio_interface
        for what, arguments in self._reactions(message):
            if what == "output":
                if audio is not None:
                    audio.output(*arguments)
            elif what == "interrupt":
                if audio is not None:
                    audio.interrupt()
            elif what == "pong":
                self._session.send(models.Pong(event_id=arguments[0]))
            elif what == "tool":
                name, parameters = arguments
                self.client_tools.execute_tool(name, parameters, self._send_tool_result)
            elif (callback := getattr(self, what)) is not None:
                callback(*arguments)

    def _finish(self, error: BaseException | None) -> None:
        """Wind the session up, once, from whichever thread gets here first."""
        with self._lock:
            if self._finished or self._session is None:
                return
            self._finished = True
        if error is not None and not self._stopping:
            self._error = error
        try:
            if self.audio_interface is not None:
                self.audio_interface.stop()
        finally:
            try:
                self.client_tools.stop()
            finally:
                self._session.close()
                if self.callback_end_session is not None:
                    self.callback_end_session()
