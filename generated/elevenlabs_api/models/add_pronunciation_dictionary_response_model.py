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
    literal,
    union,
)
from ..models._literals import (
    AddPronunciationDictionaryResponseModelPermissionOnResourceType0,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AddPronunciationDictionaryResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'created_by': 'ar6633Es2kUjFXBdR1iVc9ztsXl1', 'creation_time_unix': 1714156800, 'description': 'This is a test
        dictionary', 'id': '5xM3yVvZQKV0EfqQpLrJ', 'name': 'My Dictionary', 'permission_on_resource': 'admin',
        'version_id': '5xM3yVvZQKV0EfqQpLrJ', 'version_rules_num': 5}

    Attributes:
        id: The ID of the created pronunciation dictionary.
        name: The name of the created pronunciation dictionary.
        created_by: The user ID of the creator of the pronunciation dictionary.
        creation_time_unix: The creation time of the pronunciation dictionary in Unix timestamp.
        version_id: The ID of the created pronunciation dictionary version.
        version_rules_num: The number of rules in the version of the pronunciation dictionary.
        permission_on_resource: The permission on the resource of the pronunciation dictionary.
        description: The description of the pronunciation dictionary.
    """

    id: str

    name: str

    created_by: str

    creation_time_unix: int

    version_id: str

    version_rules_num: int

    permission_on_resource: AddPronunciationDictionaryResponseModelPermissionOnResourceType0 | None | str = None

    description: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("created_by", "created_by", STR, required=True),
        Field("creation_time_unix", "creation_time_unix", INT, required=True),
        Field("version_id", "version_id", STR, required=True),
        Field("version_rules_num", "version_rules_num", INT, required=True),
        Field(
            "permission_on_resource",
            "permission_on_resource",
            union(literal("AddPronunciationDictionaryResponseModelPermissionOnResourceType0"), NULL, STR),
            required=True,
        ),
        Field("description", "description", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
