"""`client.dubbing.project.transcript`: the operations of group `dubbing_project_transcript`, as methods of DubbingProjectTranscriptResource and AsyncDubbingProjectTranscriptResource."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, overload

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    check_path_parameter,
    raw_response,
    whole_request,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import (
    dubbing_project_transcript_create_segment,
    dubbing_project_transcript_delete_segment,
    dubbing_project_transcript_get,
    dubbing_project_transcript_update_segment,
    dubbing_project_transcript_update_segments,
)


def _parse_dubbing_project_transcript_get(response: httpx.Response) -> models.DubbingSourceTranscriptResponse:
    from ...models.dubbing_source_transcript_response import DubbingSourceTranscriptResponse

    response_200 = DubbingSourceTranscriptResponse.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_project_transcript_create_segment(
    response: httpx.Response,
) -> models.DubbingSourceSegmentUpdateResponse:
    from ...models.dubbing_source_segment_update_response import DubbingSourceSegmentUpdateResponse

    response_201 = DubbingSourceSegmentUpdateResponse.from_dict(loads(response.content))

    return response_201


def _parse_dubbing_project_transcript_delete_segment(
    response: httpx.Response,
) -> models.DubbingTranscriptRevisionResponse:
    from ...models.dubbing_transcript_revision_response import DubbingTranscriptRevisionResponse

    response_200 = DubbingTranscriptRevisionResponse.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_project_transcript_update_segment(
    response: httpx.Response,
) -> models.DubbingSourceSegmentUpdateResponse:
    from ...models.dubbing_source_segment_update_response import DubbingSourceSegmentUpdateResponse

    response_200 = DubbingSourceSegmentUpdateResponse.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_project_transcript_update_segments(
    response: httpx.Response,
) -> models.DubbingBulkSourceSegmentUpdateResponse:
    from ...models.dubbing_bulk_source_segment_update_response import DubbingBulkSourceSegmentUpdateResponse

    response_200 = DubbingBulkSourceSegmentUpdateResponse.from_dict(loads(response.content))

    return response_200


class DubbingProjectTranscriptResource:
    """The operations of group `dubbing_project_transcript`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DubbingProjectTranscriptResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return DubbingProjectTranscriptResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        project_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingSourceTranscriptResponse:
        """Get Dubbing Transcript

        The project's source transcript, as editable segments.

        `GET /v1/dubbing/project/{project_id}/transcript`.

        Args:
            project_id (str): Identifier of the dubbing project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = dubbing_project_transcript_get._get_kwargs(
            project_id=project_id,
        )

        return self._requester.request(kwargs, _parse_dubbing_project_transcript_get, request_options)

    def create_segment(
        self,
        project_id: str,
        text: str,
        speaker_id: str,
        start_s: float,
        end_s: float,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingSourceSegmentUpdateResponse:
        """Add Dubbing Transcript Segment

        Enterprise only. Add a new source segment to the transcript.

        `POST /v1/dubbing/project/{project_id}/transcript/segment`.

        Args:
            project_id (str): Identifier of the dubbing project.
            text (str): The text of the new segment.
            speaker_id (str): Identifier of the segment's speaker.
            start_s (float): Start time of the segment, in seconds.
            end_s (float): End time of the segment, in seconds.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        from ...models.dubbing_segment_create_request import DubbingSegmentCreateRequest

        kwargs = dubbing_project_transcript_create_segment._get_kwargs(
            project_id=project_id,
            body=DubbingSegmentCreateRequest(
                text=text,
                speaker_id=speaker_id,
                start_s=start_s,
                end_s=end_s,
            ),
        )

        return self._requester.request(kwargs, _parse_dubbing_project_transcript_create_segment, request_options)

    def delete_segment(
        self,
        project_id: str,
        segment_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingTranscriptRevisionResponse:
        """Delete Dubbing Transcript Segment

        Enterprise only. Remove a source segment from the transcript.

        `DELETE /v1/dubbing/project/{project_id}/transcript/segment/{segment_id}`.

        Args:
            project_id (str): Identifier of the dubbing project.
            segment_id (str): Identifier of the segment to remove.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("segment_id", segment_id)
        kwargs = dubbing_project_transcript_delete_segment._get_kwargs(
            project_id=project_id,
            segment_id=segment_id,
        )

        return self._requester.request(kwargs, _parse_dubbing_project_transcript_delete_segment, request_options)

    @overload
    def update_segment(
        self,
        project_id: str,
        segment_id: str,
        *,
        text: None | str | Unset = UNSET,
        speaker_id: None | str | Unset = UNSET,
        start_s: float | None | Unset = UNSET,
        end_s: float | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingSourceSegmentUpdateResponse: ...

    @overload
    def update_segment(
        self,
        project_id: str,
        segment_id: str,
        *,
        request: models.DubbingSegmentUpdateRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> models.DubbingSourceSegmentUpdateResponse: ...

    def update_segment(
        self,
        project_id: str,
        segment_id: str,
        *,
        text: None | str | Unset = UNSET,
        speaker_id: None | str | Unset = UNSET,
        start_s: float | None | Unset = UNSET,
        end_s: float | None | Unset = UNSET,
        request: models.DubbingSegmentUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingSourceSegmentUpdateResponse:
        """Update Dubbing Transcript Segment

        Enterprise only. Edit a source segment's text, speaker, or timing.

        `PATCH /v1/dubbing/project/{project_id}/transcript/segment/{segment_id}`.

        Args:
            project_id (str): Identifier of the dubbing project.
            segment_id (str): Identifier of the segment to edit.
            text (None | str | Unset): New text for the segment.
            speaker_id (None | str | Unset): New speaker id for the segment.
            start_s (float | None | Unset): New start time, in seconds.
            end_s (float | None | Unset): New end time, in seconds.
            request (DubbingSegmentUpdateRequest | Mapping[str, Any]): The body whole, as the official SDK
                takes it, instead of the fields above.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("segment_id", segment_id)
        from ...models.dubbing_segment_update_request import DubbingSegmentUpdateRequest

        kwargs = dubbing_project_transcript_update_segment._get_kwargs(
            project_id=project_id,
            segment_id=segment_id,
            body=whole_request(
                "update_segment",
                DubbingSegmentUpdateRequest,
                request,
                {
                    "text": text,
                    "speaker_id": speaker_id,
                    "start_s": start_s,
                    "end_s": end_s,
                },
            ),
        )

        return self._requester.request(kwargs, _parse_dubbing_project_transcript_update_segment, request_options)

    def update_segments(
        self,
        project_id: str,
        segments: models.DubbingBulkSegmentUpdateRequestSegments,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingBulkSourceSegmentUpdateResponse:
        """Update Dubbing Transcript Segments

        Enterprise only. Edit several source segments' text, speaker, or timing in one atomic request.

        `PATCH /v1/dubbing/project/{project_id}/transcript/segments`.

        Args:
            project_id (str): Identifier of the dubbing project.
            segments (DubbingBulkSegmentUpdateRequestSegments): Map of segment id to the partial update
                to apply to that segment.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        from ...models.dubbing_bulk_segment_update_request import DubbingBulkSegmentUpdateRequest

        kwargs = dubbing_project_transcript_update_segments._get_kwargs(
            project_id=project_id,
            body=DubbingBulkSegmentUpdateRequest(
                segments=segments,
            ),
        )

        return self._requester.request(kwargs, _parse_dubbing_project_transcript_update_segments, request_options)


class DubbingProjectTranscriptResourceWithRawResponse:
    """`DubbingProjectTranscriptResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: DubbingProjectTranscriptResource) -> None:
        self.get = raw_response(resource.get)
        self.create_segment = raw_response(resource.create_segment)
        self.delete_segment = raw_response(resource.delete_segment)
        self.update_segment = raw_response(resource.update_segment)
        self.update_segments = raw_response(resource.update_segments)


class AsyncDubbingProjectTranscriptResource:
    """The operations of group `dubbing_project_transcript`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDubbingProjectTranscriptResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncDubbingProjectTranscriptResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def get(
        self,
        project_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingSourceTranscriptResponse:
        """Get Dubbing Transcript

        The project's source transcript, as editable segments.

        `GET /v1/dubbing/project/{project_id}/transcript`.

        Args:
            project_id (str): Identifier of the dubbing project.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        kwargs = dubbing_project_transcript_get._get_kwargs(
            project_id=project_id,
        )

        return await self._requester.request(kwargs, _parse_dubbing_project_transcript_get, request_options)

    async def create_segment(
        self,
        project_id: str,
        text: str,
        speaker_id: str,
        start_s: float,
        end_s: float,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingSourceSegmentUpdateResponse:
        """Add Dubbing Transcript Segment

        Enterprise only. Add a new source segment to the transcript.

        `POST /v1/dubbing/project/{project_id}/transcript/segment`.

        Args:
            project_id (str): Identifier of the dubbing project.
            text (str): The text of the new segment.
            speaker_id (str): Identifier of the segment's speaker.
            start_s (float): Start time of the segment, in seconds.
            end_s (float): End time of the segment, in seconds.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        from ...models.dubbing_segment_create_request import DubbingSegmentCreateRequest

        kwargs = dubbing_project_transcript_create_segment._get_kwargs(
            project_id=project_id,
            body=DubbingSegmentCreateRequest(
                text=text,
                speaker_id=speaker_id,
                start_s=start_s,
                end_s=end_s,
            ),
        )

        return await self._requester.request(kwargs, _parse_dubbing_project_transcript_create_segment, request_options)

    async def delete_segment(
        self,
        project_id: str,
        segment_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingTranscriptRevisionResponse:
        """Delete Dubbing Transcript Segment

        Enterprise only. Remove a source segment from the transcript.

        `DELETE /v1/dubbing/project/{project_id}/transcript/segment/{segment_id}`.

        Args:
            project_id (str): Identifier of the dubbing project.
            segment_id (str): Identifier of the segment to remove.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("segment_id", segment_id)
        kwargs = dubbing_project_transcript_delete_segment._get_kwargs(
            project_id=project_id,
            segment_id=segment_id,
        )

        return await self._requester.request(kwargs, _parse_dubbing_project_transcript_delete_segment, request_options)

    @overload
    async def update_segment(
        self,
        project_id: str,
        segment_id: str,
        *,
        text: None | str | Unset = UNSET,
        speaker_id: None | str | Unset = UNSET,
        start_s: float | None | Unset = UNSET,
        end_s: float | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingSourceSegmentUpdateResponse: ...

    @overload
    async def update_segment(
        self,
        project_id: str,
        segment_id: str,
        *,
        request: models.DubbingSegmentUpdateRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> models.DubbingSourceSegmentUpdateResponse: ...

    async def update_segment(
        self,
        project_id: str,
        segment_id: str,
        *,
        text: None | str | Unset = UNSET,
        speaker_id: None | str | Unset = UNSET,
        start_s: float | None | Unset = UNSET,
        end_s: float | None | Unset = UNSET,
        request: models.DubbingSegmentUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingSourceSegmentUpdateResponse:
        """Update Dubbing Transcript Segment

        Enterprise only. Edit a source segment's text, speaker, or timing.

        `PATCH /v1/dubbing/project/{project_id}/transcript/segment/{segment_id}`.

        Args:
            project_id (str): Identifier of the dubbing project.
            segment_id (str): Identifier of the segment to edit.
            text (None | str | Unset): New text for the segment.
            speaker_id (None | str | Unset): New speaker id for the segment.
            start_s (float | None | Unset): New start time, in seconds.
            end_s (float | None | Unset): New end time, in seconds.
            request (DubbingSegmentUpdateRequest | Mapping[str, Any]): The body whole, as the official SDK
                takes it, instead of the fields above.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("segment_id", segment_id)
        from ...models.dubbing_segment_update_request import DubbingSegmentUpdateRequest

        kwargs = dubbing_project_transcript_update_segment._get_kwargs(
            project_id=project_id,
            segment_id=segment_id,
            body=whole_request(
                "update_segment",
                DubbingSegmentUpdateRequest,
                request,
                {
                    "text": text,
                    "speaker_id": speaker_id,
                    "start_s": start_s,
                    "end_s": end_s,
                },
            ),
        )

        return await self._requester.request(kwargs, _parse_dubbing_project_transcript_update_segment, request_options)

    async def update_segments(
        self,
        project_id: str,
        segments: models.DubbingBulkSegmentUpdateRequestSegments,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingBulkSourceSegmentUpdateResponse:
        """Update Dubbing Transcript Segments

        Enterprise only. Edit several source segments' text, speaker, or timing in one atomic request.

        `PATCH /v1/dubbing/project/{project_id}/transcript/segments`.

        Args:
            project_id (str): Identifier of the dubbing project.
            segments (DubbingBulkSegmentUpdateRequestSegments): Map of segment id to the partial update
                to apply to that segment.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        from ...models.dubbing_bulk_segment_update_request import DubbingBulkSegmentUpdateRequest

        kwargs = dubbing_project_transcript_update_segments._get_kwargs(
            project_id=project_id,
            body=DubbingBulkSegmentUpdateRequest(
                segments=segments,
            ),
        )

        return await self._requester.request(kwargs, _parse_dubbing_project_transcript_update_segments, request_options)


class AsyncDubbingProjectTranscriptResourceWithRawResponse:
    """`AsyncDubbingProjectTranscriptResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncDubbingProjectTranscriptResource) -> None:
        self.get = async_raw_response(resource.get)
        self.create_segment = async_raw_response(resource.create_segment)
        self.delete_segment = async_raw_response(resource.delete_segment)
        self.update_segment = async_raw_response(resource.update_segment)
        self.update_segments = async_raw_response(resource.update_segments)
