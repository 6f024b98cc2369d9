from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
    union,
)


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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_token_response_model import ConversationTokenResponseModel
