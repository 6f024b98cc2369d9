from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class VoiceDesignRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    voice_description: Description to use for the created voice.
    text: Text to generate, text length has to be between 100 and 1000.
    auto_generate_text: Whether to automatically generate a text suitable for the voice description. Defaults to
        False on the server.
    loudness: Controls the volume level of the generated voice. -1 is quietest, 1 is loudest, 0 corresponds to
        roughly -24 LUFS. Defaults to 0.5 on the server.
    quality: Higher quality results in better voice output but less variety. Defaults to 0.9 on the server.
    seed: Random number that controls the voice generation. Same seed with same inputs produces same voice.
    guidance_scale: Controls how closely the AI follows the prompt. Lower numbers give the AI more freedom to be
        creative, while higher numbers force it to stick more to the prompt. High numbers can cause voice to sound
        artificial or robotic. We recommend to use longer, more detailed prompts at lower Guidance Scale. Defaults to 5
        on the server.
    should_enhance: Whether to enhance the voice description using AI to add more detail and improve voice
        generation quality. When enabled, the system will automatically expand simple prompts into more detailed voice
        descriptions. Defaults to False Defaults to False on the server.
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("voice_description", "voice_description", STR, required=True),
        Field("text", "text", union(STR, NULL)),
        Field("auto_generate_text", "auto_generate_text", BOOL),
        Field("loudness", "loudness", FLOAT),
        Field("quality", "quality", FLOAT),
        Field("seed", "seed", union(INT, NULL)),
        Field("guidance_scale", "guidance_scale", FLOAT),
        Field("should_enhance", "should_enhance", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
