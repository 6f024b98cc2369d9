from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.default_sharing_group_config_permission_level import (
    DefaultSharingGroupConfigPermissionLevel,
    check_default_sharing_group_config_permission_level,
)
from ..types import (
    MISSING,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="DefaultSharingGroupConfig")


@_attrs_define
class DefaultSharingGroupConfig:
    """Attributes:
    group_id (str): The ID of the group to share with
    permission_level (DefaultSharingGroupConfigPermissionLevel): The permission level to grant to the group
    """

    group_id: str

    permission_level: DefaultSharingGroupConfigPermissionLevel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        permission_level: Any
        try:
            permission_level = self.permission_level
        except (AttributeError, TypeError):
            permission_level = self.permission_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if group_id is not None or "group_id" not in self._missing_fields:
            field_dict["group_id"] = group_id
        if permission_level is not None or "permission_level" not in self._missing_fields:
            field_dict["permission_level"] = permission_level
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        group_id = d.pop("group_id", MISSING)
        if group_id.__class__ is not str:
            if group_id is MISSING:
                group_id = missing_field(cls, "group_id")
                _missing += ("group_id",)
            else:
                group_id = unexpected_type(cls, "group_id", group_id, "a string")

        permission_level_raw = d.pop("permission_level", MISSING)
        if permission_level_raw is MISSING:
            permission_level = missing_field(cls, "permission_level")
            _missing += ("permission_level",)
        else:
            try:
                permission_level = check_default_sharing_group_config_permission_level(permission_level_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                permission_level = deviating_field(cls, "permission_level", permission_level_raw)

        default_sharing_group_config = cls(
            group_id=group_id,
            permission_level=permission_level,
        )
        if _missing:
            default_sharing_group_config._missing_fields = _missing
        default_sharing_group_config.additional_properties = d
        return default_sharing_group_config

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
