"""What a call is sent with: the client's settings, merged with one call's request_options."""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

import httpx
from elevenlabs_api.api import RequestOptions
from elevenlabs_api.types import FrozenRecord

from ._errors import APIConnectionError, ApiError, ElevenLabsError

API_KEY_HEADER = "xi-api-key"

# The Stainless SDKs' policy: 0.5 s doubling to at most 8 s, each wait shortened by up to a quarter
# at random so that many clients failing together do not retry together.
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
# A server may ask for a longer wait, up to this; past it the error is raised with the wait it asked.
MAX_RETRY_AFTER = 60.0
MAX_REDIRECTS = 5


# Headers an extra may not set: the key is the client's to send (and only to its own origin), and the host
# is where the key goes.
_RESERVED_HEADERS = (API_KEY_HEADER, "host")


class Extras(FrozenRecord):
    """request_options' additional_headers, additional_query_parameters and additional_body_parameters."""

    __slots__ = _fields = ("headers", "query", "body")
    headers: Mapping[str, str]
    query: Mapping[str, Any]
    body: Mapping[str, Any]

    def __init__(self, headers: Mapping[str, str], query: Mapping[str, Any], body: Mapping[str, Any]) -> None:
        self._fill(headers, query, body)

    @staticmethod
    def of(options: RequestOptions) -> Extras | None:
        headers = options.get("additional_headers") or {}
        query = options.get("additional_query_parameters") or {}
        body = options.get("additional_body_parameters") or {}
        for name in headers:
            if name.lower() in _RESERVED_HEADERS:
                raise ValueError(
                    f"additional_headers cannot set {name!r}: the client sends the API key, to its own base URL only"
                )
        return Extras(headers, query, body) if headers or query or body else None

    def apply(self, arguments: dict[str, Any]) -> None:
        """Merge into httpx's request arguments (a copy of each part: the method's kwargs are reused on retries)."""
        if self.headers:  # merged by name whatever its case, or both spellings would be sent
            headers = httpx.Headers(arguments.get("headers") or {})
            headers.update(self.headers)
            arguments["headers"] = headers
        if self.query:
            arguments["params"] = {**(arguments.get("params") or {}), **self.query}
        if self.body:
            if not isinstance(arguments.get("json"), dict):
                sends = "a multipart form" if arguments.get("files") or arguments.get("data") else "no JSON object"
                raise ValueError(
                    f"additional_body_parameters need a JSON body, and {arguments['method'].upper()} "
                    f"{httpx.URL(arguments['url']).path} sends {sends}"
                )
            arguments["json"] = {**arguments["json"], **self.body}


def is_retryable(error: ElevenLabsError) -> bool:
    if isinstance(error, ApiError):
        return error.status_code in (408, 409, 429) or error.status_code >= 500
    return isinstance(error, APIConnectionError)


class Settings(FrozenRecord):
    __slots__ = _fields = ("timeout", "max_retries", "strict", "raw", "extras")
    timeout: httpx.Timeout | None
    max_retries: int
    strict: bool  # strict_response_validation
    raw: bool  # answer with RawResponse (with_raw_response)
    # One call's request_options extras, merged into its request (see Extras).
    extras: Extras | None

    def __init__(
        self,
        timeout: httpx.Timeout | None,
        max_retries: int,
        strict: bool = False,
        raw: bool = False,
        extras: Extras | None = None,
    ) -> None:
        self._fill(timeout, max_retries, strict, raw, extras)

    def merged(self, options: RequestOptions | None) -> Settings:
        if not options:
            return self
        timeout = options.get("timeout", options.get("timeout_in_seconds"))
        max_retries = options.get("max_retries", self.max_retries)
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise ValueError(f"max_retries must be a whole number, 0 or more, not {max_retries!r}")
        return self.copy_with(
            timeout=self.timeout if timeout is None else httpx.Timeout(timeout),
            max_retries=max_retries,
            extras=Extras.of(options),
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
        return backoff(attempt)


def backoff(attempt: int, ceiling: float = MAX_BACKOFF) -> float:
    """The wait after failure number `attempt` (0 = the first): doubling from INITIAL_BACKOFF up to `ceiling`."""
    return min(INITIAL_BACKOFF * 2.0**attempt, ceiling) * (1 - 0.25 * random.random())
