from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="VoicePreviewsRequestModel")


@_attrs_define
class VoicePreviewsRequestModel:
    """Attributes:
    voice_description (str): Description to use for the created voice.
    text (None | str | Unset): Text to generate, text length has to be between 100 and 1000.
    auto_generate_text (bool | Unset): Whether to automatically generate a text suitable for the voice description.
        Default: False.
    loudness (float | Unset): Controls the volume level of the generated voice. -1 is quietest, 1 is loudest, 0
        corresponds to roughly -24 LUFS. Default: 0.5.
    quality (float | Unset): Higher quality results in better voice output but less variety. Default: 0.9.
    seed (int | None | Unset): Random number that controls the voice generation. Same seed with same inputs produces
        same voice.
    guidance_scale (float | Unset): Controls how closely the AI follows the prompt. Lower numbers give the AI more
        freedom to be creative, while higher numbers force it to stick more to the prompt. High numbers can cause voice
        to sound artificial or robotic. We recommend to use longer, more detailed prompts at lower Guidance Scale.
        Default: 5.0.
    should_enhance (bool | Unset): Whether to enhance the voice description using AI to add more detail and improve
        voice generation quality. When enabled, the system will automatically expand simple prompts into more detailed
        voice descriptions. Defaults to False Default: False.
    """

    voice_description: str

    text: None | str | Unset = UNSET

    auto_generate_text: bool | Unset = False

    loudness: float | Unset = 0.5

    quality: float | Unset = 0.9

    seed: int | None | Unset = UNSET

    guidance_scale: float | Unset = 5.0

    should_enhance: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        voice_description = self.voice_description

        text: Any
        try:
            text = self.text

        except (AttributeError, TypeError):
            text = self.text

        auto_generate_text = self.auto_generate_text

        loudness = self.loudness

        quality = self.quality

        seed: Any
        try:
            seed = self.seed

        except (AttributeError, TypeError):
            seed = self.seed

        guidance_scale = self.guidance_scale

        should_enhance = self.should_enhance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voice_description is not None or "voice_description" not in self._missing_fields:
            field_dict["voice_description"] = voice_description
        if text is not UNSET:
            field_dict["text"] = text
        if auto_generate_text is not UNSET:
            field_dict["auto_generate_text"] = auto_generate_text
        if loudness is not UNSET:
            field_dict["loudness"] = loudness
        if quality is not UNSET:
            field_dict["quality"] = quality
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if should_enhance is not UNSET:
            field_dict["should_enhance"] = should_enhance
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        voice_description = d.pop("voice_description", MISSING)
        if voice_description.__class__ is not str:
            if voice_description is MISSING:
                voice_description = missing_field(cls, "voice_description")
                _missing += ("voice_description",)
            else:
                voice_description = unexpected_type(cls, "voice_description", voice_description, "a string")

        text = d.pop("text", UNSET)
        if text.__class__ is not str and text is not None and text is not UNSET:
            text = unexpected_type(cls, "text", text, "a string or null")

        auto_generate_text = d.pop("auto_generate_text", UNSET)
        if auto_generate_text.__class__ is not bool and auto_generate_text is not UNSET:
            auto_generate_text = unexpected_type(cls, "auto_generate_text", auto_generate_text, "a boolean")

        loudness = d.pop("loudness", UNSET)
        if loudness.__class__ is not float and loudness.__class__ is not int and loudness is not UNSET:
            loudness = unexpected_type(cls, "loudness", loudness, "a number")

        quality = d.pop("quality", UNSET)
        if quality.__class__ is not float and quality.__class__ is not int and quality is not UNSET:
            quality = unexpected_type(cls, "quality", quality, "a number")

        seed = d.pop("seed", UNSET)
        if seed.__class__ is not int and seed is not None and seed is not UNSET:
            seed = unexpected_type(cls, "seed", seed, "an integer or null")

        guidance_scale = d.pop("guidance_scale", UNSET)
        if (
            guidance_scale.__class__ is not float
            and guidance_scale.__class__ is not int
            and guidance_scale is not UNSET
        ):
            guidance_scale = unexpected_type(cls, "guidance_scale", guidance_scale, "a number")

        should_enhance = d.pop("should_enhance", UNSET)
        if should_enhance.__class__ is not bool and should_enhance is not UNSET:
            should_enhance = unexpected_type(cls, "should_enhance", should_enhance, "a boolean")

        voice_previews_request_model = cls(
            voice_description=voice_description,
            text=text,
            auto_generate_text=auto_generate_text,
            loudness=loudness,
            quality=quality,
            seed=seed,
            guidance_scale=guidance_scale,
            should_enhance=should_enhance,
        )
        if _missing:
            voice_previews_request_model._missing_fields = _missing
        voice_previews_request_model.additional_properties = d
        return voice_previews_request_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
