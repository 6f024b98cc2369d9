from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import ElevenV3RequestOutputFormat, check_eleven_v3_request_output_format
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

T = TypeVar("T", bound="ElevenV3Request")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ElevenV3Request(Lazy):
    """Request body for the Eleven v3 TTS model.

    Attributes:
        text (str): The text to synthesize into speech.
        voice (str): The ID of the voice to speak with.
        model_id (Literal['eleven_v3']): The model to use for the generation.
        webhook (None | Unset | WebhookTargetAll | WebhookTargetIds): Include to send the generation's result to the
            workspace's configured flows webhooks once it completes or fails. The webhook payload matches the terminal
            response of the corresponding GET endpoint.
        output_format (ElevenV3RequestOutputFormat | Unset): The audio encoding of the output, as
            `codec_sampleRateHz_bitrateKbps`. `mp3_44100_192` requires the Creator tier or above. Defaults to
            'mp3_44100_128' on the server.
        pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorModel] | Unset): Pronunciation
            dictionaries to apply to the text, in order of precedence. Up to 3.
        language_code (None | str | Unset): ISO 639-1 language code to enforce on the output. Omit to detect the
            language from the text.
        voice_settings (ElevenV3VoiceSettings | None | Unset): Overrides for the voice's saved settings, applied to this
            generation only.
    """

    text: str

    voice: str

    model_id: Literal["eleven_v3"] = _attrs_field(
        default="eleven_v3",
        kw_only=True,
        validator=types.tag("ElevenV3Request", "model_id", "eleven_v3"),
    )

    webhook: None | Unset | WebhookTargetAll | WebhookTargetIds = UNSET

    output_format: ElevenV3RequestOutputFormat | Unset = UNSET

    pronunciation_dictionary_locators: list[PronunciationDictionaryVersionLocatorModel] | Unset = UNSET

    language_code: None | str | Unset = UNSET

    voice_settings: ElevenV3VoiceSettings | None | Unset = UNSET

    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "text",
        "voice",
    )
    _tags: ClassVar[tuple[str, ...]] = ("model_id",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("model_id", "eleven_v3")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text = self.text

        voice = self.voice

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

        output_format: Any
        try:
            output_format = UNSET
            if not isinstance(self.output_format, Unset):
                output_format = self.output_format

        except (AttributeError, TypeError):
            output_format = self.output_format

        pronunciation_dictionary_locators: Any
        try:
            pronunciation_dictionary_locators = UNSET
            if not isinstance(self.pronunciation_dictionary_locators, Unset):
                pronunciation_dictionary_locators = []
                for pronunciation_dictionary_locators_item_data in self.pronunciation_dictionary_locators:
                    pronunciation_dictionary_locators_item = pronunciation_dictionary_locators_item_data.to_dict()
                    pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)

        except (AttributeError, TypeError):
            pronunciation_dictionary_locators = self.pronunciation_dictionary_locators

        language_code: Any
        try:
            language_code = self.language_code

        except (AttributeError, TypeError):
            language_code = self.language_code

        voice_settings: Any
        try:
            if isinstance(self.voice_settings, Unset):
                voice_settings = UNSET
            elif isinstance(self.voice_settings, ElevenV3VoiceSettings):
                voice_settings = self.voice_settings.to_dict()
            else:
                voice_settings = self.voice_settings

        except (AttributeError, TypeError):
            voice_settings = self.voice_settings

        field_dict: dict[str, Any] = {}
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if voice is not None or "voice" not in self._missing_fields:
            field_dict["voice"] = voice
        field_dict["model_id"] = model_id
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        eleven_v3_request = cls.__new__(cls)
        eleven_v3_request.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return eleven_v3_request


def _read_model_id(cls: type[ElevenV3Request], d: Mapping[str, Any]) -> Any:
    model_id_raw = d.get("model_id", MISSING)
    if model_id_raw is MISSING:
        model_id_raw = missing_field(cls, "model_id")
    model_id = cast(Literal["eleven_v3"], model_id_raw)
    if model_id != "eleven_v3":
        raise ValueError(f"model_id must match const 'eleven_v3', got '{model_id}'")

    return model_id


_read_text = plain_reader("text", (str,), "a string", True)

_read_voice = plain_reader("voice", (str,), "a string", True)


def _read_webhook(cls: type[ElevenV3Request], d: Mapping[str, Any]) -> Any:
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


def _read_output_format(cls: type[ElevenV3Request], d: Mapping[str, Any]) -> Any:
    output_format_raw = d.get("output_format", UNSET)
    try:
        _output_format = output_format_raw
        output_format: ElevenV3RequestOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_eleven_v3_request_output_format(_output_format)
    except (KeyError, TypeError, ValueError, AttributeError):
        output_format = deviating_field(cls, "output_format", output_format_raw)

    return output_format


def _read_pronunciation_dictionary_locators(cls: type[ElevenV3Request], d: Mapping[str, Any]) -> Any:
    pronunciation_dictionary_locators_raw = d.get("pronunciation_dictionary_locators", UNSET)
    try:
        expect_array("pronunciation_dictionary_locators", pronunciation_dictionary_locators_raw)
        _pronunciation_dictionary_locators = pronunciation_dictionary_locators_raw
        pronunciation_dictionary_locators: list[PronunciationDictionaryVersionLocatorModel] | Unset = UNSET
        if _pronunciation_dictionary_locators is not UNSET:
            pronunciation_dictionary_locators = []
            for pronunciation_dictionary_locators_item_data in _pronunciation_dictionary_locators:
                pronunciation_dictionary_locators_item = PronunciationDictionaryVersionLocatorModel.from_dict(
                    pronunciation_dictionary_locators_item_data
                )

                pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        pronunciation_dictionary_locators = deviating_field(
            cls, "pronunciation_dictionary_locators", pronunciation_dictionary_locators_raw
        )

    return pronunciation_dictionary_locators


_read_language_code = plain_reader(
    "language_code",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_voice_settings(cls: type[ElevenV3Request], d: Mapping[str, Any]) -> Any:
    voice_settings_raw = d.get("voice_settings", UNSET)
    try:

        def _parse_voice_settings(data: object) -> ElevenV3VoiceSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            voice_settings_type_0 = ElevenV3VoiceSettings.from_dict(data)

            return voice_settings_type_0

        voice_settings = _parse_voice_settings(voice_settings_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        voice_settings = deviating_field(cls, "voice_settings", voice_settings_raw)

    return voice_settings


def _all_fields(cls: type[ElevenV3Request], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "model_id" in known:
        model_id = known["model_id"]
    else:
        model_id = _read_model_id(cls, d)

    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    voice = d.get("voice", MISSING)
    if voice.__class__ is not str:
        voice = _read_voice(cls, d)

    if "webhook" in known:
        webhook = known["webhook"]
    else:
        webhook = d.get("webhook", UNSET)
        if webhook is not UNSET and webhook is not None:
            webhook = _read_webhook(cls, d)

    if "output_format" in known:
        output_format = known["output_format"]
    else:
        output_format = d.get("output_format", UNSET)
        if output_format is not UNSET:
            output_format = _read_output_format(cls, d)

    if "pronunciation_dictionary_locators" in known:
        pronunciation_dictionary_locators = known["pronunciation_dictionary_locators"]
    else:
        pronunciation_dictionary_locators = d.get("pronunciation_dictionary_locators", UNSET)
        if pronunciation_dictionary_locators is not UNSET:
            pronunciation_dictionary_locators = _read_pronunciation_dictionary_locators(cls, d)

    language_code = d.get("language_code", UNSET)
    if language_code.__class__ is not str and language_code is not None and language_code is not UNSET:
        language_code = _read_language_code(cls, d)

    if "voice_settings" in known:
        voice_settings = known["voice_settings"]
    else:
        voice_settings = d.get("voice_settings", UNSET)
        if voice_settings is not UNSET and voice_settings is not None:
            voice_settings = _read_voice_settings(cls, d)

    return {
        "text": text,
        "voice": voice,
        "model_id": model_id,
        "webhook": webhook,
        "output_format": output_format,
        "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
        "language_code": language_code,
        "voice_settings": voice_settings,
        "_missing_fields": (),
    }


set_readers(
    ElevenV3Request,
    _all_fields,
    {
        "text": _read_text,
        "voice": _read_voice,
        "model_id": _read_model_id,
        "webhook": _read_webhook,
        "output_format": _read_output_format,
        "pronunciation_dictionary_locators": _read_pronunciation_dictionary_locators,
        "language_code": _read_language_code,
        "voice_settings": _read_voice_settings,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.eleven_v3_voice_settings import ElevenV3VoiceSettings
from ..models.pronunciation_dictionary_version_locator_model import PronunciationDictionaryVersionLocatorModel
from ..models.webhook_target_all import WebhookTargetAll
from ..models.webhook_target_ids import WebhookTargetIds
