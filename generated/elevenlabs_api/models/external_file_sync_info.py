from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ExternalSyncProvider
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ExternalFileSyncInfo")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ExternalFileSyncInfo(Lazy):
    """Tracks the link back to the original file in an external source.

    Attributes:
        type_ (ExternalSyncProvider | str): Provider identifier
        source_entity_id (str): Entity ID in the external system
        integration_connection_id (str): Integration connection instance ID
        source_parent_entity_id (str): Folder ID in the external system this file was synced from
        source_mime_type (str): Original MIME type in the external system
        source_modified_time (datetime.datetime): Last modified time from the external system
        root_folder_id (None | str | Unset): KB folder ID of the sync root, used to query all entities under a sync tree
    """

    type_: ExternalSyncProvider | str

    source_entity_id: str

    integration_connection_id: str

    source_parent_entity_id: str

    source_mime_type: str

    source_modified_time: datetime.datetime

    root_folder_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "type",
        "source_entity_id",
        "integration_connection_id",
        "source_parent_entity_id",
        "source_mime_type",
        "source_modified_time",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_: Any
        try:
            if isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        source_entity_id = self.source_entity_id

        integration_connection_id = self.integration_connection_id

        source_parent_entity_id = self.source_parent_entity_id

        source_mime_type = self.source_mime_type

        source_modified_time: Any
        try:
            source_modified_time = self.source_modified_time.isoformat()
        except (AttributeError, TypeError):
            source_modified_time = self.source_modified_time

        root_folder_id: Any
        try:
            root_folder_id = self.root_folder_id

        except (AttributeError, TypeError):
            root_folder_id = self.root_folder_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not None or "type" not in self._missing_fields:
            field_dict["type"] = type_
        if source_entity_id is not None or "source_entity_id" not in self._missing_fields:
            field_dict["source_entity_id"] = source_entity_id
        if integration_connection_id is not None or "integration_connection_id" not in self._missing_fields:
            field_dict["integration_connection_id"] = integration_connection_id
        if source_parent_entity_id is not None or "source_parent_entity_id" not in self._missing_fields:
            field_dict["source_parent_entity_id"] = source_parent_entity_id
        if source_mime_type is not None or "source_mime_type" not in self._missing_fields:
            field_dict["source_mime_type"] = source_mime_type
        if source_modified_time is not None or "source_modified_time" not in self._missing_fields:
            field_dict["source_modified_time"] = source_modified_time
        if root_folder_id is not UNSET:
            field_dict["root_folder_id"] = root_folder_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        external_file_sync_info = cls.__new__(cls)
        external_file_sync_info.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return external_file_sync_info

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


_read_type_ = plain_reader("type", (str,), "a string", True)

_read_source_entity_id = plain_reader("source_entity_id", (str,), "a string", True)

_read_integration_connection_id = plain_reader("integration_connection_id", (str,), "a string", True)

_read_source_parent_entity_id = plain_reader("source_parent_entity_id", (str,), "a string", True)

_read_source_mime_type = plain_reader("source_mime_type", (str,), "a string", True)


def _read_source_modified_time(cls: type[ExternalFileSyncInfo], d: Mapping[str, Any]) -> Any:
    source_modified_time_raw = d.get("source_modified_time", MISSING)
    if source_modified_time_raw is MISSING:
        source_modified_time = missing_field(cls, "source_modified_time")
    else:
        try:
            source_modified_time = datetime.datetime.fromisoformat(source_modified_time_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            source_modified_time = deviating_field(cls, "source_modified_time", source_modified_time_raw)

    return source_modified_time


_read_root_folder_id = plain_reader(
    "root_folder_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "source_entity_id",
        "integration_connection_id",
        "source_parent_entity_id",
        "source_mime_type",
        "source_modified_time",
        "root_folder_id",
    )
)


def _read_additional_properties(cls: type[ExternalFileSyncInfo], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ExternalFileSyncInfo], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    type_ = d.get("type", MISSING)
    if type_.__class__ is not str:
        type_ = _read_type_(cls, d)

    source_entity_id = d.get("source_entity_id", MISSING)
    if source_entity_id.__class__ is not str:
        source_entity_id = _read_source_entity_id(cls, d)

    integration_connection_id = d.get("integration_connection_id", MISSING)
    if integration_connection_id.__class__ is not str:
        integration_connection_id = _read_integration_connection_id(cls, d)

    source_parent_entity_id = d.get("source_parent_entity_id", MISSING)
    if source_parent_entity_id.__class__ is not str:
        source_parent_entity_id = _read_source_parent_entity_id(cls, d)

    source_mime_type = d.get("source_mime_type", MISSING)
    if source_mime_type.__class__ is not str:
        source_mime_type = _read_source_mime_type(cls, d)

    if "source_modified_time" in known:
        source_modified_time = known["source_modified_time"]
    else:
        source_modified_time = _read_source_modified_time(cls, d)

    root_folder_id = d.get("root_folder_id", UNSET)
    if root_folder_id.__class__ is not str and root_folder_id is not None and root_folder_id is not UNSET:
        root_folder_id = _read_root_folder_id(cls, d)

    return {
        "type_": type_,
        "source_entity_id": source_entity_id,
        "integration_connection_id": integration_connection_id,
        "source_parent_entity_id": source_parent_entity_id,
        "source_mime_type": source_mime_type,
        "source_modified_time": source_modified_time,
        "root_folder_id": root_folder_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ExternalFileSyncInfo,
    _all_fields,
    {
        "type_": _read_type_,
        "source_entity_id": _read_source_entity_id,
        "integration_connection_id": _read_integration_connection_id,
        "source_parent_entity_id": _read_source_parent_entity_id,
        "source_mime_type": _read_source_mime_type,
        "source_modified_time": _read_source_modified_time,
        "root_folder_id": _read_root_folder_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
