"""`client.dubbing.transcripts`: the operations of group `dubbing_transcripts`, as methods of DubbingTranscriptsResource and AsyncDubbingTranscriptsResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

from ...types import loads
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
from . import dubbing_transcripts_get


def _parse_dubbing_transcripts_get(response: httpx.Response) -> models.DubbingTranscriptsResponseModel:
    from ...models.dubbing_transcripts_response_model import DubbingTranscriptsResponseModel

    response_200 = DubbingTranscriptsResponseModel.from_dict(loads(response.content))

    return response_200


class DubbingTranscriptsResource:
    """The operations of group `dubbing_transcripts`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DubbingTranscriptsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return DubbingTranscriptsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        dubbing_id: str,
        language_code: str,
        format_type: models.DubbingTranscriptsGetFormatType,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingTranscriptsResponseModel:
        """Retrieve A Transcript

        Fetch the transcript for one of the languages in a dub.

        `GET /v1/dubbing/{dubbing_id}/transcripts/{language_code}/format/{format_type}`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            language_code (str): ISO-693 language code to retrieve the transcript for. Use 'source' to
                fetch the transcript of the original media.
            format_type (DubbingTranscriptsGetFormatType): Format to return transcript in. For subtitles
                use either 'srt' or 'webvtt', and for a full transcript use 'json'. The 'json' format is not
                yet supported for Dubbing Studio. One of: json, srt, webvtt.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        check_path_parameter("language_code", language_code)
        check_path_parameter("format_type", format_type)
        kwargs = dubbing_transcripts_get._get_kwargs(
            dubbing_id=dubbing_id,
            language_code=language_code,
            format_type=format_type,
        )

        return self._requester.request(kwargs, _parse_dubbing_transcripts_get, request_options)


class DubbingTranscriptsResourceWithRawResponse:
    """`DubbingTranscriptsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: DubbingTranscriptsResource) -> None:
        self.get = raw_response(resource.get)


class AsyncDubbingTranscriptsResource:
    """The operations of group `dubbing_transcripts`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDubbingTranscriptsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncDubbingTranscriptsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def get(
        self,
        dubbing_id: str,
        language_code: str,
        format_type: models.DubbingTranscriptsGetFormatType,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingTranscriptsResponseModel:
        """Retrieve A Transcript

        Fetch the transcript for one of the languages in a dub.

        `GET /v1/dubbing/{dubbing_id}/transcripts/{language_code}/format/{format_type}`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            language_code (str): ISO-693 language code to retrieve the transcript for. Use 'source' to
                fetch the transcript of the original media.
            format_type (DubbingTranscriptsGetFormatType): Format to return transcript in. For subtitles
                use either 'srt' or 'webvtt', and for a full transcript use 'json'. The 'json' format is not
                yet supported for Dubbing Studio. One of: json, srt, webvtt.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        check_path_parameter("language_code", language_code)
        check_path_parameter("format_type", format_type)
        kwargs = dubbing_transcripts_get._get_kwargs(
            dubbing_id=dubbing_id,
            language_code=language_code,
            format_type=format_type,
        )

        return await self._requester.request(kwargs, _parse_dubbing_transcripts_get, request_options)


class AsyncDubbingTranscriptsResourceWithRawResponse:
    """`AsyncDubbingTranscriptsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncDubbingTranscriptsResource) -> None:
        self.get = async_raw_response(resource.get)
