from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crawl_status import CrawlStatus
from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="FileRefreshStatus")


@_attrs_define
class FileRefreshStatus:
    """In-flight/last refresh state for an externally-synced KB file.

    Attributes:
        status (CrawlStatus | str | Unset):  Default: 'queued'.
        enqueued_at (int | None | Unset):
        started_at (int | None | Unset):
        completed_at (int | None | Unset):
        last_synced_at (int | None | Unset):
        error_message (None | str | Unset):
    """

    status: CrawlStatus | str | Unset = "queued"

    enqueued_at: int | None | Unset = UNSET

    started_at: int | None | Unset = UNSET

    completed_at: int | None | Unset = UNSET

    last_synced_at: int | None | Unset = UNSET

    error_message: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        enqueued_at: Any
        try:
            enqueued_at = self.enqueued_at

        except (AttributeError, TypeError):
            enqueued_at = self.enqueued_at

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

        last_synced_at: Any
        try:
            last_synced_at = self.last_synced_at

        except (AttributeError, TypeError):
            last_synced_at = self.last_synced_at

        error_message: Any
        try:
            error_message = self.error_message

        except (AttributeError, TypeError):
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if status is not UNSET:
            field_dict["status"] = status
        if enqueued_at is not UNSET:
            field_dict["enqueued_at"] = enqueued_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if last_synced_at is not UNSET:
            field_dict["last_synced_at"] = last_synced_at
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        status = d.pop("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            status = unexpected_type(cls, "status", status, "a string")

        enqueued_at = d.pop("enqueued_at", UNSET)
        if enqueued_at.__class__ is not int and enqueued_at is not None and enqueued_at is not UNSET:
            enqueued_at = unexpected_type(cls, "enqueued_at", enqueued_at, "an integer or null")

        started_at = d.pop("started_at", UNSET)
        if started_at.__class__ is not int and started_at is not None and started_at is not UNSET:
            started_at = unexpected_type(cls, "started_at", started_at, "an integer or null")

        completed_at = d.pop("completed_at", UNSET)
        if completed_at.__class__ is not int and completed_at is not None and completed_at is not UNSET:
            completed_at = unexpected_type(cls, "completed_at", completed_at, "an integer or null")

        last_synced_at = d.pop("last_synced_at", UNSET)
        if last_synced_at.__class__ is not int and last_synced_at is not None and last_synced_at is not UNSET:
            last_synced_at = unexpected_type(cls, "last_synced_at", last_synced_at, "an integer or null")

        error_message = d.pop("error_message", UNSET)
        if error_message.__class__ is not str and error_message is not None and error_message is not UNSET:
            error_message = unexpected_type(cls, "error_message", error_message, "a string or null")

        file_refresh_status = cls(
            status=status,
            enqueued_at=enqueued_at,
            started_at=started_at,
            completed_at=completed_at,
            last_synced_at=last_synced_at,
            error_message=error_message,
        )
        file_refresh_status.additional_properties = d
        return file_refresh_status

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
