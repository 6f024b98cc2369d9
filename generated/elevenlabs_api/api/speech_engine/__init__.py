"""`client.speech_engine`: the operations of group `speech_engine`, as methods of SpeechEngineResource and AsyncSpeechEngineResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, TypedDict, Unpack

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
    Paging,
    Requester,
    RequestOptions,
    async_raw_response,
    check_path_parameter,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import speech_engine_create, speech_engine_delete, speech_engine_get, speech_engine_list, speech_engine_update


def _parse_speech_engine_list(response: httpx.Response) -> models.ListSpeechEnginesResponse:
    from ...models.list_speech_engines_response import ListSpeechEnginesResponse

    response_200 = ListSpeechEnginesResponse.from_dict(loads(response.content))

    return response_200


def _parse_speech_engine_create(response: httpx.Response) -> models.SpeechEngineResponse:
    from ...models.speech_engine_response import SpeechEngineResponse

    response_201 = SpeechEngineResponse.from_dict(loads(response.content))

    return response_201


def _parse_speech_engine_get(response: httpx.Response) -> models.SpeechEngineResponse:
    from ...models.speech_engine_response import SpeechEngineResponse

    response_200 = SpeechEngineResponse.from_dict(loads(response.content))

    return response_200


def _parse_speech_engine_delete(response: httpx.Response) -> None:
    return None


def _parse_speech_engine_update(response: httpx.Response) -> models.SpeechEngineResponse:
    from ...models.speech_engine_response import SpeechEngineResponse

    response_200 = SpeechEngineResponse.from_dict(loads(response.content))

    return response_200


_PAGING_SPEECH_ENGINE_LIST = Paging(
    items="speech_engines",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class SpeechEngineListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    page_size: int | Unset
    search: None | str | Unset
    sort_direction: models.SortDirection | Unset
    sort_by: models.AgentSortBy | None | Unset
    cursor: None | str | Unset


class SpeechEngineResource:
    """The operations of group `speech_engine`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> SpeechEngineResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return SpeechEngineResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        search: None | str | Unset = UNSET,
        sort_direction: models.SortDirection | Unset = UNSET,
        sort_by: models.AgentSortBy | None | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ListSpeechEnginesResponse:
        """List Speech Engines

        Returns a paginated list of Speech Engine resources.

        `GET /v1/speech-engine`.

        Args:
            page_size (int | Unset): How many Speech Engines to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            search (None | str | Unset): Search term to filter Speech Engines by name
            sort_direction (SortDirection | Unset):  One of: asc, desc.
            sort_by (AgentSortBy | None | Unset): The field to sort the results by One of:
                call_count_7d, created_at, name.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = speech_engine_list._get_kwargs(
            page_size=page_size,
            search=search,
            sort_direction=sort_direction,
            sort_by=sort_by,
            cursor=cursor,
        )

        return self._requester.request(kwargs, _parse_speech_engine_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[SpeechEngineListQuery],
    ) -> Iterator[models.ListSpeechEnginesResponse]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_SPEECH_ENGINE_LIST)

    def iter_all(
        self,
        **query: Unpack[SpeechEngineListQuery],
    ) -> Iterator[models.SpeechEngineSummaryResponse]:
        """Every item (`speech_engines`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.speech_engines

    def create(
        self,
        speech_engine: models.SpeechEngineConfig,
        *,
        name: str | Unset = UNSET,
        asr: models.AsrConversationalConfig | Unset = UNSET,
        tts: models.TtsConversationalConfigInput | Unset = UNSET,
        turn: models.BaseTurnConfig | Unset = UNSET,
        vad: models.VadConfig | Unset = UNSET,
        conversation: models.ConversationConfigInput | Unset = UNSET,
        privacy: models.PrivacyConfigInput | Unset = UNSET,
        call_limits: models.AgentCallLimits | Unset = UNSET,
        language: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        overrides: models.SpeechEngineConversationInitiationClientDataConfig | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.SpeechEngineResponse:
        """Create Speech Engine

        Create a new Speech Engine resource

        `POST /v1/speech-engine`.

        Args:
            speech_engine (SpeechEngineConfig):
            name (str | Unset): Name of the speech engine Defaults to 'Speech Engine' on the server.
            asr (AsrConversationalConfig | Unset):
            tts (TtsConversationalConfigInput | Unset):
            turn (BaseTurnConfig | Unset):
            vad (VadConfig | Unset):
            conversation (ConversationConfigInput | Unset):
            privacy (PrivacyConfigInput | Unset):
            call_limits (AgentCallLimits | Unset):
            language (str | Unset): Language for the speech engine Defaults to 'en' on the server.
            tags (list[str] | Unset): Tags for categorization
            overrides (SpeechEngineConversationInitiationClientDataConfig | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.create_speech_engine_request import CreateSpeechEngineRequest

        kwargs = speech_engine_create._get_kwargs(
            body=CreateSpeechEngineRequest(
                speech_engine=speech_engine,
                name=name,
                asr=asr,
                tts=tts,
                turn=turn,
                vad=vad,
                conversation=conversation,
                privacy=privacy,
                call_limits=call_limits,
                language=language,
                tags=tags,
                overrides=overrides,
            ),
        )

        return self._requester.request(kwargs, _parse_speech_engine_create, request_options)

    def get(
        self,
        speech_engine_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SpeechEngineResponse:
        """Get Speech Engine

        Retrieve a Speech Engine resource

        `GET /v1/speech-engine/{speech_engine_id}`.

        Args:
            speech_engine_id (str): The speech engine ID (accepts seng_ or agent_ prefix)
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("speech_engine_id", speech_engine_id)
        kwargs = speech_engine_get._get_kwargs(
            speech_engine_id=speech_engine_id,
        )

        return self._requester.request(kwargs, _parse_speech_engine_get, request_options)

    def delete(
        self,
        speech_engine_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Speech Engine

        Delete a Speech Engine resource

        `DELETE /v1/speech-engine/{speech_engine_id}`.

        Args:
            speech_engine_id (str): The speech engine ID (accepts seng_ or agent_ prefix)
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("speech_engine_id", speech_engine_id)
        kwargs = speech_engine_delete._get_kwargs(
            speech_engine_id=speech_engine_id,
        )

        return self._requester.request(kwargs, _parse_speech_engine_delete, request_options)

    def update(
        self,
        speech_engine_id: str,
        *,
        name: None | str | Unset = UNSET,
        speech_engine: None | models.SpeechEngineConfig | Unset = UNSET,
        asr: models.AsrConversationalConfig | None | Unset = UNSET,
        tts: None | models.TtsConversationalConfigInput | Unset = UNSET,
        turn: models.BaseTurnConfig | None | Unset = UNSET,
        vad: None | Unset | models.VadConfig = UNSET,
        conversation: models.ConversationConfigInput | None | Unset = UNSET,
        privacy: None | models.PrivacyConfigInput | Unset = UNSET,
        call_limits: models.AgentCallLimits | None | Unset = UNSET,
        language: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        overrides: None | models.SpeechEngineConversationInitiationClientDataConfig | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.SpeechEngineResponse:
        """Update Speech Engine

        Update a Speech Engine resource (partial update)

        `PATCH /v1/speech-engine/{speech_engine_id}`.

        Args:
            speech_engine_id (str): The speech engine ID (accepts seng_ or agent_ prefix)
            name (None | str | Unset):
            speech_engine (None | SpeechEngineConfig | Unset):
            asr (AsrConversationalConfig | None | Unset):
            tts (None | TtsConversationalConfigInput | Unset):
            turn (BaseTurnConfig | None | Unset):
            vad (None | Unset | VadConfig):
            conversation (ConversationConfigInput | None | Unset):
            privacy (None | PrivacyConfigInput | Unset):
            call_limits (AgentCallLimits | None | Unset):
            language (None | str | Unset):
            tags (list[str] | None | Unset):
            overrides (None | SpeechEngineConversationInitiationClientDataConfig | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("speech_engine_id", speech_engine_id)
        from ...models.update_speech_engine_request import UpdateSpeechEngineRequest

        kwargs = speech_engine_update._get_kwargs(
            speech_engine_id=speech_engine_id,
            body=UpdateSpeechEngineRequest(
                name=name,
                speech_engine=speech_engine,
                asr=asr,
                tts=tts,
                turn=turn,
                vad=vad,
                conversation=conversation,
                privacy=privacy,
                call_limits=call_limits,
                language=language,
                tags=tags,
                overrides=overrides,
            ),
        )

        return self._requester.request(kwargs, _parse_speech_engine_update, request_options)


class SpeechEngineResourceWithRawResponse:
    """`SpeechEngineResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: SpeechEngineResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)


class AsyncSpeechEngineResource:
    """The operations of group `speech_engine`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncSpeechEngineResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncSpeechEngineResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        search: None | str | Unset = UNSET,
        sort_direction: models.SortDirection | Unset = UNSET,
        sort_by: models.AgentSortBy | None | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ListSpeechEnginesResponse:
        """List Speech Engines

        Returns a paginated list of Speech Engine resources.

        `GET /v1/speech-engine`.

        Args:
            page_size (int | Unset): How many Speech Engines to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            search (None | str | Unset): Search term to filter Speech Engines by name
            sort_direction (SortDirection | Unset):  One of: asc, desc.
            sort_by (AgentSortBy | None | Unset): The field to sort the results by One of:
                call_count_7d, created_at, name.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = speech_engine_list._get_kwargs(
            page_size=page_size,
            search=search,
            sort_direction=sort_direction,
            sort_by=sort_by,
            cursor=cursor,
        )

        return await self._requester.request(kwargs, _parse_speech_engine_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[SpeechEngineListQuery],
    ) -> AsyncIterator[models.ListSpeechEnginesResponse]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_SPEECH_ENGINE_LIST)

    async def iter_all(
        self,
        **query: Unpack[SpeechEngineListQuery],
    ) -> AsyncIterator[models.SpeechEngineSummaryResponse]:
        """Every item (`speech_engines`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.speech_engines:
                yield item

    async def create(
        self,
        speech_engine: models.SpeechEngineConfig,
        *,
        name: str | Unset = UNSET,
        asr: models.AsrConversationalConfig | Unset = UNSET,
        tts: models.TtsConversationalConfigInput | Unset = UNSET,
        turn: models.BaseTurnConfig | Unset = UNSET,
        vad: models.VadConfig | Unset = UNSET,
        conversation: models.ConversationConfigInput | Unset = UNSET,
        privacy: models.PrivacyConfigInput | Unset = UNSET,
        call_limits: models.AgentCallLimits | Unset = UNSET,
        language: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        overrides: models.SpeechEngineConversationInitiationClientDataConfig | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.SpeechEngineResponse:
        """Create Speech Engine

        Create a new Speech Engine resource

        `POST /v1/speech-engine`.

        Args:
            speech_engine (SpeechEngineConfig):
            name (str | Unset): Name of the speech engine Defaults to 'Speech Engine' on the server.
            asr (AsrConversationalConfig | Unset):
            tts (TtsConversationalConfigInput | Unset):
            turn (BaseTurnConfig | Unset):
            vad (VadConfig | Unset):
            conversation (ConversationConfigInput | Unset):
            privacy (PrivacyConfigInput | Unset):
            call_limits (AgentCallLimits | Unset):
            language (str | Unset): Language for the speech engine Defaults to 'en' on the server.
            tags (list[str] | Unset): Tags for categorization
            overrides (SpeechEngineConversationInitiationClientDataConfig | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.create_speech_engine_request import CreateSpeechEngineRequest

        kwargs = speech_engine_create._get_kwargs(
            body=CreateSpeechEngineRequest(
                speech_engine=speech_engine,
                name=name,
                asr=asr,
                tts=tts,
                turn=turn,
                vad=vad,
                conversation=conversation,
                privacy=privacy,
                call_limits=call_limits,
                language=language,
                tags=tags,
                overrides=overrides,
            ),
        )

        return await self._requester.request(kwargs, _parse_speech_engine_create, request_options)

    async def get(
        self,
        speech_engine_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SpeechEngineResponse:
        """Get Speech Engine

        Retrieve a Speech Engine resource

        `GET /v1/speech-engine/{speech_engine_id}`.

        Args:
            speech_engine_id (str): The speech engine ID (accepts seng_ or agent_ prefix)
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("speech_engine_id", speech_engine_id)
        kwargs = speech_engine_get._get_kwargs(
            speech_engine_id=speech_engine_id,
        )

        return await self._requester.request(kwargs, _parse_speech_engine_get, request_options)

    async def delete(
        self,
        speech_engine_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Speech Engine

        Delete a Speech Engine resource

        `DELETE /v1/speech-engine/{speech_engine_id}`.

        Args:
            speech_engine_id (str): The speech engine ID (accepts seng_ or agent_ prefix)
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("speech_engine_id", speech_engine_id)
        kwargs = speech_engine_delete._get_kwargs(
            speech_engine_id=speech_engine_id,
        )

        return await self._requester.request(kwargs, _parse_speech_engine_delete, request_options)

    async def update(
        self,
        speech_engine_id: str,
        *,
        name: None | str | Unset = UNSET,
        speech_engine: None | models.SpeechEngineConfig | Unset = UNSET,
        asr: models.AsrConversationalConfig | None | Unset = UNSET,
        tts: None | models.TtsConversationalConfigInput | Unset = UNSET,
        turn: models.BaseTurnConfig | None | Unset = UNSET,
        vad: None | Unset | models.VadConfig = UNSET,
        conversation: models.ConversationConfigInput | None | Unset = UNSET,
        privacy: None | models.PrivacyConfigInput | Unset = UNSET,
        call_limits: models.AgentCallLimits | None | Unset = UNSET,
        language: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        overrides: None | models.SpeechEngineConversationInitiationClientDataConfig | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.SpeechEngineResponse:
        """Update Speech Engine

        Update a Speech Engine resource (partial update)

        `PATCH /v1/speech-engine/{speech_engine_id}`.

        Args:
            speech_engine_id (str): The speech engine ID (accepts seng_ or agent_ prefix)
            name (None | str | Unset):
            speech_engine (None | SpeechEngineConfig | Unset):
            asr (AsrConversationalConfig | None | Unset):
            tts (None | TtsConversationalConfigInput | Unset):
            turn (BaseTurnConfig | None | Unset):
            vad (None | Unset | VadConfig):
            conversation (ConversationConfigInput | None | Unset):
            privacy (None | PrivacyConfigInput | Unset):
            call_limits (AgentCallLimits | None | Unset):
            language (None | str | Unset):
            tags (list[str] | None | Unset):
            overrides (None | SpeechEngineConversationInitiationClientDataConfig | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("speech_engine_id", speech_engine_id)
        from ...models.update_speech_engine_request import UpdateSpeechEngineRequest

        kwargs = speech_engine_update._get_kwargs(
            speech_engine_id=speech_engine_id,
            body=UpdateSpeechEngineRequest(
                name=name,
                speech_engine=speech_engine,
                asr=asr,
                tts=tts,
                turn=turn,
                vad=vad,
                conversation=conversation,
                privacy=privacy,
                call_limits=call_limits,
                language=language,
                tags=tags,
                overrides=overrides,
            ),
        )

        return await self._requester.request(kwargs, _parse_speech_engine_update, request_options)


class AsyncSpeechEngineResourceWithRawResponse:
    """`AsyncSpeechEngineResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncSpeechEngineResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
