from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    FILE,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import MusicModelId
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class BodyUploadMusicV1MusicUploadPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    file: The audio file to upload.
    extract_composition_plan: Whether to generate and return the composition plan for the uploaded song. Pass a
        model id (`music_v1` or `music_v2`) to control which composition plan format is returned. Passing `true`/`false`
        is deprecated; `true` defaults to the `music_v1` plan format. Enabling this will increase the latency.
    with_timestamps: Whether to transcribe the uploaded song and return word-level timestamps. If True, the response
        will include words_timestamps but will increase the latency. Defaults to False on the server.
    """

    file: File

    extract_composition_plan: bool | MusicModelId | Unset = UNSET

    with_timestamps: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("file", "file", FILE, required=True),
        Field("extract_composition_plan", "extract_composition_plan", union(BOOL, literal("MusicModelId"))),
        Field("with_timestamps", "with_timestamps", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.extract_composition_plan, Unset):
            if isinstance(self.extract_composition_plan, bool):
                files.append(
                    (
                        "extract_composition_plan",
                        (None, b"true" if self.extract_composition_plan else b"false", "text/plain"),
                    )
                )
            elif isinstance(self.extract_composition_plan, str):
                files.append(
                    ("extract_composition_plan", (None, str(self.extract_composition_plan).encode(), "text/plain"))
                )

        if not isinstance(self.with_timestamps, Unset):
            files.append(("with_timestamps", (None, b"true" if self.with_timestamps else b"false", "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
