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
    Veo31FastRequestAspectRatio,
    Veo31FastRequestDurationSecs,
    Veo31FastRequestResolution,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class Veo31FastRequest(Lazy):
    """Request body for the Google Veo 3.1 Fast video model.

    Attributes:
        prompt: A text description of the video to generate.
        model_id: The model to use for the generation.
        webhook: Include to send the generation's result to the workspace's configured flows webhooks once it completes
            or fails. The webhook payload matches the terminal response of the corresponding GET endpoint.
        negative_prompt: A text description of what the video should avoid.
        seed: A seed for reproducible generation: the same seed and inputs give similar output across generations. Omit
            for random.
        enhance_prompt: Whether the model may rewrite the prompt to improve results. Defaults to True on the server.
        duration_secs: The duration of the output video in seconds. Defaults to 8 on the server.
        aspect_ratio: The aspect ratio of the output video. Defaults to '16:9' on the server.
        resolution: The resolution of the output video. Defaults to '720p' on the server.
        generate_audio: Whether to generate audio with the video. Defaults to True on the server.
        start_frame: The image to use as the video's first frame.
        end_frame: The image to use as the video's last frame.
        images: Up to 3 reference images to draw subjects or style from. Cannot be combined with
            `start_frame`/`end_frame`, and requires the 8-second duration.
    """

    prompt: str

    model_id: Literal["veo-3.1-fast-generate-001"] = _attrs_field(
        default="veo-3.1-fast-generate-001",
        kw_only=True,
        validator=types.tag("Veo31FastRequest", "model_id", "veo-3.1-fast-generate-001"),
    )

    webhook: None | Unset | WebhookTargetAll | WebhookTargetIds = UNSET

    negative_prompt: None | str | Unset = UNSET

    seed: int | None | Unset = UNSET

    enhance_prompt: bool | Unset = UNSET

    duration_secs: Veo31FastRequestDurationSecs | Unset = UNSET

    aspect_ratio: Veo31FastRequestAspectRatio | Unset = UNSET

    resolution: Veo31FastRequestResolution | Unset = UNSET

    generate_audio: bool | Unset = UNSET

    start_frame: GenerationReference | InlineImageReference | None | StaticAssetReference | Unset = UNSET

    end_frame: GenerationReference | InlineImageReference | None | StaticAssetReference | Unset = UNSET

    images: list[VeoImageReference] | Unset = UNSET

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", STR, required=True),
        Field("model_id", "model_id", const("veo-3.1-fast-generate-001"), required=True),
        Field("webhook", "webhook", union(object_of("WebhookTargetAll"), object_of("WebhookTargetIds"), NULL)),
        Field("negative_prompt", "negative_prompt", union(STR, NULL)),
        Field("seed", "seed", union(INT, NULL)),
        Field("enhance_prompt", "enhance_prompt", BOOL),
        Field("duration_secs", "duration_secs", literal("Veo31FastRequestDurationSecs")),
        Field("aspect_ratio", "aspect_ratio", literal("Veo31FastRequestAspectRatio")),
        Field("resolution", "resolution", literal("Veo31FastRequestResolution")),
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
        Field("images", "images", list_of(object_of("VeoImageReference"))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_reference import GenerationReference
from ..models.inline_image_reference import InlineImageReference
from ..models.static_asset_reference import StaticAssetReference
from ..models.veo_image_reference import VeoImageReference
from ..models.webhook_target_all import WebhookTargetAll
from ..models.webhook_target_ids import WebhookTargetIds
