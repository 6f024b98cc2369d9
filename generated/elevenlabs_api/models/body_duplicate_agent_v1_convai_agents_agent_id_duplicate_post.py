from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="BodyDuplicateAgentV1ConvaiAgentsAgentIdDuplicatePost")


@_attrs_define
class BodyDuplicateAgentV1ConvaiAgentsAgentIdDuplicatePost:
    """Attributes:
    name (None | str | Unset): A name to make the agent easier to find
    """

    name: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: Any
        try:
            name = self.name

        except (AttributeError, TypeError):
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not None and name is not UNSET:
            name = unexpected_type(cls, "name", name, "a string or null")

        body_duplicate_agent_v1_convai_agents_agent_id_duplicate_post = cls(
            name=name,
        )
        body_duplicate_agent_v1_convai_agents_agent_id_duplicate_post.additional_properties = d
        return body_duplicate_agent_v1_convai_agents_agent_id_duplicate_post

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
