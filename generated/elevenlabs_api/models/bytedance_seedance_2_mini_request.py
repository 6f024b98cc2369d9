from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    BytedanceSeedance2MiniRequestAspectRatio,
    BytedanceSeedance2MiniRequestResolution,
    check_bytedance_seedance_2_mini_request_aspect_ratio,
    check_bytedance_seedance_2_mini_request_resolution,
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

T = TypeVar("T", bound="BytedanceSeedance2MiniRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BytedanceSeedance2MiniRequest(Lazy):
    """Request body for the ByteDance Seedance 2.0 Mini video model.

    ByteDance models are disabled by default and require explicit approval
    before use. Contact support to request access.

    Attributes:
        prompt (str): A text description of the video to generate.
        model_id (Literal['bytedance-seedance-v2-mini']): The model to use for the generation.
        webhook (None | Unset | WebhookTargetAll | WebhookTargetIds): Include to send the generation's result to the
            workspace's configured flows webhooks once it completes or fails. The webhook payload matches the terminal
            response of the corresponding GET endpoint.
        aspect_ratio (BytedanceSeedance2MiniRequestAspectRatio | Unset): The aspect ratio of the output video. With
            `auto`, the model picks an aspect ratio based on the inputs. Defaults to '16:9' on the server.
        duration_secs (int | Unset): The duration of the output video in seconds. Defaults to 5 on the server.
        seed (int | None | Unset): A seed for reproducible generation: the same seed and inputs give similar output
            across generations. Omit for random.
        generate_audio (bool | Unset): Whether to generate audio with the video. Defaults to True on the server.
        start_frame (GenerationReference | InlineImageReference | None | StaticAssetReference | Unset): The image to use
            as the video's first frame.
        end_frame (GenerationReference | InlineImageReference | None | StaticAssetReference | Unset): The image to use
            as the video's last frame.
        images (list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset): Up to 9 reference
            images to draw subjects from. Cannot be combined with `start_frame`/`end_frame`.
        videos (list[GenerationReference | InlineVideoReference | StaticAssetReference] | Unset): Up to 3 reference
            videos to draw subjects or motion from. Cannot be combined with `start_frame`/`end_frame`.
        audios (list[GenerationReference | InlineAudioReference | StaticAssetReference] | Unset): Up to 3 reference
            audios, e.g. for lipsync. Requires at least one of `images` or `videos`, and cannot be combined with
            `start_frame`/`end_frame`.
        resolution (BytedanceSeedance2MiniRequestResolution | Unset): The resolution of the output video. Defaults to
            '720p' on the server.
    """

    prompt: str

    model_id: Literal["bytedance-seedance-v2-mini"] = _attrs_field(
        default="bytedance-seedance-v2-mini",
        kw_only=True,
        validator=types.tag("BytedanceSeedance2MiniRequest", "model_id", "bytedance-seedance-v2-mini"),
    )

    webhook: None | Unset | WebhookTargetAll | WebhookTargetIds = UNSET

    aspect_ratio: BytedanceSeedance2MiniRequestAspectRatio | Unset = UNSET

    duration_secs: int | Unset = UNSET

    seed: int | None | Unset = UNSET

    generate_audio: bool | Unset = UNSET

    start_frame: GenerationReference | InlineImageReference | None | StaticAssetReference | Unset = UNSET

    end_frame: GenerationReference | InlineImageReference | None | StaticAssetReference | Unset = UNSET

    images: list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset = UNSET

    videos: list[GenerationReference | InlineVideoReference | StaticAssetReference] | Unset = UNSET

    audios: list[GenerationReference | InlineAudioReference | StaticAssetReference] | Unset = UNSET

    resolution: BytedanceSeedance2MiniRequestResolution | Unset = UNSET

    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("prompt",)
    _tags: ClassVar[tuple[str, ...]] = ("model_id",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("model_id", "bytedance-seedance-v2-mini")

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

        aspect_ratio: Any
        try:
            aspect_ratio = UNSET
            if not isinstance(self.aspect_ratio, Unset):
                aspect_ratio = self.aspect_ratio

        except (AttributeError, TypeError):
            aspect_ratio = self.aspect_ratio

        duration_secs = self.duration_secs

        seed: Any
        try:
            seed = self.seed

        except (AttributeError, TypeError):
            seed = self.seed

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

        videos: Any
        try:
            videos = UNSET
            if not isinstance(self.videos, Unset):
                videos = []
                for videos_item_data in self.videos:
                    videos_item: dict[str, Any]
                    if (
                        isinstance(videos_item_data, GenerationReference)
                        or isinstance(videos_item_data, StaticAssetReference)
                        or isinstance(videos_item_data, InlineVideoReference)
                    ):
                        videos_item = videos_item_data.to_dict()
                    else:
                        videos_item = videos_item_data

                    videos.append(videos_item)

        except (AttributeError, TypeError):
            videos = self.videos

        audios: Any
        try:
            audios = UNSET
            if not isinstance(self.audios, Unset):
                audios = []
                for audios_item_data in self.audios:
                    audios_item: dict[str, Any]
                    if (
                        isinstance(audios_item_data, GenerationReference)
                        or isinstance(audios_item_data, StaticAssetReference)
                        or isinstance(audios_item_data, InlineAudioReference)
                    ):
                        audios_item = audios_item_data.to_dict()
                    else:
                        audios_item = audios_item_data

                    audios.append(audios_item)

        except (AttributeError, TypeError):
            audios = self.audios

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
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration_secs is not UNSET:
            field_dict["duration_secs"] = duration_secs
        if seed is not UNSET:
            field_dict["seed"] = seed
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if start_frame is not UNSET:
            field_dict["start_frame"] = start_frame
        if end_frame is not UNSET:
            field_dict["end_frame"] = end_frame
        if images is not UNSET:
            field_dict["images"] = images
        if videos is not UNSET:
            field_dict["videos"] = videos
        if audios is not UNSET:
            field_dict["audios"] = audios
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        bytedance_seedance_2_mini_request = cls.__new__(cls)
        bytedance_seedance_2_mini_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return bytedance_seedance_2_mini_request


def _read_model_id(cls: type[BytedanceSeedance2MiniRequest], d: Mapping[str, Any]) -> Any:
    model_id_raw = d.get("model_id", MISSING)
    if model_id_raw is MISSING:
        model_id_raw = missing_field(cls, "model_id")
    model_id = cast(Literal["bytedance-seedance-v2-mini"], model_id_raw)
    if model_id != "bytedance-seedance-v2-mini":
        raise ValueError(f"model_id must match const 'bytedance-seedance-v2-mini', got '{model_id}'")

    return model_id


_read_prompt = plain_reader("prompt", (str,), "a string", True)


def _read_webhook(cls: type[BytedanceSeedance2MiniRequest], d: Mapping[str, Any]) -> Any:
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


def _read_aspect_ratio(cls: type[BytedanceSeedance2MiniRequest], d: Mapping[str, Any]) -> Any:
    aspect_ratio_raw = d.get("aspect_ratio", UNSET)
    try:
        _aspect_ratio = aspect_ratio_raw
        aspect_ratio: BytedanceSeedance2MiniRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_bytedance_seedance_2_mini_request_aspect_ratio(_aspect_ratio)
    except (KeyError, TypeError, ValueError, AttributeError):
        aspect_ratio = deviating_field(cls, "aspect_ratio", aspect_ratio_raw)

    return aspect_ratio


_read_duration_secs = plain_reader("duration_secs", (int,), "an integer", False)

_read_seed = plain_reader(
    "seed",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_generate_audio = plain_reader("generate_audio", (bool,), "a boolean", False)


def _read_start_frame(cls: type[BytedanceSeedance2MiniRequest], d: Mapping[str, Any]) -> Any:
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


def _read_end_frame(cls: type[BytedanceSeedance2MiniRequest], d: Mapping[str, Any]) -> Any:
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


def _read_images(cls: type[BytedanceSeedance2MiniRequest], d: Mapping[str, Any]) -> Any:
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


def _read_videos(cls: type[BytedanceSeedance2MiniRequest], d: Mapping[str, Any]) -> Any:
    videos_raw = d.get("videos", UNSET)
    try:
        expect_array("videos", videos_raw)
        _videos = videos_raw
        videos: list[GenerationReference | InlineVideoReference | StaticAssetReference] | Unset = UNSET
        if _videos is not UNSET:
            videos = []
            for videos_item_data in _videos:

                def _parse_videos_item(
                    data: object,
                ) -> GenerationReference | InlineVideoReference | StaticAssetReference:
                    return parse_strictly(_parse_videos_item_member, data)

                def _parse_videos_item_member(
                    data: object,
                ) -> GenerationReference | InlineVideoReference | StaticAssetReference:
                    if isinstance(data, dict):
                        for known in (
                            GenerationReference,
                            StaticAssetReference,
                            InlineVideoReference,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        componentsschemas_video_reference_type_0 = GenerationReference.from_dict(data)

                        return componentsschemas_video_reference_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        componentsschemas_video_reference_type_1 = StaticAssetReference.from_dict(data)

                        return componentsschemas_video_reference_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_video_reference_type_2 = InlineVideoReference.from_dict(data)

                    return componentsschemas_video_reference_type_2

                videos_item = _parse_videos_item(videos_item_data)

                videos.append(videos_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        videos = deviating_field(cls, "videos", videos_raw)

    return videos


def _read_audios(cls: type[BytedanceSeedance2MiniRequest], d: Mapping[str, Any]) -> Any:
    audios_raw = d.get("audios", UNSET)
    try:
        expect_array("audios", audios_raw)
        _audios = audios_raw
        audios: list[GenerationReference | InlineAudioReference | StaticAssetReference] | Unset = UNSET
        if _audios is not UNSET:
            audios = []
            for audios_item_data in _audios:

                def _parse_audios_item(
                    data: object,
                ) -> GenerationReference | InlineAudioReference | StaticAssetReference:
                    return parse_strictly(_parse_audios_item_member, data)

                def _parse_audios_item_member(
                    data: object,
                ) -> GenerationReference | InlineAudioReference | StaticAssetReference:
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

                audios_item = _parse_audios_item(audios_item_data)

                audios.append(audios_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        audios = deviating_field(cls, "audios", audios_raw)

    return audios


def _read_resolution(cls: type[BytedanceSeedance2MiniRequest], d: Mapping[str, Any]) -> Any:
    resolution_raw = d.get("resolution", UNSET)
    try:
        _resolution = resolution_raw
        resolution: BytedanceSeedance2MiniRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_bytedance_seedance_2_mini_request_resolution(_resolution)
    except (KeyError, TypeError, ValueError, AttributeError):
        resolution = deviating_field(cls, "resolution", resolution_raw)

    return resolution


def _all_fields(
    cls: type[BytedanceSeedance2MiniRequest], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
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

    if "aspect_ratio" in known:
        aspect_ratio = known["aspect_ratio"]
    else:
        aspect_ratio = d.get("aspect_ratio", UNSET)
        if aspect_ratio is not UNSET:
            aspect_ratio = _read_aspect_ratio(cls, d)

    duration_secs = d.get("duration_secs", UNSET)
    if duration_secs.__class__ is not int and duration_secs is not UNSET:
        duration_secs = _read_duration_secs(cls, d)

    seed = d.get("seed", UNSET)
    if seed.__class__ is not int and seed is not None and seed is not UNSET:
        seed = _read_seed(cls, d)

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

    if "videos" in known:
        videos = known["videos"]
    else:
        videos = d.get("videos", UNSET)
        if videos is not UNSET:
            videos = _read_videos(cls, d)

    if "audios" in known:
        audios = known["audios"]
    else:
        audios = d.get("audios", UNSET)
        if audios is not UNSET:
            audios = _read_audios(cls, d)

    if "resolution" in known:
        resolution = known["resolution"]
    else:
        resolution = d.get("resolution", UNSET)
        if resolution is not UNSET:
            resolution = _read_resolution(cls, d)

    return {
        "prompt": prompt,
        "model_id": model_id,
        "webhook": webhook,
        "aspect_ratio": aspect_ratio,
        "duration_secs": duration_secs,
        "seed": seed,
        "generate_audio": generate_audio,
        "start_frame": start_frame,
        "end_frame": end_frame,
        "images": images,
        "videos": videos,
        "audios": audios,
        "resolution": resolution,
        "_missing_fields": (),
    }


set_readers(
    BytedanceSeedance2MiniRequest,
    _all_fields,
    {
        "prompt": _read_prompt,
        "model_id": _read_model_id,
        "webhook": _read_webhook,
        "aspect_ratio": _read_aspect_ratio,
        "duration_secs": _read_duration_secs,
        "seed": _read_seed,
        "generate_audio": _read_generate_audio,
        "start_frame": _read_start_frame,
        "end_frame": _read_end_frame,
        "images": _read_images,
        "videos": _read_videos,
        "audios": _read_audios,
        "resolution": _read_resolution,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_reference import GenerationReference
from ..models.inline_audio_reference import InlineAudioReference
from ..models.inline_image_reference import InlineImageReference
from ..models.inline_video_reference import InlineVideoReference
from ..models.static_asset_reference import StaticAssetReference
from ..models.webhook_target_all import WebhookTargetAll
from ..models.webhook_target_ids import WebhookTargetIds
