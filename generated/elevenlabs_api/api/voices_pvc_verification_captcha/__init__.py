"""`client.voices.pvc.verification.captcha`: the operations of group `voices_pvc_verification_captcha`, as methods of VoicesPvcVerificationCaptchaResource and AsyncVoicesPvcVerificationCaptchaResource."""

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
    check_path_parameter,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import voices_pvc_verification_captcha_get, voices_pvc_verification_captcha_verify


def _parse_voices_pvc_verification_captcha_get(response: httpx.Response) -> None:
    return None


def _parse_voices_pvc_verification_captcha_verify(
    response: httpx.Response,
) -> models.VerifyPvcVoiceCaptchaResponseModel:
    from ...models.verify_pvc_voice_captcha_response_model import VerifyPvcVoiceCaptchaResponseModel

    response_200 = VerifyPvcVoiceCaptchaResponseModel.from_dict(loads(response.content))

    return response_200


class VoicesPvcVerificationCaptchaResource:
    """The operations of group `voices_pvc_verification_captcha`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> VoicesPvcVerificationCaptchaResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return VoicesPvcVerificationCaptchaResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        voice_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Get Pvc Voice Captcha

        Get captcha for PVC voice verification.

        `GET /v1/voices/pvc/{voice_id}/captcha`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        kwargs = voices_pvc_verification_captcha_get._get_kwargs(
            voice_id=voice_id,
        )

        return self._requester.request(kwargs, _parse_voices_pvc_verification_captcha_get, request_options)

    def verify(
        self,
        voice_id: str,
        recording: FileInput,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.VerifyPvcVoiceCaptchaResponseModel:
        """Verify Pvc Voice Captcha

        Submit captcha verification for PVC voice.

        `POST /v1/voices/pvc/{voice_id}/captcha`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            recording (FileInput): Audio recording of the user
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_verify_pvc_voice_captcha_v1_voices_pvc_voice_id_captcha_post import (
            BodyVerifyPvcVoiceCaptchaV1VoicesPvcVoiceIdCaptchaPost,
        )

        kwargs = voices_pvc_verification_captcha_verify._get_kwargs(
            voice_id=voice_id,
            body=BodyVerifyPvcVoiceCaptchaV1VoicesPvcVoiceIdCaptchaPost(
                recording=as_file(recording),
            ),
        )

        return self._requester.request(kwargs, _parse_voices_pvc_verification_captcha_verify, request_options)


class VoicesPvcVerificationCaptchaResourceWithRawResponse:
    """`VoicesPvcVerificationCaptchaResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: VoicesPvcVerificationCaptchaResource) -> None:
        self.get = raw_response(resource.get)
        self.verify = raw_response(resource.verify)


class AsyncVoicesPvcVerificationCaptchaResource:
    """The operations of group `voices_pvc_verification_captcha`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncVoicesPvcVerificationCaptchaResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncVoicesPvcVerificationCaptchaResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def get(
        self,
        voice_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Get Pvc Voice Captcha

        Get captcha for PVC voice verification.

        `GET /v1/voices/pvc/{voice_id}/captcha`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        kwargs = voices_pvc_verification_captcha_get._get_kwargs(
            voice_id=voice_id,
        )

        return await self._requester.request(kwargs, _parse_voices_pvc_verification_captcha_get, request_options)

    async def verify(
        self,
        voice_id: str,
        recording: FileInput,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.VerifyPvcVoiceCaptchaResponseModel:
        """Verify Pvc Voice Captcha

        Submit captcha verification for PVC voice.

        `POST /v1/voices/pvc/{voice_id}/captcha`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            recording (FileInput): Audio recording of the user
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_verify_pvc_voice_captcha_v1_voices_pvc_voice_id_captcha_post import (
            BodyVerifyPvcVoiceCaptchaV1VoicesPvcVoiceIdCaptchaPost,
        )

        kwargs = voices_pvc_verification_captcha_verify._get_kwargs(
            voice_id=voice_id,
            body=BodyVerifyPvcVoiceCaptchaV1VoicesPvcVoiceIdCaptchaPost(
                recording=as_file(recording),
            ),
        )

        return await self._requester.request(kwargs, _parse_voices_pvc_verification_captcha_verify, request_options)


class AsyncVoicesPvcVerificationCaptchaResourceWithRawResponse:
    """`AsyncVoicesPvcVerificationCaptchaResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncVoicesPvcVerificationCaptchaResource) -> None:
        self.get = async_raw_response(resource.get)
        self.verify = async_raw_response(resource.verify)
