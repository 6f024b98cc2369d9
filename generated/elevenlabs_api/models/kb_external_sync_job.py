from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    CrawlStatus,
    ExternalSyncJobTrigger,
    ExternalSyncJobType,
    ExternalSyncProvider,
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

T = TypeVar("T", bound="KbExternalSyncJob")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class KbExternalSyncJob(Lazy):
    """Attributes:
    type_ (ExternalSyncProvider | str):
    folder_id (str):
    integration_connection_id (str):
    triggered_by (ExternalSyncJobTrigger | str):
    updated_at (int):
    id (str):
    created_at (int):
    status (CrawlStatus | str | Unset): Defaults to 'queued' on the server.
    sync_type (ExternalSyncJobType | None | str | Unset):
    items_identified (int | Unset): Defaults to 0 on the server.
    items_processed (int | Unset): Defaults to 0 on the server.
    error_message (None | str | Unset):
    started_at (int | None | Unset):
    completed_at (int | None | Unset):
    """

    type_: ExternalSyncProvider | str

    folder_id: str

    integration_connection_id: str

    triggered_by: ExternalSyncJobTrigger | str

    updated_at: int

    id: str

    created_at: int

    status: CrawlStatus | str | Unset = UNSET

    sync_type: ExternalSyncJobType | None | str | Unset = UNSET

    items_identified: int | Unset = UNSET

    items_processed: int | Unset = UNSET

    error_message: None | str | Unset = UNSET

    started_at: int | None | Unset = UNSET

    completed_at: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "type",
        "folder_id",
        "integration_connection_id",
        "triggered_by",
        "updated_at",
        "id",
        "created_at",
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

        folder_id = self.folder_id

        integration_connection_id = self.integration_connection_id

        triggered_by: Any
        try:
            if isinstance(self.triggered_by, str):
                triggered_by = self.triggered_by
            else:
                triggered_by = self.triggered_by

        except (AttributeError, TypeError):
            triggered_by = self.triggered_by

        updated_at = self.updated_at

        id = self.id

        created_at = self.created_at

        status: Any
        try:
            if isinstance(self.status, Unset):
                status = UNSET
            elif isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        sync_type: Any
        try:
            if isinstance(self.sync_type, Unset):
                sync_type = UNSET
            elif isinstance(self.sync_type, str):
                sync_type = self.sync_type
            else:
                sync_type = self.sync_type

        except (AttributeError, TypeError):
            sync_type = self.sync_type

        items_identified = self.items_identified

        items_processed = self.items_processed

        error_message: Any
        try:
            error_message = self.error_message

        except (AttributeError, TypeError):
            error_message = self.error_message

        started_at: Any
        try:
            started_at = self.started_at

        except (AttributeError, TypeError):
            started_at = self.started_at

        completed_at: Any
        try:
            completed_at = self.completed_at

        except (AttributeError, TypeError):
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not None or "type" not in self._missing_fields:
            field_dict["type"] = type_
        if folder_id is not None or "folder_id" not in self._missing_fields:
            field_dict["folder_id"] = folder_id
        if integration_connection_id is not None or "integration_connection_id" not in self._missing_fields:
            field_dict["integration_connection_id"] = integration_connection_id
        if triggered_by is not None or "triggered_by" not in self._missing_fields:
            field_dict["triggered_by"] = triggered_by
        if updated_at is not None or "updated_at" not in self._missing_fields:
            field_dict["updated_at"] = updated_at
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if created_at is not None or "created_at" not in self._missing_fields:
            field_dict["created_at"] = created_at
        if status is not UNSET:
            field_dict["status"] = status
        if sync_type is not UNSET:
            field_dict["sync_type"] = sync_type
        if items_identified is not UNSET:
            field_dict["items_identified"] = items_identified
        if items_processed is not UNSET:
            field_dict["items_processed"] = items_processed
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        kb_external_sync_job = cls.__new__(cls)
        kb_external_sync_job.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return kb_external_sync_job

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

_read_folder_id = plain_reader("folder_id", (str,), "a string", True)

_read_integration_connection_id = plain_reader("integration_connection_id", (str,), "a string", True)

_read_triggered_by = plain_reader("triggered_by", (str,), "a string", True)

_read_updated_at = plain_reader("updated_at", (int,), "an integer", True)

_read_id = plain_reader("id", (str,), "a string", True)

_read_created_at = plain_reader("created_at", (int,), "an integer", True)

_read_status = plain_reader("status", (str,), "a string", False)

_read_sync_type = plain_reader(
    "sync_type",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_items_identified = plain_reader("items_identified", (int,), "an integer", False)

_read_items_processed = plain_reader("items_processed", (int,), "an integer", False)

_read_error_message = plain_reader(
    "error_message",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_started_at = plain_reader(
    "started_at",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_completed_at = plain_reader(
    "completed_at",
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
        "folder_id",
        "integration_connection_id",
        "triggered_by",
        "updated_at",
        "id",
        "created_at",
        "status",
        "sync_type",
        "items_identified",
        "items_processed",
        "error_message",
        "started_at",
        "completed_at",
    )
)


def _read_additional_properties(cls: type[KbExternalSyncJob], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[KbExternalSyncJob], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    type_ = d.get("type", MISSING)
    if type_.__class__ is not str:
        type_ = _read_type_(cls, d)

    folder_id = d.get("folder_id", MISSING)
    if folder_id.__class__ is not str:
        folder_id = _read_folder_id(cls, d)

    integration_connection_id = d.get("integration_connection_id", MISSING)
    if integration_connection_id.__class__ is not str:
        integration_connection_id = _read_integration_connection_id(cls, d)

    triggered_by = d.get("triggered_by", MISSING)
    if triggered_by.__class__ is not str:
        triggered_by = _read_triggered_by(cls, d)

    updated_at = d.get("updated_at", MISSING)
    if updated_at.__class__ is not int:
        updated_at = _read_updated_at(cls, d)

    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    created_at = d.get("created_at", MISSING)
    if created_at.__class__ is not int:
        created_at = _read_created_at(cls, d)

    status = d.get("status", UNSET)
    if status.__class__ is not str and status is not UNSET:
        status = _read_status(cls, d)

    sync_type = d.get("sync_type", UNSET)
    if sync_type is not None and sync_type.__class__ is not str and sync_type is not UNSET:
        sync_type = _read_sync_type(cls, d)

    items_identified = d.get("items_identified", UNSET)
    if items_identified.__class__ is not int and items_identified is not UNSET:
        items_identified = _read_items_identified(cls, d)

    items_processed = d.get("items_processed", UNSET)
    if items_processed.__class__ is not int and items_processed is not UNSET:
        items_processed = _read_items_processed(cls, d)

    error_message = d.get("error_message", UNSET)
    if error_message.__class__ is not str and error_message is not None and error_message is not UNSET:
        error_message = _read_error_message(cls, d)

    started_at = d.get("started_at", UNSET)
    if started_at.__class__ is not int and started_at is not None and started_at is not UNSET:
        started_at = _read_started_at(cls, d)

    completed_at = d.get("completed_at", UNSET)
    if completed_at.__class__ is not int and completed_at is not None and completed_at is not UNSET:
        completed_at = _read_completed_at(cls, d)

    return {
        "type_": type_,
        "folder_id": folder_id,
        "integration_connection_id": integration_connection_id,
        "triggered_by": triggered_by,
        "updated_at": updated_at,
        "id": id,
        "created_at": created_at,
        "status": status,
        "sync_type": sync_type,
        "items_identified": items_identified,
        "items_processed": items_processed,
        "error_message": error_message,
        "started_at": started_at,
        "completed_at": completed_at,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    KbExternalSyncJob,
    _all_fields,
    {
        "type_": _read_type_,
        "folder_id": _read_folder_id,
        "integration_connection_id": _read_integration_connection_id,
        "triggered_by": _read_triggered_by,
        "updated_at": _read_updated_at,
        "id": _read_id,
        "created_at": _read_created_at,
        "status": _read_status,
        "sync_type": _read_sync_type,
        "items_identified": _read_items_identified,
        "items_processed": _read_items_processed,
        "error_message": _read_error_message,
        "started_at": _read_started_at,
        "completed_at": _read_completed_at,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
