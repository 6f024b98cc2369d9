from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import (
    ResourceAccessInfoAccessSourceType0,
    ResourceAccessInfoAnonymousAccessLevelOverrideType0,
    ResourceAccessInfoRoleType0,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ResourceAccessInfo(Lazy, AdditionalProperties[Any]):
    """Example:
        {'access_source': 'creator', 'creator_email': 'john.doe@example.com', 'creator_name': 'John Doe', 'is_creator':
        True, 'role': 'admin'}

    Attributes:
        is_creator: Whether the user making the request is the creator of the agent
        creator_name: Name of the agent's creator
        creator_email: Email of the agent's creator
        role: The role of the user making the request
        anonymous_access_level_override: The access level for anonymous users. If None, the resource is not shared
            publicly.
        access_source: Why the requesting user has access to this resource. 'creator' = caller is the owner. 'explicit'
            = caller (or one of their workspace groups) is listed in role_to_group_ids beyond the workspace-wide everyone
            group. 'workspace_default' = the workspace-wide everyone group is listed in role_to_group_ids (every non-anon
            workspace member, including admins, sees this resource). 'workspace_admin' = caller is a workspace admin and the
            admin seat is the *only* path to access; reserved for docs nobody else can see. Lets the UI disclose why an
            admin-bypass viewer sees a doc that wasn't explicitly shared with them.
    """

    is_creator: bool

    creator_name: str

    creator_email: str

    role: ResourceAccessInfoRoleType0 | str

    anonymous_access_level_override: None | ResourceAccessInfoAnonymousAccessLevelOverrideType0 | str | Unset = UNSET

    access_source: None | ResourceAccessInfoAccessSourceType0 | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("is_creator", "is_creator", BOOL, required=True),
        Field("creator_name", "creator_name", STR, required=True),
        Field("creator_email", "creator_email", STR, required=True),
        Field("role", "role", union(literal("ResourceAccessInfoRoleType0"), STR), required=True),
        Field(
            "anonymous_access_level_override",
            "anonymous_access_level_override",
            union(literal("ResourceAccessInfoAnonymousAccessLevelOverrideType0"), NULL, STR),
        ),
        Field("access_source", "access_source", union(literal("ResourceAccessInfoAccessSourceType0"), NULL, STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
