from __future__ import annotations

from typing import ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    BOOL,
    INT,
    NULL,
    STR,
    Field,
    Lazy,
    const,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    BytedanceSeedance2MiniRequestAspectRatio,
    BytedanceSeedance2MiniRequestResolution,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BytedanceSeedance2MiniRequest(Lazy):
    """Request body for the ByteDance Seedance 2.0 Mini video model.

    ByteDance models are disabled by default and require explicit approval
    before use. Contact support to request access.

    Attributes:
        prompt: A text description of the video to generate.
        model_id: The model to use for the generation.
        webhook: Include to send the generation's result to the workspace's configured flows webhooks once it completes
            or fails. The webhook payload matches the terminal response of the corresponding GET endpoint.
        aspect_ratio: The aspect ratio of the output video. With `auto`, the model picks an aspect ratio based on the
            inputs. Defaults to '16:9' on the server.
        duration_secs: The duration of the output video in seconds. Defaults to 5 on the server.
        seed: A seed for reproducible generation: the same seed and inputs give similar output across generations. Omit
            for random.
        generate_audio: Whether to generate audio with the video. Defaults to True on the server.
        start_frame: The image to use as the video's first frame.
        end_frame: The image to use as the video's last frame.
        images: Up to 9 reference images to draw subjects from. Cannot be combined with `start_frame`/`end_frame`.
        videos: Up to 3 reference videos to draw subjects or motion from. Cannot be combined with
            `start_frame`/`end_frame`.
        audios: Up to 3 reference audios, e.g. for lipsync. Requires at least one of `images` or `videos`, and cannot be
            combined with `start_frame`/`end_frame`.
        resolution: The resolution of the output video. Defaults to '720p' on the server.
    """

    prompt: str

    model_id: Literal["bytedance-seedance-v2-mini"] = _attrs_field(
        default="bytedance-seedance-v2-mini",
        kw_only=True,
        validator=types.tag("BytedanceSeedance2MiniRequest", "model_id", "bytedance-seedance-v2-mini"),
    )

    webhook: None | Unset | WebhookTargetAll | WebhookTargetIds = UNSET

    aspect_ratio: BytedanceSeedance2MiniRequestAspectRatio | Unset = UNSET

    duration_secs: int | Unset = UNSET

    seed: int | None | Unset = UNSET

    generate_audio: bool | Unset = UNSET

    start_frame: GenerationReference | InlineImageReference | None | StaticAssetReference | Unset = UNSET

    end_frame: GenerationReference | InlineImageReference | None | StaticAssetReference | Unset = UNSET

    images: list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset = UNSET

    videos: list[GenerationReference | InlineVideoReference | StaticAssetReference] | Unset = UNSET

    audios: list[GenerationReference | InlineAudioReference | StaticAssetReference] | Unset = UNSET

    resolution: BytedanceSeedance2MiniRequestResolution | Unset = UNSET

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", STR, required=True),
        Field("model_id", "model_id", const("bytedance-seedance-v2-mini"), required=True),
        Field("webhook", "webhook", union(object_of("WebhookTargetAll"), object_of("WebhookTargetIds"), NULL)),
        Field("aspect_ratio", "aspect_ratio", literal("BytedanceSeedance2MiniRequestAspectRatio")),
        Field("duration_secs", "duration_secs", INT),
        Field("seed", "seed", union(INT, NULL)),
        Field("generate_audio", "generate_audio", BOOL),
        Field(
            "start_frame",
            "start_frame",
            union(
                object_of("GenerationReference"),
                object_of("StaticAssetReference"),
                object_of("InlineImageReference"),
                NULL,
            ),
        ),
        Field(
            "end_frame",
            "end_frame",
            union(
                object_of("GenerationReference"),
                object_of("StaticAssetReference"),
                object_of("InlineImageReference"),
                NULL,
            ),
        ),
        Field(
            "images",
            "images",
            list_of(
                union(
                    object_of("GenerationReference"),
                    object_of("StaticAssetReference"),
                    object_of("InlineImageReference"),
                )
            ),
        ),
        Field(
            "videos",
            "videos",
            list_of(
                union(
                    object_of("GenerationReference"),
                    object_of("StaticAssetReference"),
                    object_of("InlineVideoReference"),
                )
            ),
        ),
        Field(
            "audios",
            "audios",
            list_of(
                union(
                    object_of("GenerationReference"),
                    object_of("StaticAssetReference"),
                    object_of("InlineAudioReference"),
                )
            ),
        ),
        Field("resolution", "resolution", literal("BytedanceSeedance2MiniRequestResolution")),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_reference import GenerationReference
from ..models.inline_audio_reference import InlineAudioReference
from ..models.inline_image_reference import InlineImageReference
from ..models.inline_video_reference import InlineVideoReference
from ..models.static_asset_reference import StaticAssetReference
from ..models.webhook_target_all import WebhookTargetAll
from ..models.webhook_target_ids import WebhookTargetIds
