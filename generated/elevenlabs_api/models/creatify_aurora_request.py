from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import CreatifyAuroraRequestResolution, check_creatify_aurora_request_resolution
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CreatifyAuroraRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreatifyAuroraRequest(Lazy):
    """Request body for the Creatify Aurora lipsync video model.

    Attributes:
        model_id (Literal['creatify-aurora']): The model to use for the generation.
        image (GenerationReference | InlineImageReference | StaticAssetReference):
        audio (GenerationReference | InlineAudioReference | StaticAssetReference):
        webhook (None | Unset | WebhookTargetAll | WebhookTargetIds): Include to send the generation's result to the
            workspace's configured flows webhooks once it completes or fails. The webhook payload matches the terminal
            response of the corresponding GET endpoint.
        resolution (CreatifyAuroraRequestResolution | Unset): The resolution of the output video. Defaults to '720p' on
            the server.
        guidance_scale (float | None | Unset): How strongly the generation adheres to the input image. Omit to use the
            model's default.
        audio_guidance_scale (float | None | Unset): How strongly the lip movements adhere to the audio. Omit to use the
            model's default.
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

    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "image",
        "audio",
    )
    _tags: ClassVar[tuple[str, ...]] = ("model_id",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("model_id", "creatify-aurora")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        model_id = self.model_id

        image: Any
        try:
            if (
                isinstance(self.image, GenerationReference)
                or isinstance(self.image, StaticAssetReference)
                or isinstance(self.image, InlineImageReference)
            ):
                image = self.image.to_dict()
            else:
                image = self.image

        except (AttributeError, TypeError):
            image = self.image

        audio: Any
        try:
            if (
                isinstance(self.audio, GenerationReference)
                or isinstance(self.audio, StaticAssetReference)
                or isinstance(self.audio, InlineAudioReference)
            ):
                audio = self.audio.to_dict()
            else:
                audio = self.audio

        except (AttributeError, TypeError):
            audio = self.audio

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

        resolution: Any
        try:
            resolution = UNSET
            if not isinstance(self.resolution, Unset):
                resolution = self.resolution

        except (AttributeError, TypeError):
            resolution = self.resolution

        guidance_scale: Any
        try:
            guidance_scale = self.guidance_scale

        except (AttributeError, TypeError):
            guidance_scale = self.guidance_scale

        audio_guidance_scale: Any
        try:
            audio_guidance_scale = self.audio_guidance_scale

        except (AttributeError, TypeError):
            audio_guidance_scale = self.audio_guidance_scale

        field_dict: dict[str, Any] = {}
        field_dict["model_id"] = model_id
        if image is not None or "image" not in self._missing_fields:
            field_dict["image"] = image
        if audio is not None or "audio" not in self._missing_fields:
            field_dict["audio"] = audio
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if audio_guidance_scale is not UNSET:
            field_dict["audio_guidance_scale"] = audio_guidance_scale
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        creatify_aurora_request = cls.__new__(cls)
        creatify_aurora_request.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return creatify_aurora_request


def _read_model_id(cls: type[CreatifyAuroraRequest], d: Mapping[str, Any]) -> Any:
    model_id_raw = d.get("model_id", MISSING)
    if model_id_raw is MISSING:
        model_id_raw = missing_field(cls, "model_id")
    model_id = cast(Literal["creatify-aurora"], model_id_raw)
    if model_id != "creatify-aurora":
        raise ValueError(f"model_id must match const 'creatify-aurora', got '{model_id}'")

    return model_id


def _read_image(cls: type[CreatifyAuroraRequest], d: Mapping[str, Any]) -> Any:
    image_raw = d.get("image", MISSING)
    if image_raw is MISSING:
        image = missing_field(cls, "image")
    else:
        try:

            def _parse_image(data: object) -> GenerationReference | InlineImageReference | StaticAssetReference:
                return parse_strictly(_parse_image_member, data)

            def _parse_image_member(data: object) -> GenerationReference | InlineImageReference | StaticAssetReference:
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

            image = _parse_image(image_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            image = deviating_field(cls, "image", image_raw)

    return image


def _read_audio(cls: type[CreatifyAuroraRequest], d: Mapping[str, Any]) -> Any:
    audio_raw = d.get("audio", MISSING)
    if audio_raw is MISSING:
        audio = missing_field(cls, "audio")
    else:
        try:

            def _parse_audio(data: object) -> GenerationReference | InlineAudioReference | StaticAssetReference:
                return parse_strictly(_parse_audio_member, data)

            def _parse_audio_member(data: object) -> GenerationReference | InlineAudioReference | StaticAssetReference:
                if isinstance(data, dict):
                    for known in (
                        GenerationReference,
                        StaticAssetReference,
                        InlineAudioReference,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_audio_reference_type_0 = GenerationReference.from_dict(data)

                    return componentsschemas_audio_reference_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_audio_reference_type_1 = StaticAssetReference.from_dict(data)

                    return componentsschemas_audio_reference_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_audio_reference_type_2 = InlineAudioReference.from_dict(data)

                return componentsschemas_audio_reference_type_2

            audio = _parse_audio(audio_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            audio = deviating_field(cls, "audio", audio_raw)

    return audio


def _read_webhook(cls: type[CreatifyAuroraRequest], d: Mapping[str, Any]) -> Any:
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


def _read_resolution(cls: type[CreatifyAuroraRequest], d: Mapping[str, Any]) -> Any:
    resolution_raw = d.get("resolution", UNSET)
    try:
        _resolution = resolution_raw
        resolution: CreatifyAuroraRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_creatify_aurora_request_resolution(_resolution)
    except (KeyError, TypeError, ValueError, AttributeError):
        resolution = deviating_field(cls, "resolution", resolution_raw)

    return resolution


_read_guidance_scale = plain_reader(
    "guidance_scale",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_audio_guidance_scale = plain_reader(
    "audio_guidance_scale",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


def _all_fields(cls: type[CreatifyAuroraRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "model_id" in known:
        model_id = known["model_id"]
    else:
        model_id = _read_model_id(cls, d)

    if "image" in known:
        image = known["image"]
    else:
        image = _read_image(cls, d)

    if "audio" in known:
        audio = known["audio"]
    else:
        audio = _read_audio(cls, d)

    if "webhook" in known:
        webhook = known["webhook"]
    else:
        webhook = d.get("webhook", UNSET)
        if webhook is not UNSET and webhook is not None:
            webhook = _read_webhook(cls, d)

    if "resolution" in known:
        resolution = known["resolution"]
    else:
        resolution = d.get("resolution", UNSET)
        if resolution is not UNSET:
            resolution = _read_resolution(cls, d)

    guidance_scale = d.get("guidance_scale", UNSET)
    if (
        guidance_scale.__class__ is not float
        and guidance_scale.__class__ is not int
        and guidance_scale is not None
        and guidance_scale is not UNSET
    ):
        guidance_scale = _read_guidance_scale(cls, d)

    audio_guidance_scale = d.get("audio_guidance_scale", UNSET)
    if (
        audio_guidance_scale.__class__ is not float
        and audio_guidance_scale.__class__ is not int
        and audio_guidance_scale is not None
        and audio_guidance_scale is not UNSET
    ):
        audio_guidance_scale = _read_audio_guidance_scale(cls, d)

    return {
        "model_id": model_id,
        "image": image,
        "audio": audio,
        "webhook": webhook,
        "resolution": resolution,
        "guidance_scale": guidance_scale,
        "audio_guidance_scale": audio_guidance_scale,
        "_missing_fields": (),
    }


set_readers(
    CreatifyAuroraRequest,
    _all_fields,
    {
        "model_id": _read_model_id,
        "image": _read_image,
        "audio": _read_audio,
        "webhook": _read_webhook,
        "resolution": _read_resolution,
        "guidance_scale": _read_guidance_scale,
        "audio_guidance_scale": _read_audio_guidance_scale,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_reference import GenerationReference
from ..models.inline_audio_reference import InlineAudioReference
from ..models.inline_image_reference import InlineImageReference
from ..models.static_asset_reference import StaticAssetReference
from ..models.webhook_target_all import WebhookTargetAll
from ..models.webhook_target_ids import WebhookTargetIds
