"""`client.dubbing.resource.language`: the operations of group `dubbing_resource_language`, as methods of DubbingResourceLanguageResource and AsyncDubbingResourceLanguageResource."""

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
from . import dubbing_resource_language_add


def _parse_dubbing_resource_language_add(response: httpx.Response) -> models.LanguageAddedResponse:
    from ...models.language_added_response import LanguageAddedResponse

    response_201 = LanguageAddedResponse.from_dict(loads(response.content))

    return response_201


class DubbingResourceLanguageResource:
    """The operations of group `dubbing_resource_language`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DubbingResourceLanguageResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return DubbingResourceLanguageResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def add(
        self,
        dubbing_id: str,
        language: None | str = None,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.LanguageAddedResponse:
        """Deprecated: Add A Language To The Resource

        Deprecated. Adds the given ElevenLab Turbo V2/V2.5 language code to the resource. Does not
        automatically generate transcripts/translations/audio.

        `POST /v1/dubbing/resource/{dubbing_id}/language`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            language (None | str): The Target language.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        from ...models.body_add_a_language_to_the_resource_v1_dubbing_resource_dubbing_id_language_post import (
            BodyAddALanguageToTheResourceV1DubbingResourceDubbingIdLanguagePost,
        )

        kwargs = dubbing_resource_language_add._get_kwargs(
            dubbing_id=dubbing_id,
            body=BodyAddALanguageToTheResourceV1DubbingResourceDubbingIdLanguagePost(
                language=language,
            ),
        )

        return self._requester.request(kwargs, _parse_dubbing_resource_language_add, request_options)


class DubbingResourceLanguageResourceWithRawResponse:
    """`DubbingResourceLanguageResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: DubbingResourceLanguageResource) -> None:
        self.add = raw_response(resource.add)


class AsyncDubbingResourceLanguageResource:
    """The operations of group `dubbing_resource_language`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDubbingResourceLanguageResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncDubbingResourceLanguageResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def add(
        self,
        dubbing_id: str,
        language: None | str = None,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.LanguageAddedResponse:
        """Deprecated: Add A Language To The Resource

        Deprecated. Adds the given ElevenLab Turbo V2/V2.5 language code to the resource. Does not
        automatically generate transcripts/translations/audio.

        `POST /v1/dubbing/resource/{dubbing_id}/language`.

        Args:
            dubbing_id (str): ID of the dubbing project.
            language (None | str): The Target language.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("dubbing_id", dubbing_id)
        from ...models.body_add_a_language_to_the_resource_v1_dubbing_resource_dubbing_id_language_post import (
            BodyAddALanguageToTheResourceV1DubbingResourceDubbingIdLanguagePost,
        )

        kwargs = dubbing_resource_language_add._get_kwargs(
            dubbing_id=dubbing_id,
            body=BodyAddALanguageToTheResourceV1DubbingResourceDubbingIdLanguagePost(
                language=language,
            ),
        )

        return await self._requester.request(kwargs, _parse_dubbing_resource_language_add, request_options)


class AsyncDubbingResourceLanguageResourceWithRawResponse:
    """`AsyncDubbingResourceLanguageResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncDubbingResourceLanguageResource) -> None:
        self.add = async_raw_response(resource.add)
