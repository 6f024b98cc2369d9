"""`client.forced_alignment`: the operations of group `forced_alignment`, as methods of ForcedAlignmentResource and AsyncForcedAlignmentResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

from ...types import FileInput, as_file, loads
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import forced_alignment_create


def _parse_forced_alignment_create(response: httpx.Response) -> models.ForcedAlignmentResponseModel:
    from ...models.forced_alignment_response_model import ForcedAlignmentResponseModel

    response_200 = ForcedAlignmentResponseModel.from_dict(loads(response.content))

    return response_200


class ForcedAlignmentResource:
    """The operations of group `forced_alignment`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ForcedAlignmentResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ForcedAlignmentResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def create(
        self,
        file: FileInput,
        text: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ForcedAlignmentResponseModel:
        """Create Forced Alignment

        Force align an audio file to text. Use this endpoint to get the timing information for each
        character and word in an audio file based on a provided text transcript.

        `POST /v1/forced-alignment`.

        Args:
            file (FileInput): The file to align. All major audio formats are supported. The file size
                must be less than 1GB.
            text (str): The text to align with the audio. The input text can be in any format, however
                diarization is not supported at this time.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_forced_alignment_v1_forced_alignment_post import (
            BodyCreateForcedAlignmentV1ForcedAlignmentPost,
        )

        kwargs = forced_alignment_create._get_kwargs(
            body=BodyCreateForcedAlignmentV1ForcedAlignmentPost(
                file=as_file(file),
                text=text,
            ),
        )

        return self._requester.request(kwargs, _parse_forced_alignment_create, request_options)


class ForcedAlignmentResourceWithRawResponse:
    """`ForcedAlignmentResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ForcedAlignmentResource) -> None:
        self.create = raw_response(resource.create)


class AsyncForcedAlignmentResource:
    """The operations of group `forced_alignment`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncForcedAlignmentResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncForcedAlignmentResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def create(
        self,
        file: FileInput,
        text: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ForcedAlignmentResponseModel:
        """Create Forced Alignment

        Force align an audio file to text. Use this endpoint to get the timing information for each
        character and word in an audio file based on a provided text transcript.

        `POST /v1/forced-alignment`.

        Args:
            file (FileInput): The file to align. All major audio formats are supported. The file size
                must be less than 1GB.
            text (str): The text to align with the audio. The input text can be in any format, however
                diarization is not supported at this time.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_forced_alignment_v1_forced_alignment_post import (
            BodyCreateForcedAlignmentV1ForcedAlignmentPost,
        )

        kwargs = forced_alignment_create._get_kwargs(
            body=BodyCreateForcedAlignmentV1ForcedAlignmentPost(
                file=as_file(file),
                text=text,
            ),
        )

        return await self._requester.request(kwargs, _parse_forced_alignment_create, request_options)


class AsyncForcedAlignmentResourceWithRawResponse:
    """`AsyncForcedAlignmentResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncForcedAlignmentResource) -> None:
        self.create = async_raw_response(resource.create)
