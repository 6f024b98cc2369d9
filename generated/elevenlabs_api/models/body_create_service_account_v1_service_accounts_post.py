from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, literal, object_of, union
from ..models._literals import DefaultSharingGroupConfigPermissionLevel
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyCreateServiceAccountV1ServiceAccountsPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    default_sharing_groups: List of groups with their permission levels to share with by default. Each entry should
        specify a group_id and a permission_level (admin, editor, or viewer).
    """

    name: str

    default_sharing_groups: list[DefaultSharingGroupConfig] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field(
            "default_sharing_groups",
            "default_sharing_groups",
            union(list_of(object_of("DefaultSharingGroupConfig")), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DefaultSharingGroupConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    group_id: The ID of the group to share with
    permission_level: The permission level to grant to the group
    """

    group_id: str

    permission_level: DefaultSharingGroupConfigPermissionLevel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("group_id", "group_id", STR, required=True),
        Field(
            "permission_level", "permission_level", literal("DefaultSharingGroupConfigPermissionLevel"), required=True
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )
