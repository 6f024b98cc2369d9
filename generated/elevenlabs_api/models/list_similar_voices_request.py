from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    FILE,
    FLOAT,
    INT,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class ListSimilarVoicesRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    similarity_threshold: Threshold for voice similarity between provided sample and library voices. Values range
        from 0 to 2. The smaller the value the more similar voices will be returned.
    top_k: Number of most similar voices to return. If similarity_threshold is provided, less than this number of
        voices may be returned. Values range from 1 to 100.
    """

    audio_file: File | Unset = UNSET

    similarity_threshold: float | None | Unset = UNSET

    top_k: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("audio_file", "audio_file", FILE),
        Field("similarity_threshold", "similarity_threshold", union(FLOAT, NULL)),
        Field("top_k", "top_k", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if not isinstance(self.audio_file, Unset):
            files.append(("audio_file", self.audio_file.to_tuple()))

        if not isinstance(self.similarity_threshold, Unset):
            if isinstance(self.similarity_threshold, float) or self.similarity_threshold is None:
                files.append(("similarity_threshold", (None, str(self.similarity_threshold).encode(), "text/plain")))

        if not isinstance(self.top_k, Unset):
            if isinstance(self.top_k, int) or self.top_k is None:
                files.append(("top_k", (None, str(self.top_k).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
