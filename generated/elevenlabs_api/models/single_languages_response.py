from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
)

T = TypeVar("T", bound="SingleLanguagesResponse")


@_attrs_define
class SingleLanguagesResponse:
    """Example:
        {'kind': 'single', 'languages': [{'code': 'en', 'label': 'English'}, {'code': 'es-ES', 'label': 'Spanish
        (Spain)'}, {'code': 'fr', 'label': 'French'}]}

    Attributes:
        languages (list[LanguageInfo]): The list of available languages.
        kind (Literal['single'] | Unset): Indicates this response contains single languages (not source-to-destination
            pairs). Default: 'single'.
    """

    languages: list[LanguageInfo]

    kind: Literal["single"] | Unset = "single"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("kind", "single")

    def to_dict(self) -> dict[str, Any]:
        languages: Any
        try:
            languages = []
            for languages_item_data in self.languages:
                languages_item = languages_item_data.to_dict()
                languages.append(languages_item)

        except (AttributeError, TypeError):
            languages = self.languages

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if languages is not None or "languages" not in self._missing_fields:
            field_dict["languages"] = languages
        if kind is not UNSET:
            field_dict["kind"] = kind
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        kind_raw = d.pop("kind", UNSET)
        kind = cast(Literal["single"] | Unset, kind_raw)
        if kind != "single" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'single', got '{kind}'")

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
                    languages_item = LanguageInfo.from_dict(languages_item_data)

                    languages.append(languages_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                languages = deviating_field(cls, "languages", languages_raw)

        single_languages_response = cls(
            languages=languages,
            kind=kind,
        )
        if _missing:
            single_languages_response._missing_fields = _missing
        single_languages_response.additional_properties = d
        return single_languages_response

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
from ..models.language_info import LanguageInfo
