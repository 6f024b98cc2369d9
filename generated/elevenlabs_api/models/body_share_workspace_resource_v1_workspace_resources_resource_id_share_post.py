from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.body_share_workspace_resource_v1_workspace_resources_resource_id_share_post_role import (
    BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePostRole,
    check_body_share_workspace_resource_v1_workspace_resources_resource_id_share_post_role,
)
from ..models.workspace_resource_type import WorkspaceResourceType, check_workspace_resource_type
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost")


@_attrs_define
class BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost:
    """Attributes:
    role (BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePostRole): Role to grant to the target: one
        of 'admin', 'editor', 'commenter', or 'viewer'.
    resource_type (WorkspaceResourceType): Resource types that can be shared in the workspace. The name always need
        to match the collection names
    user_email (None | str | Unset): The email of the user or service account.
    group_id (None | str | Unset): The ID of the target group. Use 'default' to set the resource's baseline role —
        every workspace member receives this role unless they hold a higher one through a direct user grant, group
        membership, or workspace (service account) API key.
    workspace_api_key_id (None | str | Unset): The ID of the target workspace (service account) API key. This is not
        the API key string itself that you pass in the header for authentication — it is the key's ID, which workspace
        admins can find under Developers → Service Accounts.
    """

    role: BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePostRole

    resource_type: WorkspaceResourceType

    user_email: None | str | Unset = UNSET

    group_id: None | str | Unset = UNSET

    workspace_api_key_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        role: Any
        try:
            role = self.role
        except (AttributeError, TypeError):
            role = self.role

        resource_type: Any
        try:
            resource_type = self.resource_type
        except (AttributeError, TypeError):
            resource_type = self.resource_type

        user_email: Any
        try:
            user_email = self.user_email

        except (AttributeError, TypeError):
            user_email = self.user_email

        group_id: Any
        try:
            group_id = self.group_id

        except (AttributeError, TypeError):
            group_id = self.group_id

        workspace_api_key_id: Any
        try:
            workspace_api_key_id = self.workspace_api_key_id

        except (AttributeError, TypeError):
            workspace_api_key_id = self.workspace_api_key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if role is not None or "role" not in self._missing_fields:
            field_dict["role"] = role
        if resource_type is not None or "resource_type" not in self._missing_fields:
            field_dict["resource_type"] = resource_type
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if workspace_api_key_id is not UNSET:
            field_dict["workspace_api_key_id"] = workspace_api_key_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        role_raw = d.pop("role", MISSING)
        if role_raw is MISSING:
            role = missing_field(cls, "role")
            _missing += ("role",)
        else:
            try:
                role = check_body_share_workspace_resource_v1_workspace_resources_resource_id_share_post_role(role_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                role = deviating_field(cls, "role", role_raw)

        resource_type_raw = d.pop("resource_type", MISSING)
        if resource_type_raw is MISSING:
            resource_type = missing_field(cls, "resource_type")
            _missing += ("resource_type",)
        else:
            try:
                resource_type = check_workspace_resource_type(resource_type_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                resource_type = deviating_field(cls, "resource_type", resource_type_raw)

        user_email = d.pop("user_email", UNSET)
        if user_email.__class__ is not str and user_email is not None and user_email is not UNSET:
            user_email = unexpected_type(cls, "user_email", user_email, "a string or null")

        group_id = d.pop("group_id", UNSET)
        if group_id.__class__ is not str and group_id is not None and group_id is not UNSET:
            group_id = unexpected_type(cls, "group_id", group_id, "a string or null")

        workspace_api_key_id = d.pop("workspace_api_key_id", UNSET)
        if (
            workspace_api_key_id.__class__ is not str
            and workspace_api_key_id is not None
            and workspace_api_key_id is not UNSET
        ):
            workspace_api_key_id = unexpected_type(
                cls, "workspace_api_key_id", workspace_api_key_id, "a string or null"
            )

        body_share_workspace_resource_v1_workspace_resources_resource_id_share_post = cls(
            role=role,
            resource_type=resource_type,
            user_email=user_email,
            group_id=group_id,
            workspace_api_key_id=workspace_api_key_id,
        )
        if _missing:
            body_share_workspace_resource_v1_workspace_resources_resource_id_share_post._missing_fields = _missing
        body_share_workspace_resource_v1_workspace_resources_resource_id_share_post.additional_properties = d
        return body_share_workspace_resource_v1_workspace_resources_resource_id_share_post

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
