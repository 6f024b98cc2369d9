"""`ElevenLabs` and `AsyncElevenLabs`: one connection pool each, the key, the settings, the resources."""

from __future__ import annotations

import logging
import os
import sys
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Generic, Self, TypeVar

import httpx
from elevenlabs_api.api import AsyncGroups, ElevenLabsEnvironment, Groups

from ._auth import ApiKeyAuth
from ._errors import ElevenLabsError
from ._settings import Settings
from ._transport import AsyncHttpRequester, HttpRequester, logger

DEFAULT_BASE_URL = ElevenLabsEnvironment.PRODUCTION.value
API_KEY_VARIABLE = "ELEVENLABS_API_KEY"
# Lets code written for the real API run against a test server unchanged (`make demo` does this).
BASE_URL_VARIABLE = "ELEVENLABS_BASE_URL"
LOG_VARIABLE = "ELEVENLABS_LOG"
# Connecting takes well under a second; 5 s allows a slow network without hiding a dead host. The
# read limit is the longest silence between two chunks, not the whole transfer: a 200 MiB download
# is fine, a stalled one fails within a minute, and so does a request the server never answers.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
if TYPE_CHECKING:  # loaded with their group, on first use
    from ._conversational_ai import AsyncConversationalAI, ConversationalAI
    from ._history import AsyncHistory, History
    from ._realtime._resources import AsyncTextToSpeech, TextToSpeech
    from ._realtime._speech_to_text import AsyncSpeechToText, SpeechToText
    from ._webhooks import AsyncWebhooks, Webhooks
    from .speech_engine import AsyncSpeechEngine, SpeechEngine

R = TypeVar("R", HttpRequester, AsyncHttpRequester)


def resolve_api_key(api_key: str | None) -> str:
    key = api_key if api_key is not None else os.environ.get(API_KEY_VARIABLE)
    if not key:
        raise ElevenLabsError(f"no API key: pass api_key=... or set the {API_KEY_VARIABLE} environment variable")
    # A key read from a file often ends in a newline; sent as is, the HTTP library would reject the
    # header and quote its value (the key) in its error. Say what is wrong without the value.
    if key != key.strip() or not key.isascii() or not key.isprintable():
        raise ElevenLabsError("the API key has spaces, line breaks or non-ASCII characters; strip it first")
    return key


def resolve_base_url(base_url: str | None, environment: ElevenLabsEnvironment | None) -> str:
    """`base_url`, else the `environment`'s, else ELEVENLABS_BASE_URL, else production."""
    if environment is not None and not isinstance(environment, ElevenLabsEnvironment):
        raise TypeError(f"environment must be an ElevenLabsEnvironment, not {environment!r}")
    return base_url or (environment and environment.value) or os.environ.get(BASE_URL_VARIABLE) or DEFAULT_BASE_URL


def settings_from(timeout: float | httpx.Timeout | None, max_retries: int, strict: bool = False) -> Settings:
    if max_retries < 0:
        raise ValueError("max_retries must be 0 or more")
    return Settings(timeout=None if timeout is None else httpx.Timeout(timeout), max_retries=max_retries, strict=strict)


def configure_logging() -> None:
    """ELEVENLABS_LOG=debug|info sends this library's log to stderr (unless the app set up its own)."""
    level = os.environ.get(LOG_VARIABLE, "").upper()
    if level in ("DEBUG", "INFO") and not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)


class _Client(Generic[R]):
    """What the two clients share; they differ in their requester, their resources and `close`."""

    _requester: R
    _owns_http: bool

    def _attach(self, requester: R) -> None:
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        return self._requester.base_url

    @property
    def timeout(self) -> httpx.Timeout | None:
        return self._requester.settings.timeout

    @property
    def max_retries(self) -> int:
        return self._requester.settings.max_retries

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Self:
        """A client with other settings, sharing this one's connections (closing it closes nothing)."""
        clone = object.__new__(type(self))
        clone._owns_http = False
        settings = settings_from(
            self.timeout if timeout is None else timeout,
            self.max_retries if max_retries is None else max_retries,
            self._requester.settings.strict,
        )
        clone._attach(self._requester.with_settings(settings))
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


class ElevenLabs(_Client[HttpRequester], Groups):
    """The ElevenLabs API: `client.text_to_speech.convert(...)`, `client.voices.search()`, every group of the spec.

    api_key: None reads ELEVENLABS_API_KEY. environment: where the API is served
    (`ElevenLabsEnvironment.PRODUCTION_US`, ...). base_url: another address (wins over environment);
    with neither, ELEVENLABS_BASE_URL, else production.
    timeout: seconds or an httpx.Timeout (DEFAULT_TIMEOUT); None keeps the httpx client's own timeout
    (yours if you pass httpx_client, else DEFAULT_TIMEOUT); httpx.Timeout(None) waits forever.
    max_retries: for connection errors, timeouts, 408, 409, 429 and 5xx.
    strict_response_validation: raise ResponseValidationError when a 2xx body deviates from the spec in a
    field (a required one missing, a value of another type); by default it is kept, and logged once.
    Per call: `request_options={"timeout": 10, "max_retries": 0}`, or `client.with_options(...)`.
    Close it, or use it as a context manager, to release the connections.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        environment: ElevenLabsEnvironment | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        httpx_client: httpx.Client | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        configure_logging()
        auth = ApiKeyAuth(resolve_api_key(api_key))
        settings = settings_from(timeout, max_retries, strict_response_validation)
        base = resolve_base_url(base_url, environment)
        self._owns_http = httpx_client is None
        self._attach(HttpRequester(httpx_client or httpx.Client(timeout=DEFAULT_TIMEOUT), base, auth, settings))

    _requester: HttpRequester

    def _attach(self, requester: HttpRequester) -> None:
        Groups.__init__(self, requester)

    @cached_property
    def history(self) -> History:
        from ._history import History

        return History(self._requester)

    @cached_property
    def conversational_ai(self) -> ConversationalAI:
        from ._conversational_ai import ConversationalAI

        return ConversationalAI(self._requester)

    @cached_property
    def webhooks(self) -> Webhooks:
        from ._webhooks import Webhooks

        return Webhooks(self._requester)

    @cached_property
    def text_to_speech(self) -> TextToSpeech:
        from ._realtime._resources import TextToSpeech

        return TextToSpeech(self._requester)

    @cached_property
    def speech_to_text(self) -> SpeechToText:
        from ._realtime._speech_to_text import SpeechToText

        return SpeechToText(self._requester)

    @cached_property
    def speech_engine(self) -> SpeechEngine:
        from .speech_engine import SpeechEngine

        return SpeechEngine(self._requester)

    def close(self) -> None:
        """Close the connections (not those of an `httpx_client` you passed in: that one is yours)."""
        if self._owns_http:
            self._requester.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncElevenLabs(_Client[AsyncHttpRequester], AsyncGroups):
    """The ElevenLabs API with coroutines and async iterators; the same names and options as `ElevenLabs`."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        environment: ElevenLabsEnvironment | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        httpx_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        configure_logging()
        auth = ApiKeyAuth(resolve_api_key(api_key))
        settings = settings_from(timeout, max_retries, strict_response_validation)
        base = resolve_base_url(base_url, environment)
        self._owns_http = httpx_client is None
        self._attach(
            AsyncHttpRequester(httpx_client or httpx.AsyncClient(timeout=DEFAULT_TIMEOUT), base, auth, settings)
        )

    _requester: AsyncHttpRequester

    def _attach(self, requester: AsyncHttpRequester) -> None:
        AsyncGroups.__init__(self, requester)

    @cached_property
    def history(self) -> AsyncHistory:
        from ._history import AsyncHistory

        return AsyncHistory(self._requester)

    @cached_property
    def conversational_ai(self) -> AsyncConversationalAI:
        from ._conversational_ai import AsyncConversationalAI

        return AsyncConversationalAI(self._requester)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        from ._webhooks import AsyncWebhooks

        return AsyncWebhooks(self._requester)

    @cached_property
    def text_to_speech(self) -> AsyncTextToSpeech:
        from ._realtime._resources import AsyncTextToSpeech

        return AsyncTextToSpeech(self._requester)

    @cached_property
    def speech_to_text(self) -> AsyncSpeechToText:
        from ._realtime._speech_to_text import AsyncSpeechToText

        return AsyncSpeechToText(self._requester)

    @cached_property
    def speech_engine(self) -> AsyncSpeechEngine:
        from .speech_engine import AsyncSpeechEngine

        return AsyncSpeechEngine(self._requester)

    async def close(self) -> None:
        """Close the connections (not those of an `httpx_client` you passed in: that one is yours)."""
        if self._owns_http:
            await self._requester.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()
