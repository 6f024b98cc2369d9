from __future__ import annotations

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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ExternalFolderSyncInfo")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ExternalFolderSyncInfo(Lazy):
    """Metadata for a KB folder that mirrors an external source folder.

    Attributes:
        type_ (ExternalSyncProvider | str): Provider identifier
        source_entity_id (str): Entity ID in the external system
        integration_connection_id (str): Integration connection instance ID
        root_folder_id (None | str | Unset): KB folder ID of the sync root. None means this folder is the root.
        sync_cursor (None | str | Unset): Opaque cursor for incremental sync, interpreted by the provider
        last_sync_at (int | None | Unset): Unix timestamp of last completed sync
    """

    type_: ExternalSyncProvider | str

    source_entity_id: str

    integration_connection_id: str

    root_folder_id: None | str | Unset = UNSET

    sync_cursor: None | str | Unset = UNSET

    last_sync_at: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "type",
        "source_entity_id",
        "integration_connection_id",
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

        root_folder_id: Any
        try:
            root_folder_id = self.root_folder_id

        except (AttributeError, TypeError):
            root_folder_id = self.root_folder_id

        sync_cursor: Any
        try:
            sync_cursor = self.sync_cursor

        except (AttributeError, TypeError):
            sync_cursor = self.sync_cursor

        last_sync_at: Any
        try:
            last_sync_at = self.last_sync_at

        except (AttributeError, TypeError):
            last_sync_at = self.last_sync_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not None or "type" not in self._missing_fields:
            field_dict["type"] = type_
        if source_entity_id is not None or "source_entity_id" not in self._missing_fields:
            field_dict["source_entity_id"] = source_entity_id
        if integration_connection_id is not None or "integration_connection_id" not in self._missing_fields:
            field_dict["integration_connection_id"] = integration_connection_id
        if root_folder_id is not UNSET:
            field_dict["root_folder_id"] = root_folder_id
        if sync_cursor is not UNSET:
            field_dict["sync_cursor"] = sync_cursor
        if last_sync_at is not UNSET:
            field_dict["last_sync_at"] = last_sync_at
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        external_folder_sync_info = cls.__new__(cls)
        external_folder_sync_info.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return external_folder_sync_info

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

_read_root_folder_id = plain_reader(
    "root_folder_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_sync_cursor = plain_reader(
    "sync_cursor",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_last_sync_at = plain_reader(
    "last_sync_at",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "source_entity_id",
        "integration_connection_id",
        "root_folder_id",
        "sync_cursor",
        "last_sync_at",
    )
)


def _read_additional_properties(cls: type[ExternalFolderSyncInfo], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ExternalFolderSyncInfo], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
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

    root_folder_id = d.get("root_folder_id", UNSET)
    if root_folder_id.__class__ is not str and root_folder_id is not None and root_folder_id is not UNSET:
        root_folder_id = _read_root_folder_id(cls, d)

    sync_cursor = d.get("sync_cursor", UNSET)
    if sync_cursor.__class__ is not str and sync_cursor is not None and sync_cursor is not UNSET:
        sync_cursor = _read_sync_cursor(cls, d)

    last_sync_at = d.get("last_sync_at", UNSET)
    if last_sync_at.__class__ is not int and last_sync_at is not None and last_sync_at is not UNSET:
        last_sync_at = _read_last_sync_at(cls, d)

    return {
        "type_": type_,
        "source_entity_id": source_entity_id,
        "integration_connection_id": integration_connection_id,
        "root_folder_id": root_folder_id,
        "sync_cursor": sync_cursor,
        "last_sync_at": last_sync_at,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ExternalFolderSyncInfo,
    _all_fields,
    {
        "type_": _read_type_,
        "source_entity_id": _read_source_entity_id,
        "integration_connection_id": _read_integration_connection_id,
        "root_folder_id": _read_root_folder_id,
        "sync_cursor": _read_sync_cursor,
        "last_sync_at": _read_last_sync_at,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
