from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="StudioAgentSettingsModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class StudioAgentSettingsModel(Lazy):
    """Attributes:
    tool_settings (StudioAgentSettingsModelToolSettings | Unset):
    """

    tool_settings: StudioAgentSettingsModelToolSettings | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        studio_agent_settings_model = cls.__new__(cls)
        studio_agent_settings_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_tool_settings(cls: type[StudioAgentSettingsModel], d: Mapping[str, Any]) -> Any:
    tool_settings_raw = d.get("tool_settings", UNSET)
    try:
        _tool_settings = tool_settings_raw
        tool_settings: StudioAgentSettingsModelToolSettings | Unset
        if isinstance(_tool_settings, Unset):
            tool_settings = UNSET
        else:
            tool_settings = StudioAgentSettingsModelToolSettings.from_dict(_tool_settings)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_settings = deviating_field(cls, "tool_settings", tool_settings_raw)

    return tool_settings


_FIELDS: frozenset[str] = frozenset(("tool_settings",))


def _read_additional_properties(cls: type[StudioAgentSettingsModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[StudioAgentSettingsModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "tool_settings" in known:
        tool_settings = known["tool_settings"]
    else:
        tool_settings = d.get("tool_settings", UNSET)
        if tool_settings is not UNSET:
            tool_settings = _read_tool_settings(cls, d)

    return {
        "tool_settings": tool_settings,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    StudioAgentSettingsModel,
    _all_fields,
    {
        "tool_settings": _read_tool_settings,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.studio_agent_settings_model_tool_settings import StudioAgentSettingsModelToolSettings
