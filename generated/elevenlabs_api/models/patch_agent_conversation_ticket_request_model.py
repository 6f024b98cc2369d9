from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import AgentConversationTicketStatus
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class PatchAgentConversationTicketRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    status: If provided, updates the ticket status. Omit to leave unchanged.
    assignee_user_id: If provided, updates who is responsible for resolving this ticket. Must be a workspace member
        with at least viewer access to the agent. Pass null to unassign. Omit to leave unchanged.
    """

    status: AgentConversationTicketStatus | None | Unset = UNSET

    assignee_user_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("status", "status", union(literal("AgentConversationTicketStatus"), NULL)),
        Field("assignee_user_id", "assignee_user_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
