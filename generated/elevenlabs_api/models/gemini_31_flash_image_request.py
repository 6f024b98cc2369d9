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
    Gemini31FlashImageRequestAspectRatio,
    Gemini31FlashImageRequestResolution,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class Gemini31FlashImageRequest(Lazy):
    """Request body for the Google Gemini 3.1 Flash image model.

    Attributes:
        prompt: A text description of the image to generate.
        model_id: The model to use for the generation.
        webhook: Include to send the generation's result to the workspace's configured flows webhooks once it completes
            or fails. The webhook payload matches the terminal response of the corresponding GET endpoint.
        images: Up to 14 reference images to edit or draw from.
        aspect_ratio: The aspect ratio of the output image. With `auto`, the model picks an aspect ratio based on the
            inputs. Defaults to '16:9' on the server.
        resolution: The resolution of the output image. Defaults to '1K' on the server.
    """

    prompt: str

    model_id: Literal["gemini-3.1-flash-image"] = _attrs_field(
        default="gemini-3.1-flash-image",
        kw_only=True,
        validator=types.tag("Gemini31FlashImageRequest", "model_id", "gemini-3.1-flash-image"),
    )

    webhook: None | Unset | WebhookTargetAll | WebhookTargetIds = UNSET

    images: list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset = UNSET

    aspect_ratio: Gemini31FlashImageRequestAspectRatio | Unset = UNSET

    resolution: Gemini31FlashImageRequestResolution | Unset = UNSET

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", STR, required=True),
        Field("model_id", "model_id", const("gemini-3.1-flash-image"), required=True),
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
        Field("aspect_ratio", "aspect_ratio", literal("Gemini31FlashImageRequestAspectRatio")),
        Field("resolution", "resolution", literal("Gemini31FlashImageRequestResolution")),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_reference import GenerationReference
from ..models.inline_image_reference import InlineImageReference
from ..models.static_asset_reference import StaticAssetReference
from ..models.webhook_target_all import WebhookTargetAll
from ..models.webhook_target_ids import WebhookTargetIds
