from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowFeaturesUsageCommonModel")


@_attrs_define
class WorkflowFeaturesUsageCommonModel:
    """Attributes:
    enabled (bool | Unset):  Default: False.
    tool_node (FeatureStatusCommonModel | Unset):
    standalone_agent_node (FeatureStatusCommonModel | Unset):
    phone_number_node (FeatureStatusCommonModel | Unset):
    end_node (FeatureStatusCommonModel | Unset):
    """

    enabled: bool | Unset = False

    tool_node: FeatureStatusCommonModel | Unset = UNSET

    standalone_agent_node: FeatureStatusCommonModel | Unset = UNSET

    phone_number_node: FeatureStatusCommonModel | Unset = UNSET

    end_node: FeatureStatusCommonModel | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        tool_node: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_node, Unset):
            tool_node = self.tool_node.to_dict()

        standalone_agent_node: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standalone_agent_node, Unset):
            standalone_agent_node = self.standalone_agent_node.to_dict()

        phone_number_node: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone_number_node, Unset):
            phone_number_node = self.phone_number_node.to_dict()

        end_node: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_node, Unset):
            end_node = self.end_node.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if tool_node is not UNSET:
            field_dict["tool_node"] = tool_node
        if standalone_agent_node is not UNSET:
            field_dict["standalone_agent_node"] = standalone_agent_node
        if phone_number_node is not UNSET:
            field_dict["phone_number_node"] = phone_number_node
        if end_node is not UNSET:
            field_dict["end_node"] = end_node
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        _tool_node = d.pop("tool_node", UNSET)
        tool_node: FeatureStatusCommonModel | Unset
        if isinstance(_tool_node, Unset):
            tool_node = UNSET
        else:
            tool_node = FeatureStatusCommonModel.from_dict(_tool_node)

        _standalone_agent_node = d.pop("standalone_agent_node", UNSET)
        standalone_agent_node: FeatureStatusCommonModel | Unset
        if isinstance(_standalone_agent_node, Unset):
            standalone_agent_node = UNSET
        else:
            standalone_agent_node = FeatureStatusCommonModel.from_dict(_standalone_agent_node)

        _phone_number_node = d.pop("phone_number_node", UNSET)
        phone_number_node: FeatureStatusCommonModel | Unset
        if isinstance(_phone_number_node, Unset):
            phone_number_node = UNSET
        else:
            phone_number_node = FeatureStatusCommonModel.from_dict(_phone_number_node)

        _end_node = d.pop("end_node", UNSET)
        end_node: FeatureStatusCommonModel | Unset
        if isinstance(_end_node, Unset):
            end_node = UNSET
        else:
            end_node = FeatureStatusCommonModel.from_dict(_end_node)

        workflow_features_usage_common_model = cls(
            enabled=enabled,
            tool_node=tool_node,
            standalone_agent_node=standalone_agent_node,
            phone_number_node=phone_number_node,
            end_node=end_node,
        )
        workflow_features_usage_common_model.additional_properties = d
        return workflow_features_usage_common_model

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
from ..models.feature_status_common_model import FeatureStatusCommonModel
