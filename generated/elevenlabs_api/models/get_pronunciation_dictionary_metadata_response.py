from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    GetPronunciationDictionaryMetadataResponsePermissionOnResourceType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetPronunciationDictionaryMetadataResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetPronunciationDictionaryMetadataResponse(Lazy):
    """Example:
        {'created_by': 'ar6633Es2kUjFXBdR1iVc9ztsXl1', 'creation_time_unix': 1714156800, 'description': 'This is a test
        dictionary', 'id': '5xM3yVvZQKV0EfqQpLrJ', 'latest_version_id': '5xM3yVvZQKV0EfqQpLr2',
        'latest_version_rules_num': 2, 'name': 'My Dictionary', 'permission_on_resource': 'admin'}

    Attributes:
        id (str): The ID of the pronunciation dictionary.
        latest_version_id (str): The ID of the latest version of the pronunciation dictionary.
        latest_version_rules_num (int): The number of rules in the latest version of the pronunciation dictionary.
        name (str): The name of the pronunciation dictionary.
        permission_on_resource (GetPronunciationDictionaryMetadataResponsePermissionOnResourceType0 | None | str): The
            permission on the resource of the pronunciation dictionary.
        created_by (str): The user ID of the creator of the pronunciation dictionary.
        creation_time_unix (int): The creation time of the pronunciation dictionary in Unix timestamp.
        archived_time_unix (int | None | Unset): The archive time of the pronunciation dictionary in Unix timestamp.
        description (None | str | Unset): The description of the pronunciation dictionary.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "latest_version_id",
        "latest_version_rules_num",
        "name",
        "permission_on_resource",
        "created_by",
        "creation_time_unix",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        id = self.id

        latest_version_id = self.latest_version_id

        latest_version_rules_num = self.latest_version_rules_num

        name = self.name

        permission_on_resource: Any
        try:
            if isinstance(self.permission_on_resource, str):
                permission_on_resource = self.permission_on_resource
            else:
                permission_on_resource = self.permission_on_resource

        except (AttributeError, TypeError):
            permission_on_resource = self.permission_on_resource

        created_by = self.created_by

        creation_time_unix = self.creation_time_unix

        archived_time_unix: Any
        try:
            archived_time_unix = self.archived_time_unix

        except (AttributeError, TypeError):
            archived_time_unix = self.archived_time_unix

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if latest_version_id is not None or "latest_version_id" not in self._missing_fields:
            field_dict["latest_version_id"] = latest_version_id
        if latest_version_rules_num is not None or "latest_version_rules_num" not in self._missing_fields:
            field_dict["latest_version_rules_num"] = latest_version_rules_num
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if permission_on_resource is not None or "permission_on_resource" not in self._missing_fields:
            field_dict["permission_on_resource"] = permission_on_resource
        if created_by is not None or "created_by" not in self._missing_fields:
            field_dict["created_by"] = created_by
        if creation_time_unix is not None or "creation_time_unix" not in self._missing_fields:
            field_dict["creation_time_unix"] = creation_time_unix
        if archived_time_unix is not UNSET:
            field_dict["archived_time_unix"] = archived_time_unix
        if description is not UNSET:
            field_dict["description"] = description
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_pronunciation_dictionary_metadata_response = cls.__new__(cls)
        get_pronunciation_dictionary_metadata_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_pronunciation_dictionary_metadata_response

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


_read_id = plain_reader("id", (str,), "a string", True)

_read_latest_version_id = plain_reader("latest_version_id", (str,), "a string", True)

_read_latest_version_rules_num = plain_reader("latest_version_rules_num", (int,), "an integer", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_permission_on_resource = plain_reader(
    "permission_on_resource",
    (
        type(None),
        str,
    ),
    "null or a string",
    True,
)

_read_created_by = plain_reader("created_by", (str,), "a string", True)

_read_creation_time_unix = plain_reader("creation_time_unix", (int,), "an integer", True)

_read_archived_time_unix = plain_reader(
    "archived_time_unix",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_description = plain_reader(
    "description",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "latest_version_id",
        "latest_version_rules_num",
        "name",
        "permission_on_resource",
        "created_by",
        "creation_time_unix",
        "archived_time_unix",
        "description",
    )
)


def _read_additional_properties(
    cls: type[GetPronunciationDictionaryMetadataResponse], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetPronunciationDictionaryMetadataResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    latest_version_id = d.get("latest_version_id", MISSING)
    if latest_version_id.__class__ is not str:
        latest_version_id = _read_latest_version_id(cls, d)

    latest_version_rules_num = d.get("latest_version_rules_num", MISSING)
    if latest_version_rules_num.__class__ is not int:
        latest_version_rules_num = _read_latest_version_rules_num(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    permission_on_resource = d.get("permission_on_resource", MISSING)
    if permission_on_resource is not None and permission_on_resource.__class__ is not str:
        permission_on_resource = _read_permission_on_resource(cls, d)

    created_by = d.get("created_by", MISSING)
    if created_by.__class__ is not str:
        created_by = _read_created_by(cls, d)

    creation_time_unix = d.get("creation_time_unix", MISSING)
    if creation_time_unix.__class__ is not int:
        creation_time_unix = _read_creation_time_unix(cls, d)

    archived_time_unix = d.get("archived_time_unix", UNSET)
    if archived_time_unix.__class__ is not int and archived_time_unix is not None and archived_time_unix is not UNSET:
        archived_time_unix = _read_archived_time_unix(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not None and description is not UNSET:
        description = _read_description(cls, d)

    return {
        "id": id,
        "latest_version_id": latest_version_id,
        "latest_version_rules_num": latest_version_rules_num,
        "name": name,
        "permission_on_resource": permission_on_resource,
        "created_by": created_by,
        "creation_time_unix": creation_time_unix,
        "archived_time_unix": archived_time_unix,
        "description": description,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetPronunciationDictionaryMetadataResponse,
    _all_fields,
    {
        "id": _read_id,
        "latest_version_id": _read_latest_version_id,
        "latest_version_rules_num": _read_latest_version_rules_num,
        "name": _read_name,
        "permission_on_resource": _read_permission_on_resource,
        "created_by": _read_created_by,
        "creation_time_unix": _read_creation_time_unix,
        "archived_time_unix": _read_archived_time_unix,
        "description": _read_description,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
