"""`client.history`: the operations of group `history`, as methods of HistoryResource and AsyncHistoryResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, TypedDict, Unpack

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncBinaryStream,
    AsyncRequester,
    BinaryStream,
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
from . import history_delete, history_download, history_get, history_get_audio, history_list


def _parse_history_list(response: httpx.Response) -> models.GetSpeechHistoryResponse:
    from ...models.get_speech_history_response import GetSpeechHistoryResponse

    response_200 = GetSpeechHistoryResponse.from_dict(loads(response.content))

    return response_200


def _parse_history_get(response: httpx.Response) -> models.SpeechHistoryItemResponse:
    from ...models.speech_history_item_response import SpeechHistoryItemResponse

    response_200 = SpeechHistoryItemResponse.from_dict(loads(response.content))

    return response_200


def _parse_history_delete(response: httpx.Response) -> models.DeleteHistoryItemResponse:
    from ...models.delete_history_item_response import DeleteHistoryItemResponse

    response_200 = DeleteHistoryItemResponse.from_dict(loads(response.content))

    return response_200


_PAGING_HISTORY_LIST = Paging(
    items="history",
    kind="cursor",
    more="has_more",
    next="last_history_item_id",
    parameter="start_after_history_item_id",
)


class HistoryListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    page_size: int | Unset
    start_after_history_item_id: None | str | Unset
    voice_id: None | str | Unset
    model_id: None | str | Unset
    date_before_unix: int | None | Unset
    date_after_unix: int | None | Unset
    sort_direction: None | Unset | models.V1HistoryGetParametersSortDirectionSchema
    search: None | str | Unset
    source: None | Unset | models.V1HistoryGetParametersSourceSchema


class HistoryResource:
    """The operations of group `history`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> HistoryResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return HistoryResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        start_after_history_item_id: None | str | Unset = UNSET,
        voice_id: None | str | Unset = UNSET,
        model_id: None | str | Unset = UNSET,
        date_before_unix: int | None | Unset = UNSET,
        date_after_unix: int | None | Unset = UNSET,
        sort_direction: None | Unset | models.V1HistoryGetParametersSortDirectionSchema = UNSET,
        search: None | str | Unset = UNSET,
        source: None | Unset | models.V1HistoryGetParametersSourceSchema = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetSpeechHistoryResponse:
        """Get generated items

        Returns a list of your generated audio.

        `GET /v1/history`.

        Args:
            page_size (int | Unset): Defaults to 100 on the server.
            start_after_history_item_id (None | str | Unset):
            voice_id (None | str | Unset):
            model_id (None | str | Unset):
            date_before_unix (int | None | Unset):
            date_after_unix (int | None | Unset):
            sort_direction (None | Unset | V1HistoryGetParametersSortDirectionSchema):  One of: asc,
                desc.
            search (None | str | Unset):
            source (None | Unset | V1HistoryGetParametersSourceSchema):  One of: STS, TTS.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = history_list._get_kwargs(
            page_size=page_size,
            start_after_history_item_id=start_after_history_item_id,
            voice_id=voice_id,
            model_id=model_id,
            date_before_unix=date_before_unix,
            date_after_unix=date_after_unix,
            sort_direction=sort_direction,
            search=search,
            source=source,
        )

        return self._requester.request(kwargs, _parse_history_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[HistoryListQuery],
    ) -> Iterator[models.GetSpeechHistoryResponse]:
        """Every page of `list` with these parameters, sending `last_history_item_id` back as `start_after_history_item_id` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_HISTORY_LIST)

    def iter_all(
        self,
        **query: Unpack[HistoryListQuery],
    ) -> Iterator[models.SpeechHistoryItemResponse]:
        """Every item (`history`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.history

    def download(
        self,
        history_item_ids: builtins.list[str],
        *,
        output_format: None | str | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Download History Items

        Download one or more history items. If one history item ID is provided, we will return a single
        audio file. If more than one history item IDs are provided, we will provide the history items packed
        into a .zip file.

        `POST /v1/history/download`; the body (application/zip) streams: iterate over it, or `.save(path)`.

        Args:
            history_item_ids (list[str]): A list of history items to download, you can get IDs of
                history items and other metadata using the GET https://api.elevenlabs.io/v1/history
                endpoint.
            output_format (None | str | Unset): Output format to transcode the audio file, can be wav or
                default.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.download_history_request import DownloadHistoryRequest

        kwargs = history_download._get_kwargs(
            body=DownloadHistoryRequest(
                history_item_ids=history_item_ids,
                output_format=output_format,
            ),
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def get(
        self,
        history_item_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SpeechHistoryItemResponse:
        """Get history item

        Retrieves a history item.

        `GET /v1/history/{history_item_id}`.

        Args:
            history_item_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("history_item_id", history_item_id)
        kwargs = history_get._get_kwargs(
            history_item_id=history_item_id,
        )

        return self._requester.request(kwargs, _parse_history_get, request_options)

    def delete(
        self,
        history_item_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteHistoryItemResponse:
        """Delete History Item

        Delete a history item by its ID

        `DELETE /v1/history/{history_item_id}`.

        Args:
            history_item_id (str): History item ID to be used, you can use GET
                https://api.elevenlabs.io/v1/history to receive a list of history items and their IDs.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("history_item_id", history_item_id)
        kwargs = history_delete._get_kwargs(
            history_item_id=history_item_id,
        )

        return self._requester.request(kwargs, _parse_history_delete, request_options)

    def get_audio(
        self,
        history_item_id: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Get Audio From History Item

        Returns the audio of an history item.

        `GET /v1/history/{history_item_id}/audio`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            history_item_id (str): History item ID to be used, you can use GET
                https://api.elevenlabs.io/v1/history to receive a list of history items and their IDs.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("history_item_id", history_item_id)
        kwargs = history_get_audio._get_kwargs(
            history_item_id=history_item_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class HistoryResourceWithRawResponse:
    """`HistoryResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: HistoryResource) -> None:
        self.list = raw_response(resource.list)
        self.download = raw_response(resource.download)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.get_audio = raw_response(resource.get_audio)


class AsyncHistoryResource:
    """The operations of group `history`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncHistoryResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncHistoryResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        start_after_history_item_id: None | str | Unset = UNSET,
        voice_id: None | str | Unset = UNSET,
        model_id: None | str | Unset = UNSET,
        date_before_unix: int | None | Unset = UNSET,
        date_after_unix: int | None | Unset = UNSET,
        sort_direction: None | Unset | models.V1HistoryGetParametersSortDirectionSchema = UNSET,
        search: None | str | Unset = UNSET,
        source: None | Unset | models.V1HistoryGetParametersSourceSchema = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetSpeechHistoryResponse:
        """Get generated items

        Returns a list of your generated audio.

        `GET /v1/history`.

        Args:
            page_size (int | Unset): Defaults to 100 on the server.
            start_after_history_item_id (None | str | Unset):
            voice_id (None | str | Unset):
            model_id (None | str | Unset):
            date_before_unix (int | None | Unset):
            date_after_unix (int | None | Unset):
            sort_direction (None | Unset | V1HistoryGetParametersSortDirectionSchema):  One of: asc,
                desc.
            search (None | str | Unset):
            source (None | Unset | V1HistoryGetParametersSourceSchema):  One of: STS, TTS.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = history_list._get_kwargs(
            page_size=page_size,
            start_after_history_item_id=start_after_history_item_id,
            voice_id=voice_id,
            model_id=model_id,
            date_before_unix=date_before_unix,
            date_after_unix=date_after_unix,
            sort_direction=sort_direction,
            search=search,
            source=source,
        )

        return await self._requester.request(kwargs, _parse_history_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[HistoryListQuery],
    ) -> AsyncIterator[models.GetSpeechHistoryResponse]:
        """Every page of `list` with these parameters, sending `last_history_item_id` back as `start_after_history_item_id` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_HISTORY_LIST)

    async def iter_all(
        self,
        **query: Unpack[HistoryListQuery],
    ) -> AsyncIterator[models.SpeechHistoryItemResponse]:
        """Every item (`history`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.history:
                yield item

    def download(
        self,
        history_item_ids: builtins.list[str],
        *,
        output_format: None | str | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Download History Items

        Download one or more history items. If one history item ID is provided, we will return a single
        audio file. If more than one history item IDs are provided, we will provide the history items packed
        into a .zip file.

        `POST /v1/history/download`; the body (application/zip) streams: iterate over it, or `.save(path)`.

        Args:
            history_item_ids (list[str]): A list of history items to download, you can get IDs of
                history items and other metadata using the GET https://api.elevenlabs.io/v1/history
                endpoint.
            output_format (None | str | Unset): Output format to transcode the audio file, can be wav or
                default.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.download_history_request import DownloadHistoryRequest

        kwargs = history_download._get_kwargs(
            body=DownloadHistoryRequest(
                history_item_ids=history_item_ids,
                output_format=output_format,
            ),
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    async def get(
        self,
        history_item_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SpeechHistoryItemResponse:
        """Get history item

        Retrieves a history item.

        `GET /v1/history/{history_item_id}`.

        Args:
            history_item_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("history_item_id", history_item_id)
        kwargs = history_get._get_kwargs(
            history_item_id=history_item_id,
        )

        return await self._requester.request(kwargs, _parse_history_get, request_options)

    async def delete(
        self,
        history_item_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteHistoryItemResponse:
        """Delete History Item

        Delete a history item by its ID

        `DELETE /v1/history/{history_item_id}`.

        Args:
            history_item_id (str): History item ID to be used, you can use GET
                https://api.elevenlabs.io/v1/history to receive a list of history items and their IDs.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("history_item_id", history_item_id)
        kwargs = history_delete._get_kwargs(
            history_item_id=history_item_id,
        )

        return await self._requester.request(kwargs, _parse_history_delete, request_options)

    def get_audio(
        self,
        history_item_id: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Get Audio From History Item

        Returns the audio of an history item.

        `GET /v1/history/{history_item_id}/audio`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            history_item_id (str): History item ID to be used, you can use GET
                https://api.elevenlabs.io/v1/history to receive a list of history items and their IDs.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("history_item_id", history_item_id)
        kwargs = history_get_audio._get_kwargs(
            history_item_id=history_item_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class AsyncHistoryResourceWithRawResponse:
    """`AsyncHistoryResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncHistoryResource) -> None:
        self.list = async_raw_response(resource.list)
        self.download = async_raw_response(resource.download)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.get_audio = async_raw_response(resource.get_audio)
