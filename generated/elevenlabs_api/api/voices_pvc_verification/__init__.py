"""`client.voices.pvc.verification`: the operations of group `voices_pvc_verification`, as methods of VoicesPvcVerificationResource and AsyncVoicesPvcVerificationResource."""

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
    check_path_parameter,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from ..voices_pvc_verification_captcha import (
        AsyncVoicesPvcVerificationCaptchaResource,
        VoicesPvcVerificationCaptchaResource,
    )
from . import voices_pvc_verification_request


def _parse_voices_pvc_verification_request(
    response: httpx.Response,
) -> models.RequestPvcManualVerificationResponseModel:
    from ...models.request_pvc_manual_verification_response_model import RequestPvcManualVerificationResponseModel

    response_200 = RequestPvcManualVerificationResponseModel.from_dict(loads(response.content))

    return response_200


class VoicesPvcVerificationResource:
    """The operations of group `voices_pvc_verification`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> VoicesPvcVerificationResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return VoicesPvcVerificationResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def captcha(self) -> VoicesPvcVerificationCaptchaResource:
        """`voices_pvc_verification_captcha` operations."""
        from ..voices_pvc_verification_captcha import VoicesPvcVerificationCaptchaResource

        return VoicesPvcVerificationCaptchaResource(self._requester)

    def request(
        self,
        voice_id: str,
        files: builtins.list[FileInput],
        *,
        extra_text: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.RequestPvcManualVerificationResponseModel:
        """Request Manual Verification

        Request manual verification for a PVC voice.

        `POST /v1/voices/pvc/{voice_id}/verification`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            files (list[FileInput]): Verification documents
            extra_text (None | str | Unset): Extra text to be used in the manual verification process.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_request_manual_verification_v1_voices_pvc_voice_id_verification_post import (
            BodyRequestManualVerificationV1VoicesPvcVoiceIdVerificationPost,
        )

        kwargs = voices_pvc_verification_request._get_kwargs(
            voice_id=voice_id,
            body=BodyRequestManualVerificationV1VoicesPvcVoiceIdVerificationPost(
                files=[as_file(f) for f in files],
                extra_text=extra_text,
            ),
        )

        return self._requester.request(kwargs, _parse_voices_pvc_verification_request, request_options)


class VoicesPvcVerificationResourceWithRawResponse:
    """`VoicesPvcVerificationResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: VoicesPvcVerificationResource) -> None:
        self.request = raw_response(resource.request)


class AsyncVoicesPvcVerificationResource:
    """The operations of group `voices_pvc_verification`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncVoicesPvcVerificationResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncVoicesPvcVerificationResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def captcha(self) -> AsyncVoicesPvcVerificationCaptchaResource:
        """`voices_pvc_verification_captcha` operations."""
        from ..voices_pvc_verification_captcha import AsyncVoicesPvcVerificationCaptchaResource

        return AsyncVoicesPvcVerificationCaptchaResource(self._requester)

    async def request(
        self,
        voice_id: str,
        files: builtins.list[FileInput],
        *,
        extra_text: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.RequestPvcManualVerificationResponseModel:
        """Request Manual Verification

        Request manual verification for a PVC voice.

        `POST /v1/voices/pvc/{voice_id}/verification`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            files (list[FileInput]): Verification documents
            extra_text (None | str | Unset): Extra text to be used in the manual verification process.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_request_manual_verification_v1_voices_pvc_voice_id_verification_post import (
            BodyRequestManualVerificationV1VoicesPvcVoiceIdVerificationPost,
        )

        kwargs = voices_pvc_verification_request._get_kwargs(
            voice_id=voice_id,
            body=BodyRequestManualVerificationV1VoicesPvcVoiceIdVerificationPost(
                files=[as_file(f) for f in files],
                extra_text=extra_text,
            ),
        )

        return await self._requester.request(kwargs, _parse_voices_pvc_verification_request, request_options)


class AsyncVoicesPvcVerificationResourceWithRawResponse:
    """`AsyncVoicesPvcVerificationResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncVoicesPvcVerificationResource) -> None:
        self.request = async_raw_response(resource.request)
