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
    GptImage1RequestAspectRatio,
    GptImage1RequestBackground,
    GptImage1RequestQuality,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GptImage1Request(Lazy):
    """Request body for the OpenAI GPT Image 1 model.

    Attributes:
        prompt: A text description of the image to generate.
        model_id: The model to use for the generation.
        webhook: Include to send the generation's result to the workspace's configured flows webhooks once it completes
            or fails. The webhook payload matches the terminal response of the corresponding GET endpoint.
        images: Up to 5 reference images to edit or draw from.
        mask: An image whose fully transparent areas mark where the first reference image may be edited; requires
            `images`.
        quality: The quality of the output image. Defaults to 'medium' on the server.
        background: The background of the output image. With `auto`, the model picks the background that suits the
            image. Defaults to 'auto' on the server.
        aspect_ratio: The aspect ratio of the output image. Defaults to '1:1' on the server.
    """

    prompt: str

    model_id: Literal["gpt-image-1"] = _attrs_field(
        default="gpt-image-1",
        kw_only=True,
        validator=types.tag("GptImage1Request", "model_id", "gpt-image-1"),
    )

    webhook: None | Unset | WebhookTargetAll | WebhookTargetIds = UNSET

    images: list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset = UNSET

    mask: GenerationReference | InlineImageReference | None | StaticAssetReference | Unset = UNSET

    quality: GptImage1RequestQuality | Unset = UNSET

    background: GptImage1RequestBackground | Unset = UNSET

    aspect_ratio: GptImage1RequestAspectRatio | Unset = UNSET

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", STR, required=True),
        Field("model_id", "model_id", const("gpt-image-1"), required=True),
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
        Field("quality", "quality", literal("GptImage1RequestQuality")),
        Field("background", "background", literal("GptImage1RequestBackground")),
        Field("aspect_ratio", "aspect_ratio", literal("GptImage1RequestAspectRatio")),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_reference import GenerationReference
from ..models.inline_image_reference import InlineImageReference
from ..models.static_asset_reference import StaticAssetReference
from ..models.webhook_target_all import WebhookTargetAll
from ..models.webhook_target_ids import WebhookTargetIds
