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
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class PhoneNumberAgentInfo(Lazy, AdditionalProperties[Any]):
    """Example:
        {'agent_id': 'F3Pbu5gP6NNKBscdCdwB', 'agent_name': 'My Agent'}

    Attributes:
        agent_id: The ID of the agent
        agent_name: The name of the agent
        environment: Environment to use for resolving environment variables on calls to this number.
        branch_id: Agent branch to use for calls to this number.
    """

    agent_id: str

    agent_name: str

    environment: None | str | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_id", "agent_id", STR, required=True),
        Field("agent_name", "agent_name", STR, required=True),
        Field("environment", "environment", union(STR, NULL)),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
