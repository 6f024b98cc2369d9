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

T = TypeVar("T", bound="StudioAgentToolSettingsModel")


@_attrs_define
class StudioAgentToolSettingsModel:
    """Attributes:
    skip_confirmation (bool | Unset):  Default: False.
    """

    skip_confirmation: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skip_confirmation = self.skip_confirmation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if skip_confirmation is not UNSET:
            field_dict["skip_confirmation"] = skip_confirmation
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        skip_confirmation = d.pop("skip_confirmation", UNSET)
        if skip_confirmation.__class__ is not bool and skip_confirmation is not UNSET:
            skip_confirmation = unexpected_type(cls, "skip_confirmation", skip_confirmation, "a boolean")

        studio_agent_tool_settings_model = cls(
            skip_confirmation=skip_confirmation,
        )
        studio_agent_tool_settings_model.additional_properties = d
        return studio_agent_tool_settings_model

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
