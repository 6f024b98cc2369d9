from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    object_of,
    union,
)


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyCreateServiceAccountV1ServiceAccountsPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name (str):
    default_sharing_groups (list[DefaultSharingGroupConfig] | None | Unset): List of groups with their permission
        levels to share with by default. Each entry should specify a group_id and a permission_level (admin, editor, or
        viewer).
    """

    name: str

    default_sharing_groups: list[DefaultSharingGroupConfig] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field(
            "default_sharing_groups",
            "default_sharing_groups",
            union(list_of(object_of("DefaultSharingGroupConfig")), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.default_sharing_group_config import DefaultSharingGroupConfig
