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

T = TypeVar("T", bound="AgentDeploymentResponse")


@_attrs_define
class AgentDeploymentResponse:
    """Attributes:
    traffic_percentage_branch_id_map (AgentDeploymentResponseTrafficPercentageBranchIdMap | Unset): Map of branch
        IDs to traffic percentages
    """

    traffic_percentage_branch_id_map: AgentDeploymentResponseTrafficPercentageBranchIdMap | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        traffic_percentage_branch_id_map: Any
        try:
            traffic_percentage_branch_id_map = UNSET
            if not isinstance(self.traffic_percentage_branch_id_map, Unset):
                traffic_percentage_branch_id_map = self.traffic_percentage_branch_id_map.to_dict()
        except (AttributeError, TypeError):
            traffic_percentage_branch_id_map = self.traffic_percentage_branch_id_map

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if traffic_percentage_branch_id_map is not UNSET:
            field_dict["traffic_percentage_branch_id_map"] = traffic_percentage_branch_id_map
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        traffic_percentage_branch_id_map_raw = d.pop("traffic_percentage_branch_id_map", UNSET)
        try:
            _traffic_percentage_branch_id_map = traffic_percentage_branch_id_map_raw
            traffic_percentage_branch_id_map: AgentDeploymentResponseTrafficPercentageBranchIdMap | Unset
            if isinstance(_traffic_percentage_branch_id_map, Unset):
                traffic_percentage_branch_id_map = UNSET
            else:
                traffic_percentage_branch_id_map = AgentDeploymentResponseTrafficPercentageBranchIdMap.from_dict(
                    _traffic_percentage_branch_id_map
                )
        except (KeyError, TypeError, ValueError, AttributeError):
            traffic_percentage_branch_id_map = deviating_field(
                cls, "traffic_percentage_branch_id_map", traffic_percentage_branch_id_map_raw
            )

        agent_deployment_response = cls(
            traffic_percentage_branch_id_map=traffic_percentage_branch_id_map,
        )
        agent_deployment_response.additional_properties = d
        return agent_deployment_response

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
from ..models.agent_deployment_response_traffic_percentage_branch_id_map import (
    AgentDeploymentResponseTrafficPercentageBranchIdMap,
)
