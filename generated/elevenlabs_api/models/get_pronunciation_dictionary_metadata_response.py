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
    GetPronunciationDictionaryMetadataResponsePermissionOnResourceType0,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetPronunciationDictionaryMetadataResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'created_by': 'ar6633Es2kUjFXBdR1iVc9ztsXl1', 'creation_time_unix': 1714156800, 'description': 'This is a test
        dictionary', 'id': '5xM3yVvZQKV0EfqQpLrJ', 'latest_version_id': '5xM3yVvZQKV0EfqQpLr2',
        'latest_version_rules_num': 2, 'name': 'My Dictionary', 'permission_on_resource': 'admin'}

    Attributes:
        id: The ID of the pronunciation dictionary.
        latest_version_id: The ID of the latest version of the pronunciation dictionary.
        latest_version_rules_num: The number of rules in the latest version of the pronunciation dictionary.
        name: The name of the pronunciation dictionary.
        permission_on_resource: The permission on the resource of the pronunciation dictionary.
        created_by: The user ID of the creator of the pronunciation dictionary.
        creation_time_unix: The creation time of the pronunciation dictionary in Unix timestamp.
        archived_time_unix: The archive time of the pronunciation dictionary in Unix timestamp.
        description: The description of the pronunciation dictionary.
    """

    id: str

    latest_version_id: str

    latest_version_rules_num: int

    name: str

    permission_on_resource: GetPronunciationDictionaryMetadataResponsePermissionOnResourceType0 | None | str = (
        _attrs_field(default=None, kw_only=True)
    )

    created_by: str

    creation_time_unix: int

    archived_time_unix: int | None | Unset = UNSET

    description: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("latest_version_id", "latest_version_id", STR, required=True),
        Field("latest_version_rules_num", "latest_version_rules_num", INT, required=True),
        Field("name", "name", STR, required=True),
        Field(
            "permission_on_resource",
            "permission_on_resource",
            union(literal("GetPronunciationDictionaryMetadataResponsePermissionOnResourceType0"), NULL, STR),
            required=True,
        ),
        Field("created_by", "created_by", STR, required=True),
        Field("creation_time_unix", "creation_time_unix", INT, required=True),
        Field("archived_time_unix", "archived_time_unix", union(INT, NULL)),
        Field("description", "description", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
