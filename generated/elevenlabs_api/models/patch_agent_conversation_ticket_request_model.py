from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import AgentConversationTicketStatus, check_agent_conversation_ticket_status
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PatchAgentConversationTicketRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PatchAgentConversationTicketRequestModel(Lazy):
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        patch_agent_conversation_ticket_request_model = cls.__new__(cls)
        patch_agent_conversation_ticket_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_status(cls: type[PatchAgentConversationTicketRequestModel], d: Mapping[str, Any]) -> Any:
    status_raw = d.get("status", UNSET)
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

    return status


_read_assignee_user_id = plain_reader(
    "assignee_user_id",
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
        "assignee_user_id",
    )
)


def _read_additional_properties(
    cls: type[PatchAgentConversationTicketRequestModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[PatchAgentConversationTicketRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "status" in known:
        status = known["status"]
    else:
        status = d.get("status", UNSET)
        if status is not UNSET and status is not None:
            status = _read_status(cls, d)

    assignee_user_id = d.get("assignee_user_id", UNSET)
    if assignee_user_id.__class__ is not str and assignee_user_id is not None and assignee_user_id is not UNSET:
        assignee_user_id = _read_assignee_user_id(cls, d)

    return {
        "status": status,
        "assignee_user_id": assignee_user_id,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    PatchAgentConversationTicketRequestModel,
    _all_fields,
    {
        "status": _read_status,
        "assignee_user_id": _read_assignee_user_id,
        "additional_properties": _read_additional_properties,
    },
)
