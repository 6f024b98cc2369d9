"""`client.music`: the operations of group `music`, as methods of MusicResource and AsyncMusicResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, TypedDict

import httpx

from ...types import UNSET, FileInput, Unset, as_file, loads
from .. import (
    AsyncBinaryStream,
    AsyncMultipartResponse,
    AsyncObjectStream,
    AsyncRequester,
    BinaryStream,
    MultipartResponse,
    Requester,
    RequestOptions,
    ServerSentEvent,
    async_raw_response,
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
    from ..music_composition_plan import AsyncMusicCompositionPlanResource, MusicCompositionPlanResource
    from ..music_finetunes import AsyncMusicFinetunesResource, MusicFinetunesResource
from . import (
    music_compose,
    music_compose_detailed,
    music_compose_detailed_stream,
    music_separate_stems,
    music_stream,
    music_upload,
    music_video_to_music,
)


def _parse_music_upload(response: httpx.Response) -> models.MusicUploadResponse:
    from ...models.music_upload_response import MusicUploadResponse

    response_200 = MusicUploadResponse.from_dict(loads(response.content))

    return response_200


class MusicComposeQuery(TypedDict, total=False):
    """The query parameters of `compose`, for passing them on as keyword arguments."""

    output_format: models.MusicComposeOutputFormatOfTheGeneratedAudio | Unset


class MusicComposeDetailedQuery(TypedDict, total=False):
    """The query parameters of `compose_detailed`, for passing them on as keyword arguments."""

    output_format: models.MusicComposeDetailedOutputFormatOfTheGeneratedAudio | Unset


class MusicComposeDetailedStreamQuery(TypedDict, total=False):
    """The query parameters of `compose_detailed_stream`, for passing them on as keyword arguments."""

    output_format: models.MusicComposeDetailedStreamOutputFormatOfTheGeneratedAudio | Unset


class MusicSeparateStemsQuery(TypedDict, total=False):
    """The query parameters of `separate_stems`, for passing them on as keyword arguments."""

    output_format: models.AllowedOutputFormats | Unset


class MusicStreamQuery(TypedDict, total=False):
    """The query parameters of `stream`, for passing them on as keyword arguments."""

    output_format: models.MusicStreamOutputFormatOfTheGeneratedAudio | Unset


class MusicVideoToMusicQuery(TypedDict, total=False):
    """The query parameters of `video_to_music`, for passing them on as keyword arguments."""

    output_format: models.AllowedOutputFormats | Unset


class MusicResource:
    """The operations of group `music`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> MusicResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return MusicResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def composition_plan(self) -> MusicCompositionPlanResource:
        """`music_composition_plan` operations."""
        from ..music_composition_plan import MusicCompositionPlanResource

        return MusicCompositionPlanResource(self._requester)

    @functools.cached_property
    def finetunes(self) -> MusicFinetunesResource:
        """`music_finetunes` operations."""
        from ..music_finetunes import MusicFinetunesResource

        return MusicFinetunesResource(self._requester)

    def compose(
        self,
        *,
        prompt: None | str | Unset = UNSET,
        generation_mode: models.MusicGenerationMode | None | Unset = UNSET,
        music_prompt: models.MusicPrompt | None | Unset = UNSET,
        lyrics_text: None | str | Unset = UNSET,
        composition_plan: models.CompositionPlan | models.MusicPrompt | None | Unset = UNSET,
        music_length_ms: int | None | Unset = UNSET,
        model_id: models.MusicModelId | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        force_instrumental: bool | Unset = UNSET,
        finetune_id: None | str | Unset = UNSET,
        finetune_strength: float | Unset = UNSET,
        use_phonetic_names: bool | Unset = UNSET,
        respect_sections_durations: bool | Unset = UNSET,
        store_for_inpainting: bool | Unset = UNSET,
        sign_with_c2pa: bool | Unset = UNSET,
        output_format: models.MusicComposeOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Compose Music

        Compose a song from a prompt or a composition plan.

        `POST /v1/music`; the body (audio/*) streams: iterate over it, or `.save(path)`.

        Args:
            prompt (None | str | Unset): A simple text prompt to generate a song from. Cannot be used in
                conjunction with `composition_plan`.
            generation_mode (MusicGenerationMode | None | Unset): Optional generation mode hint for
                prompt-based music generation. Can only be used with `prompt`. One of: ambience, loop,
                track, video_to_music.
            music_prompt (MusicPrompt | None | Unset): A music prompt. Deprecated. Use
                `composition_plan` instead.
            lyrics_text (None | str | Unset): The lyrics text to use for the generation.
            composition_plan (CompositionPlan | MusicPrompt | None | Unset): A detailed composition plan
                to guide music generation. Cannot be used in conjunction with `prompt`.
            music_length_ms (int | None | Unset): The length of the song to generate in milliseconds.
                Used only in conjunction with `prompt`. Must be between 3000ms and 600000ms. Optional - if
                not provided, the model will choose a length based on the prompt.
            model_id (MusicModelId | Unset):  One of: music_v1, music_v2.
            seed (int | None | Unset): Random seed to initialize the music generation process. Providing
                the same seed with the same parameters can help achieve more consistent results, but exact
                reproducibility is not guaranteed and outputs may change across system updates. Cannot be
                used in conjunction with prompt.
            force_instrumental (bool | Unset): If true, guarantees that the generated song will be
                instrumental. If false, the song may or may not be instrumental depending on the `prompt`.
                Can only be used with `prompt`. Defaults to False on the server.
            finetune_id (None | str | Unset): The ID of the finetune to use for the generation
            finetune_strength (float | Unset): How strongly the finetune influences the generation.
                Defaults to 1.0 (full strength). Lower values soften the influence of the finetune, leaving
                more room for prompt-level steering. Only meaningful when `finetune_id` is also provided.
                Defaults to 1.0 on the server.
            use_phonetic_names (bool | Unset): If true, proper names in the prompt will be phonetically
                spelled in the lyrics for better pronunciation by the music model. The original names will
                be restored in word timestamps. Defaults to False on the server.
            respect_sections_durations (bool | Unset): Controls how strictly section durations in the
                `composition_plan` are enforced. Only used with `composition_plan` and only applies to
                `music_v1`; for `music_v2` section durations are always enforced and this is ignored. When
                false for `music_v1`, the model may adjust individual section durations for better quality
                and latency, while preserving the total song duration from the plan. Defaults to True on the
                server.
            store_for_inpainting (bool | Unset): Whether to store the generated song for inpainting.
                Defaults to False on the server.
            sign_with_c2pa (bool | Unset): Whether to sign the generated song with C2PA. Applicable only
                for mp3 files. Defaults to False on the server.
            output_format (MusicComposeOutputFormatOfTheGeneratedAudio | Unset): Defaults to 'auto' on
                the server. One of: alaw_8000, auto, mp3_22050_32, mp3_24000_48, mp3_44100_128,
                mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96, mp3_48000_128, mp3_48000_192,
                mp3_48000_240, mp3_48000_320, opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64,
                opus_48000_96, pcm_16000, pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000,
                ulaw_8000.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_compose_music_v1_music_post import BodyComposeMusicV1MusicPost

        kwargs = music_compose._get_kwargs(
            body=BodyComposeMusicV1MusicPost(
                prompt=prompt,
                generation_mode=generation_mode,
                music_prompt=music_prompt,
                lyrics_text=lyrics_text,
                composition_plan=composition_plan,
                music_length_ms=music_length_ms,
                model_id=model_id,
                seed=seed,
                force_instrumental=force_instrumental,
                finetune_id=finetune_id,
                finetune_strength=finetune_strength,
                use_phonetic_names=use_phonetic_names,
                respect_sections_durations=respect_sections_durations,
                store_for_inpainting=store_for_inpainting,
                sign_with_c2pa=sign_with_c2pa,
            ),
            output_format=output_format,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def compose_detailed(
        self,
        *,
        prompt: None | str | Unset = UNSET,
        generation_mode: models.MusicGenerationMode | None | Unset = UNSET,
        music_prompt: models.MusicPrompt | None | Unset = UNSET,
        lyrics_text: None | str | Unset = UNSET,
        composition_plan: models.CompositionPlan | models.MusicPrompt | None | Unset = UNSET,
        music_length_ms: int | None | Unset = UNSET,
        model_id: models.MusicModelId | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        force_instrumental: bool | Unset = UNSET,
        finetune_id: None | str | Unset = UNSET,
        finetune_strength: float | Unset = UNSET,
        use_phonetic_names: bool | Unset = UNSET,
        respect_sections_durations: bool | Unset = UNSET,
        store_for_inpainting: bool | Unset = UNSET,
        with_timestamps: bool | Unset = UNSET,
        sign_with_c2pa: bool | Unset = UNSET,
        model_style_prefix: models.BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix
        | Unset = UNSET,
        output_format: models.MusicComposeDetailedOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> MultipartResponse:
        """Compose Music With A Detailed Response

        Compose a song from a prompt or a composition plan.

        `POST /v1/music/detailed`; answers once the JSON part is in: `json` (that part, parsed),
        `audio` (the next part, streaming: iterate over it, or `.save(path)`), `filename`, `song_id`.

        Args:
            prompt (None | str | Unset): A simple text prompt to generate a song from. Cannot be used in
                conjunction with `composition_plan`.
            generation_mode (MusicGenerationMode | None | Unset): Optional generation mode hint for
                prompt-based music generation. Can only be used with `prompt`. One of: ambience, loop,
                track, video_to_music.
            music_prompt (MusicPrompt | None | Unset): A music prompt. Deprecated. Use
                `composition_plan` instead.
            lyrics_text (None | str | Unset): The lyrics text to use for the generation.
            composition_plan (CompositionPlan | MusicPrompt | None | Unset): A detailed composition plan
                to guide music generation. Cannot be used in conjunction with `prompt`.
            music_length_ms (int | None | Unset): The length of the song to generate in milliseconds.
                Used only in conjunction with `prompt`. Must be between 3000ms and 600000ms. Optional - if
                not provided, the model will choose a length based on the prompt.
            model_id (MusicModelId | Unset):  One of: music_v1, music_v2.
            seed (int | None | Unset): Random seed to initialize the music generation process. Providing
                the same seed with the same parameters can help achieve more consistent results, but exact
                reproducibility is not guaranteed and outputs may change across system updates. Cannot be
                used in conjunction with prompt.
            force_instrumental (bool | Unset): If true, guarantees that the generated song will be
                instrumental. If false, the song may or may not be instrumental depending on the `prompt`.
                Can only be used with `prompt`. Defaults to False on the server.
            finetune_id (None | str | Unset): The ID of the finetune to use for the generation
            finetune_strength (float | Unset): How strongly the finetune influences the generation.
                Defaults to 1.0 (full strength). Lower values soften the influence of the finetune, leaving
                more room for prompt-level steering. Only meaningful when `finetune_id` is also provided.
                Defaults to 1.0 on the server.
            use_phonetic_names (bool | Unset): If true, proper names in the prompt will be phonetically
                spelled in the lyrics for better pronunciation by the music model. The original names will
                be restored in word timestamps. Defaults to False on the server.
            respect_sections_durations (bool | Unset): Controls how strictly section durations in the
                `composition_plan` are enforced. Only used with `composition_plan` and only applies to
                `music_v1`; for `music_v2` section durations are always enforced and this is ignored. When
                false for `music_v1`, the model may adjust individual section durations for better quality
                and latency, while preserving the total song duration from the plan. Defaults to True on the
                server.
            store_for_inpainting (bool | Unset): Whether to store the generated song for inpainting.
                Defaults to False on the server.
            with_timestamps (bool | Unset): Whether to return the timestamps of the words in the
                generated song. Defaults to False on the server.
            sign_with_c2pa (bool | Unset): Whether to sign the generated song with C2PA. Applicable only
                for mp3 files. Defaults to False on the server.
            model_style_prefix (BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix | Unset):
                Defaults to 'music' on the server. One of: music, sfx.
            output_format (MusicComposeDetailedOutputFormatOfTheGeneratedAudio | Unset): Defaults to
                'auto' on the server. One of: alaw_8000, auto, mp3_22050_32, mp3_24000_48, mp3_44100_128,
                mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96, mp3_48000_128, mp3_48000_192,
                mp3_48000_240, mp3_48000_320, opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64,
                opus_48000_96, pcm_16000, pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000,
                ulaw_8000.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_compose_music_with_a_detailed_response_v1_music_detailed_post import (
            BodyComposeMusicWithADetailedResponseV1MusicDetailedPost,
        )

        kwargs = music_compose_detailed._get_kwargs(
            body=BodyComposeMusicWithADetailedResponseV1MusicDetailedPost(
                prompt=prompt,
                generation_mode=generation_mode,
                music_prompt=music_prompt,
                lyrics_text=lyrics_text,
                composition_plan=composition_plan,
                music_length_ms=music_length_ms,
                model_id=model_id,
                seed=seed,
                force_instrumental=force_instrumental,
                finetune_id=finetune_id,
                finetune_strength=finetune_strength,
                use_phonetic_names=use_phonetic_names,
                respect_sections_durations=respect_sections_durations,
                store_for_inpainting=store_for_inpainting,
                with_timestamps=with_timestamps,
                sign_with_c2pa=sign_with_c2pa,
                model_style_prefix=model_style_prefix,
            ),
            output_format=output_format,
        )

        return self._requester.stream_multipart(kwargs, chunk_size, request_options)

    def compose_detailed_stream(
        self,
        *,
        prompt: None | str | Unset = UNSET,
        generation_mode: models.MusicGenerationMode | None | Unset = UNSET,
        music_prompt: models.MusicPrompt | None | Unset = UNSET,
        lyrics_text: None | str | Unset = UNSET,
        composition_plan: models.CompositionPlan | models.MusicPrompt | None | Unset = UNSET,
        music_length_ms: int | None | Unset = UNSET,
        model_id: models.MusicModelId | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        force_instrumental: bool | Unset = UNSET,
        finetune_id: None | str | Unset = UNSET,
        finetune_strength: float | Unset = UNSET,
        use_phonetic_names: bool | Unset = UNSET,
        store_for_inpainting: bool | Unset = UNSET,
        with_timestamps: bool | Unset = UNSET,
        output_format: models.MusicComposeDetailedStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Iterator[ServerSentEvent]:
        """Stream Composed Music With A Detailed Response

        Stream a song and its detailed metadata using Server-Sent Events (SSE).

        `POST /v1/music/detailed/stream`; server-sent events, each yielded as it arrives (`data` parsed when it is JSON).

        Args:
            prompt (None | str | Unset): A simple text prompt to generate a song from. Cannot be used in
                conjunction with `composition_plan`.
            generation_mode (MusicGenerationMode | None | Unset): Optional generation mode hint for
                prompt-based music generation. Can only be used with `prompt`. One of: ambience, loop,
                track, video_to_music.
            music_prompt (MusicPrompt | None | Unset): A music prompt. Deprecated. Use
                `composition_plan` instead.
            lyrics_text (None | str | Unset): The lyrics text to use for the generation.
            composition_plan (CompositionPlan | MusicPrompt | None | Unset): A detailed composition plan
                to guide music generation. Cannot be used in conjunction with `prompt`.
            music_length_ms (int | None | Unset): The length of the song to generate in milliseconds.
                Used only in conjunction with `prompt`. Must be between 3000ms and 600000ms. Optional - if
                not provided, the model will choose a length based on the prompt.
            model_id (MusicModelId | Unset):  One of: music_v1, music_v2.
            seed (int | None | Unset): Random seed to initialize the music generation process. Providing
                the same seed with the same parameters can help achieve more consistent results, but exact
                reproducibility is not guaranteed and outputs may change across system updates. Cannot be
                used in conjunction with prompt.
            force_instrumental (bool | Unset): If true, guarantees that the generated song will be
                instrumental. If false, the song may or may not be instrumental depending on the `prompt`.
                Can only be used with `prompt`. Defaults to False on the server.
            finetune_id (None | str | Unset): The ID of the finetune to use for the generation
            finetune_strength (float | Unset): How strongly the finetune influences the generation.
                Defaults to 1.0 (full strength). Lower values soften the influence of the finetune, leaving
                more room for prompt-level steering. Only meaningful when `finetune_id` is also provided.
                Defaults to 1.0 on the server.
            use_phonetic_names (bool | Unset): If true, proper names in the prompt will be phonetically
                spelled in the lyrics for better pronunciation by the music model. The original names will
                be restored in word timestamps. Defaults to False on the server.
            store_for_inpainting (bool | Unset): Whether to store the generated song for inpainting.
                Defaults to False on the server.
            with_timestamps (bool | Unset): Whether to return the timestamps of the words in the
                generated song. Defaults to False on the server.
            output_format (MusicComposeDetailedStreamOutputFormatOfTheGeneratedAudio | Unset): Defaults
                to 'auto' on the server. One of: alaw_8000, auto, mp3_22050_32, mp3_24000_48, mp3_44100_128,
                mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96, mp3_48000_128, mp3_48000_192,
                mp3_48000_240, mp3_48000_320, opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64,
                opus_48000_96, pcm_16000, pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000,
                ulaw_8000.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_stream_composed_music_with_a_detailed_response_v1_music_detailed_stream_post import (
            BodyStreamComposedMusicWithADetailedResponseV1MusicDetailedStreamPost,
        )

        kwargs = music_compose_detailed_stream._get_kwargs(
            body=BodyStreamComposedMusicWithADetailedResponseV1MusicDetailedStreamPost(
                prompt=prompt,
                generation_mode=generation_mode,
                music_prompt=music_prompt,
                lyrics_text=lyrics_text,
                composition_plan=composition_plan,
                music_length_ms=music_length_ms,
                model_id=model_id,
                seed=seed,
                force_instrumental=force_instrumental,
                finetune_id=finetune_id,
                finetune_strength=finetune_strength,
                use_phonetic_names=use_phonetic_names,
                store_for_inpainting=store_for_inpainting,
                with_timestamps=with_timestamps,
            ),
            output_format=output_format,
        )

        return self._requester.stream_events(kwargs, request_options)

    def separate_stems(
        self,
        file: FileInput,
        *,
        stem_variation_id: models.BodyStemSeparationV1MusicStemSeparationPostStemVariationId | Unset = UNSET,
        sign_with_c2pa: bool | Unset = UNSET,
        output_format: models.AllowedOutputFormats | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Stem Separation

        Separate an audio file into individual stems. This endpoint might have high latency, depending on
        the length of the audio file.

        `POST /v1/music/stem-separation`; the body (application/zip) streams: iterate over it, or `.save(path)`.

        Args:
            file (FileInput): The audio file to separate into stems.
            stem_variation_id (BodyStemSeparationV1MusicStemSeparationPostStemVariationId | Unset): The
                id of the stem variation to use. Defaults to 'six_stems_v1' on the server. One of:
                six_stems_v1, two_stems_v1.
            sign_with_c2pa (bool | Unset): Whether to sign the generated song with C2PA. Applicable only
                for mp3 files. Defaults to False on the server.
            output_format (AllowedOutputFormats | Unset):  One of: alaw_8000, mp3_22050_32,
                mp3_24000_48, mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96,
                opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000,
                pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_stem_separation_v1_music_stem_separation_post import (
            BodyStemSeparationV1MusicStemSeparationPost,
        )

        kwargs = music_separate_stems._get_kwargs(
            body=BodyStemSeparationV1MusicStemSeparationPost(
                file=as_file(file),
                stem_variation_id=stem_variation_id,
                sign_with_c2pa=sign_with_c2pa,
            ),
            output_format=output_format,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def stream(
        self,
        *,
        prompt: None | str | Unset = UNSET,
        generation_mode: models.MusicGenerationMode | None | Unset = UNSET,
        music_prompt: models.MusicPrompt | None | Unset = UNSET,
        lyrics_text: None | str | Unset = UNSET,
        composition_plan: models.CompositionPlan | models.MusicPrompt | None | Unset = UNSET,
        music_length_ms: int | None | Unset = UNSET,
        model_id: models.MusicModelId | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        force_instrumental: bool | Unset = UNSET,
        finetune_id: None | str | Unset = UNSET,
        finetune_strength: float | Unset = UNSET,
        use_phonetic_names: bool | Unset = UNSET,
        store_for_inpainting: bool | Unset = UNSET,
        output_format: models.MusicStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Stream Composed Music

        Stream a composed song from a prompt or a composition plan.

        `POST /v1/music/stream`; the body (audio/*) streams: iterate over it, or `.save(path)`.

        Args:
            prompt (None | str | Unset): A simple text prompt to generate a song from. Cannot be used in
                conjunction with `composition_plan`.
            generation_mode (MusicGenerationMode | None | Unset): Optional generation mode hint for
                prompt-based music generation. Can only be used with `prompt`. One of: ambience, loop,
                track, video_to_music.
            music_prompt (MusicPrompt | None | Unset): A music prompt. Deprecated. Use
                `composition_plan` instead.
            lyrics_text (None | str | Unset): The lyrics text to use for the generation.
            composition_plan (CompositionPlan | MusicPrompt | None | Unset): A detailed composition plan
                to guide music generation. Cannot be used in conjunction with `prompt`.
            music_length_ms (int | None | Unset): The length of the song to generate in milliseconds.
                Used only in conjunction with `prompt`. Must be between 3000ms and 600000ms. Optional - if
                not provided, the model will choose a length based on the prompt.
            model_id (MusicModelId | Unset):  One of: music_v1, music_v2.
            seed (int | None | Unset): Random seed to initialize the music generation process. Providing
                the same seed with the same parameters can help achieve more consistent results, but exact
                reproducibility is not guaranteed and outputs may change across system updates. Cannot be
                used in conjunction with prompt.
            force_instrumental (bool | Unset): If true, guarantees that the generated song will be
                instrumental. If false, the song may or may not be instrumental depending on the `prompt`.
                Can only be used with `prompt`. Defaults to False on the server.
            finetune_id (None | str | Unset): The ID of the finetune to use for the generation
            finetune_strength (float | Unset): How strongly the finetune influences the generation.
                Defaults to 1.0 (full strength). Lower values soften the influence of the finetune, leaving
                more room for prompt-level steering. Only meaningful when `finetune_id` is also provided.
                Defaults to 1.0 on the server.
            use_phonetic_names (bool | Unset): If true, proper names in the prompt will be phonetically
                spelled in the lyrics for better pronunciation by the music model. The original names will
                be restored in word timestamps. Defaults to False on the server.
            store_for_inpainting (bool | Unset): Whether to store the generated song for inpainting.
                Defaults to False on the server.
            output_format (MusicStreamOutputFormatOfTheGeneratedAudio | Unset): Defaults to 'auto' on
                the server. One of: alaw_8000, auto, mp3_22050_32, mp3_24000_48, mp3_44100_128,
                mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96, mp3_48000_128, mp3_48000_192,
                mp3_48000_240, mp3_48000_320, opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64,
                opus_48000_96, pcm_16000, pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000,
                ulaw_8000.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_stream_composed_music_v1_music_stream_post import BodyStreamComposedMusicV1MusicStreamPost

        kwargs = music_stream._get_kwargs(
            body=BodyStreamComposedMusicV1MusicStreamPost(
                prompt=prompt,
                generation_mode=generation_mode,
                music_prompt=music_prompt,
                lyrics_text=lyrics_text,
                composition_plan=composition_plan,
                music_length_ms=music_length_ms,
                model_id=model_id,
                seed=seed,
                force_instrumental=force_instrumental,
                finetune_id=finetune_id,
                finetune_strength=finetune_strength,
                use_phonetic_names=use_phonetic_names,
                store_for_inpainting=store_for_inpainting,
            ),
            output_format=output_format,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def upload(
        self,
        file: FileInput,
        *,
        extract_composition_plan: bool | models.MusicModelId | Unset = UNSET,
        with_timestamps: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.MusicUploadResponse:
        """Upload Music

        Upload a music file to be later used for inpainting. Price for uploading is the same as the one for
        song generation. All uploaded content gets inspected for copyright infringement. If copyrighted
        content is detected, half of the request cost is still charged.

        `POST /v1/music/upload`.

        Args:
            file (FileInput): The audio file to upload.
            extract_composition_plan (bool | MusicModelId | Unset): Whether to generate and return the
                composition plan for the uploaded song. Pass a model id (`music_v1` or `music_v2`) to
                control which composition plan format is returned. Passing `true`/`false` is deprecated;
                `true` defaults to the `music_v1` plan format. Enabling this will increase the latency. One
                of: music_v1, music_v2.
            with_timestamps (bool | Unset): Whether to transcribe the uploaded song and return
                word-level timestamps. If True, the response will include words_timestamps but will increase
                the latency. Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_upload_music_v1_music_upload_post import BodyUploadMusicV1MusicUploadPost

        kwargs = music_upload._get_kwargs(
            body=BodyUploadMusicV1MusicUploadPost(
                file=as_file(file),
                extract_composition_plan=extract_composition_plan,
                with_timestamps=with_timestamps,
            ),
        )

        return self._requester.request(kwargs, _parse_music_upload, request_options)

    def video_to_music(
        self,
        videos: builtins.list[FileInput],
        *,
        description: None | str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        model_id: models.MusicModelId | Unset = UNSET,
        sign_with_c2pa: bool | Unset = UNSET,
        output_format: models.AllowedOutputFormats | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Video To Music

        Generate background music from one or more video files. Videos are combined in order. Optional
        description and style tags influence the generated music.

        `POST /v1/music/video-to-music`; the body (application/zip, audio/*) streams: iterate over it, or `.save(path)`.

        Args:
            videos (list[FileInput]): One or more video files sent via FormData array
                (multipart/form-data). They will be combined into one codec in order. A maximum of 10 videos
                is allowed, where the total size of the combined video is limited to 200MB. In total, the
                video can be up to 600 seconds long. Note that combining multiple videos may increase the
                request duration significantly. If possible, combine the videos beforehand.
            description (None | str | Unset): Optional text description of the music you want. A maximum
                of 1000 characters is allowed.
            tags (list[str] | Unset): Optional list of style tags (e.g. ['upbeat', 'cinematic']). A
                maximum of 10 tags is allowed. Defaults to [] on the server.
            model_id (MusicModelId | Unset):  One of: music_v1, music_v2.
            sign_with_c2pa (bool | Unset): Whether to sign the generated song with C2PA. Applicable only
                for mp3 files. Defaults to False on the server.
            output_format (AllowedOutputFormats | Unset):  One of: alaw_8000, mp3_22050_32,
                mp3_24000_48, mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96,
                opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000,
                pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_video_to_music_v1_music_video_to_music_post import BodyVideoToMusicV1MusicVideoToMusicPost

        kwargs = music_video_to_music._get_kwargs(
            body=BodyVideoToMusicV1MusicVideoToMusicPost(
                videos=[as_file(f) for f in videos],
                description=description,
                tags=tags,
                model_id=model_id,
                sign_with_c2pa=sign_with_c2pa,
            ),
            output_format=output_format,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class MusicResourceWithRawResponse:
    """`MusicResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: MusicResource) -> None:
        self.compose = raw_response(resource.compose)
        self.compose_detailed = raw_response(resource.compose_detailed)
        self.compose_detailed_stream = raw_response(resource.compose_detailed_stream)
        self.separate_stems = raw_response(resource.separate_stems)
        self.stream = raw_response(resource.stream)
        self.upload = raw_response(resource.upload)
        self.video_to_music = raw_response(resource.video_to_music)


class AsyncMusicResource:
    """The operations of group `music`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncMusicResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncMusicResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def composition_plan(self) -> AsyncMusicCompositionPlanResource:
        """`music_composition_plan` operations."""
        from ..music_composition_plan import AsyncMusicCompositionPlanResource

        return AsyncMusicCompositionPlanResource(self._requester)

    @functools.cached_property
    def finetunes(self) -> AsyncMusicFinetunesResource:
        """`music_finetunes` operations."""
        from ..music_finetunes import AsyncMusicFinetunesResource

        return AsyncMusicFinetunesResource(self._requester)

    def compose(
        self,
        *,
        prompt: None | str | Unset = UNSET,
        generation_mode: models.MusicGenerationMode | None | Unset = UNSET,
        music_prompt: models.MusicPrompt | None | Unset = UNSET,
        lyrics_text: None | str | Unset = UNSET,
        composition_plan: models.CompositionPlan | models.MusicPrompt | None | Unset = UNSET,
        music_length_ms: int | None | Unset = UNSET,
        model_id: models.MusicModelId | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        force_instrumental: bool | Unset = UNSET,
        finetune_id: None | str | Unset = UNSET,
        finetune_strength: float | Unset = UNSET,
        use_phonetic_names: bool | Unset = UNSET,
        respect_sections_durations: bool | Unset = UNSET,
        store_for_inpainting: bool | Unset = UNSET,
        sign_with_c2pa: bool | Unset = UNSET,
        output_format: models.MusicComposeOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Compose Music

        Compose a song from a prompt or a composition plan.

        `POST /v1/music`; the body (audio/*) streams: iterate over it, or `.save(path)`.

        Args:
            prompt (None | str | Unset): A simple text prompt to generate a song from. Cannot be used in
                conjunction with `composition_plan`.
            generation_mode (MusicGenerationMode | None | Unset): Optional generation mode hint for
                prompt-based music generation. Can only be used with `prompt`. One of: ambience, loop,
                track, video_to_music.
            music_prompt (MusicPrompt | None | Unset): A music prompt. Deprecated. Use
                `composition_plan` instead.
            lyrics_text (None | str | Unset): The lyrics text to use for the generation.
            composition_plan (CompositionPlan | MusicPrompt | None | Unset): A detailed composition plan
                to guide music generation. Cannot be used in conjunction with `prompt`.
            music_length_ms (int | None | Unset): The length of the song to generate in milliseconds.
                Used only in conjunction with `prompt`. Must be between 3000ms and 600000ms. Optional - if
                not provided, the model will choose a length based on the prompt.
            model_id (MusicModelId | Unset):  One of: music_v1, music_v2.
            seed (int | None | Unset): Random seed to initialize the music generation process. Providing
                the same seed with the same parameters can help achieve more consistent results, but exact
                reproducibility is not guaranteed and outputs may change across system updates. Cannot be
                used in conjunction with prompt.
            force_instrumental (bool | Unset): If true, guarantees that the generated song will be
                instrumental. If false, the song may or may not be instrumental depending on the `prompt`.
                Can only be used with `prompt`. Defaults to False on the server.
            finetune_id (None | str | Unset): The ID of the finetune to use for the generation
            finetune_strength (float | Unset): How strongly the finetune influences the generation.
                Defaults to 1.0 (full strength). Lower values soften the influence of the finetune, leaving
                more room for prompt-level steering. Only meaningful when `finetune_id` is also provided.
                Defaults to 1.0 on the server.
            use_phonetic_names (bool | Unset): If true, proper names in the prompt will be phonetically
                spelled in the lyrics for better pronunciation by the music model. The original names will
                be restored in word timestamps. Defaults to False on the server.
            respect_sections_durations (bool | Unset): Controls how strictly section durations in the
                `composition_plan` are enforced. Only used with `composition_plan` and only applies to
                `music_v1`; for `music_v2` section durations are always enforced and this is ignored. When
                false for `music_v1`, the model may adjust individual section durations for better quality
                and latency, while preserving the total song duration from the plan. Defaults to True on the
                server.
            store_for_inpainting (bool | Unset): Whether to store the generated song for inpainting.
                Defaults to False on the server.
            sign_with_c2pa (bool | Unset): Whether to sign the generated song with C2PA. Applicable only
                for mp3 files. Defaults to False on the server.
            output_format (MusicComposeOutputFormatOfTheGeneratedAudio | Unset): Defaults to 'auto' on
                the server. One of: alaw_8000, auto, mp3_22050_32, mp3_24000_48, mp3_44100_128,
                mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96, mp3_48000_128, mp3_48000_192,
                mp3_48000_240, mp3_48000_320, opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64,
                opus_48000_96, pcm_16000, pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000,
                ulaw_8000.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_compose_music_v1_music_post import BodyComposeMusicV1MusicPost

        kwargs = music_compose._get_kwargs(
            body=BodyComposeMusicV1MusicPost(
                prompt=prompt,
                generation_mode=generation_mode,
                music_prompt=music_prompt,
                lyrics_text=lyrics_text,
                composition_plan=composition_plan,
                music_length_ms=music_length_ms,
                model_id=model_id,
                seed=seed,
                force_instrumental=force_instrumental,
                finetune_id=finetune_id,
                finetune_strength=finetune_strength,
                use_phonetic_names=use_phonetic_names,
                respect_sections_durations=respect_sections_durations,
                store_for_inpainting=store_for_inpainting,
                sign_with_c2pa=sign_with_c2pa,
            ),
            output_format=output_format,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    async def compose_detailed(
        self,
        *,
        prompt: None | str | Unset = UNSET,
        generation_mode: models.MusicGenerationMode | None | Unset = UNSET,
        music_prompt: models.MusicPrompt | None | Unset = UNSET,
        lyrics_text: None | str | Unset = UNSET,
        composition_plan: models.CompositionPlan | models.MusicPrompt | None | Unset = UNSET,
        music_length_ms: int | None | Unset = UNSET,
        model_id: models.MusicModelId | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        force_instrumental: bool | Unset = UNSET,
        finetune_id: None | str | Unset = UNSET,
        finetune_strength: float | Unset = UNSET,
        use_phonetic_names: bool | Unset = UNSET,
        respect_sections_durations: bool | Unset = UNSET,
        store_for_inpainting: bool | Unset = UNSET,
        with_timestamps: bool | Unset = UNSET,
        sign_with_c2pa: bool | Unset = UNSET,
        model_style_prefix: models.BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix
        | Unset = UNSET,
        output_format: models.MusicComposeDetailedOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncMultipartResponse:
        """Compose Music With A Detailed Response

        Compose a song from a prompt or a composition plan.

        `POST /v1/music/detailed`; answers once the JSON part is in: `json` (that part, parsed),
        `audio` (the next part, streaming: iterate over it, or `.save(path)`), `filename`, `song_id`.

        Args:
            prompt (None | str | Unset): A simple text prompt to generate a song from. Cannot be used in
                conjunction with `composition_plan`.
            generation_mode (MusicGenerationMode | None | Unset): Optional generation mode hint for
                prompt-based music generation. Can only be used with `prompt`. One of: ambience, loop,
                track, video_to_music.
            music_prompt (MusicPrompt | None | Unset): A music prompt. Deprecated. Use
                `composition_plan` instead.
            lyrics_text (None | str | Unset): The lyrics text to use for the generation.
            composition_plan (CompositionPlan | MusicPrompt | None | Unset): A detailed composition plan
                to guide music generation. Cannot be used in conjunction with `prompt`.
            music_length_ms (int | None | Unset): The length of the song to generate in milliseconds.
                Used only in conjunction with `prompt`. Must be between 3000ms and 600000ms. Optional - if
                not provided, the model will choose a length based on the prompt.
            model_id (MusicModelId | Unset):  One of: music_v1, music_v2.
            seed (int | None | Unset): Random seed to initialize the music generation process. Providing
                the same seed with the same parameters can help achieve more consistent results, but exact
                reproducibility is not guaranteed and outputs may change across system updates. Cannot be
                used in conjunction with prompt.
            force_instrumental (bool | Unset): If true, guarantees that the generated song will be
                instrumental. If false, the song may or may not be instrumental depending on the `prompt`.
                Can only be used with `prompt`. Defaults to False on the server.
            finetune_id (None | str | Unset): The ID of the finetune to use for the generation
            finetune_strength (float | Unset): How strongly the finetune influences the generation.
                Defaults to 1.0 (full strength). Lower values soften the influence of the finetune, leaving
                more room for prompt-level steering. Only meaningful when `finetune_id` is also provided.
                Defaults to 1.0 on the server.
            use_phonetic_names (bool | Unset): If true, proper names in the prompt will be phonetically
                spelled in the lyrics for better pronunciation by the music model. The original names will
                be restored in word timestamps. Defaults to False on the server.
            respect_sections_durations (bool | Unset): Controls how strictly section durations in the
                `composition_plan` are enforced. Only used with `composition_plan` and only applies to
                `music_v1`; for `music_v2` section durations are always enforced and this is ignored. When
                false for `music_v1`, the model may adjust individual section durations for better quality
                and latency, while preserving the total song duration from the plan. Defaults to True on the
                server.
            store_for_inpainting (bool | Unset): Whether to store the generated song for inpainting.
                Defaults to False on the server.
            with_timestamps (bool | Unset): Whether to return the timestamps of the words in the
                generated song. Defaults to False on the server.
            sign_with_c2pa (bool | Unset): Whether to sign the generated song with C2PA. Applicable only
                for mp3 files. Defaults to False on the server.
            model_style_prefix (BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix | Unset):
                Defaults to 'music' on the server. One of: music, sfx.
            output_format (MusicComposeDetailedOutputFormatOfTheGeneratedAudio | Unset): Defaults to
                'auto' on the server. One of: alaw_8000, auto, mp3_22050_32, mp3_24000_48, mp3_44100_128,
                mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96, mp3_48000_128, mp3_48000_192,
                mp3_48000_240, mp3_48000_320, opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64,
                opus_48000_96, pcm_16000, pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000,
                ulaw_8000.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_compose_music_with_a_detailed_response_v1_music_detailed_post import (
            BodyComposeMusicWithADetailedResponseV1MusicDetailedPost,
        )

        kwargs = music_compose_detailed._get_kwargs(
            body=BodyComposeMusicWithADetailedResponseV1MusicDetailedPost(
                prompt=prompt,
                generation_mode=generation_mode,
                music_prompt=music_prompt,
                lyrics_text=lyrics_text,
                composition_plan=composition_plan,
                music_length_ms=music_length_ms,
                model_id=model_id,
                seed=seed,
                force_instrumental=force_instrumental,
                finetune_id=finetune_id,
                finetune_strength=finetune_strength,
                use_phonetic_names=use_phonetic_names,
                respect_sections_durations=respect_sections_durations,
                store_for_inpainting=store_for_inpainting,
                with_timestamps=with_timestamps,
                sign_with_c2pa=sign_with_c2pa,
                model_style_prefix=model_style_prefix,
            ),
            output_format=output_format,
        )

        return await self._requester.stream_multipart(kwargs, chunk_size, request_options)

    def compose_detailed_stream(
        self,
        *,
        prompt: None | str | Unset = UNSET,
        generation_mode: models.MusicGenerationMode | None | Unset = UNSET,
        music_prompt: models.MusicPrompt | None | Unset = UNSET,
        lyrics_text: None | str | Unset = UNSET,
        composition_plan: models.CompositionPlan | models.MusicPrompt | None | Unset = UNSET,
        music_length_ms: int | None | Unset = UNSET,
        model_id: models.MusicModelId | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        force_instrumental: bool | Unset = UNSET,
        finetune_id: None | str | Unset = UNSET,
        finetune_strength: float | Unset = UNSET,
        use_phonetic_names: bool | Unset = UNSET,
        store_for_inpainting: bool | Unset = UNSET,
        with_timestamps: bool | Unset = UNSET,
        output_format: models.MusicComposeDetailedStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncObjectStream[ServerSentEvent]:
        """Stream Composed Music With A Detailed Response

        Stream a song and its detailed metadata using Server-Sent Events (SSE).

        `POST /v1/music/detailed/stream`; server-sent events, each yielded as it arrives (`data` parsed when it is JSON).

        Args:
            prompt (None | str | Unset): A simple text prompt to generate a song from. Cannot be used in
                conjunction with `composition_plan`.
            generation_mode (MusicGenerationMode | None | Unset): Optional generation mode hint for
                prompt-based music generation. Can only be used with `prompt`. One of: ambience, loop,
                track, video_to_music.
            music_prompt (MusicPrompt | None | Unset): A music prompt. Deprecated. Use
                `composition_plan` instead.
            lyrics_text (None | str | Unset): The lyrics text to use for the generation.
            composition_plan (CompositionPlan | MusicPrompt | None | Unset): A detailed composition plan
                to guide music generation. Cannot be used in conjunction with `prompt`.
            music_length_ms (int | None | Unset): The length of the song to generate in milliseconds.
                Used only in conjunction with `prompt`. Must be between 3000ms and 600000ms. Optional - if
                not provided, the model will choose a length based on the prompt.
            model_id (MusicModelId | Unset):  One of: music_v1, music_v2.
            seed (int | None | Unset): Random seed to initialize the music generation process. Providing
                the same seed with the same parameters can help achieve more consistent results, but exact
                reproducibility is not guaranteed and outputs may change across system updates. Cannot be
                used in conjunction with prompt.
            force_instrumental (bool | Unset): If true, guarantees that the generated song will be
                instrumental. If false, the song may or may not be instrumental depending on the `prompt`.
                Can only be used with `prompt`. Defaults to False on the server.
            finetune_id (None | str | Unset): The ID of the finetune to use for the generation
            finetune_strength (float | Unset): How strongly the finetune influences the generation.
                Defaults to 1.0 (full strength). Lower values soften the influence of the finetune, leaving
                more room for prompt-level steering. Only meaningful when `finetune_id` is also provided.
                Defaults to 1.0 on the server.
            use_phonetic_names (bool | Unset): If true, proper names in the prompt will be phonetically
                spelled in the lyrics for better pronunciation by the music model. The original names will
                be restored in word timestamps. Defaults to False on the server.
            store_for_inpainting (bool | Unset): Whether to store the generated song for inpainting.
                Defaults to False on the server.
            with_timestamps (bool | Unset): Whether to return the timestamps of the words in the
                generated song. Defaults to False on the server.
            output_format (MusicComposeDetailedStreamOutputFormatOfTheGeneratedAudio | Unset): Defaults
                to 'auto' on the server. One of: alaw_8000, auto, mp3_22050_32, mp3_24000_48, mp3_44100_128,
                mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96, mp3_48000_128, mp3_48000_192,
                mp3_48000_240, mp3_48000_320, opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64,
                opus_48000_96, pcm_16000, pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000,
                ulaw_8000.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_stream_composed_music_with_a_detailed_response_v1_music_detailed_stream_post import (
            BodyStreamComposedMusicWithADetailedResponseV1MusicDetailedStreamPost,
        )

        kwargs = music_compose_detailed_stream._get_kwargs(
            body=BodyStreamComposedMusicWithADetailedResponseV1MusicDetailedStreamPost(
                prompt=prompt,
                generation_mode=generation_mode,
                music_prompt=music_prompt,
                lyrics_text=lyrics_text,
                composition_plan=composition_plan,
                music_length_ms=music_length_ms,
                model_id=model_id,
                seed=seed,
                force_instrumental=force_instrumental,
                finetune_id=finetune_id,
                finetune_strength=finetune_strength,
                use_phonetic_names=use_phonetic_names,
                store_for_inpainting=store_for_inpainting,
                with_timestamps=with_timestamps,
            ),
            output_format=output_format,
        )

        return self._requester.stream_events(kwargs, request_options)

    def separate_stems(
        self,
        file: FileInput,
        *,
        stem_variation_id: models.BodyStemSeparationV1MusicStemSeparationPostStemVariationId | Unset = UNSET,
        sign_with_c2pa: bool | Unset = UNSET,
        output_format: models.AllowedOutputFormats | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Stem Separation

        Separate an audio file into individual stems. This endpoint might have high latency, depending on
        the length of the audio file.

        `POST /v1/music/stem-separation`; the body (application/zip) streams: iterate over it, or `.save(path)`.

        Args:
            file (FileInput): The audio file to separate into stems.
            stem_variation_id (BodyStemSeparationV1MusicStemSeparationPostStemVariationId | Unset): The
                id of the stem variation to use. Defaults to 'six_stems_v1' on the server. One of:
                six_stems_v1, two_stems_v1.
            sign_with_c2pa (bool | Unset): Whether to sign the generated song with C2PA. Applicable only
                for mp3 files. Defaults to False on the server.
            output_format (AllowedOutputFormats | Unset):  One of: alaw_8000, mp3_22050_32,
                mp3_24000_48, mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96,
                opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000,
                pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_stem_separation_v1_music_stem_separation_post import (
            BodyStemSeparationV1MusicStemSeparationPost,
        )

        kwargs = music_separate_stems._get_kwargs(
            body=BodyStemSeparationV1MusicStemSeparationPost(
                file=as_file(file),
                stem_variation_id=stem_variation_id,
                sign_with_c2pa=sign_with_c2pa,
            ),
            output_format=output_format,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def stream(
        self,
        *,
        prompt: None | str | Unset = UNSET,
        generation_mode: models.MusicGenerationMode | None | Unset = UNSET,
        music_prompt: models.MusicPrompt | None | Unset = UNSET,
        lyrics_text: None | str | Unset = UNSET,
        composition_plan: models.CompositionPlan | models.MusicPrompt | None | Unset = UNSET,
        music_length_ms: int | None | Unset = UNSET,
        model_id: models.MusicModelId | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        force_instrumental: bool | Unset = UNSET,
        finetune_id: None | str | Unset = UNSET,
        finetune_strength: float | Unset = UNSET,
        use_phonetic_names: bool | Unset = UNSET,
        store_for_inpainting: bool | Unset = UNSET,
        output_format: models.MusicStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Stream Composed Music

        Stream a composed song from a prompt or a composition plan.

        `POST /v1/music/stream`; the body (audio/*) streams: iterate over it, or `.save(path)`.

        Args:
            prompt (None | str | Unset): A simple text prompt to generate a song from. Cannot be used in
                conjunction with `composition_plan`.
            generation_mode (MusicGenerationMode | None | Unset): Optional generation mode hint for
                prompt-based music generation. Can only be used with `prompt`. One of: ambience, loop,
                track, video_to_music.
            music_prompt (MusicPrompt | None | Unset): A music prompt. Deprecated. Use
                `composition_plan` instead.
            lyrics_text (None | str | Unset): The lyrics text to use for the generation.
            composition_plan (CompositionPlan | MusicPrompt | None | Unset): A detailed composition plan
                to guide music generation. Cannot be used in conjunction with `prompt`.
            music_length_ms (int | None | Unset): The length of the song to generate in milliseconds.
                Used only in conjunction with `prompt`. Must be between 3000ms and 600000ms. Optional - if
                not provided, the model will choose a length based on the prompt.
            model_id (MusicModelId | Unset):  One of: music_v1, music_v2.
            seed (int | None | Unset): Random seed to initialize the music generation process. Providing
                the same seed with the same parameters can help achieve more consistent results, but exact
                reproducibility is not guaranteed and outputs may change across system updates. Cannot be
                used in conjunction with prompt.
            force_instrumental (bool | Unset): If true, guarantees that the generated song will be
                instrumental. If false, the song may or may not be instrumental depending on the `prompt`.
                Can only be used with `prompt`. Defaults to False on the server.
            finetune_id (None | str | Unset): The ID of the finetune to use for the generation
            finetune_strength (float | Unset): How strongly the finetune influences the generation.
                Defaults to 1.0 (full strength). Lower values soften the influence of the finetune, leaving
                more room for prompt-level steering. Only meaningful when `finetune_id` is also provided.
                Defaults to 1.0 on the server.
            use_phonetic_names (bool | Unset): If true, proper names in the prompt will be phonetically
                spelled in the lyrics for better pronunciation by the music model. The original names will
                be restored in word timestamps. Defaults to False on the server.
            store_for_inpainting (bool | Unset): Whether to store the generated song for inpainting.
                Defaults to False on the server.
            output_format (MusicStreamOutputFormatOfTheGeneratedAudio | Unset): Defaults to 'auto' on
                the server. One of: alaw_8000, auto, mp3_22050_32, mp3_24000_48, mp3_44100_128,
                mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96, mp3_48000_128, mp3_48000_192,
                mp3_48000_240, mp3_48000_320, opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64,
                opus_48000_96, pcm_16000, pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000,
                ulaw_8000.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_stream_composed_music_v1_music_stream_post import BodyStreamComposedMusicV1MusicStreamPost

        kwargs = music_stream._get_kwargs(
            body=BodyStreamComposedMusicV1MusicStreamPost(
                prompt=prompt,
                generation_mode=generation_mode,
                music_prompt=music_prompt,
                lyrics_text=lyrics_text,
                composition_plan=composition_plan,
                music_length_ms=music_length_ms,
                model_id=model_id,
                seed=seed,
                force_instrumental=force_instrumental,
                finetune_id=finetune_id,
                finetune_strength=finetune_strength,
                use_phonetic_names=use_phonetic_names,
                store_for_inpainting=store_for_inpainting,
            ),
            output_format=output_format,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    async def upload(
        self,
        file: FileInput,
        *,
        extract_composition_plan: bool | models.MusicModelId | Unset = UNSET,
        with_timestamps: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.MusicUploadResponse:
        """Upload Music

        Upload a music file to be later used for inpainting. Price for uploading is the same as the one for
        song generation. All uploaded content gets inspected for copyright infringement. If copyrighted
        content is detected, half of the request cost is still charged.

        `POST /v1/music/upload`.

        Args:
            file (FileInput): The audio file to upload.
            extract_composition_plan (bool | MusicModelId | Unset): Whether to generate and return the
                composition plan for the uploaded song. Pass a model id (`music_v1` or `music_v2`) to
                control which composition plan format is returned. Passing `true`/`false` is deprecated;
                `true` defaults to the `music_v1` plan format. Enabling this will increase the latency. One
                of: music_v1, music_v2.
            with_timestamps (bool | Unset): Whether to transcribe the uploaded song and return
                word-level timestamps. If True, the response will include words_timestamps but will increase
                the latency. Defaults to False on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_upload_music_v1_music_upload_post import BodyUploadMusicV1MusicUploadPost

        kwargs = music_upload._get_kwargs(
            body=BodyUploadMusicV1MusicUploadPost(
                file=as_file(file),
                extract_composition_plan=extract_composition_plan,
                with_timestamps=with_timestamps,
            ),
        )

        return await self._requester.request(kwargs, _parse_music_upload, request_options)

    def video_to_music(
        self,
        videos: builtins.list[FileInput],
        *,
        description: None | str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        model_id: models.MusicModelId | Unset = UNSET,
        sign_with_c2pa: bool | Unset = UNSET,
        output_format: models.AllowedOutputFormats | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Video To Music

        Generate background music from one or more video files. Videos are combined in order. Optional
        description and style tags influence the generated music.

        `POST /v1/music/video-to-music`; the body (application/zip, audio/*) streams: iterate over it, or `.save(path)`.

        Args:
            videos (list[FileInput]): One or more video files sent via FormData array
                (multipart/form-data). They will be combined into one codec in order. A maximum of 10 videos
                is allowed, where the total size of the combined video is limited to 200MB. In total, the
                video can be up to 600 seconds long. Note that combining multiple videos may increase the
                request duration significantly. If possible, combine the videos beforehand.
            description (None | str | Unset): Optional text description of the music you want. A maximum
                of 1000 characters is allowed.
            tags (list[str] | Unset): Optional list of style tags (e.g. ['upbeat', 'cinematic']). A
                maximum of 10 tags is allowed. Defaults to [] on the server.
            model_id (MusicModelId | Unset):  One of: music_v1, music_v2.
            sign_with_c2pa (bool | Unset): Whether to sign the generated song with C2PA. Applicable only
                for mp3 files. Defaults to False on the server.
            output_format (AllowedOutputFormats | Unset):  One of: alaw_8000, mp3_22050_32,
                mp3_24000_48, mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96,
                opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000,
                pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_video_to_music_v1_music_video_to_music_post import BodyVideoToMusicV1MusicVideoToMusicPost

        kwargs = music_video_to_music._get_kwargs(
            body=BodyVideoToMusicV1MusicVideoToMusicPost(
                videos=[as_file(f) for f in videos],
                description=description,
                tags=tags,
                model_id=model_id,
                sign_with_c2pa=sign_with_c2pa,
            ),
            output_format=output_format,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class AsyncMusicResourceWithRawResponse:
    """`AsyncMusicResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncMusicResource) -> None:
        self.compose = async_raw_response(resource.compose)
        self.compose_detailed = async_raw_response(resource.compose_detailed)
        self.compose_detailed_stream = async_raw_response(resource.compose_detailed_stream)
        self.separate_stems = async_raw_response(resource.separate_stems)
        self.stream = async_raw_response(resource.stream)
        self.upload = async_raw_response(resource.upload)
        self.video_to_music = async_raw_response(resource.video_to_music)
