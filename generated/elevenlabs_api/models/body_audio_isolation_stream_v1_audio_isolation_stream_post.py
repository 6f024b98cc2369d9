from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.body_audio_isolation_stream_v1_audio_isolation_stream_post_file_format_type_0 import (
    BodyAudioIsolationStreamV1AudioIsolationStreamPostFileFormatType0,
    check_body_audio_isolation_stream_v1_audio_isolation_stream_post_file_format_type_0,
)
from ..types import (
    MISSING,
    UNSET,
    File,
    Unset,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="BodyAudioIsolationStreamV1AudioIsolationStreamPost")


@_attrs_define
class BodyAudioIsolationStreamV1AudioIsolationStreamPost:
    """Attributes:
    audio (File): The audio file from which vocals/speech will be isolated from.
    file_format (BodyAudioIsolationStreamV1AudioIsolationStreamPostFileFormatType0 | None | Unset): The format of
        input audio. Options are 'pcm_s16le_16' or 'other' For `pcm_s16le_16`, the input audio must be 16-bit PCM at a
        16kHz sample rate, single channel (mono), and little-endian byte order. Latency will be lower than with passing
        an encoded waveform. Default: 'other'.
    """

    audio: File

    file_format: BodyAudioIsolationStreamV1AudioIsolationStreamPostFileFormatType0 | None | Unset = "other"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        audio: Any
        try:
            audio = self.audio.to_tuple()

        except (AttributeError, TypeError):
            audio = self.audio

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
        if file_format is not UNSET:
            field_dict["file_format"] = file_format
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("audio", self.audio.to_tuple()))

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

        file_format_raw = d.pop("file_format", UNSET)
        try:

            def _parse_file_format(
                data: object,
            ) -> BodyAudioIsolationStreamV1AudioIsolationStreamPostFileFormatType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, str):
                    raise TypeError(f"got {type(data).__name__}")
                file_format_type_0 = (
                    check_body_audio_isolation_stream_v1_audio_isolation_stream_post_file_format_type_0(data)
                )

                return file_format_type_0

            file_format = _parse_file_format(file_format_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            file_format = deviating_field(cls, "file_format", file_format_raw)

        body_audio_isolation_stream_v1_audio_isolation_stream_post = cls(
            audio=audio,
            file_format=file_format,
        )
        if _missing:
            body_audio_isolation_stream_v1_audio_isolation_stream_post._missing_fields = _missing
        body_audio_isolation_stream_v1_audio_isolation_stream_post.additional_properties = d
        return body_audio_isolation_stream_v1_audio_isolation_stream_post

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
