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
)
from ..models._literals import (
    BodyStemSeparationV1MusicStemSeparationPostStemVariationId,
)
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class BodyStemSeparationV1MusicStemSeparationPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    file: The audio file to separate into stems.
    stem_variation_id: The id of the stem variation to use. Defaults to 'six_stems_v1' on the server.
    sign_with_c2pa: Whether to sign the generated song with C2PA. Applicable only for mp3 files. Defaults to False
        on the server.
    """

    file: File

    stem_variation_id: BodyStemSeparationV1MusicStemSeparationPostStemVariationId | Unset = UNSET

    sign_with_c2pa: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("file", "file", FILE, required=True),
        Field(
            "stem_variation_id",
            "stem_variation_id",
            literal("BodyStemSeparationV1MusicStemSeparationPostStemVariationId"),
        ),
        Field("sign_with_c2pa", "sign_with_c2pa", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.stem_variation_id, Unset):
            files.append(("stem_variation_id", (None, str(self.stem_variation_id).encode(), "text/plain")))

        if not isinstance(self.sign_with_c2pa, Unset):
            files.append(("sign_with_c2pa", (None, b"true" if self.sign_with_c2pa else b"false", "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
