"""`client.text_to_voice`: the operations of group `text_to_voice`, as methods of TextToVoiceResource and AsyncTextToVoiceResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypedDict, Unpack, cast

import httpx

from ...types import UNSET, FileInput, Unset, as_file, loads, parse_strictly
from .. import (
    AsyncBinaryStream,
    AsyncObjectStream,
    AsyncRequester,
    BinaryStream,
    Paging,
    Requester,
    RequestOptions,
    ServerSentEvent,
    async_raw_response,
    check_path_parameter,
    raw_response,
)

# Models and nested groups only for type checking: they are imported where they are used, so importing
# the client loads none.
if TYPE_CHECKING:
    from typing import cast

    from ...models.allowed_output_formats import AllowedOutputFormats
    from ...models.body_create_a_new_voice_from_voice_preview_v1_text_to_voice_post import (
        BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost,
    )
    from ...models.body_create_a_new_voice_from_voice_preview_v1_text_to_voice_post_labels_type_0 import (
        BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0,
    )
    from ...models.http_validation_error import HTTPValidationError
    from ...models.voice_design_request_model import VoiceDesignRequestModel
    from ...models.voice_design_request_model_model_id import VoiceDesignRequestModelModelId
    from ...models.voice_previews_request_model import VoicePreviewsRequestModel
    from ...models.voice_previews_response_model import VoicePreviewsResponseModel
    from ...models.voice_remix_request_model import VoiceRemixRequestModel
    from ...models.voice_response_model import VoiceResponseModel
    from ..text_to_voice_preview import AsyncTextToVoicePreviewResource, TextToVoicePreviewResource
from . import text_to_voice_create, text_to_voice_create_previews, text_to_voice_design, text_to_voice_remix


def _parse_text_to_voice_create(response: httpx.Response) -> VoiceResponseModel:
    from ...models.body_create_a_new_voice_from_voice_preview_v1_text_to_voice_post import (
        BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost,
    )
    from ...models.http_validation_error import HTTPValidationError
    from ...models.voice_response_model import VoiceResponseModel

    response_200 = VoiceResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_text_to_voice_create_previews(response: httpx.Response) -> VoicePreviewsResponseModel:
    from ...models.allowed_output_formats import AllowedOutputFormats, check_allowed_output_formats
    from ...models.http_validation_error import HTTPValidationError
    from ...models.voice_previews_request_model import VoicePreviewsRequestModel
    from ...models.voice_previews_response_model import VoicePreviewsResponseModel

    response_200 = VoicePreviewsResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_text_to_voice_design(response: httpx.Response) -> VoicePreviewsResponseModel:
    from ...models.allowed_output_formats import AllowedOutputFormats, check_allowed_output_formats
    from ...models.http_validation_error import HTTPValidationError
    from ...models.voice_design_request_model import VoiceDesignRequestModel
    from ...models.voice_previews_response_model import VoicePreviewsResponseModel

    response_200 = VoicePreviewsResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_text_to_voice_remix(response: httpx.Response) -> VoicePreviewsResponseModel:
    from ...models.allowed_output_formats import AllowedOutputFormats, check_allowed_output_formats
    from ...models.http_validation_error import HTTPValidationError
    from ...models.voice_previews_response_model import VoicePreviewsResponseModel
    from ...models.voice_remix_request_model import VoiceRemixRequestModel

    response_200 = VoicePreviewsResponseModel.from_dict(loads(response.content))

    return response_200


class TextToVoiceCreatePreviewsQuery(TypedDict, total=False):
    """The query parameters of `create_previews`, for passing them on as keyword arguments."""

    output_format: AllowedOutputFormats | Unset


class TextToVoiceDesignQuery(TypedDict, total=False):
    """The query parameters of `design`, for passing them on as keyword arguments."""

    output_format: AllowedOutputFormats | Unset


class TextToVoiceRemixQuery(TypedDict, total=False):
    """The query parameters of `remix`, for passing them on as keyword arguments."""

    output_format: AllowedOutputFormats | Unset


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
        labels: BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0 | None | Unset = UNSET,
        played_not_selected_voice_ids: builtins.list[str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> VoiceResponseModel:
        """Create A New Voice From Voice Preview

        Create a voice from previously generated voice preview. This endpoint should be called after you
        fetched a generated_voice_id using POST /v1/text-to-voice/design or POST /v1/text-to-
        voice/:voice_id/remix.

        `POST /v1/text-to-voice`.
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
        auto_generate_text: bool | Unset = False,
        loudness: float | Unset = 0.5,
        quality: float | Unset = 0.9,
        seed: int | None | Unset = UNSET,
        guidance_scale: float | Unset = 5.0,
        should_enhance: bool | Unset = False,
        output_format: AllowedOutputFormats | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> VoicePreviewsResponseModel:
        """Deprecated: [Deprecated] Generate A Voice Preview From Description

        Deprecated. **Deprecated.** Use `POST /v1/text-to-voice/design` instead. Generate a custom voice
        based on voice description. This method returns a list of voice previews. Each preview has a
        generated_voice_id and a sample of the voice as base64 encoded mp3 audio. To create the voice use
        `POST /v1/text-to-voice` with the chosen `generated_voice_id`.

        `POST /v1/text-to-voice/create-previews`.
        """

        from ...models.voice_previews_request_model import VoicePreviewsRequestModel

        kwargs = text_to_voice_create_previews._get_kwargs(
            body=VoicePreviewsRequestModel(
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
        model_id: VoiceDesignRequestModelModelId | Unset = "eleven_multilingual_ttv_v2",
        text: None | str | Unset = UNSET,
        auto_generate_text: bool | Unset = False,
        loudness: float | Unset = 0.5,
        seed: int | None | Unset = UNSET,
        guidance_scale: float | Unset = 5.0,
        stream_previews: bool | Unset = False,
        should_enhance: bool | Unset = False,
        remixing_session_id: None | str | Unset = UNSET,
        remixing_session_iteration_id: None | str | Unset = UNSET,
        quality: float | None | Unset = UNSET,
        reference_audio_base64: None | str | Unset = UNSET,
        prompt_strength: float | None | Unset = UNSET,
        output_format: AllowedOutputFormats | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> VoicePreviewsResponseModel:
        """Design A Voice.

        Design a voice via a prompt. This method returns a list of voice previews. Each preview has a
        generated_voice_id and a sample of the voice as base64 encoded mp3 audio. To create a voice use the
        generated_voice_id of the preferred preview with the /v1/text-to-voice endpoint.

        `POST /v1/text-to-voice/design`.
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
        auto_generate_text: bool | Unset = False,
        loudness: float | Unset = 0.5,
        seed: int | None | Unset = UNSET,
        guidance_scale: float | Unset = 2.0,
        stream_previews: bool | Unset = False,
        remixing_session_id: None | str | Unset = UNSET,
        remixing_session_iteration_id: None | str | Unset = UNSET,
        prompt_strength: float | None | Unset = UNSET,
        output_format: AllowedOutputFormats | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> VoicePreviewsResponseModel:
        """Remix A Voice.

        Remix an existing voice via a prompt. This method returns a list of voice previews. Each preview has
        a generated_voice_id and a sample of the voice as base64 encoded mp3 audio. To create a voice use
        the generated_voice_id of the preferred preview with the /v1/text-to-voice endpoint.

        `POST /v1/text-to-voice/{voice_id}/remix`.
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
        labels: BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0 | None | Unset = UNSET,
        played_not_selected_voice_ids: builtins.list[str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> VoiceResponseModel:
        """Create A New Voice From Voice Preview

        Create a voice from previously generated voice preview. This endpoint should be called after you
        fetched a generated_voice_id using POST /v1/text-to-voice/design or POST /v1/text-to-
        voice/:voice_id/remix.

        `POST /v1/text-to-voice`.
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
        auto_generate_text: bool | Unset = False,
        loudness: float | Unset = 0.5,
        quality: float | Unset = 0.9,
        seed: int | None | Unset = UNSET,
        guidance_scale: float | Unset = 5.0,
        should_enhance: bool | Unset = False,
        output_format: AllowedOutputFormats | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> VoicePreviewsResponseModel:
        """Deprecated: [Deprecated] Generate A Voice Preview From Description

        Deprecated. **Deprecated.** Use `POST /v1/text-to-voice/design` instead. Generate a custom voice
        based on voice description. This method returns a list of voice previews. Each preview has a
        generated_voice_id and a sample of the voice as base64 encoded mp3 audio. To create the voice use
        `POST /v1/text-to-voice` with the chosen `generated_voice_id`.

        `POST /v1/text-to-voice/create-previews`.
        """

        from ...models.voice_previews_request_model import VoicePreviewsRequestModel

        kwargs = text_to_voice_create_previews._get_kwargs(
            body=VoicePreviewsRequestModel(
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
        model_id: VoiceDesignRequestModelModelId | Unset = "eleven_multilingual_ttv_v2",
        text: None | str | Unset = UNSET,
        auto_generate_text: bool | Unset = False,
        loudness: float | Unset = 0.5,
        seed: int | None | Unset = UNSET,
        guidance_scale: float | Unset = 5.0,
        stream_previews: bool | Unset = False,
        should_enhance: bool | Unset = False,
        remixing_session_id: None | str | Unset = UNSET,
        remixing_session_iteration_id: None | str | Unset = UNSET,
        quality: float | None | Unset = UNSET,
        reference_audio_base64: None | str | Unset = UNSET,
        prompt_strength: float | None | Unset = UNSET,
        output_format: AllowedOutputFormats | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> VoicePreviewsResponseModel:
        """Design A Voice.

        Design a voice via a prompt. This method returns a list of voice previews. Each preview has a
        generated_voice_id and a sample of the voice as base64 encoded mp3 audio. To create a voice use the
        generated_voice_id of the preferred preview with the /v1/text-to-voice endpoint.

        `POST /v1/text-to-voice/design`.
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
        auto_generate_text: bool | Unset = False,
        loudness: float | Unset = 0.5,
        seed: int | None | Unset = UNSET,
        guidance_scale: float | Unset = 2.0,
        stream_previews: bool | Unset = False,
        remixing_session_id: None | str | Unset = UNSET,
        remixing_session_iteration_id: None | str | Unset = UNSET,
        prompt_strength: float | None | Unset = UNSET,
        output_format: AllowedOutputFormats | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> VoicePreviewsResponseModel:
        """Remix A Voice.

        Remix an existing voice via a prompt. This method returns a list of voice previews. Each preview has
        a generated_voice_id and a sample of the voice as base64 encoded mp3 audio. To create a voice use
        the generated_voice_id of the preferred preview with the /v1/text-to-voice endpoint.

        `POST /v1/text-to-voice/{voice_id}/remix`.
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
