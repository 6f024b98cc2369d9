from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import AnalysisScope, check_analysis_scope
from ..types import (
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentPlatformSettingsRequestModelDataCollectionScopes")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentPlatformSettingsRequestModelDataCollectionScopes(Lazy):
    """Scope per data collection item ID. Missing keys default to conversation scope."""

    additional_properties: dict[str, AnalysisScope] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            try:
                field_dict[prop_name] = prop
            except (AttributeError, TypeError):  # a value kept as it came (not strict) goes back as it came
                field_dict[prop_name] = prop
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_platform_settings_request_model_data_collection_scopes = cls.__new__(cls)
        agent_platform_settings_request_model_data_collection_scopes.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return agent_platform_settings_request_model_data_collection_scopes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> AnalysisScope:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: AnalysisScope) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_FIELDS: frozenset[str] = frozenset(())


def _read_additional_properties(
    cls: type[AgentPlatformSettingsRequestModelDataCollectionScopes], d: Mapping[str, Any]
) -> dict[str, Any]:
    additional_properties = {}
    for prop_name, prop_dict in d.items():
        if prop_name in _FIELDS:
            continue
        try:
            additional_property = check_analysis_scope(prop_dict)

        except (KeyError, TypeError, ValueError, AttributeError):
            additional_property = deviating_field(cls, prop_name, prop_dict)
        additional_properties[prop_name] = additional_property
    return additional_properties


def _all_fields(
    cls: type[AgentPlatformSettingsRequestModelDataCollectionScopes], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    return {
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AgentPlatformSettingsRequestModelDataCollectionScopes,
    _all_fields,
    {
        "additional_properties": _read_additional_properties,
    },
)
