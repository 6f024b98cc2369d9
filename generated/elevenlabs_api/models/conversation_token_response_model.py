from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ConversationTokenPurpose
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationTokenResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationTokenResponseModel(Lazy):
    """Attributes:
    agent_id (str): The ID of the agent
    conversation_token (str): The token for the agent
    purpose (ConversationTokenPurpose | str): The purpose of the token
    expiration_time_unix_secs (int | None | Unset): The expiration time of the token in unix seconds
    conversation_id (None | str | Unset): The ID of the conversation
    token_requester_user_id (None | str | Unset): The user ID of the entity who requested the token
    """

    agent_id: str

    conversation_token: str

    purpose: ConversationTokenPurpose | str

    expiration_time_unix_secs: int | None | Unset = UNSET

    conversation_id: None | str | Unset = UNSET

    token_requester_user_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "agent_id",
        "conversation_token",
        "purpose",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        agent_id = self.agent_id

        conversation_token = self.conversation_token

        purpose: Any
        try:
            if isinstance(self.purpose, str):
                purpose = self.purpose
            else:
                purpose = self.purpose

        except (AttributeError, TypeError):
            purpose = self.purpose

        expiration_time_unix_secs: Any
        try:
            expiration_time_unix_secs = self.expiration_time_unix_secs

        except (AttributeError, TypeError):
            expiration_time_unix_secs = self.expiration_time_unix_secs

        conversation_id: Any
        try:
            conversation_id = self.conversation_id

        except (AttributeError, TypeError):
            conversation_id = self.conversation_id

        token_requester_user_id: Any
        try:
            token_requester_user_id = self.token_requester_user_id

        except (AttributeError, TypeError):
            token_requester_user_id = self.token_requester_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if conversation_token is not None or "conversation_token" not in self._missing_fields:
            field_dict["conversation_token"] = conversation_token
        if purpose is not None or "purpose" not in self._missing_fields:
            field_dict["purpose"] = purpose
        if expiration_time_unix_secs is not UNSET:
            field_dict["expiration_time_unix_secs"] = expiration_time_unix_secs
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if token_requester_user_id is not UNSET:
            field_dict["token_requester_user_id"] = token_requester_user_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_token_response_model = cls.__new__(cls)
        conversation_token_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_token_response_model

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

_read_conversation_token = plain_reader("conversation_token", (str,), "a string", True)

_read_purpose = plain_reader("purpose", (str,), "a string", True)

_read_expiration_time_unix_secs = plain_reader(
    "expiration_time_unix_secs",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_conversation_id = plain_reader(
    "conversation_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_token_requester_user_id = plain_reader(
    "token_requester_user_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "agent_id",
        "conversation_token",
        "purpose",
        "expiration_time_unix_secs",
        "conversation_id",
        "token_requester_user_id",
    )
)


def _read_additional_properties(cls: type[ConversationTokenResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationTokenResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    conversation_token = d.get("conversation_token", MISSING)
    if conversation_token.__class__ is not str:
        conversation_token = _read_conversation_token(cls, d)

    purpose = d.get("purpose", MISSING)
    if purpose.__class__ is not str:
        purpose = _read_purpose(cls, d)

    expiration_time_unix_secs = d.get("expiration_time_unix_secs", UNSET)
    if (
        expiration_time_unix_secs.__class__ is not int
        and expiration_time_unix_secs is not None
        and expiration_time_unix_secs is not UNSET
    ):
        expiration_time_unix_secs = _read_expiration_time_unix_secs(cls, d)

    conversation_id = d.get("conversation_id", UNSET)
    if conversation_id.__class__ is not str and conversation_id is not None and conversation_id is not UNSET:
        conversation_id = _read_conversation_id(cls, d)

    token_requester_user_id = d.get("token_requester_user_id", UNSET)
    if (
        token_requester_user_id.__class__ is not str
        and token_requester_user_id is not None
        and token_requester_user_id is not UNSET
    ):
        token_requester_user_id = _read_token_requester_user_id(cls, d)

    return {
        "agent_id": agent_id,
        "conversation_token": conversation_token,
        "purpose": purpose,
        "expiration_time_unix_secs": expiration_time_unix_secs,
        "conversation_id": conversation_id,
        "token_requester_user_id": token_requester_user_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ConversationTokenResponseModel,
    _all_fields,
    {
        "agent_id": _read_agent_id,
        "conversation_token": _read_conversation_token,
        "purpose": _read_purpose,
        "expiration_time_unix_secs": _read_expiration_time_unix_secs,
        "conversation_id": _read_conversation_id,
        "token_requester_user_id": _read_token_requester_user_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
