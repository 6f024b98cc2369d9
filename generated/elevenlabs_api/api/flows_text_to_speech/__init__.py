"""`client.flows.text_to_speech`: the operations of group `flows_text_to_speech`, as methods of FlowsTextToSpeechResource and AsyncFlowsTextToSpeechResource."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, TypedDict, Unpack

import httpx

from ...types import UNSET, Unset, loads, parse_strictly
from .. import (
    AsyncRequester,
    Paging,
    Requester,
    RequestOptions,
    async_raw_response,
    check_path_parameter,
    former_names,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import flows_text_to_speech_create, flows_text_to_speech_get, flows_text_to_speech_list


def _parse_flows_text_to_speech_list(response: httpx.Response) -> models.MediaGenerationListResponse:
    from ...models.media_generation_list_response import MediaGenerationListResponse

    response_200 = MediaGenerationListResponse.from_dict(loads(response.content))

    return response_200


def _parse_flows_text_to_speech_create(response: httpx.Response) -> models.MediaGenerationCreateResponse:
    from ...models.media_generation_create_response import MediaGenerationCreateResponse

    response_200 = MediaGenerationCreateResponse.from_dict(loads(response.content))

    return response_200


def _parse_flows_text_to_speech_get(
    response: httpx.Response,
) -> (
    models.MediaGenerationCompletedResponse
    | models.MediaGenerationFailedResponse
    | models.MediaGenerationInProgressResponse
    | models.UnknownVariant
):
    from ...models.media_generation_completed_response import MediaGenerationCompletedResponse
    from ...models.media_generation_failed_response import MediaGenerationFailedResponse
    from ...models.media_generation_in_progress_response import MediaGenerationInProgressResponse
    from ...models.unknown_variant import UnknownVariant

    def _parse_response_200(
        data: object,
    ) -> (
        MediaGenerationCompletedResponse
        | MediaGenerationFailedResponse
        | MediaGenerationInProgressResponse
        | UnknownVariant
    ):
        return parse_strictly(_parse_response_200_member, data)

    def _parse_response_200_member(
        data: object,
    ) -> (
        MediaGenerationCompletedResponse
        | MediaGenerationFailedResponse
        | MediaGenerationInProgressResponse
        | UnknownVariant
    ):
        if isinstance(data, dict):
            for known in (
                MediaGenerationCompletedResponse,
                MediaGenerationFailedResponse,
                MediaGenerationInProgressResponse,
            ):
                kind = getattr(known, "_kind", None)
                if kind is not None and data.get(kind[0]) == kind[1]:
                    return known.from_dict(data)

        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            componentsschemas_media_generation_response_type_0 = MediaGenerationCompletedResponse.from_dict(data)

            return componentsschemas_media_generation_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            componentsschemas_media_generation_response_type_1 = MediaGenerationFailedResponse.from_dict(data)

            return componentsschemas_media_generation_response_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            componentsschemas_media_generation_response_type_2 = MediaGenerationInProgressResponse.from_dict(data)

            return componentsschemas_media_generation_response_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError(f"got {type(data).__name__}")
        componentsschemas_media_generation_response_type_3 = UnknownVariant.from_dict(data)

        return componentsschemas_media_generation_response_type_3

    response_200 = _parse_response_200(loads(response.content))

    return response_200


_PAGING_FLOWS_TEXT_TO_SPEECH_LIST = Paging(
    items="generations",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class FlowsTextToSpeechListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    cursor: None | str | Unset
    page_size: int | Unset
    status: models.FlowsTextToSpeechListStatusType0 | None | Unset
    model_id: None | str | Unset


class FlowsTextToSpeechResource:
    """The operations of group `flows_text_to_speech`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> FlowsTextToSpeechResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return FlowsTextToSpeechResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: models.FlowsTextToSpeechListStatusType0 | None | Unset = UNSET,
        model_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.MediaGenerationListResponse:
        """List Speech Generations

        List the speech generations created through this API, newest first.

        `GET /v1/flows/text-to-speech`.

        Args:
            cursor (None | str | Unset): Pagination cursor: the `next_cursor` value of the previous
                page's response. Omit it for the first page.
            page_size (int | Unset): How many generations to return per page. Defaults to 30 on the
                server.
            status (FlowsTextToSpeechListStatusType0 | None | Unset): Only return generations with this
                lifecycle status. One of: completed, failed, generating, pending.
            model_id (None | str | Unset): Only return generations of this model.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = flows_text_to_speech_list._get_kwargs(
            cursor=cursor,
            page_size=page_size,
            status=status,
            model_id=model_id,
        )

        return self._requester.request(kwargs, _parse_flows_text_to_speech_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[FlowsTextToSpeechListQuery],
    ) -> Iterator[models.MediaGenerationListResponse]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_FLOWS_TEXT_TO_SPEECH_LIST)

    def iter_all(
        self,
        **query: Unpack[FlowsTextToSpeechListQuery],
    ) -> Iterator[
        models.MediaGenerationCompletedResponse
        | models.MediaGenerationFailedResponse
        | models.MediaGenerationInProgressResponse
        | models.UnknownVariant
    ]:
        """Every item (`generations`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.generations

    @former_names(body="request")
    def create(
        self,
        *,
        request: models.ElevenFlashV25Request | models.ElevenMultilingualV2Request | models.ElevenV3Request,
        request_options: RequestOptions | None = None,
    ) -> models.MediaGenerationCreateResponse:
        """Create Speech Generation

        Start a speech generation with the selected model. Charged per character via text-to-speech billing.
        Use this over `/v1/text-to-speech` for the asynchronous generation lifecycle or for models not
        offered there; for direct, synchronous speech synthesis, prefer `/v1/text-to-speech`.

        `POST /v1/flows/text-to-speech`.

        Args:
            request (ElevenFlashV25Request | ElevenMultilingualV2Request | ElevenV3Request): The request body.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = flows_text_to_speech_create._get_kwargs(
            body=request,
        )

        return self._requester.request(kwargs, _parse_flows_text_to_speech_create, request_options)

    def get(
        self,
        generation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> (
        models.MediaGenerationCompletedResponse
        | models.MediaGenerationFailedResponse
        | models.MediaGenerationInProgressResponse
        | models.UnknownVariant
    ):
        """Get Speech Generation

        Retrieve the status of a speech generation, and retrieve its output URL once completed.

        `GET /v1/flows/text-to-speech/{generation_id}`.

        Args:
            generation_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("generation_id", generation_id)
        kwargs = flows_text_to_speech_get._get_kwargs(
            generation_id=generation_id,
        )

        return self._requester.request(kwargs, _parse_flows_text_to_speech_get, request_options)


class FlowsTextToSpeechResourceWithRawResponse:
    """`FlowsTextToSpeechResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: FlowsTextToSpeechResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)


class AsyncFlowsTextToSpeechResource:
    """The operations of group `flows_text_to_speech`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncFlowsTextToSpeechResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncFlowsTextToSpeechResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def list(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: models.FlowsTextToSpeechListStatusType0 | None | Unset = UNSET,
        model_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.MediaGenerationListResponse:
        """List Speech Generations

        List the speech generations created through this API, newest first.

        `GET /v1/flows/text-to-speech`.

        Args:
            cursor (None | str | Unset): Pagination cursor: the `next_cursor` value of the previous
                page's response. Omit it for the first page.
            page_size (int | Unset): How many generations to return per page. Defaults to 30 on the
                server.
            status (FlowsTextToSpeechListStatusType0 | None | Unset): Only return generations with this
                lifecycle status. One of: completed, failed, generating, pending.
            model_id (None | str | Unset): Only return generations of this model.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = flows_text_to_speech_list._get_kwargs(
            cursor=cursor,
            page_size=page_size,
            status=status,
            model_id=model_id,
        )

        return await self._requester.request(kwargs, _parse_flows_text_to_speech_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[FlowsTextToSpeechListQuery],
    ) -> AsyncIterator[models.MediaGenerationListResponse]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_FLOWS_TEXT_TO_SPEECH_LIST)

    async def iter_all(
        self,
        **query: Unpack[FlowsTextToSpeechListQuery],
    ) -> AsyncIterator[
        models.MediaGenerationCompletedResponse
        | models.MediaGenerationFailedResponse
        | models.MediaGenerationInProgressResponse
        | models.UnknownVariant
    ]:
        """Every item (`generations`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.generations:
                yield item

    @former_names(body="request")
    async def create(
        self,
        *,
        request: models.ElevenFlashV25Request | models.ElevenMultilingualV2Request | models.ElevenV3Request,
        request_options: RequestOptions | None = None,
    ) -> models.MediaGenerationCreateResponse:
        """Create Speech Generation

        Start a speech generation with the selected model. Charged per character via text-to-speech billing.
        Use this over `/v1/text-to-speech` for the asynchronous generation lifecycle or for models not
        offered there; for direct, synchronous speech synthesis, prefer `/v1/text-to-speech`.

        `POST /v1/flows/text-to-speech`.

        Args:
            request (ElevenFlashV25Request | ElevenMultilingualV2Request | ElevenV3Request): The request body.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = flows_text_to_speech_create._get_kwargs(
            body=request,
        )

        return await self._requester.request(kwargs, _parse_flows_text_to_speech_create, request_options)

    async def get(
        self,
        generation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> (
        models.MediaGenerationCompletedResponse
        | models.MediaGenerationFailedResponse
        | models.MediaGenerationInProgressResponse
        | models.UnknownVariant
    ):
        """Get Speech Generation

        Retrieve the status of a speech generation, and retrieve its output URL once completed.

        `GET /v1/flows/text-to-speech/{generation_id}`.

        Args:
            generation_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("generation_id", generation_id)
        kwargs = flows_text_to_speech_get._get_kwargs(
            generation_id=generation_id,
        )

        return await self._requester.request(kwargs, _parse_flows_text_to_speech_get, request_options)


class AsyncFlowsTextToSpeechResourceWithRawResponse:
    """`AsyncFlowsTextToSpeechResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncFlowsTextToSpeechResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
