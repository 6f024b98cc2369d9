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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkflowFeaturesUsageCommonModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkflowFeaturesUsageCommonModel(Lazy):
    """Attributes:
    enabled (bool | Unset): Defaults to False on the server.
    tool_node (FeatureStatusCommonModel | Unset):
    standalone_agent_node (FeatureStatusCommonModel | Unset):
    phone_number_node (FeatureStatusCommonModel | Unset):
    end_node (FeatureStatusCommonModel | Unset):
    """

    enabled: bool | Unset = UNSET

    tool_node: FeatureStatusCommonModel | Unset = UNSET

    standalone_agent_node: FeatureStatusCommonModel | Unset = UNSET

    phone_number_node: FeatureStatusCommonModel | Unset = UNSET

    end_node: FeatureStatusCommonModel | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        enabled = self.enabled

        tool_node: Any
        try:
            tool_node = UNSET
            if not isinstance(self.tool_node, Unset):
                tool_node = self.tool_node.to_dict()
        except (AttributeError, TypeError):
            tool_node = self.tool_node

        standalone_agent_node: Any
        try:
            standalone_agent_node = UNSET
            if not isinstance(self.standalone_agent_node, Unset):
                standalone_agent_node = self.standalone_agent_node.to_dict()
        except (AttributeError, TypeError):
            standalone_agent_node = self.standalone_agent_node

        phone_number_node: Any
        try:
            phone_number_node = UNSET
            if not isinstance(self.phone_number_node, Unset):
                phone_number_node = self.phone_number_node.to_dict()
        except (AttributeError, TypeError):
            phone_number_node = self.phone_number_node

        end_node: Any
        try:
            end_node = UNSET
            if not isinstance(self.end_node, Unset):
                end_node = self.end_node.to_dict()
        except (AttributeError, TypeError):
            end_node = self.end_node

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workflow_features_usage_common_model = cls.__new__(cls)
        workflow_features_usage_common_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_enabled = plain_reader("enabled", (bool,), "a boolean", False)


def _read_tool_node(cls: type[WorkflowFeaturesUsageCommonModel], d: Mapping[str, Any]) -> Any:
    tool_node_raw = d.get("tool_node", UNSET)
    try:
        _tool_node = tool_node_raw
        tool_node: FeatureStatusCommonModel | Unset
        if isinstance(_tool_node, Unset):
            tool_node = UNSET
        else:
            tool_node = FeatureStatusCommonModel.from_dict(_tool_node)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_node = deviating_field(cls, "tool_node", tool_node_raw)

    return tool_node


def _read_standalone_agent_node(cls: type[WorkflowFeaturesUsageCommonModel], d: Mapping[str, Any]) -> Any:
    standalone_agent_node_raw = d.get("standalone_agent_node", UNSET)
    try:
        _standalone_agent_node = standalone_agent_node_raw
        standalone_agent_node: FeatureStatusCommonModel | Unset
        if isinstance(_standalone_agent_node, Unset):
            standalone_agent_node = UNSET
        else:
            standalone_agent_node = FeatureStatusCommonModel.from_dict(_standalone_agent_node)
    except (KeyError, TypeError, ValueError, AttributeError):
        standalone_agent_node = deviating_field(cls, "standalone_agent_node", standalone_agent_node_raw)

    return standalone_agent_node


def _read_phone_number_node(cls: type[WorkflowFeaturesUsageCommonModel], d: Mapping[str, Any]) -> Any:
    phone_number_node_raw = d.get("phone_number_node", UNSET)
    try:
        _phone_number_node = phone_number_node_raw
        phone_number_node: FeatureStatusCommonModel | Unset
        if isinstance(_phone_number_node, Unset):
            phone_number_node = UNSET
        else:
            phone_number_node = FeatureStatusCommonModel.from_dict(_phone_number_node)
    except (KeyError, TypeError, ValueError, AttributeError):
        phone_number_node = deviating_field(cls, "phone_number_node", phone_number_node_raw)

    return phone_number_node


def _read_end_node(cls: type[WorkflowFeaturesUsageCommonModel], d: Mapping[str, Any]) -> Any:
    end_node_raw = d.get("end_node", UNSET)
    try:
        _end_node = end_node_raw
        end_node: FeatureStatusCommonModel | Unset
        if isinstance(_end_node, Unset):
            end_node = UNSET
        else:
            end_node = FeatureStatusCommonModel.from_dict(_end_node)
    except (KeyError, TypeError, ValueError, AttributeError):
        end_node = deviating_field(cls, "end_node", end_node_raw)

    return end_node


_FIELDS: frozenset[str] = frozenset(
    (
        "enabled",
        "tool_node",
        "standalone_agent_node",
        "phone_number_node",
        "end_node",
    )
)


def _read_additional_properties(cls: type[WorkflowFeaturesUsageCommonModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkflowFeaturesUsageCommonModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    enabled = d.get("enabled", UNSET)
    if enabled.__class__ is not bool and enabled is not UNSET:
        enabled = _read_enabled(cls, d)

    if "tool_node" in known:
        tool_node = known["tool_node"]
    else:
        tool_node = d.get("tool_node", UNSET)
        if tool_node is not UNSET:
            tool_node = _read_tool_node(cls, d)

    if "standalone_agent_node" in known:
        standalone_agent_node = known["standalone_agent_node"]
    else:
        standalone_agent_node = d.get("standalone_agent_node", UNSET)
        if standalone_agent_node is not UNSET:
            standalone_agent_node = _read_standalone_agent_node(cls, d)

    if "phone_number_node" in known:
        phone_number_node = known["phone_number_node"]
    else:
        phone_number_node = d.get("phone_number_node", UNSET)
        if phone_number_node is not UNSET:
            phone_number_node = _read_phone_number_node(cls, d)

    if "end_node" in known:
        end_node = known["end_node"]
    else:
        end_node = d.get("end_node", UNSET)
        if end_node is not UNSET:
            end_node = _read_end_node(cls, d)

    return {
        "enabled": enabled,
        "tool_node": tool_node,
        "standalone_agent_node": standalone_agent_node,
        "phone_number_node": phone_number_node,
        "end_node": end_node,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    WorkflowFeaturesUsageCommonModel,
    _all_fields,
    {
        "enabled": _read_enabled,
        "tool_node": _read_tool_node,
        "standalone_agent_node": _read_standalone_agent_node,
        "phone_number_node": _read_phone_number_node,
        "end_node": _read_end_node,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.feature_status_common_model import FeatureStatusCommonModel
