from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="WorkflowToolEdgeStepModel")


@_attrs_define
class WorkflowToolEdgeStepModel:
    """Attributes:
    step_latency_secs (float):
    edge_id (str):
    target_node_id (str):
    type_ (Literal['edge'] | Unset):
    """

    step_latency_secs: float

    edge_id: str

    target_node_id: str

    type_: Literal["edge"] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "edge")

    def to_dict(self) -> dict[str, Any]:
        step_latency_secs = self.step_latency_secs

        edge_id = self.edge_id

        target_node_id = self.target_node_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if step_latency_secs is not None or "step_latency_secs" not in self._missing_fields:
            field_dict["step_latency_secs"] = step_latency_secs
        if edge_id is not None or "edge_id" not in self._missing_fields:
            field_dict["edge_id"] = edge_id
        if target_node_id is not None or "target_node_id" not in self._missing_fields:
            field_dict["target_node_id"] = target_node_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["edge"] | Unset, type__raw)
        if type_ != "edge" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'edge', got '{type_}'")

        step_latency_secs = d.pop("step_latency_secs", MISSING)
        if step_latency_secs.__class__ is not float and step_latency_secs.__class__ is not int:
            if step_latency_secs is MISSING:
                step_latency_secs = missing_field(cls, "step_latency_secs")
                _missing += ("step_latency_secs",)
            else:
                step_latency_secs = unexpected_type(cls, "step_latency_secs", step_latency_secs, "a number")

        edge_id = d.pop("edge_id", MISSING)
        if edge_id.__class__ is not str:
            if edge_id is MISSING:
                edge_id = missing_field(cls, "edge_id")
                _missing += ("edge_id",)
            else:
                edge_id = unexpected_type(cls, "edge_id", edge_id, "a string")

        target_node_id = d.pop("target_node_id", MISSING)
        if target_node_id.__class__ is not str:
            if target_node_id is MISSING:
                target_node_id = missing_field(cls, "target_node_id")
                _missing += ("target_node_id",)
            else:
                target_node_id = unexpected_type(cls, "target_node_id", target_node_id, "a string")

        workflow_tool_edge_step_model = cls(
            step_latency_secs=step_latency_secs,
            edge_id=edge_id,
            target_node_id=target_node_id,
            type_=type_,
        )
        if _missing:
            workflow_tool_edge_step_model._missing_fields = _missing
        workflow_tool_edge_step_model.additional_properties = d
        return workflow_tool_edge_step_model

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
