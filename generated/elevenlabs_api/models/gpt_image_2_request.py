from __future__ import annotations

from typing import ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
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
    GptImage2RequestAspectRatio,
    GptImage2RequestQuality,
    GptImage2RequestResolution,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GptImage2Request(Lazy):
    """Request body for the OpenAI GPT Image 2 model.

    Attributes:
        prompt: A text description of the image to generate.
        model_id: The model to use for the generation.
        webhook: Include to send the generation's result to the workspace's configured flows webhooks once it completes
            or fails. The webhook payload matches the terminal response of the corresponding GET endpoint.
        images: Up to 10 reference images to edit or draw from.
        mask: An image whose fully transparent areas mark where the first reference image may be edited; requires
            `images`.
        quality: The quality of the output image. Defaults to 'medium' on the server.
        aspect_ratio: The aspect ratio of the output image. With `auto`, the model picks an aspect ratio based on the
            inputs. Defaults to '16:9' on the server.
        resolution: The resolution of the output image. Defaults to '1K' on the server.
    """

    prompt: str

    model_id: Literal["gpt-image-2"] = _attrs_field(
        default="gpt-image-2",
        kw_only=True,
        validator=types.tag("GptImage2Request", "model_id", "gpt-image-2"),
    )

    webhook: None | Unset | WebhookTargetAll | WebhookTargetIds = UNSET

    images: list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset = UNSET

    mask: GenerationReference | InlineImageReference | None | StaticAssetReference | Unset = UNSET

    quality: GptImage2RequestQuality | Unset = UNSET

    aspect_ratio: GptImage2RequestAspectRatio | Unset = UNSET

    resolution: GptImage2RequestResolution | Unset = UNSET

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", STR, required=True),
        Field("model_id", "model_id", const("gpt-image-2"), required=True),
        Field("webhook", "webhook", union(object_of("WebhookTargetAll"), object_of("WebhookTargetIds"), NULL)),
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
            "mask",
            "mask",
            union(
                object_of("GenerationReference"),
                object_of("StaticAssetReference"),
                object_of("InlineImageReference"),
                NULL,
            ),
        ),
        Field("quality", "quality", literal("GptImage2RequestQuality")),
        Field("aspect_ratio", "aspect_ratio", literal("GptImage2RequestAspectRatio")),
        Field("resolution", "resolution", literal("GptImage2RequestResolution")),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_reference import GenerationReference
from ..models.inline_image_reference import InlineImageReference
from ..models.static_asset_reference import StaticAssetReference
from ..models.webhook_target_all import WebhookTargetAll
from ..models.webhook_target_ids import WebhookTargetIds
