from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="BodyUpdatePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdPatch")


@_attrs_define
class BodyUpdatePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdPatch:
    """Attributes:
    archived (bool | Unset): Whether to archive the pronunciation dictionary.
    name (str | Unset): The name of the pronunciation dictionary, used for identification only.
    """

    archived: bool | Unset = UNSET

    name: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived = self.archived

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if archived is not UNSET:
            field_dict["archived"] = archived
        if name is not UNSET:
            field_dict["name"] = name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        archived = d.pop("archived", UNSET)
        if archived.__class__ is not bool and archived is not UNSET:
            archived = unexpected_type(cls, "archived", archived, "a boolean")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = unexpected_type(cls, "name", name, "a string")

        body_update_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_patch = cls(
            archived=archived,
            name=name,
        )
        body_update_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_patch.additional_properties = d
        return body_update_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_patch

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
