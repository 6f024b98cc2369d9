"""`client.dubbing.resource.segment`: the operations of group `dubbing_resource_segment`, as methods of DubbingResourceSegmentResource and AsyncDubbingResourceSegmentResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
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
from . import dubbing_resource_segment_delete, dubbing_resource_segment_update


def _parse_dubbing_resource_segment_delete(response: httpx.Response) -> models.SegmentDeleteResponse:
    from ...models.segment_delete_response import SegmentDeleteResponse

    response_200 = SegmentDeleteResponse.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_resource_segment_update(response: httpx.Response) -> models.SegmentUpdateResponse:
    from ...models.segment_update_response import SegmentUpdateResponse

    response_200 = SegmentUpdateResponse.from_dict(loads(response.content))

    return response_200


class DubbingResourceSegmentResource:
    """The operations of group `dubbing_resource_segment`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DubbingResourceSegmentResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return DubbingResourceSegmentResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def delete(
        self,
        dubbing_id: str,
        segment_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SegmentDeleteResponse:
        """Deprecated: Deletes A Single Segment

        Deprecated. Deletes a single segment from the dubbing.

        `DELETE /v1/dubbing/resource/{dubbing_id}/segment/{segment_id}`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            segment_id (str): ID of the segment
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        check_path_parameter("segment_id", segment_id)
        kwargs = dubbing_resource_segment_delete._get_kwargs(
            dubbing_id=dubbing_id,
            segment_id=segment_id,
        )

        return self._requester.request(kwargs, _parse_dubbing_resource_segment_delete, request_options)

    def update(
        self,
        dubbing_id: str,
        segment_id: str,
        language: str,
        *,
        start_time: float | None | Unset = UNSET,
        end_time: float | None | Unset = UNSET,
        text: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.SegmentUpdateResponse:
        """Deprecated: Modify A Single Segment

        Deprecated. Modifies a single segment with new text and/or start/end times. Will update the values
        for only a specific language of a segment. Does not automatically regenerate the dub.

        `PATCH /v1/dubbing/resource/{dubbing_id}/segment/{segment_id}/{language}`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            segment_id (str): ID of the segment
            language (str): ID of the language.
            start_time (float | None | Unset):
            end_time (float | None | Unset):
            text (None | str | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        check_path_parameter("segment_id", segment_id)
        check_path_parameter("language", language)
        from ...models.segment_update_payload import SegmentUpdatePayload

        kwargs = dubbing_resource_segment_update._get_kwargs(
            dubbing_id=dubbing_id,
            segment_id=segment_id,
            language=language,
            body=SegmentUpdatePayload(
                start_time=start_time,
                end_time=end_time,
                text=text,
            ),
        )

        return self._requester.request(kwargs, _parse_dubbing_resource_segment_update, request_options)


class DubbingResourceSegmentResourceWithRawResponse:
    """`DubbingResourceSegmentResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: DubbingResourceSegmentResource) -> None:
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)


class AsyncDubbingResourceSegmentResource:
    """The operations of group `dubbing_resource_segment`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDubbingResourceSegmentResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncDubbingResourceSegmentResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def delete(
        self,
        dubbing_id: str,
        segment_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.SegmentDeleteResponse:
        """Deprecated: Deletes A Single Segment

        Deprecated. Deletes a single segment from the dubbing.

        `DELETE /v1/dubbing/resource/{dubbing_id}/segment/{segment_id}`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            segment_id (str): ID of the segment
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        check_path_parameter("segment_id", segment_id)
        kwargs = dubbing_resource_segment_delete._get_kwargs(
            dubbing_id=dubbing_id,
            segment_id=segment_id,
        )

        return await self._requester.request(kwargs, _parse_dubbing_resource_segment_delete, request_options)

    async def update(
        self,
        dubbing_id: str,
        segment_id: str,
        language: str,
        *,
        start_time: float | None | Unset = UNSET,
        end_time: float | None | Unset = UNSET,
        text: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.SegmentUpdateResponse:
        """Deprecated: Modify A Single Segment

        Deprecated. Modifies a single segment with new text and/or start/end times. Will update the values
        for only a specific language of a segment. Does not automatically regenerate the dub.

        `PATCH /v1/dubbing/resource/{dubbing_id}/segment/{segment_id}/{language}`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            segment_id (str): ID of the segment
            language (str): ID of the language.
            start_time (float | None | Unset):
            end_time (float | None | Unset):
            text (None | str | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        check_path_parameter("segment_id", segment_id)
        check_path_parameter("language", language)
        from ...models.segment_update_payload import SegmentUpdatePayload

        kwargs = dubbing_resource_segment_update._get_kwargs(
            dubbing_id=dubbing_id,
            segment_id=segment_id,
            language=language,
            body=SegmentUpdatePayload(
                start_time=start_time,
                end_time=end_time,
                text=text,
            ),
        )

        return await self._requester.request(kwargs, _parse_dubbing_resource_segment_update, request_options)


class AsyncDubbingResourceSegmentResourceWithRawResponse:
    """`AsyncDubbingResourceSegmentResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncDubbingResourceSegmentResource) -> None:
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
