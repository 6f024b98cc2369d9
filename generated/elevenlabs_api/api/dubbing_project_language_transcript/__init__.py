"""`client.dubbing.project.language.transcript`: the operations of group `dubbing_project_language_transcript`, as methods of DubbingProjectLanguageTranscriptResource and AsyncDubbingProjectLanguageTranscriptResource."""

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
    dubbing_project_language_transcript_get,
    dubbing_project_language_transcript_regenerate,
    dubbing_project_language_transcript_update_segment,
    dubbing_project_language_transcript_update_segments,
)


def _parse_dubbing_project_language_transcript_get(response: httpx.Response) -> models.DubbingTargetTranscriptResponse:
    from ...models.dubbing_target_transcript_response import DubbingTargetTranscriptResponse

    response_200 = DubbingTargetTranscriptResponse.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_project_language_transcript_regenerate(response: httpx.Response) -> models.DubbingRegenerateResponse:
    from ...models.dubbing_regenerate_response import DubbingRegenerateResponse

    response_202 = DubbingRegenerateResponse.from_dict(loads(response.content))

    return response_202


def _parse_dubbing_project_language_transcript_update_segment(
    response: httpx.Response,
) -> models.DubbingTargetSegmentUpdateResponse:
    from ...models.dubbing_target_segment_update_response import DubbingTargetSegmentUpdateResponse

    response_200 = DubbingTargetSegmentUpdateResponse.from_dict(loads(response.content))

    return response_200


def _parse_dubbing_project_language_transcript_update_segments(
    response: httpx.Response,
) -> models.DubbingBulkTargetSegmentUpdateResponse:
    from ...models.dubbing_bulk_target_segment_update_response import DubbingBulkTargetSegmentUpdateResponse

    response_200 = DubbingBulkTargetSegmentUpdateResponse.from_dict(loads(response.content))

    return response_200


class DubbingProjectLanguageTranscriptResource:
    """The operations of group `dubbing_project_language_transcript`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DubbingProjectLanguageTranscriptResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return DubbingProjectLanguageTranscriptResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        project_id: str,
        language_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingTargetTranscriptResponse:
        """Get Dubbing Target Transcript

        A language target's transcript: source segments with their translations.

        `GET /v1/dubbing/project/{project_id}/language/{language_id}/transcript`.

        Args:
            project_id (str): Identifier of the dubbing project.
            language_id (str): Identifier of the language target.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("language_id", language_id)
        kwargs = dubbing_project_language_transcript_get._get_kwargs(
            project_id=project_id,
            language_id=language_id,
        )

        return self._requester.request(kwargs, _parse_dubbing_project_language_transcript_get, request_options)

    def regenerate(
        self,
        project_id: str,
        language_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingRegenerateResponse:
        """Regenerate Dubbing Target

        Enterprise only. Re-dub a target from its edited transcript, re-synthesizing only the edited regions
        (charged like a generation). Conflicts when the target has no edits to apply -- nothing is
        dispatched and nothing is charged.

        `POST /v1/dubbing/project/{project_id}/language/{language_id}/transcript/regenerate`.

        Args:
            project_id (str): Identifier of the dubbing project.
            language_id (str): Identifier of the language target.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("language_id", language_id)
        kwargs = dubbing_project_language_transcript_regenerate._get_kwargs(
            project_id=project_id,
            language_id=language_id,
        )

        return self._requester.request(kwargs, _parse_dubbing_project_language_transcript_regenerate, request_options)

    @overload
    def update_segment(
        self,
        project_id: str,
        language_id: str,
        segment_id: str,
        *,
        translation: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingTargetSegmentUpdateResponse: ...

    @overload
    def update_segment(
        self,
        project_id: str,
        language_id: str,
        segment_id: str,
        *,
        request: models.DubbingTargetSegmentUpdateRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> models.DubbingTargetSegmentUpdateResponse: ...

    def update_segment(
        self,
        project_id: str,
        language_id: str,
        segment_id: str,
        *,
        translation: None | str | Unset = UNSET,
        request: models.DubbingTargetSegmentUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingTargetSegmentUpdateResponse:
        """Update Dubbing Target Transcript Segment

        Enterprise only. Edit a segment's translation for a language target.

        `PATCH /v1/dubbing/project/{project_id}/language/{language_id}/transcript/segment/{segment_id}`.

        Args:
            project_id (str): Identifier of the dubbing project.
            language_id (str): Identifier of the language target.
            segment_id (str): Identifier of the segment to edit.
            translation (None | str | Unset): New translated text, or null to mark the segment for
                re-translation.
            request (DubbingTargetSegmentUpdateRequest | Mapping[str, Any]): The body whole, as the official SDK
                takes it, instead of the fields above.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("language_id", language_id)
        check_path_parameter("segment_id", segment_id)
        from ...models.dubbing_target_segment_update_request import DubbingTargetSegmentUpdateRequest

        kwargs = dubbing_project_language_transcript_update_segment._get_kwargs(
            project_id=project_id,
            language_id=language_id,
            segment_id=segment_id,
            body=whole_request(
                "update_segment",
                DubbingTargetSegmentUpdateRequest,
                request,
                {
                    "translation": translation,
                },
            ),
        )

        return self._requester.request(
            kwargs, _parse_dubbing_project_language_transcript_update_segment, request_options
        )

    def update_segments(
        self,
        project_id: str,
        language_id: str,
        segments: models.DubbingBulkTargetSegmentUpdateRequestSegments,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingBulkTargetSegmentUpdateResponse:
        """Update Dubbing Target Transcript Segments

        Enterprise only. Edit several segments' translations for a language target in one atomic request.

        `PATCH /v1/dubbing/project/{project_id}/language/{language_id}/transcript/segments`.

        Args:
            project_id (str): Identifier of the dubbing project.
            language_id (str): Identifier of the language target.
            segments (DubbingBulkTargetSegmentUpdateRequestSegments): Map of segment id to the
                translation edit to apply to that segment.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("language_id", language_id)
        from ...models.dubbing_bulk_target_segment_update_request import DubbingBulkTargetSegmentUpdateRequest

        kwargs = dubbing_project_language_transcript_update_segments._get_kwargs(
            project_id=project_id,
            language_id=language_id,
            body=DubbingBulkTargetSegmentUpdateRequest(
                segments=segments,
            ),
        )

        return self._requester.request(
            kwargs, _parse_dubbing_project_language_transcript_update_segments, request_options
        )


class DubbingProjectLanguageTranscriptResourceWithRawResponse:
    """`DubbingProjectLanguageTranscriptResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: DubbingProjectLanguageTranscriptResource) -> None:
        self.get = raw_response(resource.get)
        self.regenerate = raw_response(resource.regenerate)
        self.update_segment = raw_response(resource.update_segment)
        self.update_segments = raw_response(resource.update_segments)


class AsyncDubbingProjectLanguageTranscriptResource:
    """The operations of group `dubbing_project_language_transcript`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDubbingProjectLanguageTranscriptResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncDubbingProjectLanguageTranscriptResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def get(
        self,
        project_id: str,
        language_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingTargetTranscriptResponse:
        """Get Dubbing Target Transcript

        A language target's transcript: source segments with their translations.

        `GET /v1/dubbing/project/{project_id}/language/{language_id}/transcript`.

        Args:
            project_id (str): Identifier of the dubbing project.
            language_id (str): Identifier of the language target.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("language_id", language_id)
        kwargs = dubbing_project_language_transcript_get._get_kwargs(
            project_id=project_id,
            language_id=language_id,
        )

        return await self._requester.request(kwargs, _parse_dubbing_project_language_transcript_get, request_options)

    async def regenerate(
        self,
        project_id: str,
        language_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingRegenerateResponse:
        """Regenerate Dubbing Target

        Enterprise only. Re-dub a target from its edited transcript, re-synthesizing only the edited regions
        (charged like a generation). Conflicts when the target has no edits to apply -- nothing is
        dispatched and nothing is charged.

        `POST /v1/dubbing/project/{project_id}/language/{language_id}/transcript/regenerate`.

        Args:
            project_id (str): Identifier of the dubbing project.
            language_id (str): Identifier of the language target.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("language_id", language_id)
        kwargs = dubbing_project_language_transcript_regenerate._get_kwargs(
            project_id=project_id,
            language_id=language_id,
        )

        return await self._requester.request(
            kwargs, _parse_dubbing_project_language_transcript_regenerate, request_options
        )

    @overload
    async def update_segment(
        self,
        project_id: str,
        language_id: str,
        segment_id: str,
        *,
        translation: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingTargetSegmentUpdateResponse: ...

    @overload
    async def update_segment(
        self,
        project_id: str,
        language_id: str,
        segment_id: str,
        *,
        request: models.DubbingTargetSegmentUpdateRequest | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> models.DubbingTargetSegmentUpdateResponse: ...

    async def update_segment(
        self,
        project_id: str,
        language_id: str,
        segment_id: str,
        *,
        translation: None | str | Unset = UNSET,
        request: models.DubbingTargetSegmentUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingTargetSegmentUpdateResponse:
        """Update Dubbing Target Transcript Segment

        Enterprise only. Edit a segment's translation for a language target.

        `PATCH /v1/dubbing/project/{project_id}/language/{language_id}/transcript/segment/{segment_id}`.

        Args:
            project_id (str): Identifier of the dubbing project.
            language_id (str): Identifier of the language target.
            segment_id (str): Identifier of the segment to edit.
            translation (None | str | Unset): New translated text, or null to mark the segment for
                re-translation.
            request (DubbingTargetSegmentUpdateRequest | Mapping[str, Any]): The body whole, as the official SDK
                takes it, instead of the fields above.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("language_id", language_id)
        check_path_parameter("segment_id", segment_id)
        from ...models.dubbing_target_segment_update_request import DubbingTargetSegmentUpdateRequest

        kwargs = dubbing_project_language_transcript_update_segment._get_kwargs(
            project_id=project_id,
            language_id=language_id,
            segment_id=segment_id,
            body=whole_request(
                "update_segment",
                DubbingTargetSegmentUpdateRequest,
                request,
                {
                    "translation": translation,
                },
            ),
        )

        return await self._requester.request(
            kwargs, _parse_dubbing_project_language_transcript_update_segment, request_options
        )

    async def update_segments(
        self,
        project_id: str,
        language_id: str,
        segments: models.DubbingBulkTargetSegmentUpdateRequestSegments,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingBulkTargetSegmentUpdateResponse:
        """Update Dubbing Target Transcript Segments

        Enterprise only. Edit several segments' translations for a language target in one atomic request.

        `PATCH /v1/dubbing/project/{project_id}/language/{language_id}/transcript/segments`.

        Args:
            project_id (str): Identifier of the dubbing project.
            language_id (str): Identifier of the language target.
            segments (DubbingBulkTargetSegmentUpdateRequestSegments): Map of segment id to the
                translation edit to apply to that segment.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("project_id", project_id)
        check_path_parameter("language_id", language_id)
        from ...models.dubbing_bulk_target_segment_update_request import DubbingBulkTargetSegmentUpdateRequest

        kwargs = dubbing_project_language_transcript_update_segments._get_kwargs(
            project_id=project_id,
            language_id=language_id,
            body=DubbingBulkTargetSegmentUpdateRequest(
                segments=segments,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_dubbing_project_language_transcript_update_segments, request_options
        )


class AsyncDubbingProjectLanguageTranscriptResourceWithRawResponse:
    """`AsyncDubbingProjectLanguageTranscriptResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncDubbingProjectLanguageTranscriptResource) -> None:
        self.get = async_raw_response(resource.get)
        self.regenerate = async_raw_response(resource.regenerate)
        self.update_segment = async_raw_response(resource.update_segment)
        self.update_segments = async_raw_response(resource.update_segments)
