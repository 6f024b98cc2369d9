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

T = TypeVar("T", bound="AgentDeploymentResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentDeploymentResponse(Lazy):
    """Attributes:
    traffic_percentage_branch_id_map (AgentDeploymentResponseTrafficPercentageBranchIdMap | Unset): Map of branch
        IDs to traffic percentages
    """

    traffic_percentage_branch_id_map: AgentDeploymentResponseTrafficPercentageBranchIdMap | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_deployment_response = cls.__new__(cls)
        agent_deployment_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_traffic_percentage_branch_id_map(cls: type[AgentDeploymentResponse], d: Mapping[str, Any]) -> Any:
    traffic_percentage_branch_id_map_raw = d.get("traffic_percentage_branch_id_map", UNSET)
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

    return traffic_percentage_branch_id_map


_FIELDS: frozenset[str] = frozenset(("traffic_percentage_branch_id_map",))


def _read_additional_properties(cls: type[AgentDeploymentResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentDeploymentResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "traffic_percentage_branch_id_map" in known:
        traffic_percentage_branch_id_map = known["traffic_percentage_branch_id_map"]
    else:
        traffic_percentage_branch_id_map = d.get("traffic_percentage_branch_id_map", UNSET)
        if traffic_percentage_branch_id_map is not UNSET:
            traffic_percentage_branch_id_map = _read_traffic_percentage_branch_id_map(cls, d)

    return {
        "traffic_percentage_branch_id_map": traffic_percentage_branch_id_map,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AgentDeploymentResponse,
    _all_fields,
    {
        "traffic_percentage_branch_id_map": _read_traffic_percentage_branch_id_map,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_deployment_response_traffic_percentage_branch_id_map import (
    AgentDeploymentResponseTrafficPercentageBranchIdMap,
)
