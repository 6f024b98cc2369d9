from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyAddALanguageToTheResourceV1DubbingResourceDubbingIdLanguagePost")


@_attrs_define
class BodyAddALanguageToTheResourceV1DubbingResourceDubbingIdLanguagePost:
    """Attributes:
    language (None | str): The Target language.
    """

    language: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        language: Any
        try:
            language = self.language

        except (AttributeError, TypeError):
            language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if language is not None or "language" not in self._missing_fields:
            field_dict["language"] = language
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        language = d.pop("language", MISSING)
        if language.__class__ is not str and language is not None:
            if language is MISSING:
                language = missing_field(cls, "language")
                _missing += ("language",)
            else:
                language = unexpected_type(cls, "language", language, "a string or null")

        body_add_a_language_to_the_resource_v1_dubbing_resource_dubbing_id_language_post = cls(
            language=language,
        )
        if _missing:
            body_add_a_language_to_the_resource_v1_dubbing_resource_dubbing_id_language_post._missing_fields = _missing
        body_add_a_language_to_the_resource_v1_dubbing_resource_dubbing_id_language_post.additional_properties = d
        return body_add_a_language_to_the_resource_v1_dubbing_resource_dubbing_id_language_post

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
