"""`client.text_to_sound_effects`: the operations of group `text_to_sound_effects`, as methods of TextToSoundEffectsResource and AsyncTextToSoundEffectsResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, TypedDict

from ...types import UNSET, Unset
from .. import (
    AsyncBinaryStream,
    AsyncRequester,
    BinaryStream,
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
from . import text_to_sound_effects_convert


class TextToSoundEffectsConvertQuery(TypedDict, total=False):
    """The query parameters of `convert`, for passing them on as keyword arguments."""

    output_format: models.AllowedOutputFormats | Unset


class TextToSoundEffectsResource:
    """The operations of group `text_to_sound_effects`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> TextToSoundEffectsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return TextToSoundEffectsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def convert(
        self,
        text: str,
        *,
        loop: bool | Unset = UNSET,
        duration_seconds: float | None | Unset = UNSET,
        prompt_influence: float | None | Unset = UNSET,
        model_id: models.SfxModelId | Unset = UNSET,
        output_format: models.AllowedOutputFormats | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Sound Generation

        Turn text into sound effects for your videos, voice-overs or video games using the most advanced
        sound effects models in the world.

        `POST /v1/sound-generation`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            text (str): The text that will get converted into a sound effect.
            loop (bool | Unset): Whether to create a sound effect that loops smoothly. Only available
                for the 'eleven_text_to_sound_v2 model'. Defaults to False on the server.
            duration_seconds (float | None | Unset): The duration of the sound which will be generated
                in seconds. Must be at least 0.5 and at most 30. If set to None we will guess the optimal
                duration using the prompt. Defaults to None.
            prompt_influence (float | None | Unset): A higher prompt influence makes your generation
                follow the prompt more closely while also making generations less variable. Must be a value
                between 0 and 1. Defaults to 0.3. Defaults to 0.3 on the server.
            model_id (SfxModelId | Unset):  One of: eleven_text_to_sound_v2.
            output_format (AllowedOutputFormats | Unset):  One of: alaw_8000, mp3_22050_32,
                mp3_24000_48, mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96,
                opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000,
                pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.create_sound_effect_request import CreateSoundEffectRequest

        kwargs = text_to_sound_effects_convert._get_kwargs(
            body=CreateSoundEffectRequest(
                text=text,
                loop=loop,
                duration_seconds=duration_seconds,
                prompt_influence=prompt_influence,
                model_id=model_id,
            ),
            output_format=output_format,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class TextToSoundEffectsResourceWithRawResponse:
    """`TextToSoundEffectsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: TextToSoundEffectsResource) -> None:
        self.convert = raw_response(resource.convert)


class AsyncTextToSoundEffectsResource:
    """The operations of group `text_to_sound_effects`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncTextToSoundEffectsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncTextToSoundEffectsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def convert(
        self,
        text: str,
        *,
        loop: bool | Unset = UNSET,
        duration_seconds: float | None | Unset = UNSET,
        prompt_influence: float | None | Unset = UNSET,
        model_id: models.SfxModelId | Unset = UNSET,
        output_format: models.AllowedOutputFormats | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Sound Generation

        Turn text into sound effects for your videos, voice-overs or video games using the most advanced
        sound effects models in the world.

        `POST /v1/sound-generation`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            text (str): The text that will get converted into a sound effect.
            loop (bool | Unset): Whether to create a sound effect that loops smoothly. Only available
                for the 'eleven_text_to_sound_v2 model'. Defaults to False on the server.
            duration_seconds (float | None | Unset): The duration of the sound which will be generated
                in seconds. Must be at least 0.5 and at most 30. If set to None we will guess the optimal
                duration using the prompt. Defaults to None.
            prompt_influence (float | None | Unset): A higher prompt influence makes your generation
                follow the prompt more closely while also making generations less variable. Must be a value
                between 0 and 1. Defaults to 0.3. Defaults to 0.3 on the server.
            model_id (SfxModelId | Unset):  One of: eleven_text_to_sound_v2.
            output_format (AllowedOutputFormats | Unset):  One of: alaw_8000, mp3_22050_32,
                mp3_24000_48, mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96,
                opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000,
                pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.create_sound_effect_request import CreateSoundEffectRequest

        kwargs = text_to_sound_effects_convert._get_kwargs(
            body=CreateSoundEffectRequest(
                text=text,
                loop=loop,
                duration_seconds=duration_seconds,
                prompt_influence=prompt_influence,
                model_id=model_id,
            ),
            output_format=output_format,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class AsyncTextToSoundEffectsResourceWithRawResponse:
    """`AsyncTextToSoundEffectsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncTextToSoundEffectsResource) -> None:
        self.convert = async_raw_response(resource.convert)
