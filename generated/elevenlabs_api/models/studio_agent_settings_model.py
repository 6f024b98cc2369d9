from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
)

T = TypeVar("T", bound="StudioAgentSettingsModel")


@_attrs_define
class StudioAgentSettingsModel:
    """Attributes:
    tool_settings (StudioAgentSettingsModelToolSettings | Unset):
    """

    tool_settings: StudioAgentSettingsModelToolSettings | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_settings: Any
        try:
            tool_settings = UNSET
            if not isinstance(self.tool_settings, Unset):
                tool_settings = self.tool_settings.to_dict()
        except (AttributeError, TypeError):
            tool_settings = self.tool_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tool_settings is not UNSET:
            field_dict["tool_settings"] = tool_settings
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        tool_settings_raw = d.pop("tool_settings", UNSET)
        try:
            _tool_settings = tool_settings_raw
            tool_settings: StudioAgentSettingsModelToolSettings | Unset
            if isinstance(_tool_settings, Unset):
                tool_settings = UNSET
            else:
                tool_settings = StudioAgentSettingsModelToolSettings.from_dict(_tool_settings)
        except (KeyError, TypeError, ValueError, AttributeError):
            tool_settings = deviating_field(cls, "tool_settings", tool_settings_raw)

        studio_agent_settings_model = cls(
            tool_settings=tool_settings,
        )
        studio_agent_settings_model.additional_properties = d
        return studio_agent_settings_model

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
from ..models.studio_agent_settings_model_tool_settings import StudioAgentSettingsModelToolSettings
