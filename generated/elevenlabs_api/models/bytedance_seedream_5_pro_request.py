from __future__ import annotations

from typing import ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
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
    BytedanceSeedream5ProRequestAspectRatio,
    BytedanceSeedream5ProRequestResolution,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BytedanceSeedream5ProRequest(Lazy):
    """Request body for the ByteDance Seedream 5.0 Pro image model.

    ByteDance models are disabled by default and require explicit approval
    before use. Contact support to request access.

    Attributes:
        prompt: A text description of the image to generate.
        model_id: The model to use for the generation.
        webhook: Include to send the generation's result to the workspace's configured flows webhooks once it completes
            or fails. The webhook payload matches the terminal response of the corresponding GET endpoint.
        images: Up to 10 reference images to edit or draw from.
        aspect_ratio: The aspect ratio of the output image. With `auto`, the model picks an aspect ratio based on the
            inputs. Defaults to '16:9' on the server.
        seed: A seed for reproducible generation: the same seed and inputs give similar output across generations. Omit
            for random.
        resolution: The resolution of the output image. Defaults to '2K' on the server.
    """

    prompt: str

    model_id: Literal["bytedance-seedream-5-pro"] = _attrs_field(
        default="bytedance-seedream-5-pro",
        kw_only=True,
        validator=types.tag("BytedanceSeedream5ProRequest", "model_id", "bytedance-seedream-5-pro"),
    )

    webhook: None | Unset | WebhookTargetAll | WebhookTargetIds = UNSET

    images: list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset = UNSET

    aspect_ratio: BytedanceSeedream5ProRequestAspectRatio | Unset = UNSET

    seed: int | None | Unset = UNSET

    resolution: BytedanceSeedream5ProRequestResolution | Unset = UNSET

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", STR, required=True),
        Field("model_id", "model_id", const("bytedance-seedream-5-pro"), required=True),
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
        Field("aspect_ratio", "aspect_ratio", literal("BytedanceSeedream5ProRequestAspectRatio")),
        Field("seed", "seed", union(INT, NULL)),
        Field("resolution", "resolution", literal("BytedanceSeedream5ProRequestResolution")),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_reference import GenerationReference
from ..models.inline_image_reference import InlineImageReference
from ..models.static_asset_reference import StaticAssetReference
from ..models.webhook_target_all import WebhookTargetAll
from ..models.webhook_target_ids import WebhookTargetIds
