"""`client.music`: the operations of group `music`, as methods of MusicResource and AsyncMusicResource."""

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
    from io import BytesIO
    from typing import cast

    from ...models.allowed_output_formats import AllowedOutputFormats
    from ...models.body_compose_music_v1_music_post import BodyComposeMusicV1MusicPost
    from ...models.body_compose_music_with_a_detailed_response_v1_music_detailed_post import (
        BodyComposeMusicWithADetailedResponseV1MusicDetailedPost,
    )
    from ...models.body_compose_music_with_a_detailed_response_v1_music_detailed_post_model_style_prefix import (
        BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix,
    )
    from ...models.body_stem_separation_v1_music_stem_separation_post import BodyStemSeparationV1MusicStemSeparationPost
    from ...models.body_stem_separation_v1_music_stem_separation_post_stem_variation_id import (
        BodyStemSeparationV1MusicStemSeparationPostStemVariationId,
    )
    from ...models.body_stream_composed_music_v1_music_stream_post import BodyStreamComposedMusicV1MusicStreamPost
    from ...models.body_stream_composed_music_with_a_detailed_response_v1_music_detailed_stream_post import (
        BodyStreamComposedMusicWithADetailedResponseV1MusicDetailedStreamPost,
    )
    from ...models.body_upload_music_v1_music_upload_post import BodyUploadMusicV1MusicUploadPost
    from ...models.body_video_to_music_v1_music_video_to_music_post import BodyVideoToMusicV1MusicVideoToMusicPost
    from ...models.composition_plan import CompositionPlan
    from ...models.http_validation_error import HTTPValidationError
    from ...models.music_compose_detailed_output_format_of_the_generated_audio import (
        MusicComposeDetailedOutputFormatOfTheGeneratedAudio,
    )
    from ...models.music_compose_detailed_stream_output_format_of_the_generated_audio import (
        MusicComposeDetailedStreamOutputFormatOfTheGeneratedAudio,
    )
    from ...models.music_compose_output_format_of_the_generated_audio import MusicComposeOutputFormatOfTheGeneratedAudio
    from ...models.music_generation_mode import MusicGenerationMode
    from ...models.music_model_id import MusicModelID
    from ...models.music_prompt import MusicPrompt
    from ...models.music_stream_output_format_of_the_generated_audio import MusicStreamOutputFormatOfTheGeneratedAudio
    from ...models.music_upload_response import MusicUploadResponse
    from ...types import File
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


def _parse_music_upload(response: httpx.Response) -> MusicUploadResponse:
    from ...models.body_upload_music_v1_music_upload_post import BodyUploadMusicV1MusicUploadPost
    from ...models.http_validation_error import HTTPValidationError
    from ...models.music_upload_response import MusicUploadResponse

    response_200 = MusicUploadResponse.from_dict(loads(response.content))

    return response_200


class MusicComposeQuery(TypedDict, total=False):
    """The query parameters of `compose`, for passing them on as keyword arguments."""

    output_format: MusicComposeOutputFormatOfTheGeneratedAudio | Unset


class MusicComposeDetailedQuery(TypedDict, total=False):
    """The query parameters of `compose_detailed`, for passing them on as keyword arguments."""

    output_format: MusicComposeDetailedOutputFormatOfTheGeneratedAudio | Unset


class MusicComposeDetailedStreamQuery(TypedDict, total=False):
    """The query parameters of `compose_detailed_stream`, for passing them on as keyword arguments."""

    output_format: MusicComposeDetailedStreamOutputFormatOfTheGeneratedAudio | Unset


class MusicSeparateStemsQuery(TypedDict, total=False):
    """The query parameters of `separate_stems`, for passing them on as keyword arguments."""

    output_format: AllowedOutputFormats | Unset


class MusicStreamQuery(TypedDict, total=False):
    """The query parameters of `stream`, for passing them on as keyword arguments."""

    output_format: MusicStreamOutputFormatOfTheGeneratedAudio | Unset


class MusicVideoToMusicQuery(TypedDict, total=False):
    """The query parameters of `video_to_music`, for passing them on as keyword arguments."""

    output_format: AllowedOutputFormats | Unset


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
        generation_mode: MusicGenerationMode | None | Unset = UNSET,
        music_prompt: MusicPrompt | None | Unset = UNSET,
        lyrics_text: None | str | Unset = UNSET,
        composition_plan: CompositionPlan | MusicPrompt | None | Unset = UNSET,
        music_length_ms: int | None | Unset = UNSET,
        model_id: MusicModelID | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        force_instrumental: bool | Unset = False,
        finetune_id: None | str | Unset = UNSET,
        finetune_strength: float | Unset = 1.0,
        use_phonetic_names: bool | Unset = False,
        respect_sections_durations: bool | Unset = True,
        store_for_inpainting: bool | Unset = False,
        sign_with_c2pa: bool | Unset = False,
        output_format: MusicComposeOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Compose Music

        Compose a song from a prompt or a composition plan.

        `POST /v1/music`; the body (audio/*) streams: iterate over it, or `.save(path)`.
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
        generation_mode: MusicGenerationMode | None | Unset = UNSET,
        music_prompt: MusicPrompt | None | Unset = UNSET,
        lyrics_text: None | str | Unset = UNSET,
        composition_plan: CompositionPlan | MusicPrompt | None | Unset = UNSET,
        music_length_ms: int | None | Unset = UNSET,
        model_id: MusicModelID | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        force_instrumental: bool | Unset = False,
        finetune_id: None | str | Unset = UNSET,
        finetune_strength: float | Unset = 1.0,
        use_phonetic_names: bool | Unset = False,
        respect_sections_durations: bool | Unset = True,
        store_for_inpainting: bool | Unset = False,
        with_timestamps: bool | Unset = False,
        sign_with_c2pa: bool | Unset = False,
        model_style_prefix: BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix | Unset = "music",
        output_format: MusicComposeDetailedOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Compose Music With A Detailed Response

        Compose a song from a prompt or a composition plan.

        `POST /v1/music/detailed`; the body (multipart/mixed) streams: iterate over it, or `.save(path)`.
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

        return self._requester.stream(kwargs, chunk_size, request_options)

    def compose_detailed_stream(
        self,
        *,
        prompt: None | str | Unset = UNSET,
        generation_mode: MusicGenerationMode | None | Unset = UNSET,
        music_prompt: MusicPrompt | None | Unset = UNSET,
        lyrics_text: None | str | Unset = UNSET,
        composition_plan: CompositionPlan | MusicPrompt | None | Unset = UNSET,
        music_length_ms: int | None | Unset = UNSET,
        model_id: MusicModelID | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        force_instrumental: bool | Unset = False,
        finetune_id: None | str | Unset = UNSET,
        finetune_strength: float | Unset = 1.0,
        use_phonetic_names: bool | Unset = False,
        store_for_inpainting: bool | Unset = False,
        with_timestamps: bool | Unset = False,
        output_format: MusicComposeDetailedStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Iterator[ServerSentEvent]:
        """Stream Composed Music With A Detailed Response

        Stream a song and its detailed metadata using Server-Sent Events (SSE).

        `POST /v1/music/detailed/stream`; server-sent events, each yielded as it arrives (`data` parsed when it is JSON).
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
        stem_variation_id: BodyStemSeparationV1MusicStemSeparationPostStemVariationId | Unset = "six_stems_v1",
        sign_with_c2pa: bool | Unset = False,
        output_format: AllowedOutputFormats | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Stem Separation

        Separate an audio file into individual stems. This endpoint might have high latency, depending on
        the length of the audio file.

        `POST /v1/music/stem-separation`; the body (application/zip) streams: iterate over it, or `.save(path)`.
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
        generation_mode: MusicGenerationMode | None | Unset = UNSET,
        music_prompt: MusicPrompt | None | Unset = UNSET,
        lyrics_text: None | str | Unset = UNSET,
        composition_plan: CompositionPlan | MusicPrompt | None | Unset = UNSET,
        music_length_ms: int | None | Unset = UNSET,
        model_id: MusicModelID | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        force_instrumental: bool | Unset = False,
        finetune_id: None | str | Unset = UNSET,
        finetune_strength: float | Unset = 1.0,
        use_phonetic_names: bool | Unset = False,
        store_for_inpainting: bool | Unset = False,
        output_format: MusicStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Stream Composed Music

        Stream a composed song from a prompt or a composition plan.

        `POST /v1/music/stream`; the body (audio/*) streams: iterate over it, or `.save(path)`.
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
        extract_composition_plan: bool | MusicModelID | Unset = UNSET,
        with_timestamps: bool | Unset = False,
        request_options: RequestOptions | None = None,
    ) -> MusicUploadResponse:
        """Upload Music

        Upload a music file to be later used for inpainting. Price for uploading is the same as the one for
        song generation. All uploaded content gets inspected for copyright infringement. If copyrighted
        content is detected, half of the request cost is still charged.

        `POST /v1/music/upload`.
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
        model_id: MusicModelID | Unset = UNSET,
        sign_with_c2pa: bool | Unset = False,
        output_format: AllowedOutputFormats | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Video To Music

        Generate background music from one or more video files. Videos are combined in order. Optional
        description and style tags influence the generated music.

        `POST /v1/music/video-to-music`; the body (application/zip, audio/*) streams: iterate over it, or `.save(path)`.
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
        generation_mode: MusicGenerationMode | None | Unset = UNSET,
        music_prompt: MusicPrompt | None | Unset = UNSET,
        lyrics_text: None | str | Unset = UNSET,
        composition_plan: CompositionPlan | MusicPrompt | None | Unset = UNSET,
        music_length_ms: int | None | Unset = UNSET,
        model_id: MusicModelID | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        force_instrumental: bool | Unset = False,
        finetune_id: None | str | Unset = UNSET,
        finetune_strength: float | Unset = 1.0,
        use_phonetic_names: bool | Unset = False,
        respect_sections_durations: bool | Unset = True,
        store_for_inpainting: bool | Unset = False,
        sign_with_c2pa: bool | Unset = False,
        output_format: MusicComposeOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Compose Music

        Compose a song from a prompt or a composition plan.

        `POST /v1/music`; the body (audio/*) streams: iterate over it, or `.save(path)`.
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
        generation_mode: MusicGenerationMode | None | Unset = UNSET,
        music_prompt: MusicPrompt | None | Unset = UNSET,
        lyrics_text: None | str | Unset = UNSET,
        composition_plan: CompositionPlan | MusicPrompt | None | Unset = UNSET,
        music_length_ms: int | None | Unset = UNSET,
        model_id: MusicModelID | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        force_instrumental: bool | Unset = False,
        finetune_id: None | str | Unset = UNSET,
        finetune_strength: float | Unset = 1.0,
        use_phonetic_names: bool | Unset = False,
        respect_sections_durations: bool | Unset = True,
        store_for_inpainting: bool | Unset = False,
        with_timestamps: bool | Unset = False,
        sign_with_c2pa: bool | Unset = False,
        model_style_prefix: BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix | Unset = "music",
        output_format: MusicComposeDetailedOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Compose Music With A Detailed Response

        Compose a song from a prompt or a composition plan.

        `POST /v1/music/detailed`; the body (multipart/mixed) streams: iterate over it, or `.save(path)`.
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

        return self._requester.stream(kwargs, chunk_size, request_options)

    def compose_detailed_stream(
        self,
        *,
        prompt: None | str | Unset = UNSET,
        generation_mode: MusicGenerationMode | None | Unset = UNSET,
        music_prompt: MusicPrompt | None | Unset = UNSET,
        lyrics_text: None | str | Unset = UNSET,
        composition_plan: CompositionPlan | MusicPrompt | None | Unset = UNSET,
        music_length_ms: int | None | Unset = UNSET,
        model_id: MusicModelID | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        force_instrumental: bool | Unset = False,
        finetune_id: None | str | Unset = UNSET,
        finetune_strength: float | Unset = 1.0,
        use_phonetic_names: bool | Unset = False,
        store_for_inpainting: bool | Unset = False,
        with_timestamps: bool | Unset = False,
        output_format: MusicComposeDetailedStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncObjectStream[ServerSentEvent]:
        """Stream Composed Music With A Detailed Response

        Stream a song and its detailed metadata using Server-Sent Events (SSE).

        `POST /v1/music/detailed/stream`; server-sent events, each yielded as it arrives (`data` parsed when it is JSON).
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
        stem_variation_id: BodyStemSeparationV1MusicStemSeparationPostStemVariationId | Unset = "six_stems_v1",
        sign_with_c2pa: bool | Unset = False,
        output_format: AllowedOutputFormats | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Stem Separation

        Separate an audio file into individual stems. This endpoint might have high latency, depending on
        the length of the audio file.

        `POST /v1/music/stem-separation`; the body (application/zip) streams: iterate over it, or `.save(path)`.
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
        generation_mode: MusicGenerationMode | None | Unset = UNSET,
        music_prompt: MusicPrompt | None | Unset = UNSET,
        lyrics_text: None | str | Unset = UNSET,
        composition_plan: CompositionPlan | MusicPrompt | None | Unset = UNSET,
        music_length_ms: int | None | Unset = UNSET,
        model_id: MusicModelID | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        force_instrumental: bool | Unset = False,
        finetune_id: None | str | Unset = UNSET,
        finetune_strength: float | Unset = 1.0,
        use_phonetic_names: bool | Unset = False,
        store_for_inpainting: bool | Unset = False,
        output_format: MusicStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Stream Composed Music

        Stream a composed song from a prompt or a composition plan.

        `POST /v1/music/stream`; the body (audio/*) streams: iterate over it, or `.save(path)`.
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
        extract_composition_plan: bool | MusicModelID | Unset = UNSET,
        with_timestamps: bool | Unset = False,
        request_options: RequestOptions | None = None,
    ) -> MusicUploadResponse:
        """Upload Music

        Upload a music file to be later used for inpainting. Price for uploading is the same as the one for
        song generation. All uploaded content gets inspected for copyright infringement. If copyrighted
        content is detected, half of the request cost is still charged.

        `POST /v1/music/upload`.
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
        model_id: MusicModelID | Unset = UNSET,
        sign_with_c2pa: bool | Unset = False,
        output_format: AllowedOutputFormats | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Video To Music

        Generate background music from one or more video files. Videos are combined in order. Optional
        description and style tags influence the generated music.

        `POST /v1/music/video-to-music`; the body (application/zip, audio/*) streams: iterate over it, or `.save(path)`.
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
