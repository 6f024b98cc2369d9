from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ResourceMetadataResponseModelAnonymousAccessLevelOverrideType0,
    WorkspaceResourceType,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ResourceMetadataResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ResourceMetadataResponseModel(Lazy):
    """Example:
        {'anonymous_access_level_override': 'viewer', 'creator_user_id': '5zavrE1kZXv2lFw9BKgEkf0B5Wqo', 'resource_id':
        '4ZUqyldxf71HqUbcP2Lc', 'resource_name': 'My Custom Voice', 'resource_type': 'voice', 'role_to_group_ids':
        {'admin': ['5zavrE1kZXv2lFw9BKgEkf0B5Wqo'], 'editor': ['8ruQDGM2R4w1mFbHI5aROCUjIpJZ'],
        'role_01jd7yq2k8f0abcd1234wxyz': ['9mQrTx4vNb2wKpLs6ZyE1cHgUdFa'], 'viewer': []}, 'share_options': [{'id':
        'i2YYI6huwBmcgYydAXARmQJc3pmX', 'name': 'user@example.com', 'type': 'user'}, {'id':
        'x1AfvYKAmiqxCnbvZeNXHqqthJaC', 'name': 'mygroup', 'type': 'group'}]}

    Attributes:
        resource_id (str): The ID of the resource.
        resource_name (None | str): The name of the resource, if available.
        resource_type (str | WorkspaceResourceType): The type of the resource.
        creator_user_id (None | str): The ID of the user who created the resource.
        anonymous_access_level_override (None | ResourceMetadataResponseModelAnonymousAccessLevelOverrideType0 | str):
            The access level for anonymous users. If None, the resource is not shared publicly.
        role_to_group_ids (ResourceMetadataResponseModelRoleToGroupIds): A mapping of grant slots to group IDs. Keys are
            the preset access roles plus workspace custom-role ids ('role_...'). When the resource is shared with a user,
            the group id is the user's id.
        share_options (list[ShareOptionResponseModel]): List of options for sharing the resource further in the
            workspace. These are users who don't have access to the resource yet.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "resource_id",
        "resource_name",
        "resource_type",
        "creator_user_id",
        "anonymous_access_level_override",
        "role_to_group_ids",
        "share_options",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        resource_id = self.resource_id

        resource_name: Any
        try:
            resource_name = self.resource_name

        except (AttributeError, TypeError):
            resource_name = self.resource_name

        resource_type: Any
        try:
            if isinstance(self.resource_type, str):
                resource_type = self.resource_type
            else:
                resource_type = self.resource_type

        except (AttributeError, TypeError):
            resource_type = self.resource_type

        creator_user_id: Any
        try:
            creator_user_id = self.creator_user_id

        except (AttributeError, TypeError):
            creator_user_id = self.creator_user_id

        anonymous_access_level_override: Any
        try:
            if isinstance(self.anonymous_access_level_override, str):
                anonymous_access_level_override = self.anonymous_access_level_override
            else:
                anonymous_access_level_override = self.anonymous_access_level_override

        except (AttributeError, TypeError):
            anonymous_access_level_override = self.anonymous_access_level_override

        role_to_group_ids: Any
        try:
            role_to_group_ids = self.role_to_group_ids.to_dict()
        except (AttributeError, TypeError):
            role_to_group_ids = self.role_to_group_ids

        share_options: Any
        try:
            share_options = []
            for share_options_item_data in self.share_options:
                share_options_item = share_options_item_data.to_dict()
                share_options.append(share_options_item)

        except (AttributeError, TypeError):
            share_options = self.share_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if resource_id is not None or "resource_id" not in self._missing_fields:
            field_dict["resource_id"] = resource_id
        if resource_name is not None or "resource_name" not in self._missing_fields:
            field_dict["resource_name"] = resource_name
        if resource_type is not None or "resource_type" not in self._missing_fields:
            field_dict["resource_type"] = resource_type
        if creator_user_id is not None or "creator_user_id" not in self._missing_fields:
            field_dict["creator_user_id"] = creator_user_id
        if anonymous_access_level_override is not None or "anonymous_access_level_override" not in self._missing_fields:
            field_dict["anonymous_access_level_override"] = anonymous_access_level_override
        if role_to_group_ids is not None or "role_to_group_ids" not in self._missing_fields:
            field_dict["role_to_group_ids"] = role_to_group_ids
        if share_options is not None or "share_options" not in self._missing_fields:
            field_dict["share_options"] = share_options
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        resource_metadata_response_model = cls.__new__(cls)
        resource_metadata_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return resource_metadata_response_model

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


_read_resource_id = plain_reader("resource_id", (str,), "a string", True)

_read_resource_name = plain_reader(
    "resource_name",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_resource_type = plain_reader("resource_type", (str,), "a string", True)

_read_creator_user_id = plain_reader(
    "creator_user_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_anonymous_access_level_override = plain_reader(
    "anonymous_access_level_override",
    (
        type(None),
        str,
    ),
    "null or a string",
    True,
)


def _read_role_to_group_ids(cls: type[ResourceMetadataResponseModel], d: Mapping[str, Any]) -> Any:
    role_to_group_ids_raw = d.get("role_to_group_ids", MISSING)
    if role_to_group_ids_raw is MISSING:
        role_to_group_ids = missing_field(cls, "role_to_group_ids")
    else:
        try:
            role_to_group_ids = ResourceMetadataResponseModelRoleToGroupIds.from_dict(role_to_group_ids_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            role_to_group_ids = deviating_field(cls, "role_to_group_ids", role_to_group_ids_raw)

    return role_to_group_ids


def _read_share_options(cls: type[ResourceMetadataResponseModel], d: Mapping[str, Any]) -> Any:
    share_options_raw = d.get("share_options", MISSING)
    if share_options_raw is MISSING:
        share_options = missing_field(cls, "share_options")
    else:
        try:
            expect_array("share_options", share_options_raw)
            share_options = []
            _share_options = share_options_raw
            for share_options_item_data in _share_options:
                share_options_item = ShareOptionResponseModel.from_dict(share_options_item_data)

                share_options.append(share_options_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            share_options = deviating_field(cls, "share_options", share_options_raw)

    return share_options


_FIELDS: frozenset[str] = frozenset(
    (
        "resource_id",
        "resource_name",
        "resource_type",
        "creator_user_id",
        "anonymous_access_level_override",
        "role_to_group_ids",
        "share_options",
    )
)


def _read_additional_properties(cls: type[ResourceMetadataResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ResourceMetadataResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    resource_id = d.get("resource_id", MISSING)
    if resource_id.__class__ is not str:
        resource_id = _read_resource_id(cls, d)

    resource_name = d.get("resource_name", MISSING)
    if resource_name.__class__ is not str and resource_name is not None:
        resource_name = _read_resource_name(cls, d)

    resource_type = d.get("resource_type", MISSING)
    if resource_type.__class__ is not str:
        resource_type = _read_resource_type(cls, d)

    creator_user_id = d.get("creator_user_id", MISSING)
    if creator_user_id.__class__ is not str and creator_user_id is not None:
        creator_user_id = _read_creator_user_id(cls, d)

    anonymous_access_level_override = d.get("anonymous_access_level_override", MISSING)
    if anonymous_access_level_override is not None and anonymous_access_level_override.__class__ is not str:
        anonymous_access_level_override = _read_anonymous_access_level_override(cls, d)

    if "role_to_group_ids" in known:
        role_to_group_ids = known["role_to_group_ids"]
    else:
        role_to_group_ids = _read_role_to_group_ids(cls, d)

    if "share_options" in known:
        share_options = known["share_options"]
    else:
        share_options = _read_share_options(cls, d)

    return {
        "resource_id": resource_id,
        "resource_name": resource_name,
        "resource_type": resource_type,
        "creator_user_id": creator_user_id,
        "anonymous_access_level_override": anonymous_access_level_override,
        "role_to_group_ids": role_to_group_ids,
        "share_options": share_options,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ResourceMetadataResponseModel,
    _all_fields,
    {
        "resource_id": _read_resource_id,
        "resource_name": _read_resource_name,
        "resource_type": _read_resource_type,
        "creator_user_id": _read_creator_user_id,
        "anonymous_access_level_override": _read_anonymous_access_level_override,
        "role_to_group_ids": _read_role_to_group_ids,
        "share_options": _read_share_options,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.resource_metadata_response_model_role_to_group_ids import ResourceMetadataResponseModelRoleToGroupIds
from ..models.share_option_response_model import ShareOptionResponseModel
