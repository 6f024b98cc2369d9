from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gemini_31_flash_image_request_aspect_ratio import (
    Gemini31FlashImageRequestAspectRatio,
    check_gemini_31_flash_image_request_aspect_ratio,
)
from ..models.gemini_31_flash_image_request_resolution import (
    Gemini31FlashImageRequestResolution,
    check_gemini_31_flash_image_request_resolution,
)
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    parse_strictly,
    unexpected_type,
)

T = TypeVar("T", bound="Gemini31FlashImageRequest")


@_attrs_define
class Gemini31FlashImageRequest:
    """Request body for the Google Gemini 3.1 Flash image model.

    Attributes:
        prompt (str): A text description of the image to generate.
        model_id (Literal['gemini-3.1-flash-image']): The model to use for the generation.
        webhook (None | Unset | WebhookTargetAll | WebhookTargetIds): Include to send the generation's result to the
            workspace's configured flows webhooks once it completes or fails. The webhook payload matches the terminal
            response of the corresponding GET endpoint.
        images (list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset): Up to 14 reference
            images to edit or draw from.
        aspect_ratio (Gemini31FlashImageRequestAspectRatio | Unset): The aspect ratio of the output image. With `auto`,
            the model picks an aspect ratio based on the inputs. Default: '16:9'.
        resolution (Gemini31FlashImageRequestResolution | Unset): The resolution of the output image. Default: '1K'.
    """

    prompt: str

    model_id: Literal["gemini-3.1-flash-image"]

    webhook: None | Unset | WebhookTargetAll | WebhookTargetIds = UNSET

    images: list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset = UNSET

    aspect_ratio: Gemini31FlashImageRequestAspectRatio | Unset = "16:9"

    resolution: Gemini31FlashImageRequestResolution | Unset = "1K"

    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("model_id", "gemini-3.1-flash-image")

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model_id = self.model_id

        webhook: Any
        try:
            if isinstance(self.webhook, Unset):
                webhook = UNSET
            elif isinstance(self.webhook, WebhookTargetAll) or isinstance(self.webhook, WebhookTargetIds):
                webhook = self.webhook.to_dict()
            else:
                webhook = self.webhook

        except (AttributeError, TypeError):
            webhook = self.webhook

        images: Any
        try:
            images = UNSET
            if not isinstance(self.images, Unset):
                images = []
                for images_item_data in self.images:
                    images_item: dict[str, Any]
                    if (
                        isinstance(images_item_data, GenerationReference)
                        or isinstance(images_item_data, StaticAssetReference)
                        or isinstance(images_item_data, InlineImageReference)
                    ):
                        images_item = images_item_data.to_dict()
                    else:
                        images_item = images_item_data

                    images.append(images_item)

        except (AttributeError, TypeError):
            images = self.images

        aspect_ratio: Any
        try:
            aspect_ratio = UNSET
            if not isinstance(self.aspect_ratio, Unset):
                aspect_ratio = self.aspect_ratio

        except (AttributeError, TypeError):
            aspect_ratio = self.aspect_ratio

        resolution: Any
        try:
            resolution = UNSET
            if not isinstance(self.resolution, Unset):
                resolution = self.resolution

        except (AttributeError, TypeError):
            resolution = self.resolution

        field_dict: dict[str, Any] = {}
        if prompt is not None or "prompt" not in self._missing_fields:
            field_dict["prompt"] = prompt
        field_dict["model_id"] = model_id
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if images is not UNSET:
            field_dict["images"] = images
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        model_id_raw = d.pop("model_id", MISSING)
        if model_id_raw is MISSING:
            model_id_raw = missing_field(cls, "model_id")
        model_id = cast(Literal["gemini-3.1-flash-image"], model_id_raw)
        if model_id != "gemini-3.1-flash-image":
            raise ValueError(f"model_id must match const 'gemini-3.1-flash-image', got '{model_id}'")

        prompt = d.pop("prompt", MISSING)
        if prompt.__class__ is not str:
            if prompt is MISSING:
                prompt = missing_field(cls, "prompt")
                _missing += ("prompt",)
            else:
                prompt = unexpected_type(cls, "prompt", prompt, "a string")

        webhook_raw = d.pop("webhook", UNSET)
        try:

            def _parse_webhook(data: object) -> None | Unset | WebhookTargetAll | WebhookTargetIds:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return parse_strictly(_parse_webhook_member, data)

            def _parse_webhook_member(data: object) -> None | Unset | WebhookTargetAll | WebhookTargetIds:
                if isinstance(data, dict):
                    for known in (
                        WebhookTargetAll,
                        WebhookTargetIds,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_webhook_target_type_0 = WebhookTargetAll.from_dict(data)

                    return componentsschemas_webhook_target_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_webhook_target_type_1 = WebhookTargetIds.from_dict(data)

                return componentsschemas_webhook_target_type_1

            webhook = _parse_webhook(webhook_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            webhook = deviating_field(cls, "webhook", webhook_raw)

        images_raw = d.pop("images", UNSET)
        try:
            expect_array("images", images_raw)
            _images = images_raw
            images: list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset = UNSET
            if _images is not UNSET:
                images = []
                for images_item_data in _images:

                    def _parse_images_item(
                        data: object,
                    ) -> GenerationReference | InlineImageReference | StaticAssetReference:
                        return parse_strictly(_parse_images_item_member, data)

                    def _parse_images_item_member(
                        data: object,
                    ) -> GenerationReference | InlineImageReference | StaticAssetReference:
                        if isinstance(data, dict):
                            for known in (
                                GenerationReference,
                                StaticAssetReference,
                                InlineImageReference,
                            ):
                                kind = getattr(known, "_kind", None)
                                if kind is not None and data.get(kind[0]) == kind[1]:
                                    return known.from_dict(data)

                        try:
                            if not isinstance(data, dict):
                                raise TypeError(f"got {type(data).__name__}")
                            componentsschemas_image_reference_type_0 = GenerationReference.from_dict(data)

                            return componentsschemas_image_reference_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError(f"got {type(data).__name__}")
                            componentsschemas_image_reference_type_1 = StaticAssetReference.from_dict(data)

                            return componentsschemas_image_reference_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        componentsschemas_image_reference_type_2 = InlineImageReference.from_dict(data)

                        return componentsschemas_image_reference_type_2

                    images_item = _parse_images_item(images_item_data)

                    images.append(images_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            images = deviating_field(cls, "images", images_raw)

        aspect_ratio_raw = d.pop("aspect_ratio", UNSET)
        try:
            _aspect_ratio = aspect_ratio_raw
            aspect_ratio: Gemini31FlashImageRequestAspectRatio | Unset
            if isinstance(_aspect_ratio, Unset):
                aspect_ratio = UNSET
            else:
                aspect_ratio = check_gemini_31_flash_image_request_aspect_ratio(_aspect_ratio)
        except (KeyError, TypeError, ValueError, AttributeError):
            aspect_ratio = deviating_field(cls, "aspect_ratio", aspect_ratio_raw)

        resolution_raw = d.pop("resolution", UNSET)
        try:
            _resolution = resolution_raw
            resolution: Gemini31FlashImageRequestResolution | Unset
            if isinstance(_resolution, Unset):
                resolution = UNSET
            else:
                resolution = check_gemini_31_flash_image_request_resolution(_resolution)
        except (KeyError, TypeError, ValueError, AttributeError):
            resolution = deviating_field(cls, "resolution", resolution_raw)

        gemini_31_flash_image_request = cls(
            prompt=prompt,
            model_id=model_id,
            webhook=webhook,
            images=images,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
        )
        if _missing:
            gemini_31_flash_image_request._missing_fields = _missing
        return gemini_31_flash_image_request


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_reference import GenerationReference
from ..models.inline_image_reference import InlineImageReference
from ..models.static_asset_reference import StaticAssetReference
from ..models.webhook_target_all import WebhookTargetAll
from ..models.webhook_target_ids import WebhookTargetIds
