"""One Speech Engine conversation: the WebSocket ElevenLabs opened to your server, as events and replies.

ElevenLabs sends `init`, then a `user_transcript` (the whole conversation so far) each time the user
finishes speaking; the handler of a transcript answers with `send_response(...)`, which goes back as
`agent_response` chunks under the transcript's `event_id`, the last one `is_final`. A new transcript
while a handler is still answering cancels that handler's task and waits for it to end before the new
one starts; a reply still being sent by the cancelled handler (one that caught the cancellation, or a
stream being drained) is dropped: each send checks that its turn is still the current one.
Messages are read with the generated models of the channel (`elevenlabs_api.realtime.speech_engine_upstream`),
leniently, as the client reads responses: a field that deviates is kept and logged once, not fatal.
"""

from __future__ import annotations

import asyncio
import contextvars
import inspect
import json
import logging
from collections.abc import AsyncIterable, Callable, Iterable
from typing import Any

from elevenlabs_api.models import (
    AgentResponsePayload,
    ClosePayload,
    ErrorPayload,
    InitPayload,
    PingPayload,
    PongPayload,
    TranscriptMessage,
    UserTranscriptPayload,
)
from elevenlabs_api.realtime.speech_engine_upstream import parse
from elevenlabs_api.types import PARSING, UNSET, Parsing, Unset

from .._parsing import report_deviation
from ._socket import adapt
from ._text import texts

logger = logging.getLogger("elevenlabs_client.speech_engine")

INIT = "init"
USER_TRANSCRIPT = "user_transcript"
CLOSE = "close"
DISCONNECTED = "disconnected"
ERROR = "error"
EVENTS = (INIT, USER_TRANSCRIPT, CLOSE, DISCONNECTED, ERROR)

Handler = Callable[..., Any]
# One turn of the conversation (`.role`, "user" or "agent", and `.content`), under the official SDK's name.
ConversationMessage = TranscriptMessage
PONG = json.dumps(PongPayload().to_dict())

# The turn the running handler answers; set inside each transcript handler's task only, so that
# send_response knows which transcript it replies to, and whether that one is still current.
_turn: contextvars.ContextVar[int | None] = contextvars.ContextVar("speech_engine_turn", default=None)


def enable_debug_log() -> None:
    """debug=True: this module's log at DEBUG on stderr, unless the application already routes it."""
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[SpeechEngine] %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


class SpeechEngineSession:
    """A Speech Engine conversation over `ws` (a `websockets` server connection, or a Starlette/FastAPI
    WebSocket already accepted). Register handlers with `on(event, handler)`, then `await run()`.

    Events and what their handlers get: "init" (conversation_id), "user_transcript" (the list of
    ConversationMessage, oldest first, `.role` "user" or "agent", `.content`), "close" (nothing: ElevenLabs
    ended the conversation), "disconnected" (nothing: the socket closed without that) and "error" (the
    exception). A handler may be a function or a coroutine function.
    """

    def __init__(self, ws: Any, *, debug: bool = False) -> None:
        self._ws = adapt(ws)
        self._handlers: dict[str, list[tuple[Handler, bool]]] = {event: [] for event in EVENTS}
        self._conversation_id: str | None = None
        self._event_id: int | None = None
        self._turns = 0
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        self._closing: asyncio.Task[None] | None = None
        if debug:
            enable_debug_log()

    def __repr__(self) -> str:
        return f"SpeechEngineSession(conversation_id={self._conversation_id!r}, open={not self._closed})"

    def on(self, event: str, handler: Handler) -> SpeechEngineSession:
        """Call `handler` on each `event` (one of EVENTS)."""
        self._handlers[_known(event)].append((handler, False))
        return self

    def once(self, event: str, handler: Handler) -> SpeechEngineSession:
        """Call `handler` on the next `event` only."""
        self._handlers[_known(event)].append((handler, True))
        return self

    def off(self, event: str, handler: Handler) -> SpeechEngineSession:
        """Stop calling `handler` on `event`."""
        self._handlers[_known(event)] = [entry for entry in self._handlers[_known(event)] if entry[0] != handler]
        return self

    @property
    def conversation_id(self) -> str | None:
        """The conversation's id, from the `init` message (None before it)."""
        return self._conversation_id

    @property
    def is_open(self) -> bool:
        return not self._closed

    async def run(self) -> None:
        """Read the conversation's messages and call the handlers, until ElevenLabs closes it."""
        ended_cleanly = False
        try:
            while not self._closed:
                raw = await self._ws.receive()
                if raw is None:
                    logger.debug("conversation %s: the connection ended", self._conversation_id)
                    break
                ended_cleanly = await self._dispatch(raw)
        finally:
            self._closed = True
            await self._cancel_turn()
            if not ended_cleanly:
                await self._emit(DISCONNECTED)

    async def send_response(self, response: str | AsyncIterable[Any] | Iterable[Any] | Any) -> None:
        """Answer the transcript whose handler this is: a str, or an iterable or async iterable of str or
        of an LLM SDK's stream chunks (OpenAI, Anthropic, Gemini: their text is taken from each chunk), or
        an async context manager giving one (Anthropic's `messages.stream(...)`). Each piece goes out as
        it comes, then the final empty chunk. Called outside a transcript handler it sends nothing: a
        reply needs a transcript to answer (the engine's first message is configured on the engine)."""
        turn = _turn.get()
        if turn is None:
            logger.warning(
                "send_response() outside an on_transcript handler sends nothing: replies answer a transcript"
            )
            return
        if self._closed:
            raise RuntimeError("the Speech Engine session is closed")
        if turn != self._turns:
            raise asyncio.CancelledError  # a newer transcript took over: this answer is over
        event_id = self._event_id
        try:
            if isinstance(response, str):
                await self._reply(turn, event_id, response, False)
            else:
                await self._stream(turn, event_id, response)
        except Exception:
            # The LLM's stream failed: end the reply, so that ElevenLabs speaks what came and moves on,
            # and let the error reach the handler's caller (on_error).
            await self._reply(turn, event_id, "", True)
            raise
        await self._reply(turn, event_id, "", True)

    def close(self) -> None:
        """Stop the session: cancel the handler answering, close the socket (in the background)."""
        if self._closed:
            return
        self._closed = True
        if self._task is not None:
            self._task.cancel()
        # Kept: the loop holds only a weak reference to a task.
        self._closing = asyncio.get_running_loop().create_task(self._ws.close())

    # ---- incoming -----------------------------------------------------------------------------------

    async def _dispatch(self, raw: str | bytes) -> bool:
        """Handle one message; True when it ended the conversation (`close`)."""
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise TypeError(f"a message must be a JSON object, not {type(data).__name__}")
            message = _lenient(parse, data)
        except KeyError as error:
            await self._emit(ERROR, ValueError(f"a Speech Engine message lacks the field {error}"))
            return False
        except (ValueError, TypeError) as error:
            await self._emit(ERROR, ValueError(f"unreadable Speech Engine message: {error}"))
            return False
        if isinstance(message, InitPayload):
            self._conversation_id = message.conversation_id
            logger.debug("conversation %s started", self._conversation_id)
            await self._emit(INIT, self._conversation_id)
        elif isinstance(message, UserTranscriptPayload):
            event_id = None if isinstance(message.event_id, Unset) else message.event_id
            await self._transcript(event_id, list(message.user_transcript or ()))
        elif isinstance(message, PingPayload):
            # A pong that cannot go out means the connection is gone: the next receive says so and run() ends
            # as a disconnection, rather than raising the socket library's exception to its caller.
            try:
                await self._ws.send(PONG)
            except Exception as error:  # noqa: BLE001 - see above
                logger.debug("conversation %s: the pong was not sent (%s)", self._conversation_id, error)
        elif isinstance(message, ClosePayload):
            logger.debug("conversation %s closed by ElevenLabs", self._conversation_id)
            self._closed = True
            await self._cancel_turn()
            await self._emit(CLOSE)
            return True
        elif isinstance(message, ErrorPayload):
            await self._emit(ERROR, RuntimeError(f"ElevenLabs: {message.message}"))
        # Other kinds are ones this client does not know yet: ignored, as the vendor may add some.
        return False

    async def _transcript(self, event_id: int | None, transcript: list[ConversationMessage]) -> None:
        answering = self._task is not None and not self._task.done()
        if answering and event_id is not None and event_id == self._event_id:
            logger.debug("transcript %s again while answering it: ignored", event_id)
            return
        if answering:
            logger.debug("transcript %s interrupts the answer to %s", event_id, self._event_id)
        # The new turn first: from here on, whatever the old handler still tries to send is dropped.
        self._turns += 1
        await self._cancel_turn()
        self._event_id = event_id
        handlers = self._take(USER_TRANSCRIPT)
        if not handlers:
            return
        turn = self._turns

        async def answer() -> None:
            _turn.set(turn)
            for handler in handlers:
                await self._call(handler, USER_TRANSCRIPT, transcript)

        self._task = asyncio.get_running_loop().create_task(answer())
        # Let the handler start before the next message is read (a reply may begin at once).
        await asyncio.sleep(0)

    async def _cancel_turn(self) -> None:
        task, self._task = self._task, None
        if task is None or task.done():
            return
        task.cancel()
        # Waited for, not awaited: its cancellation is not ours (a cancelled run() still stops here).
        await asyncio.wait([task])

    # ---- outgoing -----------------------------------------------------------------------------------

    async def _stream(self, turn: int, event_id: int | None, response: Any) -> None:
        async for text in texts(response):
            await self._reply(turn, event_id, text, False)

    async def _reply(self, turn: int, event_id: int | None, content: str, final: bool) -> None:
        if turn != self._turns or self._closed:
            # A cancelled answer (a newer transcript came) or a closed session: nothing more of it goes out.
            raise asyncio.CancelledError
        if content or final:
            reply = AgentResponsePayload(
                content=content, is_final=final, event_id=UNSET if event_id is None else event_id
            )
            await self._ws.send(json.dumps(reply.to_dict()))

    # ---- handlers -----------------------------------------------------------------------------------

    def _take(self, event: str) -> list[Handler]:
        entries = self._handlers[event]
        self._handlers[event] = [entry for entry in entries if not entry[1]]
        return [handler for handler, _ in entries]

    async def _emit(self, event: str, *arguments: Any) -> None:
        for handler in self._take(event):
            await self._call(handler, event, *arguments)

    async def _call(self, handler: Handler, event: str, *arguments: Any) -> None:
        try:
            result = handler(*arguments)
            if inspect.isawaitable(result):
                await result
        except asyncio.CancelledError:
            raise
        except Exception as error:
            if event != ERROR and self._handlers[ERROR]:
                await self._emit(ERROR, error)
            else:
                logger.exception("the %s handler of a Speech Engine session failed", event)


def _lenient(parse: Callable[[dict[str, Any]], Any], data: dict[str, Any]) -> Any:
    """`parse(data)` as the client parses its responses by default: a field that deviates from the document
    is kept as it came (a missing one reads as None) and logged once, and fields are read when first used
    (a long transcript costs little until the handler reads it)."""
    token = PARSING.set(Parsing(False, report_deviation))
    try:
        return parse(data)
    finally:
        PARSING.reset(token)


def _known(event: str) -> str:
    if event not in EVENTS:
        raise ValueError(f"unknown Speech Engine event {event!r}: one of {', '.join(EVENTS)}")
    return event


# Users import it from the package, which loads this module on first use: it says it lives there.
SpeechEngineSession.__module__ = __name__.rpartition(".")[0]
