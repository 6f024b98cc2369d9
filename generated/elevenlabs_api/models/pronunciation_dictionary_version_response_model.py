from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    PronunciationDictionaryVersionResponseModelPermissionOnResourceType0,
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

T = TypeVar("T", bound="PronunciationDictionaryVersionResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PronunciationDictionaryVersionResponseModel(Lazy):
    """Attributes:
    version_id (str):
    version_rules_num (int):
    pronunciation_dictionary_id (str):
    dictionary_name (str):
    version_name (str):
    permission_on_resource (None | PronunciationDictionaryVersionResponseModelPermissionOnResourceType0 | str):
    created_by (str):
    creation_time_unix (int):
    archived_time_unix (int | None | Unset):
    """

    version_id: str

    version_rules_num: int

    pronunciation_dictionary_id: str

    dictionary_name: str

    version_name: str

    permission_on_resource: None | PronunciationDictionaryVersionResponseModelPermissionOnResourceType0 | str = (
        _attrs_field(default=None, kw_only=True)
    )

    created_by: str

    creation_time_unix: int

    archived_time_unix: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "version_id",
        "version_rules_num",
        "pronunciation_dictionary_id",
        "dictionary_name",
        "version_name",
        "permission_on_resource",
        "created_by",
        "creation_time_unix",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        version_id = self.version_id

        version_rules_num = self.version_rules_num

        pronunciation_dictionary_id = self.pronunciation_dictionary_id

        dictionary_name = self.dictionary_name

        version_name = self.version_name

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if version_id is not None or "version_id" not in self._missing_fields:
            field_dict["version_id"] = version_id
        if version_rules_num is not None or "version_rules_num" not in self._missing_fields:
            field_dict["version_rules_num"] = version_rules_num
        if pronunciation_dictionary_id is not None or "pronunciation_dictionary_id" not in self._missing_fields:
            field_dict["pronunciation_dictionary_id"] = pronunciation_dictionary_id
        if dictionary_name is not None or "dictionary_name" not in self._missing_fields:
            field_dict["dictionary_name"] = dictionary_name
        if version_name is not None or "version_name" not in self._missing_fields:
            field_dict["version_name"] = version_name
        if permission_on_resource is not None or "permission_on_resource" not in self._missing_fields:
            field_dict["permission_on_resource"] = permission_on_resource
        if created_by is not None or "created_by" not in self._missing_fields:
            field_dict["created_by"] = created_by
        if creation_time_unix is not None or "creation_time_unix" not in self._missing_fields:
            field_dict["creation_time_unix"] = creation_time_unix
        if archived_time_unix is not UNSET:
            field_dict["archived_time_unix"] = archived_time_unix
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        pronunciation_dictionary_version_response_model = cls.__new__(cls)
        pronunciation_dictionary_version_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return pronunciation_dictionary_version_response_model

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


_read_version_id = plain_reader("version_id", (str,), "a string", True)

_read_version_rules_num = plain_reader("version_rules_num", (int,), "an integer", True)

_read_pronunciation_dictionary_id = plain_reader("pronunciation_dictionary_id", (str,), "a string", True)

_read_dictionary_name = plain_reader("dictionary_name", (str,), "a string", True)

_read_version_name = plain_reader("version_name", (str,), "a string", True)

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


_FIELDS: frozenset[str] = frozenset(
    (
        "version_id",
        "version_rules_num",
        "pronunciation_dictionary_id",
        "dictionary_name",
        "version_name",
        "permission_on_resource",
        "created_by",
        "creation_time_unix",
        "archived_time_unix",
    )
)


def _read_additional_properties(
    cls: type[PronunciationDictionaryVersionResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[PronunciationDictionaryVersionResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    version_id = d.get("version_id", MISSING)
    if version_id.__class__ is not str:
        version_id = _read_version_id(cls, d)

    version_rules_num = d.get("version_rules_num", MISSING)
    if version_rules_num.__class__ is not int:
        version_rules_num = _read_version_rules_num(cls, d)

    pronunciation_dictionary_id = d.get("pronunciation_dictionary_id", MISSING)
    if pronunciation_dictionary_id.__class__ is not str:
        pronunciation_dictionary_id = _read_pronunciation_dictionary_id(cls, d)

    dictionary_name = d.get("dictionary_name", MISSING)
    if dictionary_name.__class__ is not str:
        dictionary_name = _read_dictionary_name(cls, d)

    version_name = d.get("version_name", MISSING)
    if version_name.__class__ is not str:
        version_name = _read_version_name(cls, d)

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

    return {
        "version_id": version_id,
        "version_rules_num": version_rules_num,
        "pronunciation_dictionary_id": pronunciation_dictionary_id,
        "dictionary_name": dictionary_name,
        "version_name": version_name,
        "permission_on_resource": permission_on_resource,
        "created_by": created_by,
        "creation_time_unix": creation_time_unix,
        "archived_time_unix": archived_time_unix,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    PronunciationDictionaryVersionResponseModel,
    _all_fields,
    {
        "version_id": _read_version_id,
        "version_rules_num": _read_version_rules_num,
        "pronunciation_dictionary_id": _read_pronunciation_dictionary_id,
        "dictionary_name": _read_dictionary_name,
        "version_name": _read_version_name,
        "permission_on_resource": _read_permission_on_resource,
        "created_by": _read_created_by,
        "creation_time_unix": _read_creation_time_unix,
        "archived_time_unix": _read_archived_time_unix,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
