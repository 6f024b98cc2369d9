from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, literal, object_of, union
from ..models._literals import (
    ResourceMetadataResponseModelAnonymousAccessLevelOverrideType0,
    ShareOptionResponseModelTypeType0,
    WorkspaceResourceType,
)


@_attrs_define(slots=False)
class ResourceMetadataResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'anonymous_access_level_override': 'viewer', 'creator_user_id': '5zavrE1kZXv2lFw9BKgEkf0B5Wqo', 'resource_id':
        '4ZUqyldxf71HqUbcP2Lc', 'resource_name': 'My Custom Voice', 'resource_type': 'voice', 'role_to_group_ids':
        {'admin': ['5zavrE1kZXv2lFw9BKgEkf0B5Wqo'], 'editor': ['8ruQDGM2R4w1mFbHI5aROCUjIpJZ'],
        'role_01jd7yq2k8f0abcd1234wxyz': ['9mQrTx4vNb2wKpLs6ZyE1cHgUdFa'], 'viewer': []}, 'share_options': [{'id':
        'i2YYI6huwBmcgYydAXARmQJc3pmX', 'name': 'user@example.com', 'type': 'user'}, {'id':
        'x1AfvYKAmiqxCnbvZeNXHqqthJaC', 'name': 'mygroup', 'type': 'group'}]}

    Attributes:
        resource_id: The ID of the resource.
        resource_name: The name of the resource, if available.
        resource_type: The type of the resource.
        creator_user_id: The ID of the user who created the resource.
        anonymous_access_level_override: The access level for anonymous users. If None, the resource is not shared
            publicly.
        role_to_group_ids: A mapping of grant slots to group IDs. Keys are the preset access roles plus workspace
            custom-role ids ('role_...'). When the resource is shared with a user, the group id is the user's id.
        share_options: List of options for sharing the resource further in the workspace. These are users who don't have
            access to the resource yet.
    """

    resource_id: str

    resource_name: None | str = _attrs_field(default=None, kw_only=True)

    resource_type: str | WorkspaceResourceType

    creator_user_id: None | str = _attrs_field(default=None, kw_only=True)

    anonymous_access_level_override: None | ResourceMetadataResponseModelAnonymousAccessLevelOverrideType0 | str = (
        _attrs_field(default=None, kw_only=True)
    )

    role_to_group_ids: ResourceMetadataResponseModelRoleToGroupIds

    share_options: list[ShareOptionResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("resource_id", "resource_id", STR, required=True),
        Field("resource_name", "resource_name", union(STR, NULL), required=True),
        Field("resource_type", "resource_type", union(literal("WorkspaceResourceType"), STR), required=True),
        Field("creator_user_id", "creator_user_id", union(STR, NULL), required=True),
        Field(
            "anonymous_access_level_override",
            "anonymous_access_level_override",
            union(literal("ResourceMetadataResponseModelAnonymousAccessLevelOverrideType0"), NULL, STR),
            required=True,
        ),
        Field(
            "role_to_group_ids",
            "role_to_group_ids",
            object_of("ResourceMetadataResponseModelRoleToGroupIds"),
            required=True,
        ),
        Field("share_options", "share_options", list_of(object_of("ShareOptionResponseModel")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ResourceMetadataResponseModelRoleToGroupIds(Lazy, AdditionalProperties["list[str]"]):
    """A mapping of grant slots to group IDs. Keys are the preset access roles plus workspace custom-role ids ('role_...').
    When the resource is shared with a user, the group id is the user's id.

    """

    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(list_of(STR))),)


@_attrs_define(slots=False)
class ShareOptionResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: The name of the principal.
    id: The ID of the principal.
    type_: The type of the principal: user, group, or service account (under 'key').
    """

    name: str

    id: str

    type_: ShareOptionResponseModelTypeType0 | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("id", "id", STR, required=True),
        Field("type_", "type", union(literal("ShareOptionResponseModelTypeType0"), STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
