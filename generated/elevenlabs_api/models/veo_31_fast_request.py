from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    Veo31FastRequestAspectRatio,
    Veo31FastRequestDurationSecs,
    Veo31FastRequestResolution,
    check_veo_31_fast_request_aspect_ratio,
    check_veo_31_fast_request_duration_secs,
    check_veo_31_fast_request_resolution,
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

T = TypeVar("T", bound="Veo31FastRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class Veo31FastRequest(Lazy):
    """Request body for the Google Veo 3.1 Fast video model.

    Attributes:
        prompt (str): A text description of the video to generate.
        model_id (Literal['veo-3.1-fast-generate-001']): The model to use for the generation.
        webhook (None | Unset | WebhookTargetAll | WebhookTargetIds): Include to send the generation's result to the
            workspace's configured flows webhooks once it completes or fails. The webhook payload matches the terminal
            response of the corresponding GET endpoint.
        negative_prompt (None | str | Unset): A text description of what the video should avoid.
        seed (int | None | Unset): A seed for reproducible generation: the same seed and inputs give similar output
            across generations. Omit for random.
        enhance_prompt (bool | Unset): Whether the model may rewrite the prompt to improve results. Defaults to True on
            the server.
        duration_secs (Veo31FastRequestDurationSecs | Unset): The duration of the output video in seconds. Defaults to 8
            on the server.
        aspect_ratio (Veo31FastRequestAspectRatio | Unset): The aspect ratio of the output video. Defaults to '16:9' on
            the server.
        resolution (Veo31FastRequestResolution | Unset): The resolution of the output video. Defaults to '720p' on the
            server.
        generate_audio (bool | Unset): Whether to generate audio with the video. Defaults to True on the server.
        start_frame (GenerationReference | InlineImageReference | None | StaticAssetReference | Unset): The image to use
            as the video's first frame.
        end_frame (GenerationReference | InlineImageReference | None | StaticAssetReference | Unset): The image to use
            as the video's last frame.
        images (list[VeoImageReference] | Unset): Up to 3 reference images to draw subjects or style from. Cannot be
            combined with `start_frame`/`end_frame`, and requires the 8-second duration.
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

    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("prompt",)
    _tags: ClassVar[tuple[str, ...]] = ("model_id",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("model_id", "veo-3.1-fast-generate-001")

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

        negative_prompt: Any
        try:
            negative_prompt = self.negative_prompt

        except (AttributeError, TypeError):
            negative_prompt = self.negative_prompt

        seed: Any
        try:
            seed = self.seed

        except (AttributeError, TypeError):
            seed = self.seed

        enhance_prompt = self.enhance_prompt

        duration_secs: Any
        try:
            duration_secs = UNSET
            if not isinstance(self.duration_secs, Unset):
                duration_secs = self.duration_secs

        except (AttributeError, TypeError):
            duration_secs = self.duration_secs

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

        generate_audio = self.generate_audio

        start_frame: Any
        try:
            if isinstance(self.start_frame, Unset):
                start_frame = UNSET
            elif (
                isinstance(self.start_frame, GenerationReference)
                or isinstance(self.start_frame, StaticAssetReference)
                or isinstance(self.start_frame, InlineImageReference)
            ):
                start_frame = self.start_frame.to_dict()
            else:
                start_frame = self.start_frame

        except (AttributeError, TypeError):
            start_frame = self.start_frame

        end_frame: Any
        try:
            if isinstance(self.end_frame, Unset):
                end_frame = UNSET
            elif (
                isinstance(self.end_frame, GenerationReference)
                or isinstance(self.end_frame, StaticAssetReference)
                or isinstance(self.end_frame, InlineImageReference)
            ):
                end_frame = self.end_frame.to_dict()
            else:
                end_frame = self.end_frame

        except (AttributeError, TypeError):
            end_frame = self.end_frame

        images: Any
        try:
            images = UNSET
            if not isinstance(self.images, Unset):
                images = []
                for images_item_data in self.images:
                    images_item = images_item_data.to_dict()
                    images.append(images_item)

        except (AttributeError, TypeError):
            images = self.images

        field_dict: dict[str, Any] = {}
        if prompt is not None or "prompt" not in self._missing_fields:
            field_dict["prompt"] = prompt
        field_dict["model_id"] = model_id
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt
        if duration_secs is not UNSET:
            field_dict["duration_secs"] = duration_secs
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if start_frame is not UNSET:
            field_dict["start_frame"] = start_frame
        if end_frame is not UNSET:
            field_dict["end_frame"] = end_frame
        if images is not UNSET:
            field_dict["images"] = images
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        veo_31_fast_request = cls.__new__(cls)
        veo_31_fast_request.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return veo_31_fast_request


def _read_model_id(cls: type[Veo31FastRequest], d: Mapping[str, Any]) -> Any:
    model_id_raw = d.get("model_id", MISSING)
    if model_id_raw is MISSING:
        model_id_raw = missing_field(cls, "model_id")
    model_id = cast(Literal["veo-3.1-fast-generate-001"], model_id_raw)
    if model_id != "veo-3.1-fast-generate-001":
        raise ValueError(f"model_id must match const 'veo-3.1-fast-generate-001', got '{model_id}'")

    return model_id


_read_prompt = plain_reader("prompt", (str,), "a string", True)


def _read_webhook(cls: type[Veo31FastRequest], d: Mapping[str, Any]) -> Any:
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


_read_negative_prompt = plain_reader(
    "negative_prompt",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_seed = plain_reader(
    "seed",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_enhance_prompt = plain_reader("enhance_prompt", (bool,), "a boolean", False)


def _read_duration_secs(cls: type[Veo31FastRequest], d: Mapping[str, Any]) -> Any:
    duration_secs_raw = d.get("duration_secs", UNSET)
    try:
        _duration_secs = duration_secs_raw
        duration_secs: Veo31FastRequestDurationSecs | Unset
        if isinstance(_duration_secs, Unset):
            duration_secs = UNSET
        else:
            duration_secs = check_veo_31_fast_request_duration_secs(_duration_secs)
    except (KeyError, TypeError, ValueError, AttributeError):
        duration_secs = deviating_field(cls, "duration_secs", duration_secs_raw)

    return duration_secs


def _read_aspect_ratio(cls: type[Veo31FastRequest], d: Mapping[str, Any]) -> Any:
    aspect_ratio_raw = d.get("aspect_ratio", UNSET)
    try:
        _aspect_ratio = aspect_ratio_raw
        aspect_ratio: Veo31FastRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_veo_31_fast_request_aspect_ratio(_aspect_ratio)
    except (KeyError, TypeError, ValueError, AttributeError):
        aspect_ratio = deviating_field(cls, "aspect_ratio", aspect_ratio_raw)

    return aspect_ratio


def _read_resolution(cls: type[Veo31FastRequest], d: Mapping[str, Any]) -> Any:
    resolution_raw = d.get("resolution", UNSET)
    try:
        _resolution = resolution_raw
        resolution: Veo31FastRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_veo_31_fast_request_resolution(_resolution)
    except (KeyError, TypeError, ValueError, AttributeError):
        resolution = deviating_field(cls, "resolution", resolution_raw)

    return resolution


_read_generate_audio = plain_reader("generate_audio", (bool,), "a boolean", False)


def _read_start_frame(cls: type[Veo31FastRequest], d: Mapping[str, Any]) -> Any:
    start_frame_raw = d.get("start_frame", UNSET)
    try:

        def _parse_start_frame(
            data: object,
        ) -> GenerationReference | InlineImageReference | None | StaticAssetReference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_start_frame_member, data)

        def _parse_start_frame_member(
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

        start_frame = _parse_start_frame(start_frame_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        start_frame = deviating_field(cls, "start_frame", start_frame_raw)

    return start_frame


def _read_end_frame(cls: type[Veo31FastRequest], d: Mapping[str, Any]) -> Any:
    end_frame_raw = d.get("end_frame", UNSET)
    try:

        def _parse_end_frame(
            data: object,
        ) -> GenerationReference | InlineImageReference | None | StaticAssetReference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_end_frame_member, data)

        def _parse_end_frame_member(
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

        end_frame = _parse_end_frame(end_frame_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        end_frame = deviating_field(cls, "end_frame", end_frame_raw)

    return end_frame


def _read_images(cls: type[Veo31FastRequest], d: Mapping[str, Any]) -> Any:
    images_raw = d.get("images", UNSET)
    try:
        expect_array("images", images_raw)
        _images = images_raw
        images: list[VeoImageReference] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = VeoImageReference.from_dict(images_item_data)

                images.append(images_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        images = deviating_field(cls, "images", images_raw)

    return images


def _all_fields(cls: type[Veo31FastRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
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

    negative_prompt = d.get("negative_prompt", UNSET)
    if negative_prompt.__class__ is not str and negative_prompt is not None and negative_prompt is not UNSET:
        negative_prompt = _read_negative_prompt(cls, d)

    seed = d.get("seed", UNSET)
    if seed.__class__ is not int and seed is not None and seed is not UNSET:
        seed = _read_seed(cls, d)

    enhance_prompt = d.get("enhance_prompt", UNSET)
    if enhance_prompt.__class__ is not bool and enhance_prompt is not UNSET:
        enhance_prompt = _read_enhance_prompt(cls, d)

    if "duration_secs" in known:
        duration_secs = known["duration_secs"]
    else:
        duration_secs = d.get("duration_secs", UNSET)
        if duration_secs is not UNSET:
            duration_secs = _read_duration_secs(cls, d)

    if "aspect_ratio" in known:
        aspect_ratio = known["aspect_ratio"]
    else:
        aspect_ratio = d.get("aspect_ratio", UNSET)
        if aspect_ratio is not UNSET:
            aspect_ratio = _read_aspect_ratio(cls, d)

    if "resolution" in known:
        resolution = known["resolution"]
    else:
        resolution = d.get("resolution", UNSET)
        if resolution is not UNSET:
            resolution = _read_resolution(cls, d)

    generate_audio = d.get("generate_audio", UNSET)
    if generate_audio.__class__ is not bool and generate_audio is not UNSET:
        generate_audio = _read_generate_audio(cls, d)

    if "start_frame" in known:
        start_frame = known["start_frame"]
    else:
        start_frame = d.get("start_frame", UNSET)
        if start_frame is not UNSET and start_frame is not None:
            start_frame = _read_start_frame(cls, d)

    if "end_frame" in known:
        end_frame = known["end_frame"]
    else:
        end_frame = d.get("end_frame", UNSET)
        if end_frame is not UNSET and end_frame is not None:
            end_frame = _read_end_frame(cls, d)

    if "images" in known:
        images = known["images"]
    else:
        images = d.get("images", UNSET)
        if images is not UNSET:
            images = _read_images(cls, d)

    return {
        "prompt": prompt,
        "model_id": model_id,
        "webhook": webhook,
        "negative_prompt": negative_prompt,
        "seed": seed,
        "enhance_prompt": enhance_prompt,
        "duration_secs": duration_secs,
        "aspect_ratio": aspect_ratio,
        "resolution": resolution,
        "generate_audio": generate_audio,
        "start_frame": start_frame,
        "end_frame": end_frame,
        "images": images,
        "_missing_fields": (),
    }


set_readers(
    Veo31FastRequest,
    _all_fields,
    {
        "prompt": _read_prompt,
        "model_id": _read_model_id,
        "webhook": _read_webhook,
        "negative_prompt": _read_negative_prompt,
        "seed": _read_seed,
        "enhance_prompt": _read_enhance_prompt,
        "duration_secs": _read_duration_secs,
        "aspect_ratio": _read_aspect_ratio,
        "resolution": _read_resolution,
        "generate_audio": _read_generate_audio,
        "start_frame": _read_start_frame,
        "end_frame": _read_end_frame,
        "images": _read_images,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_reference import GenerationReference
from ..models.inline_image_reference import InlineImageReference
from ..models.static_asset_reference import StaticAssetReference
from ..models.veo_image_reference import VeoImageReference
from ..models.webhook_target_all import WebhookTargetAll
from ..models.webhook_target_ids import WebhookTargetIds
