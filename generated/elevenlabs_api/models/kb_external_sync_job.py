from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crawl_status import CrawlStatus
from ..models.external_sync_job_trigger import ExternalSyncJobTrigger
from ..models.external_sync_job_type import ExternalSyncJobType
from ..models.external_sync_provider import ExternalSyncProvider
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="KbExternalSyncJob")


@_attrs_define
class KbExternalSyncJob:
    """Attributes:
    type_ (ExternalSyncProvider | str):
    folder_id (str):
    integration_connection_id (str):
    triggered_by (ExternalSyncJobTrigger | str):
    updated_at (int):
    id (str):
    created_at (int):
    status (CrawlStatus | str | Unset):  Default: 'queued'.
    sync_type (ExternalSyncJobType | None | str | Unset):
    items_identified (int | Unset):  Default: 0.
    items_processed (int | Unset):  Default: 0.
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

    status: CrawlStatus | str | Unset = "queued"

    sync_type: ExternalSyncJobType | None | str | Unset = UNSET

    items_identified: int | Unset = 0

    items_processed: int | Unset = 0

    error_message: None | str | Unset = UNSET

    started_at: int | None | Unset = UNSET

    completed_at: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type_ = d.pop("type", MISSING)
        if type_.__class__ is not str:
            if type_ is MISSING:
                type_ = missing_field(cls, "type")
                _missing += ("type",)
            else:
                type_ = unexpected_type(cls, "type", type_, "a string")

        folder_id = d.pop("folder_id", MISSING)
        if folder_id.__class__ is not str:
            if folder_id is MISSING:
                folder_id = missing_field(cls, "folder_id")
                _missing += ("folder_id",)
            else:
                folder_id = unexpected_type(cls, "folder_id", folder_id, "a string")

        integration_connection_id = d.pop("integration_connection_id", MISSING)
        if integration_connection_id.__class__ is not str:
            if integration_connection_id is MISSING:
                integration_connection_id = missing_field(cls, "integration_connection_id")
                _missing += ("integration_connection_id",)
            else:
                integration_connection_id = unexpected_type(
                    cls, "integration_connection_id", integration_connection_id, "a string"
                )

        triggered_by = d.pop("triggered_by", MISSING)
        if triggered_by.__class__ is not str:
            if triggered_by is MISSING:
                triggered_by = missing_field(cls, "triggered_by")
                _missing += ("triggered_by",)
            else:
                triggered_by = unexpected_type(cls, "triggered_by", triggered_by, "a string")

        updated_at = d.pop("updated_at", MISSING)
        if updated_at.__class__ is not int:
            if updated_at is MISSING:
                updated_at = missing_field(cls, "updated_at")
                _missing += ("updated_at",)
            else:
                updated_at = unexpected_type(cls, "updated_at", updated_at, "an integer")

        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        created_at = d.pop("created_at", MISSING)
        if created_at.__class__ is not int:
            if created_at is MISSING:
                created_at = missing_field(cls, "created_at")
                _missing += ("created_at",)
            else:
                created_at = unexpected_type(cls, "created_at", created_at, "an integer")

        status = d.pop("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            status = unexpected_type(cls, "status", status, "a string")

        sync_type = d.pop("sync_type", UNSET)
        if sync_type is not None and sync_type.__class__ is not str and sync_type is not UNSET:
            sync_type = unexpected_type(cls, "sync_type", sync_type, "null or a string")

        items_identified = d.pop("items_identified", UNSET)
        if items_identified.__class__ is not int and items_identified is not UNSET:
            items_identified = unexpected_type(cls, "items_identified", items_identified, "an integer")

        items_processed = d.pop("items_processed", UNSET)
        if items_processed.__class__ is not int and items_processed is not UNSET:
            items_processed = unexpected_type(cls, "items_processed", items_processed, "an integer")

        error_message = d.pop("error_message", UNSET)
        if error_message.__class__ is not str and error_message is not None and error_message is not UNSET:
            error_message = unexpected_type(cls, "error_message", error_message, "a string or null")

        started_at = d.pop("started_at", UNSET)
        if started_at.__class__ is not int and started_at is not None and started_at is not UNSET:
            started_at = unexpected_type(cls, "started_at", started_at, "an integer or null")

        completed_at = d.pop("completed_at", UNSET)
        if completed_at.__class__ is not int and completed_at is not None and completed_at is not UNSET:
            completed_at = unexpected_type(cls, "completed_at", completed_at, "an integer or null")

        kb_external_sync_job = cls(
            type_=type_,
            folder_id=folder_id,
            integration_connection_id=integration_connection_id,
            triggered_by=triggered_by,
            updated_at=updated_at,
            id=id,
            created_at=created_at,
            status=status,
            sync_type=sync_type,
            items_identified=items_identified,
            items_processed=items_processed,
            error_message=error_message,
            started_at=started_at,
            completed_at=completed_at,
        )
        if _missing:
            kb_external_sync_job._missing_fields = _missing
        kb_external_sync_job.additional_properties = d
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
