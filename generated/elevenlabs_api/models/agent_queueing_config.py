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

T = TypeVar("T", bound="AgentQueueingConfig")


@_attrs_define
class AgentQueueingConfig:
    """Attributes:
    enabled (bool | Unset): Hold callers in a wait queue when the agent is at its concurrency limit, instead of
        rejecting them immediately Default: False.
    wait_timeout_seconds (int | Unset): Maximum time a caller can wait in the queue before being rejected Default:
        180.
    """

    enabled: bool | Unset = False

    wait_timeout_seconds: int | Unset = 180

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        wait_timeout_seconds = self.wait_timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if wait_timeout_seconds is not UNSET:
            field_dict["wait_timeout_seconds"] = wait_timeout_seconds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)
        if enabled.__class__ is not bool and enabled is not UNSET:
            enabled = unexpected_type(cls, "enabled", enabled, "a boolean")

        wait_timeout_seconds = d.pop("wait_timeout_seconds", UNSET)
        if wait_timeout_seconds.__class__ is not int and wait_timeout_seconds is not UNSET:
            wait_timeout_seconds = unexpected_type(cls, "wait_timeout_seconds", wait_timeout_seconds, "an integer")

        agent_queueing_config = cls(
            enabled=enabled,
            wait_timeout_seconds=wait_timeout_seconds,
        )
        agent_queueing_config.additional_properties = d
        return agent_queueing_config

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
