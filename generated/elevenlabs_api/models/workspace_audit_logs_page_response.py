from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        has_more = self.has_more

        next_cursor: None | str = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["entries"] = entries
        field_dict["has_more"] = has_more
        field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = WorkspaceAuditLogEntryResponse.from_dict(entries_item_data)

            entries.append(entries_item)

        has_more = d.pop("has_more")

        next_cursor = d.pop("next_cursor")

        workspace_audit_logs_page_response = cls(
            entries=entries,
            has_more=has_more,
            next_cursor=next_cursor,
        )
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
