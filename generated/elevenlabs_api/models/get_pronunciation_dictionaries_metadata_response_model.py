from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetPronunciationDictionariesMetadataResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'has_more': False, 'next_cursor': '5xM3yVvZQKV0EfqQpLr2', 'pronunciation_dictionaries': [{'created_by':
        'ar6633Es2kUjFXBdR1iVc9ztsXl1', 'creation_time_unix': 1714156800, 'description': 'This is a test dictionary',
        'id': '5xM3yVvZQKV0EfqQpLrJ', 'latest_version_id': '5xM3yVvZQKV0EfqQpLr2', 'latest_version_rules_num': 2,
        'name': 'My Dictionary', 'permission_on_resource': 'admin'}]}

    Attributes:
        pronunciation_dictionaries: A list of pronunciation dictionaries and their metadata.
        has_more: Whether there are more pronunciation dictionaries to fetch.
        next_cursor: The next cursor to use for pagination.
    """

    pronunciation_dictionaries: list[GetPronunciationDictionaryMetadataResponse]

    has_more: bool

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "pronunciation_dictionaries",
            "pronunciation_dictionaries",
            list_of(object_of("GetPronunciationDictionaryMetadataResponse")),
            required=True,
        ),
        Field("has_more", "has_more", BOOL, required=True),
        Field("next_cursor", "next_cursor", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.get_pronunciation_dictionary_metadata_response import GetPronunciationDictionaryMetadataResponse
