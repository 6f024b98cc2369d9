"""Operations tagged `history`, as methods of HistoryResource and AsyncHistoryResource."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

from ...types import UNSET, Unset
from .. import AsyncRequester, Requester, RequestOptions, check_path_parameter

# Models only for type checking: they are imported where they are used, so importing the client loads none.
if TYPE_CHECKING:
    from ...models.delete_history_item_response import DeleteHistoryItemResponse
    from ...models.download_history_items_request import DownloadHistoryItemsRequest
    from ...models.get_speech_history_response_model import GetSpeechHistoryResponseModel
    from ...models.speech_history_item_response_model import SpeechHistoryItemResponseModel
    from ...models.v1_history_get_parameters_sort_direction_schema import V1HistoryGetParametersSortDirectionSchema
    from ...models.v1_history_get_parameters_source_schema import V1HistoryGetParametersSourceSchema
from . import history_delete, history_download, history_get, history_get_audio, history_list


def _parse_history_list(response: httpx.Response) -> GetSpeechHistoryResponseModel:
    from ...models.get_speech_history_response_model import GetSpeechHistoryResponseModel
    from ...models.v1_history_get_parameters_sort_direction_schema import (
        V1HistoryGetParametersSortDirectionSchema,
        check_v1_history_get_parameters_sort_direction_schema,
    )
    from ...models.v1_history_get_parameters_source_schema import (
        V1HistoryGetParametersSourceSchema,
        check_v1_history_get_parameters_source_schema,
    )

    response_200 = GetSpeechHistoryResponseModel.from_dict(response.json())

    return response_200


def _parse_history_get(response: httpx.Response) -> SpeechHistoryItemResponseModel:
    from ...models.speech_history_item_response_model import SpeechHistoryItemResponseModel

    response_200 = SpeechHistoryItemResponseModel.from_dict(response.json())

    return response_200


def _parse_history_delete(response: httpx.Response) -> DeleteHistoryItemResponse:
    from ...models.delete_history_item_response import DeleteHistoryItemResponse

    response_200 = DeleteHistoryItemResponse.from_dict(response.json())

    return response_200


class HistoryListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    page_size: int | Unset
    start_after_history_item_id: None | str | Unset
    voice_id: None | str | Unset
    model_id: None | str | Unset
    date_before_unix: int | None | Unset
    date_after_unix: int | None | Unset
    sort_direction: None | Unset | V1HistoryGetParametersSortDirectionSchema
    search: None | str | Unset
    source: None | Unset | V1HistoryGetParametersSourceSchema


class HistoryResource:
    """Operations tagged `history`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        page_size: int | Unset = 100,
        start_after_history_item_id: None | str | Unset = UNSET,
        voice_id: None | str | Unset = UNSET,
        model_id: None | str | Unset = UNSET,
        date_before_unix: int | None | Unset = UNSET,
        date_after_unix: int | None | Unset = UNSET,
        sort_direction: None | Unset | V1HistoryGetParametersSortDirectionSchema = UNSET,
        search: None | str | Unset = UNSET,
        source: None | Unset | V1HistoryGetParametersSourceSchema = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetSpeechHistoryResponseModel:
        """Get generated items

        Returns a list of your generated audio.
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

    def download(
        self,
        history_item_ids: builtins.list[str],
        *,
        output_format: None | str | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[bytes]:
        """Download history items

        Download one or more history items. If one history item ID is provided, returns a single audio file.
        If several are provided, returns the history items packed into a .zip file.
        """

        from ...models.download_history_items_request import DownloadHistoryItemsRequest

        kwargs = history_download._get_kwargs(
            body=DownloadHistoryItemsRequest(
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
    ) -> SpeechHistoryItemResponseModel:
        """Get history item

        Retrieves a history item.
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
    ) -> DeleteHistoryItemResponse:
        """Delete history item

        Delete a history item by its ID.
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
    ) -> Iterator[bytes]:
        """Get audio from history item

        Returns the audio of a history item.
        """

        check_path_parameter("history_item_id", history_item_id)
        kwargs = history_get_audio._get_kwargs(
            history_item_id=history_item_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class AsyncHistoryResource:
    """Operations tagged `history`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(
        self,
        *,
        page_size: int | Unset = 100,
        start_after_history_item_id: None | str | Unset = UNSET,
        voice_id: None | str | Unset = UNSET,
        model_id: None | str | Unset = UNSET,
        date_before_unix: int | None | Unset = UNSET,
        date_after_unix: int | None | Unset = UNSET,
        sort_direction: None | Unset | V1HistoryGetParametersSortDirectionSchema = UNSET,
        search: None | str | Unset = UNSET,
        source: None | Unset | V1HistoryGetParametersSourceSchema = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetSpeechHistoryResponseModel:
        """Get generated items

        Returns a list of your generated audio.
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

    async def download(
        self,
        history_item_ids: builtins.list[str],
        *,
        output_format: None | str | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[bytes]:
        """Download history items

        Download one or more history items. If one history item ID is provided, returns a single audio file.
        If several are provided, returns the history items packed into a .zip file.
        """

        from ...models.download_history_items_request import DownloadHistoryItemsRequest

        kwargs = history_download._get_kwargs(
            body=DownloadHistoryItemsRequest(
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
    ) -> SpeechHistoryItemResponseModel:
        """Get history item

        Retrieves a history item.
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
    ) -> DeleteHistoryItemResponse:
        """Delete history item

        Delete a history item by its ID.
        """

        check_path_parameter("history_item_id", history_item_id)
        kwargs = history_delete._get_kwargs(
            history_item_id=history_item_id,
        )

        return await self._requester.request(kwargs, _parse_history_delete, request_options)

    async def get_audio(
        self,
        history_item_id: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[bytes]:
        """Get audio from history item

        Returns the audio of a history item.
        """

        check_path_parameter("history_item_id", history_item_id)
        kwargs = history_get_audio._get_kwargs(
            history_item_id=history_item_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)
