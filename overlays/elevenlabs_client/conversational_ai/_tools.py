"""ClientTools: functions the agent calls on the client, registered by name (the official SDK's shape).

A call never blocks the conversation: an async tool runs on an event loop (the AsyncConversation's, the
one passed as `loop`, or, for a sync Conversation, a loop of its own on a thread), a sync tool on a
worker thread. Whatever a tool returns or raises goes back to the agent with the call's id."""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import threading
from collections.abc import Callable
from typing import Any

from elevenlabs_api.models import ClientToolResult

Handler = Callable[[dict[str, Any]], Any]  # returns the result, or (is_async=True) an awaitable of it


class ClientTools:
    """The tools an agent may call on this client. `register` them, then pass this to a conversation.

    loop: an event loop of yours to run the async tools on (it must be running, and stays yours);
    without it, a Conversation runs them on a loop thread of its own, an AsyncConversation on its loop.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self.tools: dict[str, tuple[Handler, bool]] = {}
        self.lock = threading.Lock()
        self._custom_loop = loop
        self._loop: asyncio.AbstractEventLoop | None = None  # the loop thread's, while started
        self._thread: threading.Thread | None = None
        self._workers: concurrent.futures.ThreadPoolExecutor | None = None
        self._on_worker = threading.local()  # .running: this thread is running a sync tool
        # What stop() could not wait for, being called on it (a tool ending the conversation): see wait_stopped().
        self._outliving_thread: threading.Thread | None = None
        self._outliving_workers: concurrent.futures.ThreadPoolExecutor | None = None

    def __repr__(self) -> str:
        return f"ClientTools({sorted(self.tools)})"

    def register(self, tool_name: str, handler: Handler, is_async: bool = False) -> None:
        """Add a tool: `handler(parameters)` returns its result (awaited when `is_async`); `parameters`
        are the agent's, with the call's `tool_call_id`. A result that is not a str is sent as JSON."""
        if not callable(handler):
            raise TypeError(f"the handler of client tool {tool_name!r} is not callable: {handler!r}")
        with self.lock:
            if tool_name in self.tools:
                raise ValueError(f"a client tool named {tool_name!r} is registered already")
            self.tools[tool_name] = (handler, is_async)

    async def handle(self, tool_name: str, parameters: dict[str, Any]) -> Any:
        """Run a tool and return its result; raises what it raises, and ValueError for an unknown name."""
        with self.lock:
            found = self.tools.get(tool_name)
        if found is None:
            raise ValueError(f"no client tool named {tool_name!r} is registered")
        handler, is_async = found
        if is_async:
            return await handler(parameters)
        return await asyncio.get_running_loop().run_in_executor(self._executor(), self._run_sync, handler, parameters)

    async def result(self, tool_name: str, parameters: dict[str, Any]) -> ClientToolResult:
        """The message that answers the call: its result, or its error's message with is_error."""
        call_id = str(parameters.get("tool_call_id", ""))
        try:
            if self._custom_loop is not None and self._custom_loop is not _running_loop():
                future = asyncio.run_coroutine_threadsafe(self.handle(tool_name, parameters), self._custom_loop)
                value = await asyncio.wrap_future(future)
            else:
                value = await self.handle(tool_name, parameters)
        except Exception as error:  # noqa: BLE001 - the tool's failure is the agent's to hear, not ours to raise
            return ClientToolResult(tool_call_id=call_id, result=str(error) or type(error).__name__, is_error=True)
        return ClientToolResult(tool_call_id=call_id, result=as_text(tool_name, value), is_error=False)

    # The sync Conversation's side: a loop on a thread of its own, unless the caller gave one.

    def start(self) -> None:
        """Start the loop thread (a sync Conversation does this as its session starts)."""
        if self._custom_loop is not None or self._thread is not None:
            return
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)  # a tool may ask for "the" loop of its thread
            self._loop = loop
            ready.set()
            try:
                loop.run_forever()
                # Stopped: the async tool calls still running are cancelled (and wait no more for a sync one).
                calls = asyncio.all_tasks(loop)
                for call in calls:
                    call.cancel()
                if calls:
                    loop.run_until_complete(asyncio.wait(calls))
                loop.run_until_complete(loop.shutdown_asyncgens())
            finally:
                loop.close()

        self._thread = threading.Thread(target=run, name="elevenlabs-client-tools", daemon=True)
        self._thread.start()
        ready.wait()

    def stop(self) -> None:
        """Stop the loop thread (cancelling the async tool calls under way) and the worker threads (after
        the sync tool calls under way have returned: a thread cannot be stopped)."""
        loop, thread, workers = self._loop, self._thread, self._workers
        self._loop = self._thread = self._workers = None
        if loop is not None and thread is not None:
            loop.call_soon_threadsafe(loop.stop)
            # A tool may end the conversation itself, and a thread cannot wait for itself to end.
            if thread is threading.current_thread():
                self._outliving_thread = thread
            else:
                thread.join()
        if workers is not None:
            on_worker = getattr(self._on_worker, "running", False)
            workers.shutdown(wait=not on_worker, cancel_futures=True)
            if on_worker:
                self._outliving_workers = workers

    def wait_stopped(self) -> None:
        """Wait for the threads stop() left running because a tool called it from one of them (the sync
        Conversation's wait_for_session_end does, so that no thread outlives the session)."""
        thread, workers = self._outliving_thread, self._outliving_workers
        if thread is threading.current_thread() or getattr(self._on_worker, "running", False):
            return  # asked by that tool itself: it is the one still running
        self._outliving_thread = self._outliving_workers = None
        if thread is not None:
            thread.join()
        if workers is not None:
            workers.shutdown(wait=True)

    def execute_tool(
        self, tool_name: str, parameters: dict[str, Any], callback: Callable[[dict[str, Any]], None]
    ) -> concurrent.futures.Future[None]:
        """Run a tool without waiting for it; `callback` gets the client_tool_result message, as a dict."""
        loop = self._custom_loop or self._loop
        if loop is None:
            raise RuntimeError("ClientTools is not started: call start() first, or pass loop=")

        async def run() -> None:
            callback((await self.result(tool_name, parameters)).to_dict())

        return asyncio.run_coroutine_threadsafe(run(), loop)

    def _run_sync(self, handler: Handler, parameters: dict[str, Any]) -> Any:
        self._on_worker.running = True
        try:
            return handler(parameters)
        finally:
            self._on_worker.running = False

    def _executor(self) -> concurrent.futures.ThreadPoolExecutor:
        with self.lock:
            if self._workers is None:
                self._workers = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="elevenlabs-client-tool")
            return self._workers


def as_text(tool_name: str, value: Any) -> str:
    """A tool's result as the message carries it (a str): JSON unless it is one already."""
    if value is None:
        return f"Client tool {tool_name} ran; it returned nothing."
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value)
    except (TypeError, ValueError):
        return str(value)


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None
