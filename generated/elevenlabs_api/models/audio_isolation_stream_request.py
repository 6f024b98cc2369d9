from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    FILE,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import (
    AudioIsolationStreamRequestFileFormatType0,
)
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class AudioIsolationStreamRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    audio: The audio file from which vocals/speech will be isolated from.
    file_format: The format of input audio. Options are 'pcm_s16le_16' or 'other' For `pcm_s16le_16`, the input
        audio must be 16-bit PCM at a 16kHz sample rate, single channel (mono), and little-endian byte order. Latency
        will be lower than with passing an encoded waveform. Defaults to 'other' on the server.
    """

    audio: File

    file_format: AudioIsolationStreamRequestFileFormatType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("audio", "audio", FILE, required=True),
        Field("file_format", "file_format", union(literal("AudioIsolationStreamRequestFileFormatType0"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("audio", self.audio.to_tuple()))

        if not isinstance(self.file_format, Unset):
            if isinstance(self.file_format, str) or self.file_format is None:
                files.append(("file_format", (None, str(self.file_format).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
