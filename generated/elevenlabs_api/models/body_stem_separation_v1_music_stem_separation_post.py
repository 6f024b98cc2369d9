from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    BodyStemSeparationV1MusicStemSeparationPostStemVariationId,
    check_body_stem_separation_v1_music_stem_separation_post_stem_variation_id,
)
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

T = TypeVar("T", bound="BodyStemSeparationV1MusicStemSeparationPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyStemSeparationV1MusicStemSeparationPost(Lazy):
    """Attributes:
    file (File): The audio file to separate into stems.
    stem_variation_id (BodyStemSeparationV1MusicStemSeparationPostStemVariationId | Unset): The id of the stem
        variation to use. Defaults to 'six_stems_v1' on the server.
    sign_with_c2pa (bool | Unset): Whether to sign the generated song with C2PA. Applicable only for mp3 files.
        Defaults to False on the server.
    """

    file: File

    stem_variation_id: BodyStemSeparationV1MusicStemSeparationPostStemVariationId | Unset = UNSET

    sign_with_c2pa: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("file",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        file: Any
        try:
            file = self.file.to_tuple()

        except (AttributeError, TypeError):
            file = self.file

        stem_variation_id: Any
        try:
            stem_variation_id = UNSET
            if not isinstance(self.stem_variation_id, Unset):
                stem_variation_id = self.stem_variation_id

        except (AttributeError, TypeError):
            stem_variation_id = self.stem_variation_id

        sign_with_c2pa = self.sign_with_c2pa

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file is not None or "file" not in self._missing_fields:
            field_dict["file"] = file
        if stem_variation_id is not UNSET:
            field_dict["stem_variation_id"] = stem_variation_id
        if sign_with_c2pa is not UNSET:
            field_dict["sign_with_c2pa"] = sign_with_c2pa
        return field_dict

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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_stem_separation_v1_music_stem_separation_post = cls.__new__(cls)
        body_stem_separation_v1_music_stem_separation_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_stem_separation_v1_music_stem_separation_post

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


def _read_file(cls: type[BodyStemSeparationV1MusicStemSeparationPost], d: Mapping[str, Any]) -> Any:
    file_raw = d.get("file", MISSING)
    if file_raw is MISSING:
        file = missing_field(cls, "file")
    else:
        try:
            file = File(payload=BytesIO(file_raw))
        except (KeyError, TypeError, ValueError, AttributeError):
            file = deviating_field(cls, "file", file_raw)

    return file


def _read_stem_variation_id(cls: type[BodyStemSeparationV1MusicStemSeparationPost], d: Mapping[str, Any]) -> Any:
    stem_variation_id_raw = d.get("stem_variation_id", UNSET)
    try:
        _stem_variation_id = stem_variation_id_raw
        stem_variation_id: BodyStemSeparationV1MusicStemSeparationPostStemVariationId | Unset
        if isinstance(_stem_variation_id, Unset):
            stem_variation_id = UNSET
        else:
            stem_variation_id = check_body_stem_separation_v1_music_stem_separation_post_stem_variation_id(
                _stem_variation_id
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        stem_variation_id = deviating_field(cls, "stem_variation_id", stem_variation_id_raw)

    return stem_variation_id


_read_sign_with_c2pa = plain_reader("sign_with_c2pa", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "file",
        "stem_variation_id",
        "sign_with_c2pa",
    )
)


def _read_additional_properties(
    cls: type[BodyStemSeparationV1MusicStemSeparationPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyStemSeparationV1MusicStemSeparationPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "file" in known:
        file = known["file"]
    else:
        file = _read_file(cls, d)

    if "stem_variation_id" in known:
        stem_variation_id = known["stem_variation_id"]
    else:
        stem_variation_id = d.get("stem_variation_id", UNSET)
        if stem_variation_id is not UNSET:
            stem_variation_id = _read_stem_variation_id(cls, d)

    sign_with_c2pa = d.get("sign_with_c2pa", UNSET)
    if sign_with_c2pa.__class__ is not bool and sign_with_c2pa is not UNSET:
        sign_with_c2pa = _read_sign_with_c2pa(cls, d)

    return {
        "file": file,
        "stem_variation_id": stem_variation_id,
        "sign_with_c2pa": sign_with_c2pa,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyStemSeparationV1MusicStemSeparationPost,
    _all_fields,
    {
        "file": _read_file,
        "stem_variation_id": _read_stem_variation_id,
        "sign_with_c2pa": _read_sign_with_c2pa,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
