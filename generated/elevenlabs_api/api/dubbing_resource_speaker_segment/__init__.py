"""`client.dubbing.resource.speaker.segment`: the operations of group `dubbing_resource_speaker_segment`, as methods of DubbingResourceSpeakerSegmentResource and AsyncDubbingResourceSpeakerSegmentResource."""

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
from . import dubbing_resource_speaker_segment_create


def _parse_dubbing_resource_speaker_segment_create(response: httpx.Response) -> models.SegmentCreateResponse:
    from ...models.segment_create_response import SegmentCreateResponse

    response_201 = SegmentCreateResponse.from_dict(loads(response.content))

    return response_201


class DubbingResourceSpeakerSegmentResource:
    """The operations of group `dubbing_resource_speaker_segment`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DubbingResourceSpeakerSegmentResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return DubbingResourceSpeakerSegmentResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def create(
        self,
        dubbing_id: str,
        speaker_id: str,
        start_time: float,
        end_time: float,
        *,
        text: None | str | Unset = UNSET,
        translations: None | models.SegmentCreatePayloadTranslationsType0 | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.SegmentCreateResponse:
        """Deprecated: Create A Segment For The Speaker

        Deprecated. Creates a new segment in dubbing resource with a start and end time for the speaker in
        every available language. Does not automatically generate transcripts/translations/audio.

        `POST /v1/dubbing/resource/{dubbing_id}/speaker/{speaker_id}/segment`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            speaker_id (str): ID of the speaker.
            start_time (float):
            end_time (float):
            text (None | str | Unset):
            translations (None | SegmentCreatePayloadTranslationsType0 | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        check_path_parameter("speaker_id", speaker_id)
        from ...models.segment_create_payload import SegmentCreatePayload

        kwargs = dubbing_resource_speaker_segment_create._get_kwargs(
            dubbing_id=dubbing_id,
            speaker_id=speaker_id,
            body=SegmentCreatePayload(
                start_time=start_time,
                end_time=end_time,
                text=text,
                translations=translations,
            ),
        )

        return self._requester.request(kwargs, _parse_dubbing_resource_speaker_segment_create, request_options)


class DubbingResourceSpeakerSegmentResourceWithRawResponse:
    """`DubbingResourceSpeakerSegmentResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: DubbingResourceSpeakerSegmentResource) -> None:
        self.create = raw_response(resource.create)


class AsyncDubbingResourceSpeakerSegmentResource:
    """The operations of group `dubbing_resource_speaker_segment`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDubbingResourceSpeakerSegmentResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncDubbingResourceSpeakerSegmentResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def create(
        self,
        dubbing_id: str,
        speaker_id: str,
        start_time: float,
        end_time: float,
        *,
        text: None | str | Unset = UNSET,
        translations: None | models.SegmentCreatePayloadTranslationsType0 | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.SegmentCreateResponse:
        """Deprecated: Create A Segment For The Speaker

        Deprecated. Creates a new segment in dubbing resource with a start and end time for the speaker in
        every available language. Does not automatically generate transcripts/translations/audio.

        `POST /v1/dubbing/resource/{dubbing_id}/speaker/{speaker_id}/segment`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            speaker_id (str): ID of the speaker.
            start_time (float):
            end_time (float):
            text (None | str | Unset):
            translations (None | SegmentCreatePayloadTranslationsType0 | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        check_path_parameter("speaker_id", speaker_id)
        from ...models.segment_create_payload import SegmentCreatePayload

        kwargs = dubbing_resource_speaker_segment_create._get_kwargs(
            dubbing_id=dubbing_id,
            speaker_id=speaker_id,
            body=SegmentCreatePayload(
                start_time=start_time,
                end_time=end_time,
                text=text,
                translations=translations,
            ),
        )

        return await self._requester.request(kwargs, _parse_dubbing_resource_speaker_segment_create, request_options)


class AsyncDubbingResourceSpeakerSegmentResourceWithRawResponse:
    """`AsyncDubbingResourceSpeakerSegmentResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncDubbingResourceSpeakerSegmentResource) -> None:
        self.create = async_raw_response(resource.create)
