"""`client.dubbing.transcript`: the operations of group `dubbing_transcript`, as methods of DubbingTranscriptResource and AsyncDubbingTranscriptResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, TypedDict, cast

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
from . import dubbing_transcript_get


def _parse_dubbing_transcript_get(response: httpx.Response) -> models.DubbingTranscriptResponseModel | str:
    from ...models.dubbing_transcript_response_model import DubbingTranscriptResponseModel

    def _parse_response_200(data: object) -> DubbingTranscriptResponseModel | str:

        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_0 = DubbingTranscriptResponseModel.from_dict(data)

            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast("DubbingTranscriptResponseModel | str", data)

    response_200 = _parse_response_200(loads(response.content))

    return response_200


class DubbingTranscriptGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    format_type: models.DubbingTranscriptGetFormatType | Unset


class DubbingTranscriptResource:
    """The operations of group `dubbing_transcript`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DubbingTranscriptResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return DubbingTranscriptResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        dubbing_id: str,
        language_code: str,
        *,
        format_type: models.DubbingTranscriptGetFormatType | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingTranscriptResponseModel | str:
        """Deprecated: Get Dubbed Transcript

        Deprecated. Returns transcript for the dub as an SRT or WEBVTT file.

        `GET /v1/dubbing/{dubbing_id}/transcript/{language_code}`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            language_code (str): ISO-693 language code to retrieve the transcript for. Use 'source' to
                fetch the transcript of the original media.
            format_type (DubbingTranscriptGetFormatType | Unset): Format to return transcript in. For
                subtitles use either 'srt' or 'webvtt', and for a full transcript use 'json'. The 'json'
                format is not yet supported for Dubbing Studio. Defaults to 'srt' on the server. One of:
                json, srt, webvtt.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        check_path_parameter("language_code", language_code)
        kwargs = dubbing_transcript_get._get_kwargs(
            dubbing_id=dubbing_id,
            language_code=language_code,
            format_type=format_type,
        )

        return self._requester.request(kwargs, _parse_dubbing_transcript_get, request_options)


class DubbingTranscriptResourceWithRawResponse:
    """`DubbingTranscriptResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: DubbingTranscriptResource) -> None:
        self.get = raw_response(resource.get)


class AsyncDubbingTranscriptResource:
    """The operations of group `dubbing_transcript`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDubbingTranscriptResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncDubbingTranscriptResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def get(
        self,
        dubbing_id: str,
        language_code: str,
        *,
        format_type: models.DubbingTranscriptGetFormatType | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.DubbingTranscriptResponseModel | str:
        """Deprecated: Get Dubbed Transcript

        Deprecated. Returns transcript for the dub as an SRT or WEBVTT file.

        `GET /v1/dubbing/{dubbing_id}/transcript/{language_code}`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            language_code (str): ISO-693 language code to retrieve the transcript for. Use 'source' to
                fetch the transcript of the original media.
            format_type (DubbingTranscriptGetFormatType | Unset): Format to return transcript in. For
                subtitles use either 'srt' or 'webvtt', and for a full transcript use 'json'. The 'json'
                format is not yet supported for Dubbing Studio. Defaults to 'srt' on the server. One of:
                json, srt, webvtt.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        check_path_parameter("language_code", language_code)
        kwargs = dubbing_transcript_get._get_kwargs(
            dubbing_id=dubbing_id,
            language_code=language_code,
            format_type=format_type,
        )

        return await self._requester.request(kwargs, _parse_dubbing_transcript_get, request_options)


class AsyncDubbingTranscriptResourceWithRawResponse:
    """`AsyncDubbingTranscriptResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncDubbingTranscriptResource) -> None:
        self.get = async_raw_response(resource.get)
