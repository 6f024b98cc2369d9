from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import CrawlStatus
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="FileRefreshStatus")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class FileRefreshStatus(Lazy):
    """In-flight/last refresh state for an externally-synced KB file.

    Attributes:
        status (CrawlStatus | str | Unset): Defaults to 'queued' on the server.
        enqueued_at (int | None | Unset):
        started_at (int | None | Unset):
        completed_at (int | None | Unset):
        last_synced_at (int | None | Unset):
        error_message (None | str | Unset):
    """

    status: CrawlStatus | str | Unset = UNSET

    enqueued_at: int | None | Unset = UNSET

    started_at: int | None | Unset = UNSET

    completed_at: int | None | Unset = UNSET

    last_synced_at: int | None | Unset = UNSET

    error_message: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        file_refresh_status = cls.__new__(cls)
        file_refresh_status.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_status = plain_reader("status", (str,), "a string", False)

_read_enqueued_at = plain_reader(
    "enqueued_at",
    (
        int,
        type(None),
    ),
    "an integer or null",
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

_read_last_synced_at = plain_reader(
    "last_synced_at",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_error_message = plain_reader(
    "error_message",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "status",
        "enqueued_at",
        "started_at",
        "completed_at",
        "last_synced_at",
        "error_message",
    )
)


def _read_additional_properties(cls: type[FileRefreshStatus], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[FileRefreshStatus], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    status = d.get("status", UNSET)
    if status.__class__ is not str and status is not UNSET:
        status = _read_status(cls, d)

    enqueued_at = d.get("enqueued_at", UNSET)
    if enqueued_at.__class__ is not int and enqueued_at is not None and enqueued_at is not UNSET:
        enqueued_at = _read_enqueued_at(cls, d)

    started_at = d.get("started_at", UNSET)
    if started_at.__class__ is not int and started_at is not None and started_at is not UNSET:
        started_at = _read_started_at(cls, d)

    completed_at = d.get("completed_at", UNSET)
    if completed_at.__class__ is not int and completed_at is not None and completed_at is not UNSET:
        completed_at = _read_completed_at(cls, d)

    last_synced_at = d.get("last_synced_at", UNSET)
    if last_synced_at.__class__ is not int and last_synced_at is not None and last_synced_at is not UNSET:
        last_synced_at = _read_last_synced_at(cls, d)

    error_message = d.get("error_message", UNSET)
    if error_message.__class__ is not str and error_message is not None and error_message is not UNSET:
        error_message = _read_error_message(cls, d)

    return {
        "status": status,
        "enqueued_at": enqueued_at,
        "started_at": started_at,
        "completed_at": completed_at,
        "last_synced_at": last_synced_at,
        "error_message": error_message,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    FileRefreshStatus,
    _all_fields,
    {
        "status": _read_status,
        "enqueued_at": _read_enqueued_at,
        "started_at": _read_started_at,
        "completed_at": _read_completed_at,
        "last_synced_at": _read_last_synced_at,
        "error_message": _read_error_message,
        "additional_properties": _read_additional_properties,
    },
)
