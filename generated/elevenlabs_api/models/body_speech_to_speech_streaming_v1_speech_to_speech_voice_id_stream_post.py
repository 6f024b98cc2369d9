from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.body_speech_to_speech_streaming_v1_speech_to_speech_voice_id_stream_post_file_format_type_0 import (
    BodySpeechToSpeechStreamingV1SpeechToSpeechVoiceIdStreamPostFileFormatType0,
    check_body_speech_to_speech_streaming_v1_speech_to_speech_voice_id_stream_post_file_format_type_0,
)
from ..types import (
    MISSING,
    UNSET,
    File,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodySpeechToSpeechStreamingV1SpeechToSpeechVoiceIdStreamPost")


@_attrs_define
class BodySpeechToSpeechStreamingV1SpeechToSpeechVoiceIdStreamPost:
    """Attributes:
    audio (File): The audio file which holds the content and emotion that will control the generated speech.
    model_id (str | Unset): Identifier of the model that will be used, you can query them using GET /v1/models. The
        model needs to have support for speech to speech, you can check this using the can_do_voice_conversion property.
        Default: 'eleven_english_sts_v2'.
    voice_settings (None | str | Unset): Voice settings overriding stored settings for the given voice. They are
        applied only on the given request. Needs to be send as a JSON encoded string.
    seed (int | None | Unset): If specified, our system will make a best effort to sample deterministically, such
        that repeated requests with the same seed and parameters should return the same result. Determinism is not
        guaranteed. Must be integer between 0 and 4294967295.
    remove_background_noise (bool | Unset): If set, will remove the background noise from your audio input using our
        audio isolation model. Only applies to Voice Changer. Default: False.
    file_format (BodySpeechToSpeechStreamingV1SpeechToSpeechVoiceIdStreamPostFileFormatType0 | None | Unset): The
        format of input audio. Options are 'pcm_s16le_16' or 'other' For `pcm_s16le_16`, the input audio must be 16-bit
        PCM at a 16kHz sample rate, single channel (mono), and little-endian byte order. Latency will be lower than with
        passing an encoded waveform. Default: 'other'.
    """

    audio: File

    model_id: str | Unset = "eleven_english_sts_v2"

    voice_settings: None | str | Unset = UNSET

    seed: int | None | Unset = UNSET

    remove_background_noise: bool | Unset = False

    file_format: BodySpeechToSpeechStreamingV1SpeechToSpeechVoiceIdStreamPostFileFormatType0 | None | Unset = "other"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        audio: Any
        try:
            audio = self.audio.to_tuple()

        except (AttributeError, TypeError):
            audio = self.audio

        model_id = self.model_id

        voice_settings: Any
        try:
            voice_settings = self.voice_settings

        except (AttributeError, TypeError):
            voice_settings = self.voice_settings

        seed: Any
        try:
            seed = self.seed

        except (AttributeError, TypeError):
            seed = self.seed

        remove_background_noise = self.remove_background_noise

        file_format: Any
        try:
            if isinstance(self.file_format, Unset):
                file_format = UNSET
            elif isinstance(self.file_format, str):
                file_format = self.file_format
            else:
                file_format = self.file_format

        except (AttributeError, TypeError):
            file_format = self.file_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if audio is not None or "audio" not in self._missing_fields:
            field_dict["audio"] = audio
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if seed is not UNSET:
            field_dict["seed"] = seed
        if remove_background_noise is not UNSET:
            field_dict["remove_background_noise"] = remove_background_noise
        if file_format is not UNSET:
            field_dict["file_format"] = file_format
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("audio", self.audio.to_tuple()))

        if not isinstance(self.model_id, Unset):
            files.append(("model_id", (None, str(self.model_id).encode(), "text/plain")))

        if not isinstance(self.voice_settings, Unset):
            if isinstance(self.voice_settings, str) or self.voice_settings is None:
                files.append(("voice_settings", (None, str(self.voice_settings).encode(), "text/plain")))

        if not isinstance(self.seed, Unset):
            if isinstance(self.seed, int) or self.seed is None:
                files.append(("seed", (None, str(self.seed).encode(), "text/plain")))

        if not isinstance(self.remove_background_noise, Unset):
            files.append(
                ("remove_background_noise", (None, b"true" if self.remove_background_noise else b"false", "text/plain"))
            )

        if not isinstance(self.file_format, Unset):
            if isinstance(self.file_format, str) or self.file_format is None:
                files.append(("file_format", (None, str(self.file_format).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        audio_raw = d.pop("audio", MISSING)
        if audio_raw is MISSING:
            audio = missing_field(cls, "audio")
            _missing += ("audio",)
        else:
            try:
                audio = File(payload=BytesIO(audio_raw))
            except (KeyError, TypeError, ValueError, AttributeError):
                audio = deviating_field(cls, "audio", audio_raw)

        model_id = d.pop("model_id", UNSET)
        if model_id.__class__ is not str and model_id is not UNSET:
            model_id = unexpected_type(cls, "model_id", model_id, "a string")

        voice_settings = d.pop("voice_settings", UNSET)
        if voice_settings.__class__ is not str and voice_settings is not None and voice_settings is not UNSET:
            voice_settings = unexpected_type(cls, "voice_settings", voice_settings, "a string or null")

        seed = d.pop("seed", UNSET)
        if seed.__class__ is not int and seed is not None and seed is not UNSET:
            seed = unexpected_type(cls, "seed", seed, "an integer or null")

        remove_background_noise = d.pop("remove_background_noise", UNSET)
        if remove_background_noise.__class__ is not bool and remove_background_noise is not UNSET:
            remove_background_noise = unexpected_type(
                cls, "remove_background_noise", remove_background_noise, "a boolean"
            )

        file_format_raw = d.pop("file_format", UNSET)
        try:

            def _parse_file_format(
                data: object,
            ) -> BodySpeechToSpeechStreamingV1SpeechToSpeechVoiceIdStreamPostFileFormatType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, str):
                    raise TypeError(f"got {type(data).__name__}")
                file_format_type_0 = (
                    check_body_speech_to_speech_streaming_v1_speech_to_speech_voice_id_stream_post_file_format_type_0(
                        data
                    )
                )

                return file_format_type_0

            file_format = _parse_file_format(file_format_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            file_format = deviating_field(cls, "file_format", file_format_raw)

        body_speech_to_speech_streaming_v1_speech_to_speech_voice_id_stream_post = cls(
            audio=audio,
            model_id=model_id,
            voice_settings=voice_settings,
            seed=seed,
            remove_background_noise=remove_background_noise,
            file_format=file_format,
        )
        if _missing:
            body_speech_to_speech_streaming_v1_speech_to_speech_voice_id_stream_post._missing_fields = _missing
        body_speech_to_speech_streaming_v1_speech_to_speech_voice_id_stream_post.additional_properties = d
        return body_speech_to_speech_streaming_v1_speech_to_speech_voice_id_stream_post

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
