"""The requesters the generated resource classes send through (see `elevenlabs_api.api.Requester`).

A generated method builds its request (`_get_kwargs`) and a parser for the 2xx body; a requester adds
the base URL and the key, sends it on the client's one connection pool, retries what is worth
retrying, and turns every failure into an `ElevenLabsError`.
"""

from __future__ import annotations

import json
import logging
import time
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from contextlib import AsyncExitStack, ExitStack
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx
from elevenlabs_api.api import Paging, RawResponse, RequestOptions, ServerSentEvent
from elevenlabs_api.types import PathReader

from ._auth import ApiKeyAuth, transport_errors
from ._bodies import aclosing_events, aparsed_lines, aresumed, closing_events, parsed_lines, raw_answer, resumed
from ._errors import APIConnectionError, ApiError, ElevenLabsError, error_for
from ._pagination import apages, pages
from ._parsing import parse_success
from ._settings import MAX_RETRY_AFTER, Settings
from ._streams import AsyncStream, Stream

if TYPE_CHECKING:  # loaded by the first multipart call: few programs make one
    from elevenlabs_api import realtime

    from ._multipart import AsyncMultipartResponse, MultipartResponse

T = TypeVar("T")
S = TypeVar("S")
logger = logging.getLogger("elevenlabs_client")


async def _async_sleep(seconds: float) -> None:
    # asyncio costs a sync user ~10 ms of import time; an async user has it loaded already.
    import asyncio

    await asyncio.sleep(seconds)


def _running_loop() -> object:
    import asyncio

    return asyncio.get_running_loop()


class Uploads:
    """The files a request uploads. httpx sends each from its start on every attempt (it seeks to 0), so a
    retry sends the whole body again; a file that cannot seek (a pipe, a one-shot stream) makes the
    request one that is not retried. A file the client opened itself (from a path) is closed when the
    request is over, whatever its end."""

    def __init__(self, kwargs: dict[str, Any]) -> None:
        self._payloads: list[Any] = []
        for _, upload in kwargs.get("files") or []:
            payload = upload[1] if isinstance(upload, tuple) and len(upload) > 1 else None
            if hasattr(payload, "read"):
                self._payloads.append(payload)

    def replayable(self) -> bool:
        return all(_seekable(payload) for payload in self._payloads)

    def close(self) -> None:
        for payload in self._payloads:
            if isinstance(payload, PathReader):
                payload.close()


def encode_json(body: Any) -> bytes:
    """The body as httpx would encode it, with any model in it (a dict's value, a list's item, or a model
    where the field is a free-form object) sent as its `to_dict()`: models go wherever their dict would."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_model_dict).encode()


def _model_dict(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    if to_dict is None:
        raise TypeError(
            f"a value of type {type(value).__name__!r} cannot be sent as JSON: give a model, a dict, a list or a plain value"
        )
    return to_dict()


def _seekable(payload: Any) -> bool:
    try:
        return bool(payload.seekable())
    except (AttributeError, OSError, ValueError):
        return False


class _Base:
    def __init__(self, base_url: str, auth: ApiKeyAuth, settings: Settings) -> None:
        self.base_url = base_url.rstrip("/")
        self.settings = settings
        self._auth = auth

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _arguments(self, kwargs: dict[str, Any], settings: Settings) -> dict[str, Any]:
        arguments = {
            **kwargs,
            "url": self.base_url + kwargs["url"],
            "auth": self._auth,
            "follow_redirects": False,  # ApiKeyAuth follows them
        }
        if settings.timeout is not None:  # None: the timeout of the httpx client the caller passed in
            arguments["timeout"] = settings.timeout
        if settings.extras is not None:
            settings.extras.apply(arguments)
        if "json" in arguments:
            arguments["content"] = encode_json(arguments.pop("json"))
        return arguments

    def _check_open(self, closed: bool) -> None:
        if closed:
            raise ElevenLabsError("this client has been closed; make a new one")

    def _retrying(
        self, kwargs: dict[str, Any], attempt: int, settings: Settings, error: ElevenLabsError, uploads: Uploads
    ) -> float:
        """The wait before the next attempt; raises `error` when there is none (or the uploads cannot be sent again)."""
        call = f"{kwargs['method'].upper()} {kwargs['url']}"
        if settings.retry_delay(attempt, error) is not None and not uploads.replayable():
            logger.info("not retrying %s: an uploaded file cannot be read again from its start", call)
            raise error
        return retry_wait(call, attempt, settings, error)


def retry_wait(call: str, attempt: int, settings: Settings, error: ElevenLabsError) -> float:
    """The wait before retrying `call` after failed `attempt` (0 = the first), logged; raises `error` when
    there is none. The one retry decision of every requester, HTTP and realtime handshakes alike."""
    delay = settings.retry_delay(attempt, error)
    if delay is None:
        if isinstance(error, ApiError) and error.retry_after is not None and error.retry_after > MAX_RETRY_AFTER:
            logger.info("not retrying %s: the server asked to wait %.0f s", call, error.retry_after)
        raise error
    logger.info(
        "retrying %s in %.2f s (attempt %d of %d): %s",
        call,
        delay,
        attempt + 2,
        settings.max_retries + 1,
        error,
    )
    return delay


def _log(response: httpx.Response, started: float) -> None:
    logger.debug(
        "%s %s -> %s in %.1f ms",
        response.request.method,
        response.request.url.path,
        response.status_code,
        (time.monotonic() - started) * 1000,
    )


class HttpRequester(_Base):
    def __init__(self, http: httpx.Client, base_url: str, auth: ApiKeyAuth, settings: Settings) -> None:
        super().__init__(base_url, auth, settings)
        self.http = http

    def with_settings(self, settings: Settings) -> HttpRequester:
        return HttpRequester(self.http, self.base_url, self._auth, settings)

    def with_raw_responses(self) -> HttpRequester:
        return self.with_settings(self.settings.copy_with(raw=True))

    def request(
        self, kwargs: dict[str, Any], parse: Callable[[httpx.Response], T], options: RequestOptions | None = None
    ) -> T:
        settings, uploads = self.settings.merged(options), Uploads(kwargs)
        self._check_open(self.http.is_closed)
        try:
            for attempt in range(settings.max_retries + 1):
                started = time.monotonic()
                try:
                    with transport_errors(self._auth):
                        response = self.http.request(**self._arguments(kwargs, settings))
                    _log(response, started)
                    if not response.is_success:
                        raise error_for(response)
                except (APIConnectionError, ApiError) as error:
                    time.sleep(self._retrying(kwargs, attempt, settings, error, uploads))
                    continue
                parsed = parse_success(response, parse, settings.strict)
                # Typed as the parsed data; the raw_response wrapper of the resource types it as it is.
                return cast(T, raw_answer(response, parsed)) if settings.raw else parsed
            raise AssertionError("unreachable: the last attempt raises")
        finally:
            uploads.close()

    def stream(
        self, kwargs: dict[str, Any], chunk_size: int | None, options: RequestOptions | None = None
    ) -> Stream[bytes]:
        responses: list[httpx.Response] = []
        return self._answer(self._chunks(kwargs, chunk_size, options, responses), responses, Stream)

    def stream_lines(
        self, kwargs: dict[str, Any], parse: Callable[[Any], T], options: RequestOptions | None = None
    ) -> Stream[T]:
        strict, responses = self.settings.merged(options).strict, list[httpx.Response]()

        def objects(chunks: Generator[bytes, None, None], opened: Generator[bytes, None, None] | None) -> Stream[T]:
            return Stream(parsed_lines(chunks, responses, parse, strict), opened)

        return self._answer(self._chunks(kwargs, None, options, responses), responses, objects)

    def stream_events(self, kwargs: dict[str, Any], options: RequestOptions | None = None) -> Stream[ServerSentEvent]:
        responses: list[httpx.Response] = []

        def server_events(
            chunks: Generator[bytes, None, None], opened: Generator[bytes, None, None] | None
        ) -> Stream[ServerSentEvent]:
            return Stream(closing_events(chunks), opened)

        return self._answer(self._chunks(kwargs, None, options, responses), responses, server_events)

    def stream_multipart(
        self, kwargs: dict[str, Any], chunk_size: int | None, options: RequestOptions | None = None
    ) -> MultipartResponse:
        # Sent now, not on first use like a stream: the answer's `json` is an attribute, as in the official SDK.
        from ._multipart import read_multipart

        responses: list[httpx.Response] = []
        answer = read_multipart(self._chunks(kwargs, chunk_size, options, responses), responses)
        return cast("MultipartResponse", raw_answer(responses[-1], answer)) if self.settings.raw else answer

    def pages(self, fetch: Callable[..., T], query: Mapping[str, Any], paging: Paging) -> Iterator[T]:
        return pages(fetch, query, paging)

    def open_realtime(
        self, channel: realtime.Channel[T, Any], opening: realtime.Opening, options: RequestOptions | None
    ) -> T:
        from ._realtime._open import open_session  # loads websockets: only on the first realtime call

        return open_session(self.base_url, self._auth._api_key, self.settings.merged(options), channel, opening)

    def _answer(
        self,
        chunks: Generator[bytes, None, None],
        responses: list[httpx.Response],
        wrap: Callable[[Generator[bytes, None, None], Generator[bytes, None, None] | None], S],
    ) -> S:
        """The stream `wrap` makes of the body: lazy, or for with_raw_response, sent now and answered with
        its RawResponse (typed as the stream; the raw_response wrapper of the resource types it as it is)."""
        if not self.settings.raw:
            return wrap(chunks, None)
        first = next(chunks, None)  # sends the request, retried as usual, and waits for its first bytes
        return cast(S, raw_answer(responses[-1], wrap(resumed(first, chunks), chunks)))

    def _chunks(
        self,
        kwargs: dict[str, Any],
        chunk_size: int | None,
        options: RequestOptions | None,
        responses: list[httpx.Response],
    ) -> Generator[bytes, None, None]:
        # A generator: nothing is sent until iteration starts, and closing it (a `break` out of a
        # `for` loop over it, or .close()) closes the response and its connection. Failures are
        # retried until the first byte has been handed over; after that they surface. The response
        # goes into `responses`, for the errors of what parses the chunks.
        settings, uploads = self.settings.merged(options), Uploads(kwargs)
        self._check_open(self.http.is_closed)
        try:
            for attempt in range(settings.max_retries + 1):
                with ExitStack() as stack:
                    started = time.monotonic()
                    try:
                        with transport_errors(self._auth):
                            response = stack.enter_context(self.http.stream(**self._arguments(kwargs, settings)))
                            responses.append(response)
                            _log(response, started)
                            if not response.is_success:
                                response.read()
                                raise error_for(response)
                            chunks = response.iter_bytes(chunk_size)
                            first = next(chunks, b"")
                    except (APIConnectionError, ApiError) as error:
                        delay = self._retrying(kwargs, attempt, settings, error, uploads)
                        stack.close()
                        time.sleep(delay)
                        continue
                    if first:
                        yield first
                    with transport_errors(self._auth):
                        yield from chunks
                    return
        finally:
            uploads.close()


class AsyncHttpRequester(_Base):
    def __init__(self, http: httpx.AsyncClient, base_url: str, auth: ApiKeyAuth, settings: Settings) -> None:
        super().__init__(base_url, auth, settings)
        self.http = http
        # Shared with the copies with_options makes: they use the same connections, so the same loop.
        self._loop: list[weakref.ref[Any]] = []

    def _check_loop(self) -> None:
        """A pooled connection belongs to the event loop that opened it; say so instead of httpx's
        'Event loop is closed' when the client outlives its loop (one asyncio.run after another)."""
        loop = _running_loop()
        previous = self._loop[0]() if self._loop else None
        if previous is not None and previous is not loop and previous.is_closed():
            raise ElevenLabsError(
                "this AsyncElevenLabs was used on an event loop that has closed, and its connections cannot "
                "move to another; make the client inside the loop that uses it (e.g. inside asyncio.run)"
            )
        self._loop[:] = [weakref.ref(loop)]

    def with_settings(self, settings: Settings) -> AsyncHttpRequester:
        copy = AsyncHttpRequester(self.http, self.base_url, self._auth, settings)
        copy._loop = self._loop
        return copy

    def with_raw_responses(self) -> AsyncHttpRequester:
        return self.with_settings(self.settings.copy_with(raw=True))

    async def request(
        self, kwargs: dict[str, Any], parse: Callable[[httpx.Response], T], options: RequestOptions | None = None
    ) -> T:
        settings, uploads = self.settings.merged(options), Uploads(kwargs)
        self._check_open(self.http.is_closed)
        self._check_loop()
        try:
            for attempt in range(settings.max_retries + 1):
                started = time.monotonic()
                try:
                    with transport_errors(self._auth):
                        response = await self.http.request(**self._arguments(kwargs, settings))
                    _log(response, started)
                    if not response.is_success:
                        raise error_for(response)
                except (APIConnectionError, ApiError) as error:
                    await _async_sleep(self._retrying(kwargs, attempt, settings, error, uploads))
                    continue
                parsed = parse_success(response, parse, settings.strict)
                # Typed as the parsed data; the async_raw_response wrapper of the resource types it as it is.
                return cast(T, raw_answer(response, parsed)) if settings.raw else parsed
            raise AssertionError("unreachable: the last attempt raises")
        finally:
            uploads.close()

    def stream(
        self, kwargs: dict[str, Any], chunk_size: int | None, options: RequestOptions | None = None
    ) -> AsyncStream[bytes]:
        responses: list[httpx.Response] = []
        return self._answer(self._chunks(kwargs, chunk_size, options, responses), responses, AsyncStream)

    def stream_lines(
        self, kwargs: dict[str, Any], parse: Callable[[Any], T], options: RequestOptions | None = None
    ) -> AsyncStream[T]:
        strict, responses = self.settings.merged(options).strict, list[httpx.Response]()

        def objects(chunks: AsyncGenerator[bytes, None], opened: AsyncGenerator[bytes, None] | None) -> AsyncStream[T]:
            return AsyncStream(aparsed_lines(chunks, responses, parse, strict), opened)

        return self._answer(self._chunks(kwargs, None, options, responses), responses, objects)

    def stream_events(
        self, kwargs: dict[str, Any], options: RequestOptions | None = None
    ) -> AsyncStream[ServerSentEvent]:
        responses: list[httpx.Response] = []

        def server_events(
            chunks: AsyncGenerator[bytes, None], opened: AsyncGenerator[bytes, None] | None
        ) -> AsyncStream[ServerSentEvent]:
            return AsyncStream(aclosing_events(chunks), opened)

        return self._answer(self._chunks(kwargs, None, options, responses), responses, server_events)

    async def stream_multipart(
        self, kwargs: dict[str, Any], chunk_size: int | None, options: RequestOptions | None = None
    ) -> AsyncMultipartResponse:
        from ._multipart import aread_multipart

        responses: list[httpx.Response] = []
        answer = await aread_multipart(self._chunks(kwargs, chunk_size, options, responses), responses)
        return cast("AsyncMultipartResponse", raw_answer(responses[-1], answer)) if self.settings.raw else answer

    def pages(self, fetch: Callable[..., Awaitable[T]], query: Mapping[str, Any], paging: Paging) -> AsyncIterator[T]:
        return apages(fetch, query, paging)

    async def open_realtime(
        self, channel: realtime.Channel[Any, T], opening: realtime.Opening, options: RequestOptions | None
    ) -> T:
        from ._realtime._open import open_async_session  # loads websockets: only on the first realtime call

        return await open_async_session(
            self.base_url, self._auth._api_key, self.settings.merged(options), channel, opening
        )

    def _answer(
        self,
        chunks: AsyncGenerator[bytes, None],
        responses: list[httpx.Response],
        wrap: Callable[[AsyncGenerator[bytes, None], AsyncGenerator[bytes, None] | None], S],
    ) -> S:
        """The stream `wrap` makes of the body: lazy, or for with_raw_response, a coroutine that sends the
        request and answers with its RawResponse (typed as the stream; async_raw_response types it as it is)."""
        if not self.settings.raw:
            return wrap(chunks, None)

        async def sent() -> RawResponse[S]:
            first = await anext(chunks, None)  # sends the request, retried as usual, and waits for its first bytes
            return raw_answer(responses[-1], wrap(aresumed(first, chunks), chunks))

        return cast(S, sent())

    async def _chunks(
        self,
        kwargs: dict[str, Any],
        chunk_size: int | None,
        options: RequestOptions | None,
        responses: list[httpx.Response],
    ) -> AsyncGenerator[bytes, None]:
        settings, uploads = self.settings.merged(options), Uploads(kwargs)
        self._check_open(self.http.is_closed)
        self._check_loop()
        try:
            for attempt in range(settings.max_retries + 1):
                async with AsyncExitStack() as stack:
                    started = time.monotonic()
                    try:
                        with transport_errors(self._auth):
                            response = await stack.enter_async_context(
                                self.http.stream(**self._arguments(kwargs, settings))
                            )
                            responses.append(response)
                            _log(response, started)
                            if not response.is_success:
                                await response.aread()
                                raise error_for(response)
                            chunks = response.aiter_bytes(chunk_size)
                            first = await anext(chunks, b"")
                    except (APIConnectionError, ApiError) as error:
                        delay = self._retrying(kwargs, attempt, settings, error, uploads)
                        await stack.aclose()
                        await _async_sleep(delay)
                        continue
                    if first:
                        yield first
                    with transport_errors(self._auth):
                        async for chunk in chunks:
                            yield chunk
                    return
        finally:
            uploads.close()
