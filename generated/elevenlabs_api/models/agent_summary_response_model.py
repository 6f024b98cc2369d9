from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
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
class AgentSummaryResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'access_info': {'creator_email': 'john@example.com', 'creator_name': 'John Doe', 'is_creator': True, 'role':
        'admin'}, 'agent_id': 'J3Pbu5gP6NNKBscdCdwB', 'archived': False, 'created_at_unix_secs': 1716153600,
        'last_call_time_unix_secs': 1716240000, 'name': 'My Agent', 'tags': ['Customer Support', 'Technical Help',
        'Eleven']}

    Attributes:
        agent_id: The ID of the agent
        name: The name of the agent
        tags: Agent tags used to categorize the agent
        created_at_unix_secs: The creation time of the agent in unix seconds
        access_info:  Example: {'access_source': 'creator', 'creator_email': 'john.doe@example.com', 'creator_name':
            'John Doe', 'is_creator': True, 'role': 'admin'}.
        last_call_time_unix_secs: The time of the most recent call in unix seconds, null if no calls have been made
        archived: Whether the agent is archived Defaults to False on the server.
    """

    agent_id: str

    name: str

    tags: list[str]

    created_at_unix_secs: int

    access_info: ResourceAccessInfo

    last_call_time_unix_secs: int | None | Unset = UNSET

    archived: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_id", "agent_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("tags", "tags", list_of(STR), required=True),
        Field("created_at_unix_secs", "created_at_unix_secs", INT, required=True),
        Field("access_info", "access_info", object_of("ResourceAccessInfo"), required=True),
        Field("last_call_time_unix_secs", "last_call_time_unix_secs", union(INT, NULL)),
        Field("archived", "archived", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.resource_access_info import ResourceAccessInfo
