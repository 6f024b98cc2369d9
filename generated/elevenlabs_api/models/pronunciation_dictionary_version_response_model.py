from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pronunciation_dictionary_version_response_model_permission_on_resource_type_0 import (
    PronunciationDictionaryVersionResponseModelPermissionOnResourceType0,
)
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        version_id = self.version_id

        version_rules_num = self.version_rules_num

        pronunciation_dictionary_id = self.pronunciation_dictionary_id

        dictionary_name = self.dictionary_name

        version_name = self.version_name

        permission_on_resource: Any
        try:
            if isinstance(self.permission_on_resource, str):
                permission_on_resource = self.permission_on_resource
            else:
                permission_on_resource = self.permission_on_resource

        except (AttributeError, TypeError):
            permission_on_resource = self.permission_on_resource

        created_by = self.created_by

        creation_time_unix = self.creation_time_unix

        archived_time_unix: Any
        try:
            archived_time_unix = self.archived_time_unix

        except (AttributeError, TypeError):
            archived_time_unix = self.archived_time_unix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if version_id is not None or "version_id" not in self._missing_fields:
            field_dict["version_id"] = version_id
        if version_rules_num is not None or "version_rules_num" not in self._missing_fields:
            field_dict["version_rules_num"] = version_rules_num
        if pronunciation_dictionary_id is not None or "pronunciation_dictionary_id" not in self._missing_fields:
            field_dict["pronunciation_dictionary_id"] = pronunciation_dictionary_id
        if dictionary_name is not None or "dictionary_name" not in self._missing_fields:
            field_dict["dictionary_name"] = dictionary_name
        if version_name is not None or "version_name" not in self._missing_fields:
            field_dict["version_name"] = version_name
        if permission_on_resource is not None or "permission_on_resource" not in self._missing_fields:
            field_dict["permission_on_resource"] = permission_on_resource
        if created_by is not None or "created_by" not in self._missing_fields:
            field_dict["created_by"] = created_by
        if creation_time_unix is not None or "creation_time_unix" not in self._missing_fields:
            field_dict["creation_time_unix"] = creation_time_unix
        if archived_time_unix is not UNSET:
            field_dict["archived_time_unix"] = archived_time_unix
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
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

        pronunciation_dictionary_id = d.pop("pronunciation_dictionary_id", MISSING)
        if pronunciation_dictionary_id.__class__ is not str:
            if pronunciation_dictionary_id is MISSING:
                pronunciation_dictionary_id = missing_field(cls, "pronunciation_dictionary_id")
                _missing += ("pronunciation_dictionary_id",)
            else:
                pronunciation_dictionary_id = unexpected_type(
                    cls, "pronunciation_dictionary_id", pronunciation_dictionary_id, "a string"
                )

        dictionary_name = d.pop("dictionary_name", MISSING)
        if dictionary_name.__class__ is not str:
            if dictionary_name is MISSING:
                dictionary_name = missing_field(cls, "dictionary_name")
                _missing += ("dictionary_name",)
            else:
                dictionary_name = unexpected_type(cls, "dictionary_name", dictionary_name, "a string")

        version_name = d.pop("version_name", MISSING)
        if version_name.__class__ is not str:
            if version_name is MISSING:
                version_name = missing_field(cls, "version_name")
                _missing += ("version_name",)
            else:
                version_name = unexpected_type(cls, "version_name", version_name, "a string")

        permission_on_resource = d.pop("permission_on_resource", MISSING)
        if permission_on_resource is not None and permission_on_resource.__class__ is not str:
            if permission_on_resource is MISSING:
                permission_on_resource = missing_field(cls, "permission_on_resource")
                _missing += ("permission_on_resource",)
            else:
                permission_on_resource = unexpected_type(
                    cls, "permission_on_resource", permission_on_resource, "null or a string"
                )

        created_by = d.pop("created_by", MISSING)
        if created_by.__class__ is not str:
            if created_by is MISSING:
                created_by = missing_field(cls, "created_by")
                _missing += ("created_by",)
            else:
                created_by = unexpected_type(cls, "created_by", created_by, "a string")

        creation_time_unix = d.pop("creation_time_unix", MISSING)
        if creation_time_unix.__class__ is not int:
            if creation_time_unix is MISSING:
                creation_time_unix = missing_field(cls, "creation_time_unix")
                _missing += ("creation_time_unix",)
            else:
                creation_time_unix = unexpected_type(cls, "creation_time_unix", creation_time_unix, "an integer")

        archived_time_unix = d.pop("archived_time_unix", UNSET)
        if (
            archived_time_unix.__class__ is not int
            and archived_time_unix is not None
            and archived_time_unix is not UNSET
        ):
            archived_time_unix = unexpected_type(cls, "archived_time_unix", archived_time_unix, "an integer or null")

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
        if _missing:
            pronunciation_dictionary_version_response_model._missing_fields = _missing
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
