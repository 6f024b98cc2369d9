"""`client.voices.settings`: the operations of group `voices_settings`, as methods of VoicesSettingsResource and AsyncVoicesSettingsResource."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, overload

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    check_path_parameter,
    raw_response,
    whole_request,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import voices_settings_get, voices_settings_get_default, voices_settings_update


def _parse_voices_settings_get_default(response: httpx.Response) -> models.VoiceSettings:
    from ...models.voice_settings import VoiceSettings

    response_200 = VoiceSettings.from_dict(loads(response.content))

    return response_200


def _parse_voices_settings_get(response: httpx.Response) -> models.VoiceSettings:
    from ...models.voice_settings import VoiceSettings

    response_200 = VoiceSettings.from_dict(loads(response.content))

    return response_200


def _parse_voices_settings_update(response: httpx.Response) -> models.EditVoiceSettingsResponseModel:
    from ...models.edit_voice_settings_response_model import EditVoiceSettingsResponseModel

    response_200 = EditVoiceSettingsResponseModel.from_dict(loads(response.content))

    return response_200


class VoicesSettingsResource:
    """The operations of group `voices_settings`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> VoicesSettingsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return VoicesSettingsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get_default(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.VoiceSettings:
        """Get Default Voice Settings.

        Gets the default settings for voices. "similarity_boost" corresponds to"Clarity + Similarity
        Enhancement" in the web app and "stability" corresponds to "Stability" slider in the web app.

        `GET /v1/voices/settings/default`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = voices_settings_get_default._get_kwargs()

        return self._requester.request(kwargs, _parse_voices_settings_get_default, request_options)

    def get(
        self,
        voice_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.VoiceSettings:
        """Get Voice Settings

        Returns the settings for a specific voice. "similarity_boost" corresponds to"Clarity + Similarity
        Enhancement" in the web app and "stability" corresponds to "Stability" slider in the web app.

        `GET /v1/voices/{voice_id}/settings`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        kwargs = voices_settings_get._get_kwargs(
            voice_id=voice_id,
        )

        return self._requester.request(kwargs, _parse_voices_settings_get, request_options)

    @overload
    def update(
        self,
        voice_id: str,
        *,
        stability: float | None | Unset = UNSET,
        use_speaker_boost: bool | None | Unset = UNSET,
        similarity_boost: float | None | Unset = UNSET,
        style: float | None | Unset = UNSET,
        speed: float | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.EditVoiceSettingsResponseModel: ...

    @overload
    def update(
        self,
        voice_id: str,
        *,
        request: models.VoiceSettings | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> models.EditVoiceSettingsResponseModel: ...

    def update(
        self,
        voice_id: str,
        *,
        stability: float | None | Unset = UNSET,
        use_speaker_boost: bool | None | Unset = UNSET,
        similarity_boost: float | None | Unset = UNSET,
        style: float | None | Unset = UNSET,
        speed: float | None | Unset = UNSET,
        request: models.VoiceSettings | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.EditVoiceSettingsResponseModel:
        """Edit Voice Settings

        Edit your settings for a specific voice. "similarity_boost" corresponds to "Clarity + Similarity
        Enhancement" in the web app and "stability" corresponds to "Stability" slider in the web app.

        `POST /v1/voices/{voice_id}/settings/edit`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            stability (float | None | Unset): Determines how stable the voice is and the randomness
                between each generation. Lower values introduce broader emotional range for the voice.
                Higher values can result in a monotonous voice with limited emotion. Defaults to 0.5 on the
                server.
            use_speaker_boost (bool | None | Unset): This setting boosts the similarity to the original
                speaker. Using this setting requires a slightly higher computational load, which in turn
                increases latency. Defaults to True on the server.
            similarity_boost (float | None | Unset): Determines how closely the AI should adhere to the
                original voice when attempting to replicate it. Defaults to 0.75 on the server.
            style (float | None | Unset): Determines the style exaggeration of the voice. This setting
                attempts to amplify the style of the original speaker. It does consume additional
                computational resources and might increase latency if set to anything other than 0. Defaults
                to 0.0 on the server.
            speed (float | None | Unset): Adjusts the speed of the voice. A value of 1.0 is the default
                speed, while values less than 1.0 slow down the speech, and values greater than 1.0 speed it
                up. Defaults to 1.0 on the server.
            request (VoiceSettings | Mapping[str, Any]): The body whole, as the official SDK
                takes it, instead of the fields above.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.voice_settings import VoiceSettings

        kwargs = voices_settings_update._get_kwargs(
            voice_id=voice_id,
            body=whole_request(
                "update",
                VoiceSettings,
                request,
                {
                    "stability": stability,
                    "use_speaker_boost": use_speaker_boost,
                    "similarity_boost": similarity_boost,
                    "style": style,
                    "speed": speed,
                },
            ),
        )

        return self._requester.request(kwargs, _parse_voices_settings_update, request_options)


class VoicesSettingsResourceWithRawResponse:
    """`VoicesSettingsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: VoicesSettingsResource) -> None:
        self.get_default = raw_response(resource.get_default)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)


class AsyncVoicesSettingsResource:
    """The operations of group `voices_settings`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncVoicesSettingsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncVoicesSettingsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def get_default(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.VoiceSettings:
        """Get Default Voice Settings.

        Gets the default settings for voices. "similarity_boost" corresponds to"Clarity + Similarity
        Enhancement" in the web app and "stability" corresponds to "Stability" slider in the web app.

        `GET /v1/voices/settings/default`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = voices_settings_get_default._get_kwargs()

        return await self._requester.request(kwargs, _parse_voices_settings_get_default, request_options)

    async def get(
        self,
        voice_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.VoiceSettings:
        """Get Voice Settings

        Returns the settings for a specific voice. "similarity_boost" corresponds to"Clarity + Similarity
        Enhancement" in the web app and "stability" corresponds to "Stability" slider in the web app.

        `GET /v1/voices/{voice_id}/settings`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        kwargs = voices_settings_get._get_kwargs(
            voice_id=voice_id,
        )

        return await self._requester.request(kwargs, _parse_voices_settings_get, request_options)

    @overload
    async def update(
        self,
        voice_id: str,
        *,
        stability: float | None | Unset = UNSET,
        use_speaker_boost: bool | None | Unset = UNSET,
        similarity_boost: float | None | Unset = UNSET,
        style: float | None | Unset = UNSET,
        speed: float | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.EditVoiceSettingsResponseModel: ...

    @overload
    async def update(
        self,
        voice_id: str,
        *,
        request: models.VoiceSettings | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> models.EditVoiceSettingsResponseModel: ...

    async def update(
        self,
        voice_id: str,
        *,
        stability: float | None | Unset = UNSET,
        use_speaker_boost: bool | None | Unset = UNSET,
        similarity_boost: float | None | Unset = UNSET,
        style: float | None | Unset = UNSET,
        speed: float | None | Unset = UNSET,
        request: models.VoiceSettings | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.EditVoiceSettingsResponseModel:
        """Edit Voice Settings

        Edit your settings for a specific voice. "similarity_boost" corresponds to "Clarity + Similarity
        Enhancement" in the web app and "stability" corresponds to "Stability" slider in the web app.

        `POST /v1/voices/{voice_id}/settings/edit`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            stability (float | None | Unset): Determines how stable the voice is and the randomness
                between each generation. Lower values introduce broader emotional range for the voice.
                Higher values can result in a monotonous voice with limited emotion. Defaults to 0.5 on the
                server.
            use_speaker_boost (bool | None | Unset): This setting boosts the similarity to the original
                speaker. Using this setting requires a slightly higher computational load, which in turn
                increases latency. Defaults to True on the server.
            similarity_boost (float | None | Unset): Determines how closely the AI should adhere to the
                original voice when attempting to replicate it. Defaults to 0.75 on the server.
            style (float | None | Unset): Determines the style exaggeration of the voice. This setting
                attempts to amplify the style of the original speaker. It does consume additional
                computational resources and might increase latency if set to anything other than 0. Defaults
                to 0.0 on the server.
            speed (float | None | Unset): Adjusts the speed of the voice. A value of 1.0 is the default
                speed, while values less than 1.0 slow down the speech, and values greater than 1.0 speed it
                up. Defaults to 1.0 on the server.
            request (VoiceSettings | Mapping[str, Any]): The body whole, as the official SDK
                takes it, instead of the fields above.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.voice_settings import VoiceSettings

        kwargs = voices_settings_update._get_kwargs(
            voice_id=voice_id,
            body=whole_request(
                "update",
                VoiceSettings,
                request,
                {
                    "stability": stability,
                    "use_speaker_boost": use_speaker_boost,
                    "similarity_boost": similarity_boost,
                    "style": style,
                    "speed": speed,
                },
            ),
        )

        return await self._requester.request(kwargs, _parse_voices_settings_update, request_options)


class AsyncVoicesSettingsResourceWithRawResponse:
    """`AsyncVoicesSettingsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncVoicesSettingsResource) -> None:
        self.get_default = async_raw_response(resource.get_default)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
