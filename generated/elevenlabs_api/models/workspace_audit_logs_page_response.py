from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="WorkspaceAuditLogsPageResponse")


@_attrs_define
class WorkspaceAuditLogsPageResponse:
    """Paginated workspace audit log response.

    Attributes:
        entries (list[WorkspaceAuditLogEntryResponse]):
        has_more (bool):
        next_cursor (None | str):
    """

    entries: list[WorkspaceAuditLogEntryResponse]

    has_more: bool

    next_cursor: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        entries_raw = d.pop("entries", MISSING)
        if entries_raw is MISSING:
            entries = missing_field(cls, "entries")
            _missing += ("entries",)
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

        has_more = d.pop("has_more", MISSING)
        if has_more.__class__ is not bool:
            if has_more is MISSING:
                has_more = missing_field(cls, "has_more")
                _missing += ("has_more",)
            else:
                has_more = unexpected_type(cls, "has_more", has_more, "a boolean")

        next_cursor = d.pop("next_cursor", MISSING)
        if next_cursor.__class__ is not str and next_cursor is not None:
            if next_cursor is MISSING:
                next_cursor = missing_field(cls, "next_cursor")
                _missing += ("next_cursor",)
            else:
                next_cursor = unexpected_type(cls, "next_cursor", next_cursor, "a string or null")

        workspace_audit_logs_page_response = cls(
            entries=entries,
            has_more=has_more,
            next_cursor=next_cursor,
        )
        if _missing:
            workspace_audit_logs_page_response._missing_fields = _missing
        workspace_audit_logs_page_response.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.workspace_audit_log_entry_response import WorkspaceAuditLogEntryResponse
