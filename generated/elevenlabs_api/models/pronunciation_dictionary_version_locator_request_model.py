from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class PronunciationDictionaryVersionLocatorRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    pronunciation_dictionary_id: The ID of the pronunciation dictionary.
    version_id: The ID of the version of the pronunciation dictionary. If not provided, the latest version will be
        used.
    """

    pronunciation_dictionary_id: str

    version_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("pronunciation_dictionary_id", "pronunciation_dictionary_id", STR, required=True),
        Field("version_id", "version_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
