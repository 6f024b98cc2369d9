"""`client.text_to_voice`: the operations of group `text_to_voice`, as methods of TextToVoiceResource and AsyncTextToVoiceResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, TypedDict

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

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from ..text_to_voice_preview import AsyncTextToVoicePreviewResource, TextToVoicePreviewResource
from . import text_to_voice_create, text_to_voice_create_previews, text_to_voice_design, text_to_voice_remix


def _parse_text_to_voice_create(response: httpx.Response) -> models.Voice:
    from ...models.voice import Voice

    response_200 = Voice.from_dict(loads(response.content))

    return response_200


def _parse_text_to_voice_create_previews(response: httpx.Response) -> models.VoiceDesignPreviewResponse:
    from ...models.voice_design_preview_response import VoiceDesignPreviewResponse

    response_200 = VoiceDesignPreviewResponse.from_dict(loads(response.content))

    return response_200


def _parse_text_to_voice_design(response: httpx.Response) -> models.VoiceDesignPreviewResponse:
    from ...models.voice_design_preview_response import VoiceDesignPreviewResponse

    response_200 = VoiceDesignPreviewResponse.from_dict(loads(response.content))

    return response_200


def _parse_text_to_voice_remix(response: httpx.Response) -> models.VoiceDesignPreviewResponse:
    from ...models.voice_design_preview_response import VoiceDesignPreviewResponse

    response_200 = VoiceDesignPreviewResponse.from_dict(loads(response.content))

    return response_200


class TextToVoiceCreatePreviewsQuery(TypedDict, total=False):
    """The query parameters of `create_previews`, for passing them on as keyword arguments."""

    output_format: models.AllowedOutputFormats | Unset


class TextToVoiceDesignQuery(TypedDict, total=False):
    """The query parameters of `design`, for passing them on as keyword arguments."""

    output_format: models.AllowedOutputFormats | Unset


class TextToVoiceRemixQuery(TypedDict, total=False):
    """The query parameters of `remix`, for passing them on as keyword arguments."""

    output_format: models.AllowedOutputFormats | Unset


class TextToVoiceResource:
    """The operations of group `text_to_voice`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> TextToVoiceResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return TextToVoiceResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def preview(self) -> TextToVoicePreviewResource:
        """`text_to_voice_preview` operations."""
        from ..text_to_voice_preview import TextToVoicePreviewResource

        return TextToVoicePreviewResource(self._requester)

    def create(
        self,
        voice_name: str,
        voice_description: str,
        generated_voice_id: str,
        *,
        labels: models.BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0 | None | Unset = UNSET,
        played_not_selected_voice_ids: builtins.list[str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.Voice:
        """Create A New Voice From Voice Preview

        Create a voice from previously generated voice preview. This endpoint should be called after you
        fetched a generated_voice_id using POST /v1/text-to-voice/design or POST /v1/text-to-
        voice/:voice_id/remix.

        `POST /v1/text-to-voice`.

        Args:
            voice_name (str): Name to use for the created voice.
            voice_description (str): Description to use for the created voice.
            generated_voice_id (str): The generated_voice_id to create; obtain it from POST
                /v1/text-to-voice/design, POST /v1/text-to-voice/:voice_id/remix, or the response headers
                when generating previews.
            labels (BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0 | None | Unset):
                Optional, metadata to add to the created voice. Defaults to None.
            played_not_selected_voice_ids (list[str] | None | Unset): List of voice ids that the user
                has played but not selected. Used for RLHF.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_a_new_voice_from_voice_preview_v1_text_to_voice_post import (
            BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost,
        )

        kwargs = text_to_voice_create._get_kwargs(
            body=BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost(
                voice_name=voice_name,
                voice_description=voice_description,
                generated_voice_id=generated_voice_id,
                labels=labels,
                played_not_selected_voice_ids=played_not_selected_voice_ids,
            ),
        )

        return self._requester.request(kwargs, _parse_text_to_voice_create, request_options)

    def create_previews(
        self,
        voice_description: str,
        *,
        text: None | str | Unset = UNSET,
        auto_generate_text: bool | Unset = UNSET,
        loudness: float | Unset = UNSET,
        quality: float | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        guidance_scale: float | Unset = UNSET,
        should_enhance: bool | Unset = UNSET,
        output_format: models.AllowedOutputFormats | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.VoiceDesignPreviewResponse:
        """Deprecated: [Deprecated] Generate A Voice Preview From Description

        Deprecated. **Deprecated.** Use `POST /v1/text-to-voice/design` instead. Generate a custom voice
        based on voice description. This method returns a list of voice previews. Each preview has a
        generated_voice_id and a sample of the voice as base64 encoded mp3 audio. To create the voice use
        `POST /v1/text-to-voice` with the chosen `generated_voice_id`.

        `POST /v1/text-to-voice/create-previews`.

        Args:
            voice_description (str): Description to use for the created voice.
            text (None | str | Unset): Text to generate, text length has to be between 100 and 1000.
            auto_generate_text (bool | Unset): Whether to automatically generate a text suitable for the
                voice description. Defaults to False on the server.
            loudness (float | Unset): Controls the volume level of the generated voice. -1 is quietest,
                1 is loudest, 0 corresponds to roughly -24 LUFS. Defaults to 0.5 on the server.
            quality (float | Unset): Higher quality results in better voice output but less variety.
                Defaults to 0.9 on the server.
            seed (int | None | Unset): Random number that controls the voice generation. Same seed with
                same inputs produces same voice.
            guidance_scale (float | Unset): Controls how closely the AI follows the prompt. Lower
                numbers give the AI more freedom to be creative, while higher numbers force it to stick more
                to the prompt. High numbers can cause voice to sound artificial or robotic. We recommend to
                use longer, more detailed prompts at lower Guidance Scale. Defaults to 5 on the server.
            should_enhance (bool | Unset): Whether to enhance the voice description using AI to add more
                detail and improve voice generation quality. When enabled, the system will automatically
                expand simple prompts into more detailed voice descriptions. Defaults to False Defaults to
                False on the server.
            output_format (AllowedOutputFormats | Unset):  One of: alaw_8000, mp3_22050_32,
                mp3_24000_48, mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96,
                opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000,
                pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.voice_design_request import VoiceDesignRequest

        kwargs = text_to_voice_create_previews._get_kwargs(
            body=VoiceDesignRequest(
                voice_description=voice_description,
                text=text,
                auto_generate_text=auto_generate_text,
                loudness=loudness,
                quality=quality,
                seed=seed,
                guidance_scale=guidance_scale,
                should_enhance=should_enhance,
            ),
            output_format=output_format,
        )

        return self._requester.request(kwargs, _parse_text_to_voice_create_previews, request_options)

    def design(
        self,
        voice_description: str,
        *,
        model_id: models.VoiceDesignRequestModelModelId | Unset = UNSET,
        text: None | str | Unset = UNSET,
        auto_generate_text: bool | Unset = UNSET,
        loudness: float | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        guidance_scale: float | Unset = UNSET,
        stream_previews: bool | Unset = UNSET,
        should_enhance: bool | Unset = UNSET,
        remixing_session_id: None | str | Unset = UNSET,
        remixing_session_iteration_id: None | str | Unset = UNSET,
        quality: float | None | Unset = UNSET,
        reference_audio_base64: None | str | Unset = UNSET,
        prompt_strength: float | None | Unset = UNSET,
        output_format: models.AllowedOutputFormats | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.VoiceDesignPreviewResponse:
        """Design A Voice.

        Design a voice via a prompt. This method returns a list of voice previews. Each preview has a
        generated_voice_id and a sample of the voice as base64 encoded mp3 audio. To create a voice use the
        generated_voice_id of the preferred preview with the /v1/text-to-voice endpoint.

        `POST /v1/text-to-voice/design`.

        Args:
            voice_description (str): Description to use for the created voice.
            model_id (VoiceDesignRequestModelModelId | Unset): Model to use for the voice generation.
                Possible values: eleven_multilingual_ttv_v2, eleven_ttv_v3. Defaults to
                'eleven_multilingual_ttv_v2' on the server. One of: eleven_multilingual_ttv_v2,
                eleven_ttv_v3.
            text (None | str | Unset): Text to generate, text length has to be between 100 and 1000.
            auto_generate_text (bool | Unset): Whether to automatically generate a text suitable for the
                voice description. Defaults to False on the server.
            loudness (float | Unset): Controls the volume level of the generated voice. -1 is quietest,
                1 is loudest, 0 corresponds to roughly -24 LUFS. Defaults to 0.5 on the server.
            seed (int | None | Unset): Random number that controls the voice generation. Same seed with
                same inputs produces same voice.
            guidance_scale (float | Unset): Controls how closely the AI follows the prompt. Lower
                numbers give the AI more freedom to be creative, while higher numbers force it to stick more
                to the prompt. High numbers can cause voice to sound artificial or robotic. We recommend to
                use longer, more detailed prompts at lower Guidance Scale. Defaults to 5 on the server.
            stream_previews (bool | Unset): Determines whether the Text to Voice previews should be
                included in the response. If true, only the generated IDs will be returned which can then be
                streamed via the /v1/text-to-voice/:generated_voice_id/stream endpoint. Defaults to False on
                the server.
            should_enhance (bool | Unset): Whether to enhance the voice description using AI to add more
                detail and improve voice generation quality. When enabled, the system will automatically
                expand simple prompts into more detailed voice descriptions. Defaults to False Defaults to
                False on the server.
            remixing_session_id (None | str | Unset): The remixing session id.
            remixing_session_iteration_id (None | str | Unset): The id of the remixing session iteration
                where these generations should be attached to. If not provided, a new iteration will be
                created.
            quality (float | None | Unset): Higher quality results in better voice output but less
                variety.
            reference_audio_base64 (None | str | Unset): Reference audio to use for the voice
                generation. The audio should be base64 encoded. Only supported when using the eleven_ttv_v3
                model.
            prompt_strength (float | None | Unset): Controls the balance of prompt versus reference
                audio when generating voice samples. 0 means almost no prompt influence, 1 means almost no
                reference audio influence. Only supported when using the eleven_ttv_v3 model.
            output_format (AllowedOutputFormats | Unset):  One of: alaw_8000, mp3_22050_32,
                mp3_24000_48, mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96,
                opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000,
                pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.voice_design_request_model import VoiceDesignRequestModel

        kwargs = text_to_voice_design._get_kwargs(
            body=VoiceDesignRequestModel(
                voice_description=voice_description,
                model_id=model_id,
                text=text,
                auto_generate_text=auto_generate_text,
                loudness=loudness,
                seed=seed,
                guidance_scale=guidance_scale,
                stream_previews=stream_previews,
                should_enhance=should_enhance,
                remixing_session_id=remixing_session_id,
                remixing_session_iteration_id=remixing_session_iteration_id,
                quality=quality,
                reference_audio_base64=reference_audio_base64,
                prompt_strength=prompt_strength,
            ),
            output_format=output_format,
        )

        return self._requester.request(kwargs, _parse_text_to_voice_design, request_options)

    def remix(
        self,
        voice_id: str,
        voice_description: str,
        *,
        text: None | str | Unset = UNSET,
        auto_generate_text: bool | Unset = UNSET,
        loudness: float | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        guidance_scale: float | Unset = UNSET,
        stream_previews: bool | Unset = UNSET,
        remixing_session_id: None | str | Unset = UNSET,
        remixing_session_iteration_id: None | str | Unset = UNSET,
        prompt_strength: float | None | Unset = UNSET,
        output_format: models.AllowedOutputFormats | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.VoiceDesignPreviewResponse:
        """Remix A Voice.

        Remix an existing voice via a prompt. This method returns a list of voice previews. Each preview has
        a generated_voice_id and a sample of the voice as base64 encoded mp3 audio. To create a voice use
        the generated_voice_id of the preferred preview with the /v1/text-to-voice endpoint.

        `POST /v1/text-to-voice/{voice_id}/remix`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            voice_description (str): Description of the changes to make to the voice.
            text (None | str | Unset): Text to generate, text length has to be between 100 and 1000.
            auto_generate_text (bool | Unset): Whether to automatically generate a text suitable for the
                voice description. Defaults to False on the server.
            loudness (float | Unset): Controls the volume level of the generated voice. -1 is quietest,
                1 is loudest, 0 corresponds to roughly -24 LUFS. Defaults to 0.5 on the server.
            seed (int | None | Unset): Random number that controls the voice generation. Same seed with
                same inputs produces same voice.
            guidance_scale (float | Unset): Controls how closely the AI follows the prompt. Lower
                numbers give the AI more freedom to be creative, while higher numbers force it to stick more
                to the prompt. High numbers can cause voice to sound artificial or robotic. We recommend to
                use longer, more detailed prompts at lower Guidance Scale. Defaults to 2 on the server.
            stream_previews (bool | Unset): Determines whether the Text to Voice previews should be
                included in the response. If true, only the generated IDs will be returned which can then be
                streamed via the /v1/text-to-voice/:generated_voice_id/stream endpoint. Defaults to False on
                the server.
            remixing_session_id (None | str | Unset): The remixing session id.
            remixing_session_iteration_id (None | str | Unset): The id of the remixing session iteration
                where these generations should be attached to. If not provided, a new iteration will be
                created.
            prompt_strength (float | None | Unset): Controls the balance of prompt versus reference
                audio when generating voice samples. 0 means almost no prompt influence, 1 means almost no
                reference audio influence. Only supported when using the eleven_ttv_v3 model.
            output_format (AllowedOutputFormats | Unset):  One of: alaw_8000, mp3_22050_32,
                mp3_24000_48, mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96,
                opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000,
                pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.voice_remix_request_model import VoiceRemixRequestModel

        kwargs = text_to_voice_remix._get_kwargs(
            voice_id=voice_id,
            body=VoiceRemixRequestModel(
                voice_description=voice_description,
                text=text,
                auto_generate_text=auto_generate_text,
                loudness=loudness,
                seed=seed,
                guidance_scale=guidance_scale,
                stream_previews=stream_previews,
                remixing_session_id=remixing_session_id,
                remixing_session_iteration_id=remixing_session_iteration_id,
                prompt_strength=prompt_strength,
            ),
            output_format=output_format,
        )

        return self._requester.request(kwargs, _parse_text_to_voice_remix, request_options)


class TextToVoiceResourceWithRawResponse:
    """`TextToVoiceResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: TextToVoiceResource) -> None:
        self.create = raw_response(resource.create)
        self.create_previews = raw_response(resource.create_previews)
        self.design = raw_response(resource.design)
        self.remix = raw_response(resource.remix)


class AsyncTextToVoiceResource:
    """The operations of group `text_to_voice`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncTextToVoiceResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncTextToVoiceResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def preview(self) -> AsyncTextToVoicePreviewResource:
        """`text_to_voice_preview` operations."""
        from ..text_to_voice_preview import AsyncTextToVoicePreviewResource

        return AsyncTextToVoicePreviewResource(self._requester)

    async def create(
        self,
        voice_name: str,
        voice_description: str,
        generated_voice_id: str,
        *,
        labels: models.BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0 | None | Unset = UNSET,
        played_not_selected_voice_ids: builtins.list[str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.Voice:
        """Create A New Voice From Voice Preview

        Create a voice from previously generated voice preview. This endpoint should be called after you
        fetched a generated_voice_id using POST /v1/text-to-voice/design or POST /v1/text-to-
        voice/:voice_id/remix.

        `POST /v1/text-to-voice`.

        Args:
            voice_name (str): Name to use for the created voice.
            voice_description (str): Description to use for the created voice.
            generated_voice_id (str): The generated_voice_id to create; obtain it from POST
                /v1/text-to-voice/design, POST /v1/text-to-voice/:voice_id/remix, or the response headers
                when generating previews.
            labels (BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0 | None | Unset):
                Optional, metadata to add to the created voice. Defaults to None.
            played_not_selected_voice_ids (list[str] | None | Unset): List of voice ids that the user
                has played but not selected. Used for RLHF.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_a_new_voice_from_voice_preview_v1_text_to_voice_post import (
            BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost,
        )

        kwargs = text_to_voice_create._get_kwargs(
            body=BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost(
                voice_name=voice_name,
                voice_description=voice_description,
                generated_voice_id=generated_voice_id,
                labels=labels,
                played_not_selected_voice_ids=played_not_selected_voice_ids,
            ),
        )

        return await self._requester.request(kwargs, _parse_text_to_voice_create, request_options)

    async def create_previews(
        self,
        voice_description: str,
        *,
        text: None | str | Unset = UNSET,
        auto_generate_text: bool | Unset = UNSET,
        loudness: float | Unset = UNSET,
        quality: float | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        guidance_scale: float | Unset = UNSET,
        should_enhance: bool | Unset = UNSET,
        output_format: models.AllowedOutputFormats | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.VoiceDesignPreviewResponse:
        """Deprecated: [Deprecated] Generate A Voice Preview From Description

        Deprecated. **Deprecated.** Use `POST /v1/text-to-voice/design` instead. Generate a custom voice
        based on voice description. This method returns a list of voice previews. Each preview has a
        generated_voice_id and a sample of the voice as base64 encoded mp3 audio. To create the voice use
        `POST /v1/text-to-voice` with the chosen `generated_voice_id`.

        `POST /v1/text-to-voice/create-previews`.

        Args:
            voice_description (str): Description to use for the created voice.
            text (None | str | Unset): Text to generate, text length has to be between 100 and 1000.
            auto_generate_text (bool | Unset): Whether to automatically generate a text suitable for the
                voice description. Defaults to False on the server.
            loudness (float | Unset): Controls the volume level of the generated voice. -1 is quietest,
                1 is loudest, 0 corresponds to roughly -24 LUFS. Defaults to 0.5 on the server.
            quality (float | Unset): Higher quality results in better voice output but less variety.
                Defaults to 0.9 on the server.
            seed (int | None | Unset): Random number that controls the voice generation. Same seed with
                same inputs produces same voice.
            guidance_scale (float | Unset): Controls how closely the AI follows the prompt. Lower
                numbers give the AI more freedom to be creative, while higher numbers force it to stick more
                to the prompt. High numbers can cause voice to sound artificial or robotic. We recommend to
                use longer, more detailed prompts at lower Guidance Scale. Defaults to 5 on the server.
            should_enhance (bool | Unset): Whether to enhance the voice description using AI to add more
                detail and improve voice generation quality. When enabled, the system will automatically
                expand simple prompts into more detailed voice descriptions. Defaults to False Defaults to
                False on the server.
            output_format (AllowedOutputFormats | Unset):  One of: alaw_8000, mp3_22050_32,
                mp3_24000_48, mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96,
                opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000,
                pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.voice_design_request import VoiceDesignRequest

        kwargs = text_to_voice_create_previews._get_kwargs(
            body=VoiceDesignRequest(
                voice_description=voice_description,
                text=text,
                auto_generate_text=auto_generate_text,
                loudness=loudness,
                quality=quality,
                seed=seed,
                guidance_scale=guidance_scale,
                should_enhance=should_enhance,
            ),
            output_format=output_format,
        )

        return await self._requester.request(kwargs, _parse_text_to_voice_create_previews, request_options)

    async def design(
        self,
        voice_description: str,
        *,
        model_id: models.VoiceDesignRequestModelModelId | Unset = UNSET,
        text: None | str | Unset = UNSET,
        auto_generate_text: bool | Unset = UNSET,
        loudness: float | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        guidance_scale: float | Unset = UNSET,
        stream_previews: bool | Unset = UNSET,
        should_enhance: bool | Unset = UNSET,
        remixing_session_id: None | str | Unset = UNSET,
        remixing_session_iteration_id: None | str | Unset = UNSET,
        quality: float | None | Unset = UNSET,
        reference_audio_base64: None | str | Unset = UNSET,
        prompt_strength: float | None | Unset = UNSET,
        output_format: models.AllowedOutputFormats | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.VoiceDesignPreviewResponse:
        """Design A Voice.

        Design a voice via a prompt. This method returns a list of voice previews. Each preview has a
        generated_voice_id and a sample of the voice as base64 encoded mp3 audio. To create a voice use the
        generated_voice_id of the preferred preview with the /v1/text-to-voice endpoint.

        `POST /v1/text-to-voice/design`.

        Args:
            voice_description (str): Description to use for the created voice.
            model_id (VoiceDesignRequestModelModelId | Unset): Model to use for the voice generation.
                Possible values: eleven_multilingual_ttv_v2, eleven_ttv_v3. Defaults to
                'eleven_multilingual_ttv_v2' on the server. One of: eleven_multilingual_ttv_v2,
                eleven_ttv_v3.
            text (None | str | Unset): Text to generate, text length has to be between 100 and 1000.
            auto_generate_text (bool | Unset): Whether to automatically generate a text suitable for the
                voice description. Defaults to False on the server.
            loudness (float | Unset): Controls the volume level of the generated voice. -1 is quietest,
                1 is loudest, 0 corresponds to roughly -24 LUFS. Defaults to 0.5 on the server.
            seed (int | None | Unset): Random number that controls the voice generation. Same seed with
                same inputs produces same voice.
            guidance_scale (float | Unset): Controls how closely the AI follows the prompt. Lower
                numbers give the AI more freedom to be creative, while higher numbers force it to stick more
                to the prompt. High numbers can cause voice to sound artificial or robotic. We recommend to
                use longer, more detailed prompts at lower Guidance Scale. Defaults to 5 on the server.
            stream_previews (bool | Unset): Determines whether the Text to Voice previews should be
                included in the response. If true, only the generated IDs will be returned which can then be
                streamed via the /v1/text-to-voice/:generated_voice_id/stream endpoint. Defaults to False on
                the server.
            should_enhance (bool | Unset): Whether to enhance the voice description using AI to add more
                detail and improve voice generation quality. When enabled, the system will automatically
                expand simple prompts into more detailed voice descriptions. Defaults to False Defaults to
                False on the server.
            remixing_session_id (None | str | Unset): The remixing session id.
            remixing_session_iteration_id (None | str | Unset): The id of the remixing session iteration
                where these generations should be attached to. If not provided, a new iteration will be
                created.
            quality (float | None | Unset): Higher quality results in better voice output but less
                variety.
            reference_audio_base64 (None | str | Unset): Reference audio to use for the voice
                generation. The audio should be base64 encoded. Only supported when using the eleven_ttv_v3
                model.
            prompt_strength (float | None | Unset): Controls the balance of prompt versus reference
                audio when generating voice samples. 0 means almost no prompt influence, 1 means almost no
                reference audio influence. Only supported when using the eleven_ttv_v3 model.
            output_format (AllowedOutputFormats | Unset):  One of: alaw_8000, mp3_22050_32,
                mp3_24000_48, mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96,
                opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000,
                pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.voice_design_request_model import VoiceDesignRequestModel

        kwargs = text_to_voice_design._get_kwargs(
            body=VoiceDesignRequestModel(
                voice_description=voice_description,
                model_id=model_id,
                text=text,
                auto_generate_text=auto_generate_text,
                loudness=loudness,
                seed=seed,
                guidance_scale=guidance_scale,
                stream_previews=stream_previews,
                should_enhance=should_enhance,
                remixing_session_id=remixing_session_id,
                remixing_session_iteration_id=remixing_session_iteration_id,
                quality=quality,
                reference_audio_base64=reference_audio_base64,
                prompt_strength=prompt_strength,
            ),
            output_format=output_format,
        )

        return await self._requester.request(kwargs, _parse_text_to_voice_design, request_options)

    async def remix(
        self,
        voice_id: str,
        voice_description: str,
        *,
        text: None | str | Unset = UNSET,
        auto_generate_text: bool | Unset = UNSET,
        loudness: float | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        guidance_scale: float | Unset = UNSET,
        stream_previews: bool | Unset = UNSET,
        remixing_session_id: None | str | Unset = UNSET,
        remixing_session_iteration_id: None | str | Unset = UNSET,
        prompt_strength: float | None | Unset = UNSET,
        output_format: models.AllowedOutputFormats | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.VoiceDesignPreviewResponse:
        """Remix A Voice.

        Remix an existing voice via a prompt. This method returns a list of voice previews. Each preview has
        a generated_voice_id and a sample of the voice as base64 encoded mp3 audio. To create a voice use
        the generated_voice_id of the preferred preview with the /v1/text-to-voice endpoint.

        `POST /v1/text-to-voice/{voice_id}/remix`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            voice_description (str): Description of the changes to make to the voice.
            text (None | str | Unset): Text to generate, text length has to be between 100 and 1000.
            auto_generate_text (bool | Unset): Whether to automatically generate a text suitable for the
                voice description. Defaults to False on the server.
            loudness (float | Unset): Controls the volume level of the generated voice. -1 is quietest,
                1 is loudest, 0 corresponds to roughly -24 LUFS. Defaults to 0.5 on the server.
            seed (int | None | Unset): Random number that controls the voice generation. Same seed with
                same inputs produces same voice.
            guidance_scale (float | Unset): Controls how closely the AI follows the prompt. Lower
                numbers give the AI more freedom to be creative, while higher numbers force it to stick more
                to the prompt. High numbers can cause voice to sound artificial or robotic. We recommend to
                use longer, more detailed prompts at lower Guidance Scale. Defaults to 2 on the server.
            stream_previews (bool | Unset): Determines whether the Text to Voice previews should be
                included in the response. If true, only the generated IDs will be returned which can then be
                streamed via the /v1/text-to-voice/:generated_voice_id/stream endpoint. Defaults to False on
                the server.
            remixing_session_id (None | str | Unset): The remixing session id.
            remixing_session_iteration_id (None | str | Unset): The id of the remixing session iteration
                where these generations should be attached to. If not provided, a new iteration will be
                created.
            prompt_strength (float | None | Unset): Controls the balance of prompt versus reference
                audio when generating voice samples. 0 means almost no prompt influence, 1 means almost no
                reference audio influence. Only supported when using the eleven_ttv_v3 model.
            output_format (AllowedOutputFormats | Unset):  One of: alaw_8000, mp3_22050_32,
                mp3_24000_48, mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96,
                opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000,
                pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.voice_remix_request_model import VoiceRemixRequestModel

        kwargs = text_to_voice_remix._get_kwargs(
            voice_id=voice_id,
            body=VoiceRemixRequestModel(
                voice_description=voice_description,
                text=text,
                auto_generate_text=auto_generate_text,
                loudness=loudness,
                seed=seed,
                guidance_scale=guidance_scale,
                stream_previews=stream_previews,
                remixing_session_id=remixing_session_id,
                remixing_session_iteration_id=remixing_session_iteration_id,
                prompt_strength=prompt_strength,
            ),
            output_format=output_format,
        )

        return await self._requester.request(kwargs, _parse_text_to_voice_remix, request_options)


class AsyncTextToVoiceResourceWithRawResponse:
    """`AsyncTextToVoiceResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncTextToVoiceResource) -> None:
        self.create = async_raw_response(resource.create)
        self.create_previews = async_raw_response(resource.create_previews)
        self.design = async_raw_response(resource.design)
        self.remix = async_raw_response(resource.remix)
