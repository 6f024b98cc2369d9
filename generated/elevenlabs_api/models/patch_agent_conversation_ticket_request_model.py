from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_conversation_ticket_status import (
    AgentConversationTicketStatus,
    check_agent_conversation_ticket_status,
)
from ..types import (
    UNSET,
    Unset,
    deviating_field,
    unexpected_type,
)

T = TypeVar("T", bound="PatchAgentConversationTicketRequestModel")


@_attrs_define
class PatchAgentConversationTicketRequestModel:
    """Attributes:
    status (AgentConversationTicketStatus | None | Unset): If provided, updates the ticket status. Omit to leave
        unchanged.
    assignee_user_id (None | str | Unset): If provided, updates who is responsible for resolving this ticket. Must
        be a workspace member with at least viewer access to the agent. Pass null to unassign. Omit to leave unchanged.
    """

    status: AgentConversationTicketStatus | None | Unset = UNSET

    assignee_user_id: None | str | Unset = UNSET

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

        assignee_user_id: Any
        try:
            assignee_user_id = self.assignee_user_id

        except (AttributeError, TypeError):
            assignee_user_id = self.assignee_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if status is not UNSET:
            field_dict["status"] = status
        if assignee_user_id is not UNSET:
            field_dict["assignee_user_id"] = assignee_user_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        status_raw = d.pop("status", UNSET)
        try:

            def _parse_status(data: object) -> AgentConversationTicketStatus | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, str):
                    raise TypeError(f"got {type(data).__name__}")
                status_type_0 = check_agent_conversation_ticket_status(data)

                return status_type_0

            status = _parse_status(status_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            status = deviating_field(cls, "status", status_raw)

        assignee_user_id = d.pop("assignee_user_id", UNSET)
        if assignee_user_id.__class__ is not str and assignee_user_id is not None and assignee_user_id is not UNSET:
            assignee_user_id = unexpected_type(cls, "assignee_user_id", assignee_user_id, "a string or null")

        patch_agent_conversation_ticket_request_model = cls(
            status=status,
            assignee_user_id=assignee_user_id,
        )
        patch_agent_conversation_ticket_request_model.additional_properties = d
        return patch_agent_conversation_ticket_request_model

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
