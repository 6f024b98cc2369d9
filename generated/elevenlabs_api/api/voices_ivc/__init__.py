"""`client.voices.ivc`: the operations of group `voices_ivc`, as methods of VoicesIvcResource and AsyncVoicesIvcResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING

import httpx

from ...types import UNSET, FileInput, Unset, as_file, loads
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
from . import voices_ivc_create


def _parse_voices_ivc_create(response: httpx.Response) -> models.AddVoiceIvcResponseModel:
    from ...models.add_voice_ivc_response_model import AddVoiceIvcResponseModel

    response_200 = AddVoiceIvcResponseModel.from_dict(loads(response.content))

    return response_200


class VoicesIvcResource:
    """The operations of group `voices_ivc`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> VoicesIvcResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return VoicesIvcResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def create(
        self,
        name: str,
        files: builtins.list[FileInput],
        *,
        remove_background_noise: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        labels: models.AddVoiceRequestLabelsType0 | None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddVoiceIvcResponseModel:
        """Add Voice

        Add a new voice to your collection of voices in VoiceLab.

        `POST /v1/voices/add`.

        Args:
            name (str): The name that identifies this voice. This will be displayed in the dropdown of
                the website.
            files (list[FileInput]): A list of file paths to audio recordings intended for voice
                cloning.
            remove_background_noise (bool | Unset): If set will remove background noise for voice
                samples using our audio isolation model. If the samples do not include background noise, it
                can make the quality worse. Defaults to False on the server.
            description (None | str | Unset): A description of the voice.
            labels (AddVoiceRequestLabelsType0 | None | str | Unset): Labels for the voice. Keys can be
                language, accent, gender, or age.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.add_voice_request import AddVoiceRequest

        kwargs = voices_ivc_create._get_kwargs(
            body=AddVoiceRequest(
                name=name,
                files=[as_file(f) for f in files],
                remove_background_noise=remove_background_noise,
                description=description,
                labels=labels,
            ),
        )

        return self._requester.request(kwargs, _parse_voices_ivc_create, request_options)


class VoicesIvcResourceWithRawResponse:
    """`VoicesIvcResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: VoicesIvcResource) -> None:
        self.create = raw_response(resource.create)


class AsyncVoicesIvcResource:
    """The operations of group `voices_ivc`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncVoicesIvcResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncVoicesIvcResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def create(
        self,
        name: str,
        files: builtins.list[FileInput],
        *,
        remove_background_noise: bool | Unset = UNSET,
        description: None | str | Unset = UNSET,
        labels: models.AddVoiceRequestLabelsType0 | None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddVoiceIvcResponseModel:
        """Add Voice

        Add a new voice to your collection of voices in VoiceLab.

        `POST /v1/voices/add`.

        Args:
            name (str): The name that identifies this voice. This will be displayed in the dropdown of
                the website.
            files (list[FileInput]): A list of file paths to audio recordings intended for voice
                cloning.
            remove_background_noise (bool | Unset): If set will remove background noise for voice
                samples using our audio isolation model. If the samples do not include background noise, it
                can make the quality worse. Defaults to False on the server.
            description (None | str | Unset): A description of the voice.
            labels (AddVoiceRequestLabelsType0 | None | str | Unset): Labels for the voice. Keys can be
                language, accent, gender, or age.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.add_voice_request import AddVoiceRequest

        kwargs = voices_ivc_create._get_kwargs(
            body=AddVoiceRequest(
                name=name,
                files=[as_file(f) for f in files],
                remove_background_noise=remove_background_noise,
                description=description,
                labels=labels,
            ),
        )

        return await self._requester.request(kwargs, _parse_voices_ivc_create, request_options)


class AsyncVoicesIvcResourceWithRawResponse:
    """`AsyncVoicesIvcResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncVoicesIvcResource) -> None:
        self.create = async_raw_response(resource.create)
