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


@_attrs_define(slots=False)
class PydanticPronunciationDictionaryVersionLocator(Lazy, AdditionalProperties[Any]):
    """A locator for other documents to be able to reference a specific dictionary and it's version.
    This is a pydantic version of PronunciationDictionaryVersionLocatorDBModel.
    Required to ensure compat with the rest of the agent data models.

    Attributes:
        pronunciation_dictionary_id: The ID of the pronunciation dictionary
        version_id: The ID of the version of the pronunciation dictionary
    """

    pronunciation_dictionary_id: str

    version_id: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("pronunciation_dictionary_id", "pronunciation_dictionary_id", STR, required=True),
        Field("version_id", "version_id", union(STR, NULL), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
