from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_scope import AnalysisScope, check_analysis_scope
from ..types import (
    deviating_field,
)

T = TypeVar("T", bound="AgentPlatformSettingsRequestModelDataCollectionScopes")


@_attrs_define
class AgentPlatformSettingsRequestModelDataCollectionScopes:
    """Scope per data collection item ID. Missing keys default to conversation scope."""

    additional_properties: dict[str, AnalysisScope] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            try:
                field_dict[prop_name] = prop
            except (AttributeError, TypeError):  # a value kept as it came (not strict) goes back as it came
                field_dict[prop_name] = prop
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        agent_platform_settings_request_model_data_collection_scopes = cls()
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                additional_property = check_analysis_scope(prop_dict)

            except (KeyError, TypeError, ValueError, AttributeError):
                additional_property = deviating_field(cls, prop_name, prop_dict)
            additional_properties[prop_name] = additional_property
        agent_platform_settings_request_model_data_collection_scopes.additional_properties = additional_properties
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
