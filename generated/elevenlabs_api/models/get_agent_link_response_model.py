from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, INT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, literal, object_of, union
from ..models._literals import ConversationTokenPurpose
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetAgentLinkResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'agent_id': 'J3Pbu5gP6NNKBscdCdwB'}

    Attributes:
        agent_id: The ID of the agent
        token: The token data for the agent
    """

    agent_id: str

    token: ConversationTokenResponseModel | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_id", "agent_id", STR, required=True),
        Field("token", "token", union(object_of("ConversationTokenResponseModel"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationTokenResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    agent_id: The ID of the agent
    conversation_token: The token for the agent
    purpose: The purpose of the token
    expiration_time_unix_secs: The expiration time of the token in unix seconds
    conversation_id: The ID of the conversation
    token_requester_user_id: The user ID of the entity who requested the token
    """

    agent_id: str

    conversation_token: str

    purpose: ConversationTokenPurpose | str

    expiration_time_unix_secs: int | None | Unset = UNSET

    conversation_id: None | str | Unset = UNSET

    token_requester_user_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_id", "agent_id", STR, required=True),
        Field("conversation_token", "conversation_token", STR, required=True),
        Field("purpose", "purpose", union(literal("ConversationTokenPurpose"), STR), required=True),
        Field("expiration_time_unix_secs", "expiration_time_unix_secs", union(INT, NULL)),
        Field("conversation_id", "conversation_id", union(STR, NULL)),
        Field("token_requester_user_id", "token_requester_user_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
