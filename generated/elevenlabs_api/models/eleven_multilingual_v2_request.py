from __future__ import annotations

from typing import ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import BOOL, FLOAT, NULL, STR, Field, Lazy, const, list_of, literal, object_of, union
from ..models._literals import ElevenMultilingualV2RequestOutputFormat
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ElevenMultilingualV2Request(Lazy):
    """Request body for the ElevenLabs Multilingual v2 TTS model.

    Attributes:
        text: The text to synthesize into speech.
        voice: The ID of the voice to speak with.
        model_id: The model to use for the generation.
        webhook: Include to send the generation's result to the workspace's configured flows webhooks once it completes
            or fails. The webhook payload matches the terminal response of the corresponding GET endpoint.
        output_format: The audio encoding of the output, as `codec_sampleRateHz_bitrateKbps`. `mp3_44100_192` requires
            the Creator tier or above. Defaults to 'mp3_44100_128' on the server.
        pronunciation_dictionary_locators: Pronunciation dictionaries to apply to the text, in order of precedence. Up
            to 3.
        voice_settings: Overrides for the voice's saved settings, applied to this generation only.
    """

    text: str

    voice: str

    model_id: Literal["eleven_multilingual_v2"] = _attrs_field(
        default="eleven_multilingual_v2",
        kw_only=True,
        validator=types.tag("ElevenMultilingualV2Request", "model_id", "eleven_multilingual_v2"),
    )

    webhook: None | Unset | WebhookTargetAll | WebhookTargetIds = UNSET

    output_format: ElevenMultilingualV2RequestOutputFormat | Unset = UNSET

    pronunciation_dictionary_locators: list[PronunciationDictionaryVersionLocatorModel] | Unset = UNSET

    voice_settings: None | TtsVoiceSettings | Unset = UNSET

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("voice", "voice", STR, required=True),
        Field("model_id", "model_id", const("eleven_multilingual_v2"), required=True),
        Field("webhook", "webhook", union(object_of("WebhookTargetAll"), object_of("WebhookTargetIds"), NULL)),
        Field("output_format", "output_format", literal("ElevenMultilingualV2RequestOutputFormat")),
        Field(
            "pronunciation_dictionary_locators",
            "pronunciation_dictionary_locators",
            list_of(object_of("PronunciationDictionaryVersionLocatorModel")),
        ),
        Field("voice_settings", "voice_settings", union(object_of("TtsVoiceSettings"), NULL)),
    )


@_attrs_define(slots=False)
class TtsVoiceSettings(Lazy):
    """Overrides for the voice's saved settings, applied to one generation.

    Attributes:
        stability: How consistent the voice stays across generations. Lower values give more expressive, varied speech.
        similarity_boost: How closely the output adheres to the original voice.
        style: How strongly the speaking style is exaggerated.
        use_speaker_boost: Whether to boost similarity to the original speaker, at some latency cost.
        speed: The speed of the generated speech, where 1.0 is the voice's natural pace.
    """

    stability: float | None | Unset = UNSET

    similarity_boost: float | None | Unset = UNSET

    style: float | None | Unset = UNSET

    use_speaker_boost: bool | None | Unset = UNSET

    speed: float | None | Unset = UNSET

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("stability", "stability", union(FLOAT, NULL)),
        Field("similarity_boost", "similarity_boost", union(FLOAT, NULL)),
        Field("style", "style", union(FLOAT, NULL)),
        Field("use_speaker_boost", "use_speaker_boost", union(BOOL, NULL)),
        Field("speed", "speed", union(FLOAT, NULL)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.pronunciation_dictionary_version_locator_model import PronunciationDictionaryVersionLocatorModel
from ..models.webhook_target_all import WebhookTargetAll
from ..models.webhook_target_ids import WebhookTargetIds
