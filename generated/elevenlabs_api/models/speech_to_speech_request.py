from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import SpeechToSpeechRequestFileFormatType0, check_speech_to_speech_request_file_format_type_0
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    File,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SpeechToSpeechRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SpeechToSpeechRequest(Lazy):
    """Attributes:
    audio (File): The audio file which holds the content and emotion that will control the generated speech.
    model_id (str | Unset): Identifier of the model that will be used, you can query them using GET /v1/models. The
        model needs to have support for speech to speech, you can check this using the can_do_voice_conversion property.
        Defaults to 'eleven_english_sts_v2' on the server.
    voice_settings (None | str | Unset): Voice settings overriding stored settings for the given voice. They are
        applied only on the given request. Needs to be send as a JSON encoded string.
    seed (int | None | Unset): If specified, our system will make a best effort to sample deterministically, such
        that repeated requests with the same seed and parameters should return the same result. Determinism is not
        guaranteed. Must be integer between 0 and 4294967295.
    remove_background_noise (bool | Unset): If set, will remove the background noise from your audio input using our
        audio isolation model. Only applies to Voice Changer. Defaults to False on the server.
    file_format (None | SpeechToSpeechRequestFileFormatType0 | Unset): The format of input audio. Options are
        'pcm_s16le_16' or 'other' For `pcm_s16le_16`, the input audio must be 16-bit PCM at a 16kHz sample rate, single
        channel (mono), and little-endian byte order. Latency will be lower than with passing an encoded waveform.
        Defaults to 'other' on the server.
    """

    audio: File

    model_id: str | Unset = UNSET

    voice_settings: None | str | Unset = UNSET

    seed: int | None | Unset = UNSET

    remove_background_noise: bool | Unset = UNSET

    file_format: None | SpeechToSpeechRequestFileFormatType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("audio",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        speech_to_speech_request = cls.__new__(cls)
        speech_to_speech_request.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return speech_to_speech_request

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


def _read_audio(cls: type[SpeechToSpeechRequest], d: Mapping[str, Any]) -> Any:
    audio_raw = d.get("audio", MISSING)
    if audio_raw is MISSING:
        audio = missing_field(cls, "audio")
    else:
        try:
            audio = File(payload=BytesIO(audio_raw))
        except (KeyError, TypeError, ValueError, AttributeError):
            audio = deviating_field(cls, "audio", audio_raw)

    return audio


_read_model_id = plain_reader("model_id", (str,), "a string", False)

_read_voice_settings = plain_reader(
    "voice_settings",
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

_read_remove_background_noise = plain_reader("remove_background_noise", (bool,), "a boolean", False)


def _read_file_format(cls: type[SpeechToSpeechRequest], d: Mapping[str, Any]) -> Any:
    file_format_raw = d.get("file_format", UNSET)
    try:

        def _parse_file_format(data: object) -> None | SpeechToSpeechRequestFileFormatType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            file_format_type_0 = check_speech_to_speech_request_file_format_type_0(data)

            return file_format_type_0

        file_format = _parse_file_format(file_format_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        file_format = deviating_field(cls, "file_format", file_format_raw)

    return file_format


_FIELDS: frozenset[str] = frozenset(
    (
        "audio",
        "model_id",
        "voice_settings",
        "seed",
        "remove_background_noise",
        "file_format",
    )
)


def _read_additional_properties(cls: type[SpeechToSpeechRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SpeechToSpeechRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "audio" in known:
        audio = known["audio"]
    else:
        audio = _read_audio(cls, d)

    model_id = d.get("model_id", UNSET)
    if model_id.__class__ is not str and model_id is not UNSET:
        model_id = _read_model_id(cls, d)

    voice_settings = d.get("voice_settings", UNSET)
    if voice_settings.__class__ is not str and voice_settings is not None and voice_settings is not UNSET:
        voice_settings = _read_voice_settings(cls, d)

    seed = d.get("seed", UNSET)
    if seed.__class__ is not int and seed is not None and seed is not UNSET:
        seed = _read_seed(cls, d)

    remove_background_noise = d.get("remove_background_noise", UNSET)
    if remove_background_noise.__class__ is not bool and remove_background_noise is not UNSET:
        remove_background_noise = _read_remove_background_noise(cls, d)

    if "file_format" in known:
        file_format = known["file_format"]
    else:
        file_format = d.get("file_format", UNSET)
        if file_format is not UNSET and file_format is not None:
            file_format = _read_file_format(cls, d)

    return {
        "audio": audio,
        "model_id": model_id,
        "voice_settings": voice_settings,
        "seed": seed,
        "remove_background_noise": remove_background_noise,
        "file_format": file_format,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SpeechToSpeechRequest,
    _all_fields,
    {
        "audio": _read_audio,
        "model_id": _read_model_id,
        "voice_settings": _read_voice_settings,
        "seed": _read_seed,
        "remove_background_noise": _read_remove_background_noise,
        "file_format": _read_file_format,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
