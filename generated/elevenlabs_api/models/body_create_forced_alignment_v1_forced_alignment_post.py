from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    FILE,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import File


@_attrs_define(slots=False)
class BodyCreateForcedAlignmentV1ForcedAlignmentPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    file: The file to align. All major audio formats are supported. The file size must be less than 1GB.
    text: The text to align with the audio. The input text can be in any format, however diarization is not
        supported at this time.
    """

    file: File

    text: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("file", "file", FILE, required=True),
        Field("text", "text", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("file", self.file.to_tuple()))

        files.append(("text", (None, str(self.text).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
