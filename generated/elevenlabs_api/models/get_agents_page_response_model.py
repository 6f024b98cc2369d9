from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetAgentsPageResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'agents': [{'access_info': {'creator_email': 'john@example.com', 'creator_name': 'John Doe', 'is_creator':
        True, 'role': 'admin'}, 'agent_id': 'J3Pbu5gP6NNKBscdCdwB', 'archived': False, 'created_at_unix_secs':
        1716153600, 'name': 'My Agent', 'tags': ['Customer Support', 'Technical Help', 'Eleven']}], 'has_more': False,
        'next_cursor': '123'}

    Attributes:
        agents: A list of agents and their metadata
        has_more: Whether there are more agents to paginate through
        next_cursor: The next cursor to paginate through the agents
    """

    agents: list[AgentSummaryResponseModel]

    has_more: bool

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agents", "agents", list_of(object_of("AgentSummaryResponseModel")), required=True),
        Field("has_more", "has_more", BOOL, required=True),
        Field("next_cursor", "next_cursor", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_summary_response_model import AgentSummaryResponseModel
