from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_group_permission import WorkspaceGroupPermission
from ..types import (
    MISSING,
    UNSET,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="WorkspaceGroupResponseModel")


@_attrs_define
class WorkspaceGroupResponseModel:
    """Attributes:
    name (str):
    id (str):
    members (list[str]):
    permissions (list[str | WorkspaceGroupPermission] | None):
    group_usage_limit (int | Literal['unlimited'] | None | Unset):
    group_pvc_limit (int | Literal['unlimited'] | None | Unset):
    character_count (int | None | Unset):
    is_scim_synced (bool | Unset):  Default: False.
    scim_group (None | ScimGroupResponseModel | Unset):
    scim_frozen (bool | Unset):  Default: False.
    """

    name: str

    id: str

    members: list[str]

    permissions: list[str | WorkspaceGroupPermission] | None

    group_usage_limit: int | Literal["unlimited"] | None | Unset = UNSET

    group_pvc_limit: int | Literal["unlimited"] | None | Unset = UNSET

    character_count: int | None | Unset = UNSET

    is_scim_synced: bool | Unset = False

    scim_group: None | ScimGroupResponseModel | Unset = UNSET

    scim_frozen: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        members: Any
        try:
            members = self.members

        except (AttributeError, TypeError):
            members = self.members

        permissions: Any
        try:
            if isinstance(self.permissions, list):
                permissions = []
                for permissions_type_0_item_data in self.permissions:
                    permissions_type_0_item: str
                    if isinstance(permissions_type_0_item_data, str):
                        permissions_type_0_item = permissions_type_0_item_data
                    else:
                        permissions_type_0_item = permissions_type_0_item_data

                    permissions.append(permissions_type_0_item)

            else:
                permissions = self.permissions

        except (AttributeError, TypeError):
            permissions = self.permissions

        group_usage_limit: Any
        try:
            group_usage_limit = self.group_usage_limit

        except (AttributeError, TypeError):
            group_usage_limit = self.group_usage_limit

        group_pvc_limit: Any
        try:
            group_pvc_limit = self.group_pvc_limit

        except (AttributeError, TypeError):
            group_pvc_limit = self.group_pvc_limit

        character_count: Any
        try:
            character_count = self.character_count

        except (AttributeError, TypeError):
            character_count = self.character_count

        is_scim_synced = self.is_scim_synced

        scim_group: Any
        try:
            if isinstance(self.scim_group, Unset):
                scim_group = UNSET
            elif isinstance(self.scim_group, ScimGroupResponseModel):
                scim_group = self.scim_group.to_dict()
            else:
                scim_group = self.scim_group

        except (AttributeError, TypeError):
            scim_group = self.scim_group

        scim_frozen = self.scim_frozen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if members is not None or "members" not in self._missing_fields:
            field_dict["members"] = members
        if permissions is not None or "permissions" not in self._missing_fields:
            field_dict["permissions"] = permissions
        if group_usage_limit is not UNSET:
            field_dict["group_usage_limit"] = group_usage_limit
        if group_pvc_limit is not UNSET:
            field_dict["group_pvc_limit"] = group_pvc_limit
        if character_count is not UNSET:
            field_dict["character_count"] = character_count
        if is_scim_synced is not UNSET:
            field_dict["is_scim_synced"] = is_scim_synced
        if scim_group is not UNSET:
            field_dict["scim_group"] = scim_group
        if scim_frozen is not UNSET:
            field_dict["scim_frozen"] = scim_frozen
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        members = d.pop("members", MISSING)
        if members.__class__ is not list:
            if members is MISSING:
                members = missing_field(cls, "members")
                _missing += ("members",)
            else:
                members = unexpected_type(cls, "members", members, "an array")
        elif members.__class__ is list and members:
            check_items(cls, "members", members, (str,), "a string")

        permissions_raw = d.pop("permissions", MISSING)
        if permissions_raw is MISSING:
            permissions = missing_field(cls, "permissions")
            _missing += ("permissions",)
        else:
            try:

                def _parse_permissions(data: object) -> list[str | WorkspaceGroupPermission] | None:
                    if data is None:
                        return data

                    if not isinstance(data, list):
                        raise TypeError(f"got {type(data).__name__}")
                    permissions_type_0 = []
                    _permissions_type_0 = data
                    for permissions_type_0_item_data in _permissions_type_0:
                        permissions_type_0_item = permissions_type_0_item_data

                        permissions_type_0.append(permissions_type_0_item)

                    return permissions_type_0

                permissions = _parse_permissions(permissions_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                permissions = deviating_field(cls, "permissions", permissions_raw)

        group_usage_limit_raw = d.pop("group_usage_limit", UNSET)
        try:

            def _parse_group_usage_limit(data: object) -> int | Literal["unlimited"] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    group_usage_limit_type_1 = cast(Literal["unlimited"], data)
                    if group_usage_limit_type_1 != "unlimited":
                        raise ValueError(
                            f"group_usage_limit_type_1 must match const 'unlimited', got '{group_usage_limit_type_1}'"
                        )
                    return group_usage_limit_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("int | Literal['unlimited'] | None | Unset", data)

            group_usage_limit = _parse_group_usage_limit(group_usage_limit_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            group_usage_limit = deviating_field(cls, "group_usage_limit", group_usage_limit_raw)

        group_pvc_limit_raw = d.pop("group_pvc_limit", UNSET)
        try:

            def _parse_group_pvc_limit(data: object) -> int | Literal["unlimited"] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    group_pvc_limit_type_1 = cast(Literal["unlimited"], data)
                    if group_pvc_limit_type_1 != "unlimited":
                        raise ValueError(
                            f"group_pvc_limit_type_1 must match const 'unlimited', got '{group_pvc_limit_type_1}'"
                        )
                    return group_pvc_limit_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("int | Literal['unlimited'] | None | Unset", data)

            group_pvc_limit = _parse_group_pvc_limit(group_pvc_limit_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            group_pvc_limit = deviating_field(cls, "group_pvc_limit", group_pvc_limit_raw)

        character_count = d.pop("character_count", UNSET)
        if character_count.__class__ is not int and character_count is not None and character_count is not UNSET:
            character_count = unexpected_type(cls, "character_count", character_count, "an integer or null")

        is_scim_synced = d.pop("is_scim_synced", UNSET)
        if is_scim_synced.__class__ is not bool and is_scim_synced is not UNSET:
            is_scim_synced = unexpected_type(cls, "is_scim_synced", is_scim_synced, "a boolean")

        scim_group_raw = d.pop("scim_group", UNSET)
        try:

            def _parse_scim_group(data: object) -> None | ScimGroupResponseModel | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                scim_group_type_0 = ScimGroupResponseModel.from_dict(data)

                return scim_group_type_0

            scim_group = _parse_scim_group(scim_group_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            scim_group = deviating_field(cls, "scim_group", scim_group_raw)

        scim_frozen = d.pop("scim_frozen", UNSET)
        if scim_frozen.__class__ is not bool and scim_frozen is not UNSET:
            scim_frozen = unexpected_type(cls, "scim_frozen", scim_frozen, "a boolean")

        workspace_group_response_model = cls(
            name=name,
            id=id,
            members=members,
            permissions=permissions,
            group_usage_limit=group_usage_limit,
            group_pvc_limit=group_pvc_limit,
            character_count=character_count,
            is_scim_synced=is_scim_synced,
            scim_group=scim_group,
            scim_frozen=scim_frozen,
        )
        if _missing:
            workspace_group_response_model._missing_fields = _missing
        workspace_group_response_model.additional_properties = d
        return workspace_group_response_model

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
from ..models.scim_group_response_model import ScimGroupResponseModel
