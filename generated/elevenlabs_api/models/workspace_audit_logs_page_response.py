from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkspaceAuditLogsPageResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkspaceAuditLogsPageResponse(Lazy):
    """Paginated workspace audit log response.

    Attributes:
        entries (list[WorkspaceAuditLogEntryResponse]):
        has_more (bool):
        next_cursor (None | str):
    """

    entries: list[WorkspaceAuditLogEntryResponse]

    has_more: bool

    next_cursor: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "entries",
        "has_more",
        "next_cursor",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        entries: Any
        try:
            entries = []
            for entries_item_data in self.entries:
                entries_item = entries_item_data.to_dict()
                entries.append(entries_item)

        except (AttributeError, TypeError):
            entries = self.entries

        has_more = self.has_more

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if entries is not None or "entries" not in self._missing_fields:
            field_dict["entries"] = entries
        if has_more is not None or "has_more" not in self._missing_fields:
            field_dict["has_more"] = has_more
        if next_cursor is not None or "next_cursor" not in self._missing_fields:
            field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workspace_audit_logs_page_response = cls.__new__(cls)
        workspace_audit_logs_page_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workspace_audit_logs_page_response

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


def _read_entries(cls: type[WorkspaceAuditLogsPageResponse], d: Mapping[str, Any]) -> Any:
    entries_raw = d.get("entries", MISSING)
    if entries_raw is MISSING:
        entries = missing_field(cls, "entries")
    else:
        try:
            expect_array("entries", entries_raw)
            entries = []
            _entries = entries_raw
            for entries_item_data in _entries:
                entries_item = WorkspaceAuditLogEntryResponse.from_dict(entries_item_data)

                entries.append(entries_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            entries = deviating_field(cls, "entries", entries_raw)

    return entries


_read_has_more = plain_reader("has_more", (bool,), "a boolean", True)

_read_next_cursor = plain_reader(
    "next_cursor",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "entries",
        "has_more",
        "next_cursor",
    )
)


def _read_additional_properties(cls: type[WorkspaceAuditLogsPageResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkspaceAuditLogsPageResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "entries" in known:
        entries = known["entries"]
    else:
        entries = _read_entries(cls, d)

    has_more = d.get("has_more", MISSING)
    if has_more.__class__ is not bool:
        has_more = _read_has_more(cls, d)

    next_cursor = d.get("next_cursor", MISSING)
    if next_cursor.__class__ is not str and next_cursor is not None:
        next_cursor = _read_next_cursor(cls, d)

    return {
        "entries": entries,
        "has_more": has_more,
        "next_cursor": next_cursor,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WorkspaceAuditLogsPageResponse,
    _all_fields,
    {
        "entries": _read_entries,
        "has_more": _read_has_more,
        "next_cursor": _read_next_cursor,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.workspace_audit_log_entry_response import WorkspaceAuditLogEntryResponse
