from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    FILE,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import (
    SpeechToSpeechStreamRequestFileFormatType0,
)
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class SpeechToSpeechStreamRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    audio: The audio file which holds the content and emotion that will control the generated speech.
    model_id: Identifier of the model that will be used, you can query them using GET /v1/models. The model needs to
        have support for speech to speech, you can check this using the can_do_voice_conversion property. Defaults to
        'eleven_english_sts_v2' on the server.
    voice_settings: Voice settings overriding stored settings for the given voice. They are applied only on the
        given request. Needs to be send as a JSON encoded string.
    seed: If specified, our system will make a best effort to sample deterministically, such that repeated requests
        with the same seed and parameters should return the same result. Determinism is not guaranteed. Must be integer
        between 0 and 4294967295.
    remove_background_noise: If set, will remove the background noise from your audio input using our audio
        isolation model. Only applies to Voice Changer. Defaults to False on the server.
    file_format: The format of input audio. Options are 'pcm_s16le_16' or 'other' For `pcm_s16le_16`, the input
        audio must be 16-bit PCM at a 16kHz sample rate, single channel (mono), and little-endian byte order. Latency
        will be lower than with passing an encoded waveform. Defaults to 'other' on the server.
    """

    audio: File

    model_id: str | Unset = UNSET

    voice_settings: None | str | Unset = UNSET

    seed: int | None | Unset = UNSET

    remove_background_noise: bool | Unset = UNSET

    file_format: None | SpeechToSpeechStreamRequestFileFormatType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("audio", "audio", FILE, required=True),
        Field("model_id", "model_id", STR),
        Field("voice_settings", "voice_settings", union(STR, NULL)),
        Field("seed", "seed", union(INT, NULL)),
        Field("remove_background_noise", "remove_background_noise", BOOL),
        Field("file_format", "file_format", union(literal("SpeechToSpeechStreamRequestFileFormatType0"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )

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
