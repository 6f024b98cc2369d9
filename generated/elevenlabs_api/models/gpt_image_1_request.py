from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    GptImage1RequestAspectRatio,
    GptImage1RequestBackground,
    GptImage1RequestQuality,
    check_gpt_image_1_request_aspect_ratio,
    check_gpt_image_1_request_background,
    check_gpt_image_1_request_quality,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GptImage1Request")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GptImage1Request(Lazy):
    """Request body for the OpenAI GPT Image 1 model.

    Attributes:
        prompt (str): A text description of the image to generate.
        model_id (Literal['gpt-image-1']): The model to use for the generation.
        webhook (None | Unset | WebhookTargetAll | WebhookTargetIds): Include to send the generation's result to the
            workspace's configured flows webhooks once it completes or fails. The webhook payload matches the terminal
            response of the corresponding GET endpoint.
        images (list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset): Up to 5 reference
            images to edit or draw from.
        mask (GenerationReference | InlineImageReference | None | StaticAssetReference | Unset): An image whose fully
            transparent areas mark where the first reference image may be edited; requires `images`.
        quality (GptImage1RequestQuality | Unset): The quality of the output image. Defaults to 'medium' on the server.
        background (GptImage1RequestBackground | Unset): The background of the output image. With `auto`, the model
            picks the background that suits the image. Defaults to 'auto' on the server.
        aspect_ratio (GptImage1RequestAspectRatio | Unset): The aspect ratio of the output image. Defaults to '1:1' on
            the server.
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

    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("prompt",)
    _tags: ClassVar[tuple[str, ...]] = ("model_id",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("model_id", "gpt-image-1")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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

        mask: Any
        try:
            if isinstance(self.mask, Unset):
                mask = UNSET
            elif (
                isinstance(self.mask, GenerationReference)
                or isinstance(self.mask, StaticAssetReference)
                or isinstance(self.mask, InlineImageReference)
            ):
                mask = self.mask.to_dict()
            else:
                mask = self.mask

        except (AttributeError, TypeError):
            mask = self.mask

        quality: Any
        try:
            quality = UNSET
            if not isinstance(self.quality, Unset):
                quality = self.quality

        except (AttributeError, TypeError):
            quality = self.quality

        background: Any
        try:
            background = UNSET
            if not isinstance(self.background, Unset):
                background = self.background

        except (AttributeError, TypeError):
            background = self.background

        aspect_ratio: Any
        try:
            aspect_ratio = UNSET
            if not isinstance(self.aspect_ratio, Unset):
                aspect_ratio = self.aspect_ratio

        except (AttributeError, TypeError):
            aspect_ratio = self.aspect_ratio

        field_dict: dict[str, Any] = {}
        if prompt is not None or "prompt" not in self._missing_fields:
            field_dict["prompt"] = prompt
        field_dict["model_id"] = model_id
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if images is not UNSET:
            field_dict["images"] = images
        if mask is not UNSET:
            field_dict["mask"] = mask
        if quality is not UNSET:
            field_dict["quality"] = quality
        if background is not UNSET:
            field_dict["background"] = background
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        gpt_image_1_request = cls.__new__(cls)
        gpt_image_1_request.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return gpt_image_1_request


def _read_model_id(cls: type[GptImage1Request], d: Mapping[str, Any]) -> Any:
    model_id_raw = d.get("model_id", MISSING)
    if model_id_raw is MISSING:
        model_id_raw = missing_field(cls, "model_id")
    model_id = cast(Literal["gpt-image-1"], model_id_raw)
    if model_id != "gpt-image-1":
        raise ValueError(f"model_id must match const 'gpt-image-1', got '{model_id}'")

    return model_id


_read_prompt = plain_reader("prompt", (str,), "a string", True)


def _read_webhook(cls: type[GptImage1Request], d: Mapping[str, Any]) -> Any:
    webhook_raw = d.get("webhook", UNSET)
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

    return webhook


def _read_images(cls: type[GptImage1Request], d: Mapping[str, Any]) -> Any:
    images_raw = d.get("images", UNSET)
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

    return images


def _read_mask(cls: type[GptImage1Request], d: Mapping[str, Any]) -> Any:
    mask_raw = d.get("mask", UNSET)
    try:

        def _parse_mask(
            data: object,
        ) -> GenerationReference | InlineImageReference | None | StaticAssetReference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_mask_member, data)

        def _parse_mask_member(
            data: object,
        ) -> GenerationReference | InlineImageReference | None | StaticAssetReference | Unset:
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

        mask = _parse_mask(mask_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        mask = deviating_field(cls, "mask", mask_raw)

    return mask


def _read_quality(cls: type[GptImage1Request], d: Mapping[str, Any]) -> Any:
    quality_raw = d.get("quality", UNSET)
    try:
        _quality = quality_raw
        quality: GptImage1RequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_gpt_image_1_request_quality(_quality)
    except (KeyError, TypeError, ValueError, AttributeError):
        quality = deviating_field(cls, "quality", quality_raw)

    return quality


def _read_background(cls: type[GptImage1Request], d: Mapping[str, Any]) -> Any:
    background_raw = d.get("background", UNSET)
    try:
        _background = background_raw
        background: GptImage1RequestBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = check_gpt_image_1_request_background(_background)
    except (KeyError, TypeError, ValueError, AttributeError):
        background = deviating_field(cls, "background", background_raw)

    return background


def _read_aspect_ratio(cls: type[GptImage1Request], d: Mapping[str, Any]) -> Any:
    aspect_ratio_raw = d.get("aspect_ratio", UNSET)
    try:
        _aspect_ratio = aspect_ratio_raw
        aspect_ratio: GptImage1RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_gpt_image_1_request_aspect_ratio(_aspect_ratio)
    except (KeyError, TypeError, ValueError, AttributeError):
        aspect_ratio = deviating_field(cls, "aspect_ratio", aspect_ratio_raw)

    return aspect_ratio


def _all_fields(cls: type[GptImage1Request], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "model_id" in known:
        model_id = known["model_id"]
    else:
        model_id = _read_model_id(cls, d)

    prompt = d.get("prompt", MISSING)
    if prompt.__class__ is not str:
        prompt = _read_prompt(cls, d)

    if "webhook" in known:
        webhook = known["webhook"]
    else:
        webhook = d.get("webhook", UNSET)
        if webhook is not UNSET and webhook is not None:
            webhook = _read_webhook(cls, d)

    if "images" in known:
        images = known["images"]
    else:
        images = d.get("images", UNSET)
        if images is not UNSET:
            images = _read_images(cls, d)

    if "mask" in known:
        mask = known["mask"]
    else:
        mask = d.get("mask", UNSET)
        if mask is not UNSET and mask is not None:
            mask = _read_mask(cls, d)

    if "quality" in known:
        quality = known["quality"]
    else:
        quality = d.get("quality", UNSET)
        if quality is not UNSET:
            quality = _read_quality(cls, d)

    if "background" in known:
        background = known["background"]
    else:
        background = d.get("background", UNSET)
        if background is not UNSET:
            background = _read_background(cls, d)

    if "aspect_ratio" in known:
        aspect_ratio = known["aspect_ratio"]
    else:
        aspect_ratio = d.get("aspect_ratio", UNSET)
        if aspect_ratio is not UNSET:
            aspect_ratio = _read_aspect_ratio(cls, d)

    return {
        "prompt": prompt,
        "model_id": model_id,
        "webhook": webhook,
        "images": images,
        "mask": mask,
        "quality": quality,
        "background": background,
        "aspect_ratio": aspect_ratio,
        "_missing_fields": (),
    }


set_readers(
    GptImage1Request,
    _all_fields,
    {
        "prompt": _read_prompt,
        "model_id": _read_model_id,
        "webhook": _read_webhook,
        "images": _read_images,
        "mask": _read_mask,
        "quality": _read_quality,
        "background": _read_background,
        "aspect_ratio": _read_aspect_ratio,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_reference import GenerationReference
from ..models.inline_image_reference import InlineImageReference
from ..models.static_asset_reference import StaticAssetReference
from ..models.webhook_target_all import WebhookTargetAll
from ..models.webhook_target_ids import WebhookTargetIds
