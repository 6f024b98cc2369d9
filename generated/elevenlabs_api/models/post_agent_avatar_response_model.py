from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="PostAgentAvatarResponseModel")


@_attrs_define
class PostAgentAvatarResponseModel:
    """Attributes:
    agent_id (str):
    avatar_url (None | str | Unset):
    """

    agent_id: str

    avatar_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        avatar_url: Any
        try:
            avatar_url = self.avatar_url

        except (AttributeError, TypeError):
            avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
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

        avatar_url = d.pop("avatar_url", UNSET)
        if avatar_url.__class__ is not str and avatar_url is not None and avatar_url is not UNSET:
            avatar_url = unexpected_type(cls, "avatar_url", avatar_url, "a string or null")

        post_agent_avatar_response_model = cls(
            agent_id=agent_id,
            avatar_url=avatar_url,
        )
        if _missing:
            post_agent_avatar_response_model._missing_fields = _missing
        post_agent_avatar_response_model.additional_properties = d
        return post_agent_avatar_response_model

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
