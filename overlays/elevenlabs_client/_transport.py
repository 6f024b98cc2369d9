"""The requesters the generated resource classes send through (see `elevenlabs_api.api.Requester`).

A generated method builds its request (`_get_kwargs`) and a parser for the 2xx body; a requester adds
the base URL and the key, sends it on the client's one connection pool, retries what is worth
retrying, and turns every failure into an `ElevenLabsError`.
"""

from __future__ import annotations

import json
import logging
import random
import time
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from contextlib import AsyncExitStack, ExitStack, contextmanager
from dataclasses import dataclass, replace
from typing import Any, TypeVar

import httpx
from elevenlabs_api.api import Paging, RequestOptions, ServerSentEvent
from elevenlabs_api.types import PARSING, Parsing, PathReader

from ._errors import (
    APIConnectionError,
    ApiError,
    APITimeoutError,
    ElevenLabsError,
    ResponseValidationError,
    body_of,
    error_for,
)
from ._pagination import apages, pages
from ._streams import AsyncStream, Stream, aevents, alines, events, lines

T = TypeVar("T")
API_KEY_HEADER = "xi-api-key"
logger = logging.getLogger("elevenlabs_client")

# The Stainless SDKs' policy: 0.5 s doubling to at most 8 s, each wait shortened by up to a quarter
# at random so that many clients failing together do not retry together.
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
# A server may ask for a longer wait, up to this; past it the error is raised with the wait it asked.
MAX_RETRY_AFTER = 60.0
MAX_REDIRECTS = 5


async def _async_sleep(seconds: float) -> None:
    # asyncio costs a sync user ~10 ms of import time; an async user has it loaded already.
    import asyncio

    await asyncio.sleep(seconds)


def _running_loop() -> object:
    import asyncio

    return asyncio.get_running_loop()


def is_retryable(error: ElevenLabsError) -> bool:
    if isinstance(error, ApiError):
        return error.status_code in (408, 409, 429) or error.status_code >= 500
    return isinstance(error, APIConnectionError)


@dataclass(frozen=True)
class Settings:
    timeout: httpx.Timeout | None
    max_retries: int
    strict: bool = False  # strict_response_validation

    def merged(self, options: RequestOptions | None) -> Settings:
        if not options:
            return self
        timeout = options.get("timeout", options.get("timeout_in_seconds"))
        max_retries = options.get("max_retries", self.max_retries)
        if not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError(f"max_retries must be a whole number, 0 or more, not {max_retries!r}")
        return replace(
            self, timeout=self.timeout if timeout is None else httpx.Timeout(timeout), max_retries=max_retries
        )

    def retry_delay(self, attempt: int, error: ElevenLabsError) -> float | None:
        """Seconds to wait before retrying after `attempt` (0 = the first) failed, or None: give up."""
        if attempt >= self.max_retries or not is_retryable(error):
            return None
        asked: float | None = error.retry_after if isinstance(error, ApiError) else None
        if asked is not None and asked > MAX_RETRY_AFTER:
            return None
        if asked:  # a wait of 0 (or a date already past) gets the usual backoff, not a hammering retry
            return asked
        return min(INITIAL_BACKOFF * 2.0**attempt, MAX_BACKOFF) * (1 - 0.25 * random.random())


class ApiKeyAuth(httpx.Auth):
    """Puts the key on each request and follows redirects itself, so the key never leaves its origin.

    httpx's own redirect handling copies every header but Authorization to the next host.
    """

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key

    def __repr__(self) -> str:
        return "ApiKeyAuth(<redacted>)"

    def redact(self, text: str) -> str:
        return text.replace(self._api_key, "<redacted>")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        origin = _origin(request.url)
        request.headers[API_KEY_HEADER] = self._api_key
        response = yield request
        # Once sent, the request needs the key no more; errors keep the response, and with it the request.
        request.headers.pop(API_KEY_HEADER, None)
        for _ in range(MAX_REDIRECTS):
            following = response.next_request
            if following is None:
                return
            if _origin(following.url) == origin:
                following.headers[API_KEY_HEADER] = self._api_key
            else:
                following.headers.pop(API_KEY_HEADER, None)
            logger.info("following a %s redirect to %s", response.status_code, _where(following))
            response = yield following
            following.headers.pop(API_KEY_HEADER, None)
        if response.next_request is not None:  # redirects ran out; the unfollowed one stays on the response
            response.next_request.headers.pop(API_KEY_HEADER, None)


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


def _where(request: httpx.Request) -> str:
    # Never the whole URL with its query: only what identifies the call.
    return f"{request.method} {request.url.scheme}://{request.url.netloc.decode()}{request.url.path}"


@contextmanager
def transport_errors(auth: ApiKeyAuth) -> Iterator[None]:
    """httpx's failures as ours; their messages redacted, since a header value can appear in them."""
    try:
        yield
    except httpx.HTTPError as error:
        # A failure before any response leaves the key on the request the error carries (ApiKeyAuth
        # removes it only once a response arrives).
        request = getattr(error, "_request", None)
        if isinstance(request, httpx.Request):
            request.headers.pop(API_KEY_HEADER, None)
        if isinstance(error, httpx.TimeoutException):
            raise APITimeoutError(f"timed out ({type(error).__name__})") from error
        raise APIConnectionError(auth.redact(f"no complete answer: {type(error).__name__}: {error}")) from error


def report_deviation(model: str, field: str, problem: str) -> None:
    """Log a body's deviation from the spec once per model and field (the vendor's spec mistakes repeat)."""
    if (model, field) not in _reported:
        _reported.add((model, field))
        logger.warning("%s.%s: %s (the response differs from the spec)", model, field, problem)


_reported: set[tuple[str, str]] = set()


def parse_success(response: httpx.Response, parse: Callable[[httpx.Response], T], strict: bool = True) -> T:
    """The parsed body; a field that deviates from the spec fails it only when `strict`."""
    token = PARSING.set(Parsing(strict, report_deviation))
    try:
        return parse(response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _invalid(response, error, body_of(response), f"the {response.status_code} body") from error
    finally:
        PARSING.reset(token)


def parse_line(response: httpx.Response, number: int, line: bytes, parse: Callable[[Any], T], strict: bool = True) -> T:
    """Line `number` of a streamed body of JSON objects, parsed into its model."""
    where = f"line {number} of the {response.status_code} body"
    try:
        data = json.loads(line)
    except ValueError as error:
        request = response.request
        message = f"{request.method} {request.url.path}: {where} is not JSON: {error}"
        body = line.decode(errors="replace")
        raise ResponseValidationError(message, response=response, body=body, model=None, field=None) from error
    token = PARSING.set(Parsing(strict, report_deviation))
    try:
        return parse(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _invalid(response, error, data, where) from error
    finally:
        PARSING.reset(token)


def _invalid(response: httpx.Response, error: BaseException, body: Any, what: str) -> ResponseValidationError:
    model, field, problem = _describe(error)
    request = response.request
    where = f"{model}.{field}" if model and field else model or "the spec"
    return ResponseValidationError(
        f"{request.method} {request.url.path}: {what} does not match {where}: {problem}",
        response=response,
        body=body,
        model=model,
        field=field,
    )


def _describe(error: BaseException) -> tuple[str | None, str | None, str]:
    """The generated model whose from_dict failed (the innermost), the field, and what went wrong."""
    model = field = None
    frame = error.__traceback__
    while frame is not None:
        name = frame.tb_frame.f_code.co_name
        if name == "from_dict":
            cls = frame.tb_frame.f_locals.get("cls")
            model, field = (cls.__name__, None) if isinstance(cls, type) else (model, field)
        elif name.startswith("_parse_") and model is not None:
            field = name.removeprefix("_parse_").rstrip("_")  # the union helper of one field: _parse_type_
        frame = frame.tb_next
    if isinstance(error, KeyError) and error.args:
        return model, str(error.args[0]), f"the required field {error.args[0]!r} is missing"
    if isinstance(error, ValueError) and model is None:
        return model, field, "the body is not valid JSON"
    return model, field, f"{type(error).__name__}: {error}"


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
        return arguments

    def _check_open(self, closed: bool) -> None:
        if closed:
            raise ElevenLabsError("this client has been closed; make a new one")

    def _retrying(
        self, kwargs: dict[str, Any], attempt: int, settings: Settings, error: ElevenLabsError, uploads: Uploads
    ) -> float:
        """The wait before the next attempt; raises `error` when there is none (or the uploads cannot be sent again)."""
        delay = settings.retry_delay(attempt, error)
        call = f"{kwargs['method'].upper()} {kwargs['url']}"
        if delay is not None and not uploads.replayable():
            logger.info("not retrying %s: an uploaded file cannot be read again from its start", call)
            raise error
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
                return parse_success(response, parse, settings.strict)
            raise AssertionError("unreachable: the last attempt raises")
        finally:
            uploads.close()

    def stream(
        self, kwargs: dict[str, Any], chunk_size: int | None, options: RequestOptions | None = None
    ) -> Stream[bytes]:
        return Stream(self._chunks(kwargs, chunk_size, options, []))

    def stream_lines(
        self, kwargs: dict[str, Any], parse: Callable[[Any], T], options: RequestOptions | None = None
    ) -> Stream[T]:
        return Stream(self._objects(kwargs, parse, options))

    def stream_events(self, kwargs: dict[str, Any], options: RequestOptions | None = None) -> Stream[ServerSentEvent]:
        return Stream(self._events(kwargs, options))

    def pages(self, fetch: Callable[..., T], query: Mapping[str, Any], paging: Paging) -> Iterator[T]:
        return pages(fetch, query, paging)

    def _events(self, kwargs: dict[str, Any], options: RequestOptions | None) -> Generator[ServerSentEvent, None, None]:
        chunks = self._chunks(kwargs, None, options, [])
        try:
            yield from events(chunks)
        finally:
            chunks.close()

    def _objects(
        self, kwargs: dict[str, Any], parse: Callable[[Any], T], options: RequestOptions | None
    ) -> Generator[T, None, None]:
        responses: list[httpx.Response] = []
        chunks = self._chunks(kwargs, None, options, responses)
        try:
            for number, line in lines(chunks):
                yield parse_line(responses[-1], number, line, parse, self.settings.merged(options).strict)
        finally:
            chunks.close()

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
                return parse_success(response, parse, settings.strict)
            raise AssertionError("unreachable: the last attempt raises")
        finally:
            uploads.close()

    def stream(
        self, kwargs: dict[str, Any], chunk_size: int | None, options: RequestOptions | None = None
    ) -> AsyncStream[bytes]:
        return AsyncStream(self._chunks(kwargs, chunk_size, options, []))

    def stream_lines(
        self, kwargs: dict[str, Any], parse: Callable[[Any], T], options: RequestOptions | None = None
    ) -> AsyncStream[T]:
        return AsyncStream(self._objects(kwargs, parse, options))

    def stream_events(
        self, kwargs: dict[str, Any], options: RequestOptions | None = None
    ) -> AsyncStream[ServerSentEvent]:
        return AsyncStream(self._events(kwargs, options))

    def pages(self, fetch: Callable[..., Awaitable[T]], query: Mapping[str, Any], paging: Paging) -> AsyncIterator[T]:
        return apages(fetch, query, paging)

    async def _events(
        self, kwargs: dict[str, Any], options: RequestOptions | None
    ) -> AsyncGenerator[ServerSentEvent, None]:
        chunks = self._chunks(kwargs, None, options, [])
        try:
            async for event in aevents(chunks):
                yield event
        finally:
            await chunks.aclose()

    async def _objects(
        self, kwargs: dict[str, Any], parse: Callable[[Any], T], options: RequestOptions | None
    ) -> AsyncGenerator[T, None]:
        responses: list[httpx.Response] = []
        chunks = self._chunks(kwargs, None, options, responses)
        try:
            async for number, line in alines(chunks):
                yield parse_line(responses[-1], number, line, parse, self.settings.merged(options).strict)
        finally:
            await chunks.aclose()

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
