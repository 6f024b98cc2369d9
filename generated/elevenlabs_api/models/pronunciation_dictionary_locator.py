from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class PronunciationDictionaryLocator(Lazy, AdditionalProperties[Any]):
    """Identifies a specific pronunciation dictionary to use

    Attributes:
        pronunciation_dictionary_id: The unique identifier of the pronunciation dictionary
        version_id: The version identifier of the pronunciation dictionary
    """

    pronunciation_dictionary_id: str

    version_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("pronunciation_dictionary_id", "pronunciation_dictionary_id", STR, required=True),
        Field("version_id", "version_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
