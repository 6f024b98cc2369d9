from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    NULL,
    STR,
    Field,
    Lazy,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class PronunciationDictionaryVersionLocatorModel(Lazy):
    """A pronunciation dictionary to apply during speech synthesis.

    Attributes:
        pronunciation_dictionary_id: The ID of a pronunciation dictionary created via `POST /v1/pronunciation-
            dictionaries/add-from-file` or `POST /v1/pronunciation-dictionaries/add-from-rules`.
        version_id: The version of the dictionary to use. Omit to use the latest version.
    """

    pronunciation_dictionary_id: str

    version_id: None | str | Unset = UNSET

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("pronunciation_dictionary_id", "pronunciation_dictionary_id", STR, required=True),
        Field("version_id", "version_id", union(STR, NULL)),
    )
