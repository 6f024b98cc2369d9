from __future__ import annotations

from typing import ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    FLOAT,
    NULL,
    Field,
    Lazy,
    const,
    literal,
    object_of,
    union,
)
from ..models._literals import CreatifyAuroraRequestResolution
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CreatifyAuroraRequest(Lazy):
    """Request body for the Creatify Aurora lipsync video model.

    Attributes:
        model_id: The model to use for the generation.
        webhook: Include to send the generation's result to the workspace's configured flows webhooks once it completes
            or fails. The webhook payload matches the terminal response of the corresponding GET endpoint.
        resolution: The resolution of the output video. Defaults to '720p' on the server.
        guidance_scale: How strongly the generation adheres to the input image. Omit to use the model's default.
        audio_guidance_scale: How strongly the lip movements adhere to the audio. Omit to use the model's default.
    """

    model_id: Literal["creatify-aurora"] = _attrs_field(
        default="creatify-aurora",
        kw_only=True,
        validator=types.tag("CreatifyAuroraRequest", "model_id", "creatify-aurora"),
    )

    image: GenerationReference | InlineImageReference | StaticAssetReference

    audio: GenerationReference | InlineAudioReference | StaticAssetReference

    webhook: None | Unset | WebhookTargetAll | WebhookTargetIds = UNSET

    resolution: CreatifyAuroraRequestResolution | Unset = UNSET

    guidance_scale: float | None | Unset = UNSET

    audio_guidance_scale: float | None | Unset = UNSET

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("model_id", "model_id", const("creatify-aurora"), required=True),
        Field(
            "image",
            "image",
            union(
                object_of("GenerationReference"), object_of("StaticAssetReference"), object_of("InlineImageReference")
            ),
            required=True,
        ),
        Field(
            "audio",
            "audio",
            union(
                object_of("GenerationReference"), object_of("StaticAssetReference"), object_of("InlineAudioReference")
            ),
            required=True,
        ),
        Field("webhook", "webhook", union(object_of("WebhookTargetAll"), object_of("WebhookTargetIds"), NULL)),
        Field("resolution", "resolution", literal("CreatifyAuroraRequestResolution")),
        Field("guidance_scale", "guidance_scale", union(FLOAT, NULL)),
        Field("audio_guidance_scale", "audio_guidance_scale", union(FLOAT, NULL)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_reference import GenerationReference
from ..models.inline_audio_reference import InlineAudioReference
from ..models.inline_image_reference import InlineImageReference
from ..models.static_asset_reference import StaticAssetReference
from ..models.webhook_target_all import WebhookTargetAll
from ..models.webhook_target_ids import WebhookTargetIds
