from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_pronunciation_dictionary_metadata_response_model_permission_on_resource_type_0 import (
    GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0,
)
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="GetPronunciationDictionaryMetadataResponseModel")


@_attrs_define
class GetPronunciationDictionaryMetadataResponseModel:
    """Example:
        {'created_by': 'ar6633Es2kUjFXBdR1iVc9ztsXl1', 'creation_time_unix': 1714156800, 'description': 'This is a test
        dictionary', 'id': '5xM3yVvZQKV0EfqQpLrJ', 'latest_version_id': '5xM3yVvZQKV0EfqQpLr2',
        'latest_version_rules_num': 2, 'name': 'My Dictionary', 'permission_on_resource': 'admin'}

    Attributes:
        id (str): The ID of the pronunciation dictionary.
        latest_version_id (str): The ID of the latest version of the pronunciation dictionary.
        latest_version_rules_num (int): The number of rules in the latest version of the pronunciation dictionary.
        name (str): The name of the pronunciation dictionary.
        permission_on_resource (GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0 | None | str):
            The permission on the resource of the pronunciation dictionary.
        created_by (str): The user ID of the creator of the pronunciation dictionary.
        creation_time_unix (int): The creation time of the pronunciation dictionary in Unix timestamp.
        archived_time_unix (int | None | Unset): The archive time of the pronunciation dictionary in Unix timestamp.
        description (None | str | Unset): The description of the pronunciation dictionary.
    """

    id: str

    latest_version_id: str

    latest_version_rules_num: int

    name: str

    permission_on_resource: GetPronunciationDictionaryMetadataResponseModelPermissionOnResourceType0 | None | str

    created_by: str

    creation_time_unix: int

    archived_time_unix: int | None | Unset = UNSET

    description: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        latest_version_id = self.latest_version_id

        latest_version_rules_num = self.latest_version_rules_num

        name = self.name

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

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if latest_version_id is not None or "latest_version_id" not in self._missing_fields:
            field_dict["latest_version_id"] = latest_version_id
        if latest_version_rules_num is not None or "latest_version_rules_num" not in self._missing_fields:
            field_dict["latest_version_rules_num"] = latest_version_rules_num
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if permission_on_resource is not None or "permission_on_resource" not in self._missing_fields:
            field_dict["permission_on_resource"] = permission_on_resource
        if created_by is not None or "created_by" not in self._missing_fields:
            field_dict["created_by"] = created_by
        if creation_time_unix is not None or "creation_time_unix" not in self._missing_fields:
            field_dict["creation_time_unix"] = creation_time_unix
        if archived_time_unix is not UNSET:
            field_dict["archived_time_unix"] = archived_time_unix
        if description is not UNSET:
            field_dict["description"] = description
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

        latest_version_id = d.pop("latest_version_id", MISSING)
        if latest_version_id.__class__ is not str:
            if latest_version_id is MISSING:
                latest_version_id = missing_field(cls, "latest_version_id")
                _missing += ("latest_version_id",)
            else:
                latest_version_id = unexpected_type(cls, "latest_version_id", latest_version_id, "a string")

        latest_version_rules_num = d.pop("latest_version_rules_num", MISSING)
        if latest_version_rules_num.__class__ is not int:
            if latest_version_rules_num is MISSING:
                latest_version_rules_num = missing_field(cls, "latest_version_rules_num")
                _missing += ("latest_version_rules_num",)
            else:
                latest_version_rules_num = unexpected_type(
                    cls, "latest_version_rules_num", latest_version_rules_num, "an integer"
                )

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

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

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not None and description is not UNSET:
            description = unexpected_type(cls, "description", description, "a string or null")

        get_pronunciation_dictionary_metadata_response_model = cls(
            id=id,
            latest_version_id=latest_version_id,
            latest_version_rules_num=latest_version_rules_num,
            name=name,
            permission_on_resource=permission_on_resource,
            created_by=created_by,
            creation_time_unix=creation_time_unix,
            archived_time_unix=archived_time_unix,
            description=description,
        )
        if _missing:
            get_pronunciation_dictionary_metadata_response_model._missing_fields = _missing
        get_pronunciation_dictionary_metadata_response_model.additional_properties = d
        return get_pronunciation_dictionary_metadata_response_model

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
