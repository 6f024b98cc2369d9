from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePostRole,
    WorkspaceResourceType,
    check_body_share_workspace_resource_v1_workspace_resources_resource_id_share_post_role,
    check_workspace_resource_type,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "role",
        "resource_type",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_share_workspace_resource_v1_workspace_resources_resource_id_share_post = cls.__new__(cls)
        body_share_workspace_resource_v1_workspace_resources_resource_id_share_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_role(
    cls: type[BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost], d: Mapping[str, Any]
) -> Any:
    role_raw = d.get("role", MISSING)
    if role_raw is MISSING:
        role = missing_field(cls, "role")
    else:
        try:
            role = check_body_share_workspace_resource_v1_workspace_resources_resource_id_share_post_role(role_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            role = deviating_field(cls, "role", role_raw)

    return role


def _read_resource_type(
    cls: type[BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost], d: Mapping[str, Any]
) -> Any:
    resource_type_raw = d.get("resource_type", MISSING)
    if resource_type_raw is MISSING:
        resource_type = missing_field(cls, "resource_type")
    else:
        try:
            resource_type = check_workspace_resource_type(resource_type_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            resource_type = deviating_field(cls, "resource_type", resource_type_raw)

    return resource_type


_read_user_email = plain_reader(
    "user_email",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_group_id = plain_reader(
    "group_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_workspace_api_key_id = plain_reader(
    "workspace_api_key_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "role",
        "resource_type",
        "user_email",
        "group_id",
        "workspace_api_key_id",
    )
)


def _read_additional_properties(
    cls: type[BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "role" in known:
        role = known["role"]
    else:
        role = _read_role(cls, d)

    if "resource_type" in known:
        resource_type = known["resource_type"]
    else:
        resource_type = _read_resource_type(cls, d)

    user_email = d.get("user_email", UNSET)
    if user_email.__class__ is not str and user_email is not None and user_email is not UNSET:
        user_email = _read_user_email(cls, d)

    group_id = d.get("group_id", UNSET)
    if group_id.__class__ is not str and group_id is not None and group_id is not UNSET:
        group_id = _read_group_id(cls, d)

    workspace_api_key_id = d.get("workspace_api_key_id", UNSET)
    if (
        workspace_api_key_id.__class__ is not str
        and workspace_api_key_id is not None
        and workspace_api_key_id is not UNSET
    ):
        workspace_api_key_id = _read_workspace_api_key_id(cls, d)

    return {
        "role": role,
        "resource_type": resource_type,
        "user_email": user_email,
        "group_id": group_id,
        "workspace_api_key_id": workspace_api_key_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyShareWorkspaceResourceV1WorkspaceResourcesResourceIdSharePost,
    _all_fields,
    {
        "role": _read_role,
        "resource_type": _read_resource_type,
        "user_email": _read_user_email,
        "group_id": _read_group_id,
        "workspace_api_key_id": _read_workspace_api_key_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
