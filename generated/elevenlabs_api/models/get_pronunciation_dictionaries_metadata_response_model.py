from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetPronunciationDictionariesMetadataResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetPronunciationDictionariesMetadataResponseModel(Lazy):
    """Example:
        {'has_more': False, 'next_cursor': '5xM3yVvZQKV0EfqQpLr2', 'pronunciation_dictionaries': [{'created_by':
        'ar6633Es2kUjFXBdR1iVc9ztsXl1', 'creation_time_unix': 1714156800, 'description': 'This is a test dictionary',
        'id': '5xM3yVvZQKV0EfqQpLrJ', 'latest_version_id': '5xM3yVvZQKV0EfqQpLr2', 'latest_version_rules_num': 2,
        'name': 'My Dictionary', 'permission_on_resource': 'admin'}]}

    Attributes:
        pronunciation_dictionaries (list[GetPronunciationDictionaryMetadataResponse]): A list of pronunciation
            dictionaries and their metadata.
        has_more (bool): Whether there are more pronunciation dictionaries to fetch.
        next_cursor (None | str | Unset): The next cursor to use for pagination.
    """

    pronunciation_dictionaries: list[GetPronunciationDictionaryMetadataResponse]

    has_more: bool

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "pronunciation_dictionaries",
        "has_more",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        pronunciation_dictionaries: Any
        try:
            pronunciation_dictionaries = []
            for pronunciation_dictionaries_item_data in self.pronunciation_dictionaries:
                pronunciation_dictionaries_item = pronunciation_dictionaries_item_data.to_dict()
                pronunciation_dictionaries.append(pronunciation_dictionaries_item)

        except (AttributeError, TypeError):
            pronunciation_dictionaries = self.pronunciation_dictionaries

        has_more = self.has_more

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if pronunciation_dictionaries is not None or "pronunciation_dictionaries" not in self._missing_fields:
            field_dict["pronunciation_dictionaries"] = pronunciation_dictionaries
        if has_more is not None or "has_more" not in self._missing_fields:
            field_dict["has_more"] = has_more
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_pronunciation_dictionaries_metadata_response_model = cls.__new__(cls)
        get_pronunciation_dictionaries_metadata_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_pronunciation_dictionaries_metadata_response_model

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


def _read_pronunciation_dictionaries(
    cls: type[GetPronunciationDictionariesMetadataResponseModel], d: Mapping[str, Any]
) -> Any:
    pronunciation_dictionaries_raw = d.get("pronunciation_dictionaries", MISSING)
    if pronunciation_dictionaries_raw is MISSING:
        pronunciation_dictionaries = missing_field(cls, "pronunciation_dictionaries")
    else:
        try:
            expect_array("pronunciation_dictionaries", pronunciation_dictionaries_raw)
            pronunciation_dictionaries = []
            _pronunciation_dictionaries = pronunciation_dictionaries_raw
            for pronunciation_dictionaries_item_data in _pronunciation_dictionaries:
                pronunciation_dictionaries_item = GetPronunciationDictionaryMetadataResponse.from_dict(
                    pronunciation_dictionaries_item_data
                )

                pronunciation_dictionaries.append(pronunciation_dictionaries_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            pronunciation_dictionaries = deviating_field(
                cls, "pronunciation_dictionaries", pronunciation_dictionaries_raw
            )

    return pronunciation_dictionaries


_read_has_more = plain_reader("has_more", (bool,), "a boolean", True)

_read_next_cursor = plain_reader(
    "next_cursor",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "pronunciation_dictionaries",
        "has_more",
        "next_cursor",
    )
)


def _read_additional_properties(
    cls: type[GetPronunciationDictionariesMetadataResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetPronunciationDictionariesMetadataResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "pronunciation_dictionaries" in known:
        pronunciation_dictionaries = known["pronunciation_dictionaries"]
    else:
        pronunciation_dictionaries = _read_pronunciation_dictionaries(cls, d)

    has_more = d.get("has_more", MISSING)
    if has_more.__class__ is not bool:
        has_more = _read_has_more(cls, d)

    next_cursor = d.get("next_cursor", UNSET)
    if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
        next_cursor = _read_next_cursor(cls, d)

    return {
        "pronunciation_dictionaries": pronunciation_dictionaries,
        "has_more": has_more,
        "next_cursor": next_cursor,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetPronunciationDictionariesMetadataResponseModel,
    _all_fields,
    {
        "pronunciation_dictionaries": _read_pronunciation_dictionaries,
        "has_more": _read_has_more,
        "next_cursor": _read_next_cursor,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.get_pronunciation_dictionary_metadata_response import GetPronunciationDictionaryMetadataResponse
