"""`client.samples`: the operations of group `samples`, as methods of SamplesResource and AsyncSamplesResource."""

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
from . import samples_delete


def _parse_samples_delete(response: httpx.Response) -> models.DeleteSampleResponse:
    from ...models.delete_sample_response import DeleteSampleResponse

    response_200 = DeleteSampleResponse.from_dict(loads(response.content))

    return response_200


class SamplesResource:
    """The operations of group `samples`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> SamplesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return SamplesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def delete(
        self,
        voice_id: str,
        sample_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteSampleResponse:
        """Delete Sample

        Removes a sample by its ID.

        `DELETE /v1/voices/{voice_id}/samples/{sample_id}`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            sample_id (str): Sample ID to be used, you can use GET
                https://api.elevenlabs.io/v1/voices/{voice_id} to list all the available samples for a
                voice.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        kwargs = samples_delete._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
        )

        return self._requester.request(kwargs, _parse_samples_delete, request_options)


class SamplesResourceWithRawResponse:
    """`SamplesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: SamplesResource) -> None:
        self.delete = raw_response(resource.delete)


class AsyncSamplesResource:
    """The operations of group `samples`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncSamplesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncSamplesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def delete(
        self,
        voice_id: str,
        sample_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.DeleteSampleResponse:
        """Delete Sample

        Removes a sample by its ID.

        `DELETE /v1/voices/{voice_id}/samples/{sample_id}`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            sample_id (str): Sample ID to be used, you can use GET
                https://api.elevenlabs.io/v1/voices/{voice_id} to list all the available samples for a
                voice.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        check_path_parameter("sample_id", sample_id)
        kwargs = samples_delete._get_kwargs(
            voice_id=voice_id,
            sample_id=sample_id,
        )

        return await self._requester.request(kwargs, _parse_samples_delete, request_options)


class AsyncSamplesResourceWithRawResponse:
    """`AsyncSamplesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncSamplesResource) -> None:
        self.delete = async_raw_response(resource.delete)
