from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pronunciation_dictionary_version_response_model_permission_on_resource_type_0 import (
    PronunciationDictionaryVersionResponseModelPermissionOnResourceType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PronunciationDictionaryVersionResponseModel")


@_attrs_define
class PronunciationDictionaryVersionResponseModel:
    """Attributes:
    version_id (str):
    version_rules_num (int):
    pronunciation_dictionary_id (str):
    dictionary_name (str):
    version_name (str):
    permission_on_resource (None | PronunciationDictionaryVersionResponseModelPermissionOnResourceType0 | str):
    created_by (str):
    creation_time_unix (int):
    archived_time_unix (int | None | Unset):
    """

    version_id: str

    version_rules_num: int

    pronunciation_dictionary_id: str

    dictionary_name: str

    version_name: str

    permission_on_resource: None | PronunciationDictionaryVersionResponseModelPermissionOnResourceType0 | str

    created_by: str

    creation_time_unix: int

    archived_time_unix: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_id = self.version_id

        version_rules_num = self.version_rules_num

        pronunciation_dictionary_id = self.pronunciation_dictionary_id

        dictionary_name = self.dictionary_name

        version_name = self.version_name

        permission_on_resource: None | str
        if isinstance(self.permission_on_resource, str):
            permission_on_resource = self.permission_on_resource
        else:
            permission_on_resource = self.permission_on_resource

        created_by = self.created_by

        creation_time_unix = self.creation_time_unix

        archived_time_unix: int | None | Unset = self.archived_time_unix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["version_id"] = version_id
        field_dict["version_rules_num"] = version_rules_num
        field_dict["pronunciation_dictionary_id"] = pronunciation_dictionary_id
        field_dict["dictionary_name"] = dictionary_name
        field_dict["version_name"] = version_name
        field_dict["permission_on_resource"] = permission_on_resource
        field_dict["created_by"] = created_by
        field_dict["creation_time_unix"] = creation_time_unix
        if archived_time_unix is not UNSET:
            field_dict["archived_time_unix"] = archived_time_unix
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        version_id = d.pop("version_id")

        version_rules_num = d.pop("version_rules_num")

        pronunciation_dictionary_id = d.pop("pronunciation_dictionary_id")

        dictionary_name = d.pop("dictionary_name")

        version_name = d.pop("version_name")

        permission_on_resource = d.pop("permission_on_resource")

        created_by = d.pop("created_by")

        creation_time_unix = d.pop("creation_time_unix")

        archived_time_unix = d.pop("archived_time_unix", UNSET)

        pronunciation_dictionary_version_response_model = cls(
            version_id=version_id,
            version_rules_num=version_rules_num,
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            dictionary_name=dictionary_name,
            version_name=version_name,
            permission_on_resource=permission_on_resource,
            created_by=created_by,
            creation_time_unix=creation_time_unix,
            archived_time_unix=archived_time_unix,
        )
        pronunciation_dictionary_version_response_model.additional_properties = d
        return pronunciation_dictionary_version_response_model

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
