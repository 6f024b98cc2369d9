"""`client.forced_alignment`: the operations of group `forced_alignment`, as methods of ForcedAlignmentResource and AsyncForcedAlignmentResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import Any, TypedDict, Unpack, cast

import httpx

from ... import models
from ...types import UNSET, File, FileInput, Unset, as_file, loads, parse_strictly
from .. import (
    AsyncBinaryStream,
    AsyncObjectStream,
    AsyncRequester,
    BinaryStream,
    Paging,
    Requester,
    RequestOptions,
    ServerSentEvent,
    async_raw_response,
    check_path_parameter,
    raw_response,
)
from . import forced_alignment_create


def _parse_forced_alignment_create(response: httpx.Response) -> models.ForcedAlignmentResponseModel:
    from ...models.body_create_forced_alignment_v1_forced_alignment_post import (
        BodyCreateForcedAlignmentV1ForcedAlignmentPost,
    )
    from ...models.forced_alignment_response_model import ForcedAlignmentResponseModel
    from ...models.http_validation_error import HttpValidationError

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
