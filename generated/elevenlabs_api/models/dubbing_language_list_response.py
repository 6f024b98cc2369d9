from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="DubbingLanguageListResponse")


@_attrs_define
class DubbingLanguageListResponse:
    """Attributes:
    languages (list[DubbingLanguageResponse]): The page of language targets for the project.
    next_cursor (None | str | Unset): Cursor for the next page, or null when there are no more results.
    """

    languages: list[DubbingLanguageResponse]

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        languages: Any
        try:
            languages = []
            for languages_item_data in self.languages:
                languages_item = languages_item_data.to_dict()
                languages.append(languages_item)

        except (AttributeError, TypeError):
            languages = self.languages

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if languages is not None or "languages" not in self._missing_fields:
            field_dict["languages"] = languages
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        languages_raw = d.pop("languages", MISSING)
        if languages_raw is MISSING:
            languages = missing_field(cls, "languages")
            _missing += ("languages",)
        else:
            try:
                expect_array("languages", languages_raw)
                languages = []
                _languages = languages_raw
                for languages_item_data in _languages:
                    languages_item = DubbingLanguageResponse.from_dict(languages_item_data)

                    languages.append(languages_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                languages = deviating_field(cls, "languages", languages_raw)

        next_cursor = d.pop("next_cursor", UNSET)
        if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
            next_cursor = unexpected_type(cls, "next_cursor", next_cursor, "a string or null")

        dubbing_language_list_response = cls(
            languages=languages,
            next_cursor=next_cursor,
        )
        if _missing:
            dubbing_language_list_response._missing_fields = _missing
        dubbing_language_list_response.additional_properties = d
        return dubbing_language_list_response

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_language_response import DubbingLanguageResponse
