from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetAgentLinkResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetAgentLinkResponseModel(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("agent_id",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_agent_link_response_model = cls.__new__(cls)
        get_agent_link_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_agent_id = plain_reader("agent_id", (str,), "a string", True)


def _read_token(cls: type[GetAgentLinkResponseModel], d: Mapping[str, Any]) -> Any:
    token_raw = d.get("token", UNSET)
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

    return token


_FIELDS: frozenset[str] = frozenset(
    (
        "agent_id",
        "token",
    )
)


def _read_additional_properties(cls: type[GetAgentLinkResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[GetAgentLinkResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    if "token" in known:
        token = known["token"]
    else:
        token = d.get("token", UNSET)
        if token is not UNSET and token is not None:
            token = _read_token(cls, d)

    return {
        "agent_id": agent_id,
        "token": token,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetAgentLinkResponseModel,
    _all_fields,
    {
        "agent_id": _read_agent_id,
        "token": _read_token,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_token_response_model import ConversationTokenResponseModel
