"""`client.voices.accents`: the operations of group `voices_accents`, as methods of VoicesAccentsResource and AsyncVoicesAccentsResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, TypedDict

import httpx

from ...types import UNSET, Unset, loads
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
from . import voices_accents_get


def _parse_voices_accents_get(response: httpx.Response) -> models.GetVoiceAccentsResponseModel:
    from ...models.get_voice_accents_response_model import GetVoiceAccentsResponseModel

    response_200 = GetVoiceAccentsResponseModel.from_dict(loads(response.content))

    return response_200


class VoicesAccentsGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    language: None | str | Unset
    model_id: None | str | Unset


class VoicesAccentsResource:
    """The operations of group `voices_accents`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> VoicesAccentsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return VoicesAccentsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        *,
        language: None | str | Unset = UNSET,
        model_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetVoiceAccentsResponseModel:
        """Get Voice Accents

        Gets the list of available accents in the shared voice library.

        `GET /v1/voices/accents`.

        Args:
            language (None | str | Unset): If provided, only accents for this language code are
                returned.
            model_id (None | str | Unset): If provided, returns the accents available for this model.
                Defaults to the most complete accent list when omitted.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = voices_accents_get._get_kwargs(
            language=language,
            model_id=model_id,
        )

        return self._requester.request(kwargs, _parse_voices_accents_get, request_options)


class VoicesAccentsResourceWithRawResponse:
    """`VoicesAccentsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: VoicesAccentsResource) -> None:
        self.get = raw_response(resource.get)


class AsyncVoicesAccentsResource:
    """The operations of group `voices_accents`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncVoicesAccentsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncVoicesAccentsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def get(
        self,
        *,
        language: None | str | Unset = UNSET,
        model_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetVoiceAccentsResponseModel:
        """Get Voice Accents

        Gets the list of available accents in the shared voice library.

        `GET /v1/voices/accents`.

        Args:
            language (None | str | Unset): If provided, only accents for this language code are
                returned.
            model_id (None | str | Unset): If provided, returns the accents available for this model.
                Defaults to the most complete accent list when omitted.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = voices_accents_get._get_kwargs(
            language=language,
            model_id=model_id,
        )

        return await self._requester.request(kwargs, _parse_voices_accents_get, request_options)


class AsyncVoicesAccentsResourceWithRawResponse:
    """`AsyncVoicesAccentsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncVoicesAccentsResource) -> None:
        self.get = async_raw_response(resource.get)
