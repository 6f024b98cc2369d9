from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="VoiceDesignRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VoiceDesignRequest(Lazy):
    """Attributes:
    voice_description (str): Description to use for the created voice.
    text (None | str | Unset): Text to generate, text length has to be between 100 and 1000.
    auto_generate_text (bool | Unset): Whether to automatically generate a text suitable for the voice description.
        Defaults to False on the server.
    loudness (float | Unset): Controls the volume level of the generated voice. -1 is quietest, 1 is loudest, 0
        corresponds to roughly -24 LUFS. Defaults to 0.5 on the server.
    quality (float | Unset): Higher quality results in better voice output but less variety. Defaults to 0.9 on the
        server.
    seed (int | None | Unset): Random number that controls the voice generation. Same seed with same inputs produces
        same voice.
    guidance_scale (float | Unset): Controls how closely the AI follows the prompt. Lower numbers give the AI more
        freedom to be creative, while higher numbers force it to stick more to the prompt. High numbers can cause voice
        to sound artificial or robotic. We recommend to use longer, more detailed prompts at lower Guidance Scale.
        Defaults to 5 on the server.
    should_enhance (bool | Unset): Whether to enhance the voice description using AI to add more detail and improve
        voice generation quality. When enabled, the system will automatically expand simple prompts into more detailed
        voice descriptions. Defaults to False Defaults to False on the server.
    """

    voice_description: str

    text: None | str | Unset = UNSET

    auto_generate_text: bool | Unset = UNSET

    loudness: float | Unset = UNSET

    quality: float | Unset = UNSET

    seed: int | None | Unset = UNSET

    guidance_scale: float | Unset = UNSET

    should_enhance: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("voice_description",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        voice_design_request = cls.__new__(cls)
        voice_design_request.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return voice_design_request

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


_read_voice_description = plain_reader("voice_description", (str,), "a string", True)

_read_text = plain_reader(
    "text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_auto_generate_text = plain_reader("auto_generate_text", (bool,), "a boolean", False)

_read_loudness = plain_reader(
    "loudness",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_quality = plain_reader(
    "quality",
    (
        float,
        int,
    ),
    "a number",
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

_read_guidance_scale = plain_reader(
    "guidance_scale",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_should_enhance = plain_reader("should_enhance", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "voice_description",
        "text",
        "auto_generate_text",
        "loudness",
        "quality",
        "seed",
        "guidance_scale",
        "should_enhance",
    )
)


def _read_additional_properties(cls: type[VoiceDesignRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[VoiceDesignRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    voice_description = d.get("voice_description", MISSING)
    if voice_description.__class__ is not str:
        voice_description = _read_voice_description(cls, d)

    text = d.get("text", UNSET)
    if text.__class__ is not str and text is not None and text is not UNSET:
        text = _read_text(cls, d)

    auto_generate_text = d.get("auto_generate_text", UNSET)
    if auto_generate_text.__class__ is not bool and auto_generate_text is not UNSET:
        auto_generate_text = _read_auto_generate_text(cls, d)

    loudness = d.get("loudness", UNSET)
    if loudness.__class__ is not float and loudness.__class__ is not int and loudness is not UNSET:
        loudness = _read_loudness(cls, d)

    quality = d.get("quality", UNSET)
    if quality.__class__ is not float and quality.__class__ is not int and quality is not UNSET:
        quality = _read_quality(cls, d)

    seed = d.get("seed", UNSET)
    if seed.__class__ is not int and seed is not None and seed is not UNSET:
        seed = _read_seed(cls, d)

    guidance_scale = d.get("guidance_scale", UNSET)
    if guidance_scale.__class__ is not float and guidance_scale.__class__ is not int and guidance_scale is not UNSET:
        guidance_scale = _read_guidance_scale(cls, d)

    should_enhance = d.get("should_enhance", UNSET)
    if should_enhance.__class__ is not bool and should_enhance is not UNSET:
        should_enhance = _read_should_enhance(cls, d)

    return {
        "voice_description": voice_description,
        "text": text,
        "auto_generate_text": auto_generate_text,
        "loudness": loudness,
        "quality": quality,
        "seed": seed,
        "guidance_scale": guidance_scale,
        "should_enhance": should_enhance,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    VoiceDesignRequest,
    _all_fields,
    {
        "voice_description": _read_voice_description,
        "text": _read_text,
        "auto_generate_text": _read_auto_generate_text,
        "loudness": _read_loudness,
        "quality": _read_quality,
        "seed": _read_seed,
        "guidance_scale": _read_guidance_scale,
        "should_enhance": _read_should_enhance,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
