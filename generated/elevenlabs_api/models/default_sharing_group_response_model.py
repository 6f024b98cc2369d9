from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    DefaultSharingGroupResponseModelPermissionLevelType0,
)
from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    object_of,
    union,
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.workspace_group_response_model import WorkspaceGroupResponseModel
