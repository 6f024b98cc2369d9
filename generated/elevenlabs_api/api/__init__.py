"""Contains methods for accessing the API, one folder per group, and the protocols they send requests through.

Each group's package has a resource class (and its async twin) with one method per operation, and an
attribute per nested group. A method builds its request with the operation module's `_get_kwargs` and
hands it to a requester, which the client on top of this package supplies: it owns the connection
pool, retries and errors. `Groups`/`AsyncGroups` are the root of the tree: a client is one.
"""

from __future__ import annotations

import enum
import functools
import inspect
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Literal, ParamSpec, Protocol, TypedDict, TypeVar, cast

import httpx

from ..types import FrozenRecord

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
P = ParamSpec("P")
F = TypeVar("F", bound=Callable[..., Any])


class ElevenLabsEnvironment(enum.Enum):
    """Where the API is served (the spec's servers); `ElevenLabs(environment=...)` takes one."""

    PRODUCTION = "https://api.elevenlabs.io"
    PRODUCTION_US = "https://api.us.elevenlabs.io"
    PRODUCTION_EU = "https://api.eu.residency.elevenlabs.io"
    PRODUCTION_INDIA = "https://api.in.residency.elevenlabs.io"
    PRODUCTION_SINGAPORE = "https://api.sg.residency.elevenlabs.io"


class RequestOptions(TypedDict, total=False):
    """Settings for one call, overriding the client's.

    timeout: seconds, or an httpx.Timeout with distinct connect/read/write/pool limits.
    timeout_in_seconds: the official SDK's name for a plain number of seconds.
    max_retries: how many times a failed attempt may be retried.
    additional_headers, additional_query_parameters, additional_body_parameters: merged into this one
        request, over what the method sends (the official SDK's names): a way to reach a parameter the
        spec does not list yet. They cannot set the API key header, and body parameters need a JSON body.
    """

    timeout: float | httpx.Timeout
    timeout_in_seconds: float
    max_retries: int
    additional_headers: Mapping[str, str]
    additional_query_parameters: Mapping[str, Any]
    additional_body_parameters: Mapping[str, Any]


class RawResponse(FrozenRecord, Generic[T]):
    """What `with_raw_response.<method>(...)` answers: the parsed `data`, exactly what the plain call
    returns, with the response's status and headers (`request-id`, `history-item-id`, rate limits, ...).
    For a streaming operation the call returns once the headers and the body's first bytes have arrived
    (a stream is retried until its first byte, as without it), and `data` streams the rest."""

    __slots__ = _fields = ("data", "status_code", "headers", "method", "url")
    data: T
    status_code: int
    headers: httpx.Headers
    method: str
    url: str

    def __init__(self, data: T, status_code: int, headers: httpx.Headers, method: str, url: str) -> None:
        self._fill(data, status_code, headers, method, url)


def raw_response(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """`method` of a resource whose requester answers with RawResponse: the same call, typed as it answers."""
    return cast(Callable[P, RawResponse[T]], method)


def async_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """`method` of an async resource whose requester answers with RawResponse, typed as it answers."""
    return cast(Callable[P, Awaitable[RawResponse[T]]], method)


def former_names(**names: str) -> Callable[[F], F]:
    """Let a method take a parameter by its former name too (`type_=` for `type=`, `body=` for `request=`),
    so code written for an earlier release keeps working; giving both names is a TypeError."""

    def decorate(method: F) -> F:
        def renamed(kwargs: dict[str, Any]) -> dict[str, Any]:
            for old, new in names.items():
                if old in kwargs:
                    if new in kwargs:
                        raise TypeError(
                            f"{method.__qualname__}() got {new}= and {old}=, its former name: give only {new}="
                        )
                    kwargs[new] = kwargs.pop(old)
            return kwargs

        if inspect.iscoroutinefunction(method):

            @functools.wraps(method)
            async def call_async(*args: Any, **kwargs: Any) -> Any:
                return await method(*args, **renamed(kwargs))

            return cast(F, call_async)

        @functools.wraps(method)
        def call(*args: Any, **kwargs: Any) -> Any:
            return method(*args, **renamed(kwargs))

        return cast(F, call)

    return decorate


def whole_request(
    method: str, model: Any, request: object, fields: Mapping[str, object], required: tuple[str, ...] = ()
) -> Any:
    """The body of a method the official SDK gives its body whole (`request=`): `request` as a `model` or
    a dict, or else a `model` made of the `fields` given as keywords. Both, or a required field missing
    from neither, is a TypeError naming them, raised before anything is sent."""
    from ..types import Unset

    given = [name for name, value in fields.items() if not isinstance(value, Unset)]
    if isinstance(request, Unset):
        missing = [name for name in required if isinstance(fields[name], Unset)]
        if missing:
            raise TypeError(f"{method}() needs {', '.join(missing)}, or the whole body as request=")
        # What was not given is left to the model: UNSET, or None for a required field that takes null.
        return model(**{name: fields[name] for name in given})
    if given:
        raise TypeError(
            f"{method}() got request= and {', '.join(given)}: give the body whole or by its fields, not both"
        )
    if isinstance(request, model):
        return request
    if isinstance(request, Mapping):
        return model.from_dict(request)
    raise TypeError(f"{method}() takes request= as a {model.__name__} or a dict, not {type(request).__name__}")


def check_path_parameter(name: str, value: object) -> None:
    """Refuse ids that URL normalization would turn into another path: `history/..` would call `GET /v1`."""
    if str(value) in ("", ".", ".."):
        raise ValueError(f"{name} must not be {str(value)!r}: it would address a different endpoint")


class _OnFirstUse:
    """A package the group modules name only in annotations (`models.Name`, `realtime.conversation.Session`).
    Type checkers import it; at run time typing.get_type_hints() reaches the name through this stand-in,
    which imports the package then: importing a group loads no model and no realtime channel."""

    def __init__(self, package: str) -> None:
        self._package = package

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and introspection ask for dunders: they need no import
            raise AttributeError(name)
        return getattr(import_module(self._package, __name__), name)

    def __repr__(self) -> str:
        return f"<{__name__.rpartition('.')[0]}{self._package[1:]}, imported on first use>"


lazy_models = _OnFirstUse("..models")
lazy_realtime = _OnFirstUse("..realtime")


class Paging(FrozenRecord):
    """Where an operation's pages keep what pagination needs (the normalizer's `x-pagination`).

    kind "cursor": the page's `next` field goes back as the `parameter` (while `more`, when set, is true);
    "page": the `parameter` is a page number, the next asked for while `more`; "offset": the `parameter`
    moves on by the items received, until a page has none; both start at `start` when the caller gives
    no number. `items` is the field with the page's items.
    """

    __slots__ = _fields = ("kind", "parameter", "items", "next", "more", "start")
    kind: Literal["cursor", "page", "offset"]
    parameter: str
    items: str
    next: str | None
    more: str | None
    start: int

    def __init__(
        self,
        kind: Literal["cursor", "page", "offset"],
        parameter: str,
        items: str,
        next: str | None = None,
        more: str | None = None,
        start: int = 0,
    ) -> None:
        self._fill(kind, parameter, items, next, more, start)


class ServerSentEvent(FrozenRecord):
    """One event of a `text/event-stream` body: its type (`event:`, "message" when none), its data (parsed
    when it is JSON, else the text), and the last `id` and `retry` the server set, which carry over from
    one event to the next as in a browser's EventSource."""

    __slots__ = _fields = ("event", "data", "id", "retry")
    event: str
    data: Any
    id: str | None
    retry: int | None

    def __init__(self, event: str, data: Any, id: str | None = None, retry: int | None = None) -> None:
        self._fill(event, data, id, retry)


class BinaryStream(Protocol):
    """A body that streams as bytes: nothing is sent until it is iterated or saved."""

    def __iter__(self) -> Iterator[bytes]: ...

    def __next__(self) -> bytes: ...

    def close(self) -> None:
        """Close the connection, if the body was not read to its end."""
        ...

    def __enter__(self) -> BinaryStream: ...

    def __exit__(self, *exc_info: object) -> None: ...

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the whole body to `path`; the file appears only once it is complete."""
        ...


class AsyncBinaryStream(Protocol):
    """A body that streams as bytes, for `async for` (awaiting it first, as in `await x.get_audio()`, is fine)."""

    def __aiter__(self) -> AsyncIterator[bytes]: ...

    async def __anext__(self) -> bytes: ...

    def __await__(self) -> Generator[Any, None, AsyncBinaryStream]: ...

    async def aclose(self) -> None:
        """Close the connection, if the body was not read to its end."""
        ...

    async def __aenter__(self) -> AsyncBinaryStream: ...

    async def __aexit__(self, *exc_info: object) -> None: ...

    async def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the whole body to `path`; the file appears only once it is complete."""
        ...


class AsyncObjectStream(Protocol[T_co]):
    """Objects that arrive one a line, for `async for` (awaiting it first is fine too)."""

    def __aiter__(self) -> AsyncIterator[T_co]: ...

    async def __anext__(self) -> T_co: ...

    def __await__(self) -> Generator[Any, None, AsyncObjectStream[T_co]]: ...

    async def aclose(self) -> None: ...


class MultipartResponse(Protocol):
    """A `multipart/mixed` answer in the official SDK's shape: `json`, its JSON part parsed; `audio`, the
    next part, streaming as it arrives (iterate over it, or `.save(path)`); `filename`, that part's file
    name; `song_id`, the `song-id` header (music). The call returns once the JSON part is in; close the
    answer (or use it in a `with` block) when the audio is not read to its end."""

    @property
    def json(self) -> dict[str, Any]: ...

    @property
    def audio(self) -> BinaryStream: ...

    @property
    def filename(self) -> str: ...

    @property
    def song_id(self) -> str | None: ...

    @property
    def headers(self) -> httpx.Headers: ...

    def close(self) -> None: ...

    def __enter__(self) -> MultipartResponse: ...

    def __exit__(self, *exc_info: object) -> None: ...


class AsyncMultipartResponse(Protocol):
    """`MultipartResponse` for `await`: `audio` is read with `async for`, or `await ....audio.save(path)`."""

    @property
    def json(self) -> dict[str, Any]: ...

    @property
    def audio(self) -> AsyncBinaryStream: ...

    @property
    def filename(self) -> str: ...

    @property
    def song_id(self) -> str | None: ...

    @property
    def headers(self) -> httpx.Headers: ...

    async def aclose(self) -> None: ...

    async def __aenter__(self) -> AsyncMultipartResponse: ...

    async def __aexit__(self, *exc_info: object) -> None: ...


class Requester(Protocol):
    def request(
        self, kwargs: dict[str, Any], parse: Callable[[httpx.Response], T], options: RequestOptions | None
    ) -> T:
        """Send the request and parse a successful response."""
        ...

    def stream(self, kwargs: dict[str, Any], chunk_size: int | None, options: RequestOptions | None) -> BinaryStream:
        """Send the request when iteration starts and yield the body in chunks as it arrives."""
        ...

    def stream_lines(
        self, kwargs: dict[str, Any], parse: Callable[[Any], T], options: RequestOptions | None
    ) -> Iterator[T]:
        """Send the request when iteration starts and yield each line's JSON object, parsed, as it arrives."""
        ...

    def stream_events(self, kwargs: dict[str, Any], options: RequestOptions | None) -> Iterator[ServerSentEvent]:
        """Send the request when iteration starts and yield each server-sent event as it arrives."""
        ...

    def stream_multipart(
        self, kwargs: dict[str, Any], chunk_size: int | None, options: RequestOptions | None
    ) -> MultipartResponse:
        """Send the request now, read a `multipart/mixed` body up to its second part, and answer with the
        first (JSON) part parsed and the second streaming."""
        ...

    def pages(self, fetch: Callable[..., T], query: Mapping[str, Any], paging: Paging) -> Iterator[T]:
        """Every page `fetch(**query)` leads to, as `paging` says to follow them."""
        ...

    def open_realtime(
        self, channel: realtime.Channel[T, Any], opening: realtime.Opening, options: RequestOptions | None
    ) -> T:
        """Open a WebSocket channel's connection (`opening` says how) and answer with a session for it
        (typed as the channel's module's `Session`)."""
        ...

    def with_raw_responses(self) -> Requester:
        """A requester that answers each call with a RawResponse around what this one answers; a stream
        is sent at once and answered when its headers and first bytes are in, the body left to read."""
        ...


class AsyncRequester(Protocol):
    async def request(
        self, kwargs: dict[str, Any], parse: Callable[[httpx.Response], T], options: RequestOptions | None
    ) -> T:
        """Send the request and parse a successful response."""
        ...

    def stream(
        self, kwargs: dict[str, Any], chunk_size: int | None, options: RequestOptions | None
    ) -> AsyncBinaryStream:
        """Send the request when iteration starts and yield the body in chunks as it arrives."""
        ...

    def stream_lines(
        self, kwargs: dict[str, Any], parse: Callable[[Any], T], options: RequestOptions | None
    ) -> AsyncObjectStream[T]:
        """Send the request when iteration starts and yield each line's JSON object, parsed, as it arrives."""
        ...

    def stream_events(
        self, kwargs: dict[str, Any], options: RequestOptions | None
    ) -> AsyncObjectStream[ServerSentEvent]:
        """Send the request when iteration starts and yield each server-sent event as it arrives."""
        ...

    async def stream_multipart(
        self, kwargs: dict[str, Any], chunk_size: int | None, options: RequestOptions | None
    ) -> AsyncMultipartResponse:
        """Send the request, read a `multipart/mixed` body up to its second part, and answer with the first
        (JSON) part parsed and the second streaming."""
        ...

    def pages(self, fetch: Callable[..., Awaitable[T]], query: Mapping[str, Any], paging: Paging) -> AsyncIterator[T]:
        """Every page `await fetch(**query)` leads to, as `paging` says to follow them."""
        ...

    async def open_realtime(
        self, channel: realtime.Channel[Any, T], opening: realtime.Opening, options: RequestOptions | None
    ) -> T:
        """Open a WebSocket channel's connection (`opening` says how) and answer with a session for it
        (typed as the channel's module's `AsyncSession`)."""
        ...

    def with_raw_responses(self) -> AsyncRequester:
        """A requester that answers each call with a RawResponse around what this one answers (a stream's
        once awaited: the request is sent, and its headers are there before its body is read)."""
        ...


if TYPE_CHECKING:
    from .. import realtime
    from .assets import AssetsResource, AsyncAssetsResource
    from .audio_isolation import AsyncAudioIsolationResource, AudioIsolationResource
    from .audio_native import AsyncAudioNativeResource, AudioNativeResource
    from .conversational_ai import AsyncConversationalAiResource, ConversationalAiResource
    from .conversational_ai_analytics_live_count import (
        AsyncConversationalAiAnalyticsLiveCountResource,
        ConversationalAiAnalyticsLiveCountResource,
    )
    from .conversational_ai_dashboard_settings import (
        AsyncConversationalAiDashboardSettingsResource,
        ConversationalAiDashboardSettingsResource,
    )
    from .docs import AsyncDocsResource, DocsResource
    from .dubbing import AsyncDubbingResource, DubbingResource
    from .environment_variables import AsyncEnvironmentVariablesResource, EnvironmentVariablesResource
    from .flows_image import AsyncFlowsImageResource, FlowsImageResource
    from .flows_text_to_speech import AsyncFlowsTextToSpeechResource, FlowsTextToSpeechResource
    from .flows_video import AsyncFlowsVideoResource, FlowsVideoResource
    from .forced_alignment import AsyncForcedAlignmentResource, ForcedAlignmentResource
    from .history import AsyncHistoryResource, HistoryResource
    from .models import AsyncModelsResource, ModelsResource
    from .music import AsyncMusicResource, MusicResource
    from .productions_orders import AsyncProductionsOrdersResource, ProductionsOrdersResource
    from .pronunciation_dictionaries import AsyncPronunciationDictionariesResource, PronunciationDictionariesResource
    from .samples import AsyncSamplesResource, SamplesResource
    from .service_accounts import AsyncServiceAccountsResource, ServiceAccountsResource
    from .speech_engine import AsyncSpeechEngineResource, SpeechEngineResource
    from .speech_to_speech import AsyncSpeechToSpeechResource, SpeechToSpeechResource
    from .speech_to_text import AsyncSpeechToTextResource, SpeechToTextResource
    from .studio import AsyncStudioResource, StudioResource
    from .text_to_dialogue import AsyncTextToDialogueResource, TextToDialogueResource
    from .text_to_sound_effects import AsyncTextToSoundEffectsResource, TextToSoundEffectsResource
    from .text_to_speech import AsyncTextToSpeechResource, TextToSpeechResource
    from .text_to_voice import AsyncTextToVoiceResource, TextToVoiceResource
    from .tokens_single_use import AsyncTokensSingleUseResource, TokensSingleUseResource
    from .usage import AsyncUsageResource, UsageResource
    from .user import AsyncUserResource, UserResource
    from .voices import AsyncVoicesResource, VoicesResource
    from .voices_samples_audio import AsyncVoicesSamplesAudioResource, VoicesSamplesAudioResource
    from .webhooks import AsyncWebhooksResource, WebhooksResource
    from .workspace import AsyncWorkspaceResource, WorkspaceResource
    from .workspace_analytics_requests import (
        AsyncWorkspaceAnalyticsRequestsResource,
        WorkspaceAnalyticsRequestsResource,
    )
    from .workspaces_api_keys import AsyncWorkspacesApiKeysResource, WorkspacesApiKeysResource


class Groups:
    """The root of the client tree: one attribute per top-level group, made on first use."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def assets(self) -> AssetsResource:
        """`assets` operations."""
        from .assets import AssetsResource

        return AssetsResource(self._requester)

    @functools.cached_property
    def audio_isolation(self) -> AudioIsolationResource:
        """`audio_isolation` operations."""
        from .audio_isolation import AudioIsolationResource

        return AudioIsolationResource(self._requester)

    @functools.cached_property
    def audio_native(self) -> AudioNativeResource:
        """`audio_native` operations."""
        from .audio_native import AudioNativeResource

        return AudioNativeResource(self._requester)

    @functools.cached_property
    def conversational_ai(self) -> ConversationalAiResource:
        """`conversational_ai` operations and groups."""
        from .conversational_ai import ConversationalAiResource

        return ConversationalAiResource(self._requester)

    @functools.cached_property
    def docs(self) -> DocsResource:
        """`docs` operations."""
        from .docs import DocsResource

        return DocsResource(self._requester)

    @functools.cached_property
    def dubbing(self) -> DubbingResource:
        """`dubbing` operations and groups."""
        from .dubbing import DubbingResource

        return DubbingResource(self._requester)

    @functools.cached_property
    def environment_variables(self) -> EnvironmentVariablesResource:
        """`environment_variables` operations."""
        from .environment_variables import EnvironmentVariablesResource

        return EnvironmentVariablesResource(self._requester)

    @functools.cached_property
    def flows(self) -> FlowsResource:
        """`flows` operations and groups."""
        return FlowsResource(self._requester)

    @functools.cached_property
    def forced_alignment(self) -> ForcedAlignmentResource:
        """`forced_alignment` operations."""
        from .forced_alignment import ForcedAlignmentResource

        return ForcedAlignmentResource(self._requester)

    @functools.cached_property
    def history(self) -> HistoryResource:
        """`history` operations."""
        from .history import HistoryResource

        return HistoryResource(self._requester)

    @functools.cached_property
    def models(self) -> ModelsResource:
        """`models` operations."""
        from .models import ModelsResource

        return ModelsResource(self._requester)

    @functools.cached_property
    def music(self) -> MusicResource:
        """`music` operations and groups."""
        from .music import MusicResource

        return MusicResource(self._requester)

    @functools.cached_property
    def productions(self) -> ProductionsResource:
        """`productions` operations and groups."""
        return ProductionsResource(self._requester)

    @functools.cached_property
    def pronunciation_dictionaries(self) -> PronunciationDictionariesResource:
        """`pronunciation_dictionaries` operations and groups."""
        from .pronunciation_dictionaries import PronunciationDictionariesResource

        return PronunciationDictionariesResource(self._requester)

    @functools.cached_property
    def samples(self) -> SamplesResource:
        """`samples` operations."""
        from .samples import SamplesResource

        return SamplesResource(self._requester)

    @functools.cached_property
    def service_accounts(self) -> ServiceAccountsResource:
        """`service_accounts` operations and groups."""
        from .service_accounts import ServiceAccountsResource

        return ServiceAccountsResource(self._requester)

    @functools.cached_property
    def speech_engine(self) -> SpeechEngineResource:
        """`speech_engine` operations."""
        from .speech_engine import SpeechEngineResource

        return SpeechEngineResource(self._requester)

    @functools.cached_property
    def speech_to_speech(self) -> SpeechToSpeechResource:
        """`speech_to_speech` operations."""
        from .speech_to_speech import SpeechToSpeechResource

        return SpeechToSpeechResource(self._requester)

    @functools.cached_property
    def speech_to_text(self) -> SpeechToTextResource:
        """`speech_to_text` operations and groups."""
        from .speech_to_text import SpeechToTextResource

        return SpeechToTextResource(self._requester)

    @functools.cached_property
    def studio(self) -> StudioResource:
        """`studio` operations and groups."""
        from .studio import StudioResource

        return StudioResource(self._requester)

    @functools.cached_property
    def text_to_dialogue(self) -> TextToDialogueResource:
        """`text_to_dialogue` operations."""
        from .text_to_dialogue import TextToDialogueResource

        return TextToDialogueResource(self._requester)

    @functools.cached_property
    def text_to_sound_effects(self) -> TextToSoundEffectsResource:
        """`text_to_sound_effects` operations."""
        from .text_to_sound_effects import TextToSoundEffectsResource

        return TextToSoundEffectsResource(self._requester)

    @functools.cached_property
    def text_to_speech(self) -> TextToSpeechResource:
        """`text_to_speech` operations."""
        from .text_to_speech import TextToSpeechResource

        return TextToSpeechResource(self._requester)

    @functools.cached_property
    def text_to_voice(self) -> TextToVoiceResource:
        """`text_to_voice` operations and groups."""
        from .text_to_voice import TextToVoiceResource

        return TextToVoiceResource(self._requester)

    @functools.cached_property
    def tokens(self) -> TokensResource:
        """`tokens` operations and groups."""
        return TokensResource(self._requester)

    @functools.cached_property
    def usage(self) -> UsageResource:
        """`usage` operations."""
        from .usage import UsageResource

        return UsageResource(self._requester)

    @functools.cached_property
    def user(self) -> UserResource:
        """`user` operations and groups."""
        from .user import UserResource

        return UserResource(self._requester)

    @functools.cached_property
    def voices(self) -> VoicesResource:
        """`voices` operations and groups."""
        from .voices import VoicesResource

        return VoicesResource(self._requester)

    @functools.cached_property
    def webhooks(self) -> WebhooksResource:
        """`webhooks` operations."""
        from .webhooks import WebhooksResource

        return WebhooksResource(self._requester)

    @functools.cached_property
    def workspace(self) -> WorkspaceResource:
        """`workspace` operations and groups."""
        from .workspace import WorkspaceResource

        return WorkspaceResource(self._requester)

    @functools.cached_property
    def workspaces(self) -> WorkspacesResource:
        """`workspaces` operations and groups."""
        return WorkspacesResource(self._requester)


class ConversationalAiAnalyticsResource:
    """Group `conversational_ai_analytics`, which has only nested groups."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def live_count(self) -> ConversationalAiAnalyticsLiveCountResource:
        """`conversational_ai_analytics_live_count` operations."""
        from .conversational_ai_analytics_live_count import ConversationalAiAnalyticsLiveCountResource

        return ConversationalAiAnalyticsLiveCountResource(self._requester)


class ConversationalAiDashboardResource:
    """Group `conversational_ai_dashboard`, which has only nested groups."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def settings(self) -> ConversationalAiDashboardSettingsResource:
        """`conversational_ai_dashboard_settings` operations."""
        from .conversational_ai_dashboard_settings import ConversationalAiDashboardSettingsResource

        return ConversationalAiDashboardSettingsResource(self._requester)


class FlowsResource:
    """Group `flows`, which has only nested groups."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def image(self) -> FlowsImageResource:
        """`flows_image` operations."""
        from .flows_image import FlowsImageResource

        return FlowsImageResource(self._requester)

    @functools.cached_property
    def text_to_speech(self) -> FlowsTextToSpeechResource:
        """`flows_text_to_speech` operations."""
        from .flows_text_to_speech import FlowsTextToSpeechResource

        return FlowsTextToSpeechResource(self._requester)

    @functools.cached_property
    def video(self) -> FlowsVideoResource:
        """`flows_video` operations."""
        from .flows_video import FlowsVideoResource

        return FlowsVideoResource(self._requester)


class ProductionsResource:
    """Group `productions`, which has only nested groups."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def orders(self) -> ProductionsOrdersResource:
        """`productions_orders` operations and groups."""
        from .productions_orders import ProductionsOrdersResource

        return ProductionsOrdersResource(self._requester)


class TokensResource:
    """Group `tokens`, which has only nested groups."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def single_use(self) -> TokensSingleUseResource:
        """`tokens_single_use` operations."""
        from .tokens_single_use import TokensSingleUseResource

        return TokensSingleUseResource(self._requester)


class VoicesSamplesResource:
    """Group `voices_samples`, which has only nested groups."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def audio(self) -> VoicesSamplesAudioResource:
        """`voices_samples_audio` operations."""
        from .voices_samples_audio import VoicesSamplesAudioResource

        return VoicesSamplesAudioResource(self._requester)


class WorkspaceAnalyticsResource:
    """Group `workspace_analytics`, which has only nested groups."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def requests(self) -> WorkspaceAnalyticsRequestsResource:
        """`workspace_analytics_requests` operations."""
        from .workspace_analytics_requests import WorkspaceAnalyticsRequestsResource

        return WorkspaceAnalyticsRequestsResource(self._requester)


class WorkspacesResource:
    """Group `workspaces`, which has only nested groups."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def api_keys(self) -> WorkspacesApiKeysResource:
        """`workspaces_api_keys` operations."""
        from .workspaces_api_keys import WorkspacesApiKeysResource

        return WorkspacesApiKeysResource(self._requester)


class AsyncGroups:
    """The root of the client tree: one attribute per top-level group, made on first use."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def assets(self) -> AsyncAssetsResource:
        """`assets` operations."""
        from .assets import AsyncAssetsResource

        return AsyncAssetsResource(self._requester)

    @functools.cached_property
    def audio_isolation(self) -> AsyncAudioIsolationResource:
        """`audio_isolation` operations."""
        from .audio_isolation import AsyncAudioIsolationResource

        return AsyncAudioIsolationResource(self._requester)

    @functools.cached_property
    def audio_native(self) -> AsyncAudioNativeResource:
        """`audio_native` operations."""
        from .audio_native import AsyncAudioNativeResource

        return AsyncAudioNativeResource(self._requester)

    @functools.cached_property
    def conversational_ai(self) -> AsyncConversationalAiResource:
        """`conversational_ai` operations and groups."""
        from .conversational_ai import AsyncConversationalAiResource

        return AsyncConversationalAiResource(self._requester)

    @functools.cached_property
    def docs(self) -> AsyncDocsResource:
        """`docs` operations."""
        from .docs import AsyncDocsResource

        return AsyncDocsResource(self._requester)

    @functools.cached_property
    def dubbing(self) -> AsyncDubbingResource:
        """`dubbing` operations and groups."""
        from .dubbing import AsyncDubbingResource

        return AsyncDubbingResource(self._requester)

    @functools.cached_property
    def environment_variables(self) -> AsyncEnvironmentVariablesResource:
        """`environment_variables` operations."""
        from .environment_variables import AsyncEnvironmentVariablesResource

        return AsyncEnvironmentVariablesResource(self._requester)

    @functools.cached_property
    def flows(self) -> AsyncFlowsResource:
        """`flows` operations and groups."""
        return AsyncFlowsResource(self._requester)

    @functools.cached_property
    def forced_alignment(self) -> AsyncForcedAlignmentResource:
        """`forced_alignment` operations."""
        from .forced_alignment import AsyncForcedAlignmentResource

        return AsyncForcedAlignmentResource(self._requester)

    @functools.cached_property
    def history(self) -> AsyncHistoryResource:
        """`history` operations."""
        from .history import AsyncHistoryResource

        return AsyncHistoryResource(self._requester)

    @functools.cached_property
    def models(self) -> AsyncModelsResource:
        """`models` operations."""
        from .models import AsyncModelsResource

        return AsyncModelsResource(self._requester)

    @functools.cached_property
    def music(self) -> AsyncMusicResource:
        """`music` operations and groups."""
        from .music import AsyncMusicResource

        return AsyncMusicResource(self._requester)

    @functools.cached_property
    def productions(self) -> AsyncProductionsResource:
        """`productions` operations and groups."""
        return AsyncProductionsResource(self._requester)

    @functools.cached_property
    def pronunciation_dictionaries(self) -> AsyncPronunciationDictionariesResource:
        """`pronunciation_dictionaries` operations and groups."""
        from .pronunciation_dictionaries import AsyncPronunciationDictionariesResource

        return AsyncPronunciationDictionariesResource(self._requester)

    @functools.cached_property
    def samples(self) -> AsyncSamplesResource:
        """`samples` operations."""
        from .samples import AsyncSamplesResource

        return AsyncSamplesResource(self._requester)

    @functools.cached_property
    def service_accounts(self) -> AsyncServiceAccountsResource:
        """`service_accounts` operations and groups."""
        from .service_accounts import AsyncServiceAccountsResource

        return AsyncServiceAccountsResource(self._requester)

    @functools.cached_property
    def speech_engine(self) -> AsyncSpeechEngineResource:
        """`speech_engine` operations."""
        from .speech_engine import AsyncSpeechEngineResource

        return AsyncSpeechEngineResource(self._requester)

    @functools.cached_property
    def speech_to_speech(self) -> AsyncSpeechToSpeechResource:
        """`speech_to_speech` operations."""
        from .speech_to_speech import AsyncSpeechToSpeechResource

        return AsyncSpeechToSpeechResource(self._requester)

    @functools.cached_property
    def speech_to_text(self) -> AsyncSpeechToTextResource:
        """`speech_to_text` operations and groups."""
        from .speech_to_text import AsyncSpeechToTextResource

        return AsyncSpeechToTextResource(self._requester)

    @functools.cached_property
    def studio(self) -> AsyncStudioResource:
        """`studio` operations and groups."""
        from .studio import AsyncStudioResource

        return AsyncStudioResource(self._requester)

    @functools.cached_property
    def text_to_dialogue(self) -> AsyncTextToDialogueResource:
        """`text_to_dialogue` operations."""
        from .text_to_dialogue import AsyncTextToDialogueResource

        return AsyncTextToDialogueResource(self._requester)

    @functools.cached_property
    def text_to_sound_effects(self) -> AsyncTextToSoundEffectsResource:
        """`text_to_sound_effects` operations."""
        from .text_to_sound_effects import AsyncTextToSoundEffectsResource

        return AsyncTextToSoundEffectsResource(self._requester)

    @functools.cached_property
    def text_to_speech(self) -> AsyncTextToSpeechResource:
        """`text_to_speech` operations."""
        from .text_to_speech import AsyncTextToSpeechResource

        return AsyncTextToSpeechResource(self._requester)

    @functools.cached_property
    def text_to_voice(self) -> AsyncTextToVoiceResource:
        """`text_to_voice` operations and groups."""
        from .text_to_voice import AsyncTextToVoiceResource

        return AsyncTextToVoiceResource(self._requester)

    @functools.cached_property
    def tokens(self) -> AsyncTokensResource:
        """`tokens` operations and groups."""
        return AsyncTokensResource(self._requester)

    @functools.cached_property
    def usage(self) -> AsyncUsageResource:
        """`usage` operations."""
        from .usage import AsyncUsageResource

        return AsyncUsageResource(self._requester)

    @functools.cached_property
    def user(self) -> AsyncUserResource:
        """`user` operations and groups."""
        from .user import AsyncUserResource

        return AsyncUserResource(self._requester)

    @functools.cached_property
    def voices(self) -> AsyncVoicesResource:
        """`voices` operations and groups."""
        from .voices import AsyncVoicesResource

        return AsyncVoicesResource(self._requester)

    @functools.cached_property
    def webhooks(self) -> AsyncWebhooksResource:
        """`webhooks` operations."""
        from .webhooks import AsyncWebhooksResource

        return AsyncWebhooksResource(self._requester)

    @functools.cached_property
    def workspace(self) -> AsyncWorkspaceResource:
        """`workspace` operations and groups."""
        from .workspace import AsyncWorkspaceResource

        return AsyncWorkspaceResource(self._requester)

    @functools.cached_property
    def workspaces(self) -> AsyncWorkspacesResource:
        """`workspaces` operations and groups."""
        return AsyncWorkspacesResource(self._requester)


class AsyncConversationalAiAnalyticsResource:
    """Group `conversational_ai_analytics`, which has only nested groups."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def live_count(self) -> AsyncConversationalAiAnalyticsLiveCountResource:
        """`conversational_ai_analytics_live_count` operations."""
        from .conversational_ai_analytics_live_count import AsyncConversationalAiAnalyticsLiveCountResource

        return AsyncConversationalAiAnalyticsLiveCountResource(self._requester)


class AsyncConversationalAiDashboardResource:
    """Group `conversational_ai_dashboard`, which has only nested groups."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def settings(self) -> AsyncConversationalAiDashboardSettingsResource:
        """`conversational_ai_dashboard_settings` operations."""
        from .conversational_ai_dashboard_settings import AsyncConversationalAiDashboardSettingsResource

        return AsyncConversationalAiDashboardSettingsResource(self._requester)


class AsyncFlowsResource:
    """Group `flows`, which has only nested groups."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def image(self) -> AsyncFlowsImageResource:
        """`flows_image` operations."""
        from .flows_image import AsyncFlowsImageResource

        return AsyncFlowsImageResource(self._requester)

    @functools.cached_property
    def text_to_speech(self) -> AsyncFlowsTextToSpeechResource:
        """`flows_text_to_speech` operations."""
        from .flows_text_to_speech import AsyncFlowsTextToSpeechResource

        return AsyncFlowsTextToSpeechResource(self._requester)

    @functools.cached_property
    def video(self) -> AsyncFlowsVideoResource:
        """`flows_video` operations."""
        from .flows_video import AsyncFlowsVideoResource

        return AsyncFlowsVideoResource(self._requester)


class AsyncProductionsResource:
    """Group `productions`, which has only nested groups."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def orders(self) -> AsyncProductionsOrdersResource:
        """`productions_orders` operations and groups."""
        from .productions_orders import AsyncProductionsOrdersResource

        return AsyncProductionsOrdersResource(self._requester)


class AsyncTokensResource:
    """Group `tokens`, which has only nested groups."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def single_use(self) -> AsyncTokensSingleUseResource:
        """`tokens_single_use` operations."""
        from .tokens_single_use import AsyncTokensSingleUseResource

        return AsyncTokensSingleUseResource(self._requester)


class AsyncVoicesSamplesResource:
    """Group `voices_samples`, which has only nested groups."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def audio(self) -> AsyncVoicesSamplesAudioResource:
        """`voices_samples_audio` operations."""
        from .voices_samples_audio import AsyncVoicesSamplesAudioResource

        return AsyncVoicesSamplesAudioResource(self._requester)


class AsyncWorkspaceAnalyticsResource:
    """Group `workspace_analytics`, which has only nested groups."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def requests(self) -> AsyncWorkspaceAnalyticsRequestsResource:
        """`workspace_analytics_requests` operations."""
        from .workspace_analytics_requests import AsyncWorkspaceAnalyticsRequestsResource

        return AsyncWorkspaceAnalyticsRequestsResource(self._requester)


class AsyncWorkspacesResource:
    """Group `workspaces`, which has only nested groups."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def api_keys(self) -> AsyncWorkspacesApiKeysResource:
        """`workspaces_api_keys` operations."""
        from .workspaces_api_keys import AsyncWorkspacesApiKeysResource

        return AsyncWorkspacesApiKeysResource(self._requester)
