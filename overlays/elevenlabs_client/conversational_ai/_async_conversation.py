"""AsyncConversation: Conversation for asyncio, a task receiving in the background (conversation.py
says how a session goes). It takes an AsyncElevenLabs client, or, as the official SDK's does, an
ElevenLabs one (its signed URL is then fetched on a worker thread)."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Self

from elevenlabs_api import models
from elevenlabs_api.realtime import conversation
from elevenlabs_api.types import UNSET

from .._client import AsyncElevenLabs, ElevenLabs
from .._errors import ElevenLabsError
from ._base import AgentChatResponsePartType, AudioEventAlignment, Base, ConversationInitiationData, multimodal
from ._tools import ClientTools
from .audio_interface import AsyncAudioInterface, AudioInterface


class AsyncConversation(Base):
    """`Conversation` with coroutines: every method is awaited, and so is every callback."""

    def __init__(
        self,
        client: AsyncElevenLabs | ElevenLabs,
        agent_id: str,
        user_id: str | None = None,
        *,
        requires_auth: bool,
        audio_interface: AsyncAudioInterface | None = None,
        config: ConversationInitiationData | None = None,
        client_tools: ClientTools | None = None,
        callback_agent_response: Callable[[str], Awaitable[None]] | None = None,
        callback_agent_response_correction: Callable[[str, str], Awaitable[None]] | None = None,
        callback_agent_chat_response_part: Callable[[str, AgentChatResponsePartType], Awaitable[None]] | None = None,
        callback_user_transcript: Callable[[str], Awaitable[None]] | None = None,
        callback_latency_measurement: Callable[[int], Awaitable[None]] | None = None,
        callback_audio_alignment: Callable[[AudioEventAlignment], Awaitable[None]] | None = None,
        callback_end_session: Callable[[], Awaitable[None]] | None = None,
        on_prem_config: Any = None,
        environment: str | None = None,
    ) -> None:
        if not isinstance(client, (AsyncElevenLabs, ElevenLabs)):
            raise TypeError(
                f"AsyncConversation takes an AsyncElevenLabs or ElevenLabs client, not {type(client).__name__}"
            )
        if isinstance(audio_interface, AudioInterface):
            raise TypeError("an AudioInterface goes with Conversation; AsyncConversation takes an AsyncAudioInterface")
        super().__init__(client, agent_id, user_id, requires_auth, config, client_tools, on_prem_config, environment)
        self.audio_interface = audio_interface
        self.callback_agent_response = callback_agent_response
        self.callback_agent_response_correction = callback_agent_response_correction
        self.callback_agent_chat_response_part = callback_agent_chat_response_part
        self.callback_user_transcript = callback_user_transcript
        self.callback_latency_measurement = callback_latency_measurement
        self.callback_audio_alignment = callback_audio_alignment
        self.callback_end_session = callback_end_session
        self._session: Any = None
        self._task: asyncio.Task[None] | None = None
        self._tool_calls: set[asyncio.Task[None]] = set()
        self._finished = False
        self._stopping = False
        self._error: BaseException | None = None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.end_session()

    async def start_session(self) -> None:
        """Open the session (raising what a refused handshake raises) and start receiving in a task."""
        if self._session is not None:
            raise RuntimeError("this AsyncConversation has been started already; make a new one for another session")
        self._session = await self._open()
        try:
            self._task = asyncio.create_task(self._receive(), name="elevenlabs-conversation")
            if self.audio_interface is not None:
                await self.audio_interface.start(self._send_audio)
        except BaseException:
            await self.end_session()
            raise

    async def end_session(self) -> None:
        """End the conversation (audio, tools, session, then callback_end_session); returns once the
        receiving task has ended (unless called from it, e.g. from a callback)."""
        self._stopping = True
        await self._finish(None)
        if self._task is not None and self._task is not asyncio.current_task():
            await asyncio.wait([self._task])

    async def wait_for_session_end(self) -> str | None:
        """Wait until the session ends and return the conversation id; raises what ended it, if it was an
        error. Cancelled while waiting, it ends the session first."""
        if self._task is None:
            raise RuntimeError("the session has not been started: call start_session() first")
        try:
            await asyncio.wait([self._task])
            # A tool that ended the session itself is not cancelled by it: it finishes, then we return.
            calls = [call for call in self._tool_calls if call is not asyncio.current_task()]
            if calls:
                await asyncio.wait(calls)
        except BaseException:
            await self.end_session()
            raise
        if self._error is not None:
            raise self._error
        return self._conversation_id

    async def send_user_message(self, text: str) -> None:
        await self._send(models.UserMessage(text=text))

    async def send_contextual_update(self, text: str) -> None:
        await self._send(models.ContextualUpdate(text=text))

    async def register_user_activity(self) -> None:
        await self._send(models.UserActivity())

    async def send_multimodal_message(self, text: str | None = None, file_id: str | None = None) -> None:
        await self._send(multimodal(text, file_id))

    async def _open(self) -> Any:
        client = self.client
        signed: Any = None
        if isinstance(client, AsyncElevenLabs):
            if not self.requires_auth:
                return await client.conversational_ai.realtime_session(
                    **self._opening(), request_options=self._request_options()
                )
            signed = await client.conversational_ai.conversations.get_signed_url(
                agent_id=self.agent_id, environment=self.environment or UNSET
            )
        elif self.requires_auth:  # the official shape: a sync client, its HTTP call off the event loop
            get_signed_url = client.conversational_ai.conversations.get_signed_url
            signed = await asyncio.to_thread(
                get_signed_url, agent_id=self.agent_id, environment=self.environment or UNSET
            )
        from .._realtime._open import open_async_session, open_async_signed_session

        requester = client._requester
        opening = conversation.opening(**self._opening())
        settings = requester.settings.merged(self._request_options())
        if signed is not None:
            return await open_async_signed_session(
                signed.signed_url, settings, conversation.CHANNEL, opening.first_message
            )
        # A sync client by agent id: the async transport with its key and settings, as its requester would.
        return await open_async_session(
            requester.base_url, requester._auth._api_key, settings, conversation.CHANNEL, opening
        )

    async def _send(self, message: Any) -> None:
        if self._session is None or self._finished:
            raise RuntimeError("the session is not running: call start_session() first (a new one after it ended)")
        await self._session.send(message)

    async def _send_audio(self, audio: bytes) -> None:
        if not self._finished:
            await self._quietly(models.UserAudioChunk(user_audio_chunk=base64.b64encode(audio).decode()))

    async def _quietly(self, message: Any) -> None:
        """Send for the audio interface or a tool: if the connection has gone, the receiving task has the
        error and ends the session with it."""
        try:
            await self._session.send(message)
        except ElevenLabsError:
            pass

    async def _call_tool(self, name: str, parameters: dict[str, Any]) -> None:
        result = await self.client_tools.result(name, parameters)
        if not self._finished:
            await self._quietly(result)

    async def _receive(self) -> None:
        error: BaseException | None = None
        try:
            async for message in self._session:
                await self._react(message)
        except asyncio.CancelledError:  # the program is shutting down (asyncio.run's end): close, then go
            self._stopping = True
            await self._finish(None)
            raise
        except Exception as failure:  # noqa: BLE001 - it ends the session and wait_for_session_end raises it
            error = failure
        try:
            await self._finish(error)
        except Exception as failure:  # noqa: BLE001 - callback_end_session's, raised by wait_for_session_end
            self._error = self._error or failure

    async def _react(self, message: Any) -> None:
        audio = self.audio_interface
        for what, arguments in self._reactions(message):
            if what == "output":
                if audio is not None:
                    await audio.output(*arguments)
            elif what == "interrupt":
                if audio is not None:
                    await audio.interrupt()
            elif what == "pong":
                await self._session.send(models.Pong(event_id=arguments[0]))
            elif what == "tool":
                call = asyncio.create_task(self._call_tool(*arguments), name="elevenlabs-client-tool")
                self._tool_calls.add(call)
                call.add_done_callback(self._tool_calls.discard)
            elif (callback := getattr(self, what)) is not None:
                await callback(*arguments)

    async def _finish(self, error: BaseException | None) -> None:
        """Wind the session up, once, from whichever task gets here first."""
        if self._finished or self._session is None:
            return
        self._finished = True
        if error is not None and not self._stopping:
            self._error = error
        try:
            if self.audio_interface is not None:
                await self.audio_interface.stop()
        finally:
            calls = [call for call in self._tool_calls if call is not asyncio.current_task()]
            for call in calls:
                call.cancel()
            await asyncio.gather(*calls, return_exceptions=True)
            try:
                # Its worker threads (sync tools), which a cancel does not stop: waited for off the event loop,
                # which a sync tool still running would otherwise hold up, every other task with it.
                await asyncio.to_thread(self.client_tools.stop)
            finally:
                await self._session.close()
                if self.callback_end_session is not None:
                    await self.callback_end_session()
