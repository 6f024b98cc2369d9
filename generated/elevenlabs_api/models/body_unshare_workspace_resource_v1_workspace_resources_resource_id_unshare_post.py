from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import WorkspaceResourceType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyUnshareWorkspaceResourceV1WorkspaceResourcesResourceIdUnsharePost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    resource_type: Resource types that can be shared in the workspace. The name always need to match the collection
        names
    user_email: The email of the user or service account.
    group_id: The ID of the target group. Use 'default' to set the resource's baseline role — every workspace member
        receives this role unless they hold a higher one through a direct user grant, group membership, or workspace
        (service account) API key.
    workspace_api_key_id: The ID of the target workspace (service account) API key. This is not the API key string
        itself that you pass in the header for authentication — it is the key's ID, which workspace admins can find
        under Developers → Service Accounts.
    """

    resource_type: WorkspaceResourceType

    user_email: None | str | Unset = UNSET

    group_id: None | str | Unset = UNSET

    workspace_api_key_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("resource_type", "resource_type", literal("WorkspaceResourceType"), required=True),
        Field("user_email", "user_email", union(STR, NULL)),
        Field("group_id", "group_id", union(STR, NULL)),
        Field("workspace_api_key_id", "workspace_api_key_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
