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

T = TypeVar("T", bound="PronunciationDictionaryRulesResponseModel")


@_attrs_define
class PronunciationDictionaryRulesResponseModel:
    """Example:
        {'id': '5xM3yVvZQKV0EfqQpLrJ', 'version_id': '5xM3yVvZQKV0EfqQpLr2', 'version_rules_num': 5}

    Attributes:
        id (str): The ID of the pronunciation dictionary.
        version_id (str): The version ID of the pronunciation dictionary.
        version_rules_num (int): The number of rules in the version of the pronunciation dictionary.
    """

    id: str

    version_id: str

    version_rules_num: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version_id = self.version_id

        version_rules_num = self.version_rules_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if version_id is not None or "version_id" not in self._missing_fields:
            field_dict["version_id"] = version_id
        if version_rules_num is not None or "version_rules_num" not in self._missing_fields:
            field_dict["version_rules_num"] = version_rules_num
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        version_id = d.pop("version_id", MISSING)
        if version_id.__class__ is not str:
            if version_id is MISSING:
                version_id = missing_field(cls, "version_id")
                _missing += ("version_id",)
            else:
                version_id = unexpected_type(cls, "version_id", version_id, "a string")

        version_rules_num = d.pop("version_rules_num", MISSING)
        if version_rules_num.__class__ is not int:
            if version_rules_num is MISSING:
                version_rules_num = missing_field(cls, "version_rules_num")
                _missing += ("version_rules_num",)
            else:
                version_rules_num = unexpected_type(cls, "version_rules_num", version_rules_num, "an integer")

        pronunciation_dictionary_rules_response_model = cls(
            id=id,
            version_id=version_id,
            version_rules_num=version_rules_num,
        )
        if _missing:
            pronunciation_dictionary_rules_response_model._missing_fields = _missing
        pronunciation_dictionary_rules_response_model.additional_properties = d
        return pronunciation_dictionary_rules_response_model

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
