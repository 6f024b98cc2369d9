from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="GetAgentLinkResponseModel")


@_attrs_define
class GetAgentLinkResponseModel:
    """Example:
        {'agent_id': 'J3Pbu5gP6NNKBscdCdwB'}

    Attributes:
        agent_id (str): The ID of the agent
        token (ConversationTokenResponseModel | None | Unset): The token data for the agent
    """

    agent_id: str

    token: ConversationTokenResponseModel | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        token: Any
        try:
            if isinstance(self.token, Unset):
                token = UNSET
            elif isinstance(self.token, ConversationTokenResponseModel):
                token = self.token.to_dict()
            else:
                token = self.token

        except (AttributeError, TypeError):
            token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if token is not UNSET:
            field_dict["token"] = token
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        agent_id = d.pop("agent_id", MISSING)
        if agent_id.__class__ is not str:
            if agent_id is MISSING:
                agent_id = missing_field(cls, "agent_id")
                _missing += ("agent_id",)
            else:
                agent_id = unexpected_type(cls, "agent_id", agent_id, "a string")

        token_raw = d.pop("token", UNSET)
        try:

            def _parse_token(data: object) -> ConversationTokenResponseModel | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                token_type_0 = ConversationTokenResponseModel.from_dict(data)

                return token_type_0

            token = _parse_token(token_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            token = deviating_field(cls, "token", token_raw)

        get_agent_link_response_model = cls(
            agent_id=agent_id,
            token=token,
        )
        if _missing:
            get_agent_link_response_model._missing_fields = _missing
        get_agent_link_response_model.additional_properties = d
        return get_agent_link_response_model

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
from ..models.conversation_token_response_model import ConversationTokenResponseModel
