from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.default_sharing_group_response_model_permission_level_type_0 import (
    DefaultSharingGroupResponseModelPermissionLevelType0,
)
from ..types import (
    MISSING,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="DefaultSharingGroupResponseModel")


@_attrs_define
class DefaultSharingGroupResponseModel:
    """Attributes:
    group (WorkspaceGroupResponseModel):
    permission_level (DefaultSharingGroupResponseModelPermissionLevelType0 | str): The permission level to grant to
        the group
    """

    group: WorkspaceGroupResponseModel

    permission_level: DefaultSharingGroupResponseModelPermissionLevelType0 | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        group: Any
        try:
            group = self.group.to_dict()
        except (AttributeError, TypeError):
            group = self.group

        permission_level: Any
        try:
            if isinstance(self.permission_level, str):
                permission_level = self.permission_level
            else:
                permission_level = self.permission_level

        except (AttributeError, TypeError):
            permission_level = self.permission_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if group is not None or "group" not in self._missing_fields:
            field_dict["group"] = group
        if permission_level is not None or "permission_level" not in self._missing_fields:
            field_dict["permission_level"] = permission_level
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        group_raw = d.pop("group", MISSING)
        if group_raw is MISSING:
            group = missing_field(cls, "group")
            _missing += ("group",)
        else:
            try:
                group = WorkspaceGroupResponseModel.from_dict(group_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                group = deviating_field(cls, "group", group_raw)

        permission_level = d.pop("permission_level", MISSING)
        if permission_level.__class__ is not str:
            if permission_level is MISSING:
                permission_level = missing_field(cls, "permission_level")
                _missing += ("permission_level",)
            else:
                permission_level = unexpected_type(cls, "permission_level", permission_level, "a string")

        default_sharing_group_response_model = cls(
            group=group,
            permission_level=permission_level,
        )
        if _missing:
            default_sharing_group_response_model._missing_fields = _missing
        default_sharing_group_response_model.additional_properties = d
        return default_sharing_group_response_model

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
from ..models.workspace_group_response_model import WorkspaceGroupResponseModel
