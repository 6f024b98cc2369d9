from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import WorkspaceGroupPermission
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class WorkspaceGroupResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_scim_synced: Defaults to False on the server.
    scim_frozen: Defaults to False on the server.
    """

    name: str

    id: str

    members: list[str]

    permissions: list[str | WorkspaceGroupPermission] | None = None

    group_usage_limit: int | Literal["unlimited"] | None | Unset = UNSET

    group_pvc_limit: int | Literal["unlimited"] | None | Unset = UNSET

    character_count: int | None | Unset = UNSET

    is_scim_synced: bool | Unset = UNSET

    scim_group: None | ScimGroupResponseModel | Unset = UNSET

    scim_frozen: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("id", "id", STR, required=True),
        Field("members", "members", list_of(STR), required=True),
        Field(
            "permissions",
            "permissions",
            union(list_of(union(literal("WorkspaceGroupPermission"), STR)), NULL),
            required=True,
        ),
        Field("group_usage_limit", "group_usage_limit", union(INT, const("unlimited"), NULL)),
        Field("group_pvc_limit", "group_pvc_limit", union(INT, const("unlimited"), NULL)),
        Field("character_count", "character_count", union(INT, NULL)),
        Field("is_scim_synced", "is_scim_synced", BOOL),
        Field("scim_group", "scim_group", union(object_of("ScimGroupResponseModel"), NULL)),
        Field("scim_frozen", "scim_frozen", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.scim_group_response_model import ScimGroupResponseModel
