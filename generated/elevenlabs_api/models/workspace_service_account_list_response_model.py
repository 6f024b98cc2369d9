from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import DefaultSharingGroupResponseModelPermissionLevelType0
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class WorkspaceServiceAccountListResponseModel(Lazy, AdditionalProperties[Any]):
    service_accounts: list[WorkspaceServiceAccountResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "service_accounts",
            "service-accounts",
            list_of(object_of("WorkspaceServiceAccountResponseModel")),
            required=True,
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DefaultSharingGroupResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    permission_level: The permission level to grant to the group
    """

    group: WorkspaceGroupResponseModel

    permission_level: DefaultSharingGroupResponseModelPermissionLevelType0 | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("group", "group", object_of("WorkspaceGroupResponseModel"), required=True),
        Field(
            "permission_level",
            "permission_level",
            union(literal("DefaultSharingGroupResponseModelPermissionLevelType0"), STR),
            required=True,
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class WorkspaceServiceAccountResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    default_sharing_groups: Defaults to [] on the server.
    """

    service_account_user_id: str

    name: str

    api_keys: list[WorkspaceApiKeyResponseModel]

    created_at_unix: int | None | Unset = UNSET

    default_sharing_groups: list[DefaultSharingGroupResponseModel] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("service_account_user_id", "service_account_user_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("api_keys", "api-keys", list_of(object_of("WorkspaceApiKeyResponseModel")), required=True),
        Field("created_at_unix", "created_at_unix", union(INT, NULL)),
        Field(
            "default_sharing_groups", "default_sharing_groups", list_of(object_of("DefaultSharingGroupResponseModel"))
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.workspace_api_key_response_model import WorkspaceApiKeyResponseModel
from ..models.workspace_group_response_model import WorkspaceGroupResponseModel
