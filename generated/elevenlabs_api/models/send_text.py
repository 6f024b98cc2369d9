from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SendText(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text: The text to be sent to the API for audio generation. Should always end with a single space string.
    try_trigger_generation: This is an advanced setting that most users shouldn't need to use. It relates to our
        generation schedule.

        Use this to attempt to immediately trigger the generation of audio, overriding the `chunk_length_schedule`.
        Unlike flush, `try_trigger_generation` will only generate audio if our
        buffer contains more than a minimum
        threshold of characters, this is to ensure a higher quality response from our model.

        Note that overriding the chunk schedule to generate small amounts of
        text may result in lower quality audio, therefore, only use this parameter if you
        really need text to be processed immediately. We generally recommend keeping the default value of
        `false` and adjusting the `chunk_length_schedule` in the `generation_config` instead. Defaults to False on the
        server.
    flush: Flush forces the generation of audio. Set this value to true when you have finished sending text, but
        want to keep the websocket connection open.

        This is useful when you want to ensure that the last chunk of audio is generated even when the length of text
        sent is smaller than the value set in chunk_length_schedule (e.g. 120 or 50). Defaults to False on the server.
    """

    text: str

    try_trigger_generation: bool | Unset = UNSET

    voice_settings: RealtimeVoiceSettings | Unset = UNSET

    generator_config: GenerationConfig | Unset = UNSET

    flush: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("try_trigger_generation", "try_trigger_generation", BOOL),
        Field("voice_settings", "voice_settings", object_of("RealtimeVoiceSettings")),
        Field("generator_config", "generator_config", object_of("GenerationConfig")),
        Field("flush", "flush", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_config import GenerationConfig
from ..models.realtime_voice_settings import RealtimeVoiceSettings
