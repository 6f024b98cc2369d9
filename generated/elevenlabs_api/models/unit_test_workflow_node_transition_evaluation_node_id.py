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

T = TypeVar("T", bound="UnitTestWorkflowNodeTransitionEvaluationNodeId")


@_attrs_define
class UnitTestWorkflowNodeTransitionEvaluationNodeId:
    """Attributes:
    agent_id (str): The ID of the agent whose workflow contains the target node.
    target_node_id (str): The ID of the workflow node that the agent should transition to.
    type_ (Literal['node_id'] | Unset):  Default: 'node_id'.
    """

    agent_id: str

    target_node_id: str

    type_: Literal["node_id"] | Unset = "node_id"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "node_id")

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        target_node_id = self.target_node_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
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
        type_ = cast(Literal["node_id"] | Unset, type__raw)
        if type_ != "node_id" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'node_id', got '{type_}'")

        agent_id = d.pop("agent_id", MISSING)
        if agent_id.__class__ is not str:
            if agent_id is MISSING:
                agent_id = missing_field(cls, "agent_id")
                _missing += ("agent_id",)
            else:
                agent_id = unexpected_type(cls, "agent_id", agent_id, "a string")

        target_node_id = d.pop("target_node_id", MISSING)
        if target_node_id.__class__ is not str:
            if target_node_id is MISSING:
                target_node_id = missing_field(cls, "target_node_id")
                _missing += ("target_node_id",)
            else:
                target_node_id = unexpected_type(cls, "target_node_id", target_node_id, "a string")

        unit_test_workflow_node_transition_evaluation_node_id = cls(
            agent_id=agent_id,
            target_node_id=target_node_id,
            type_=type_,
        )
        if _missing:
            unit_test_workflow_node_transition_evaluation_node_id._missing_fields = _missing
        unit_test_workflow_node_transition_evaluation_node_id.additional_properties = d
        return unit_test_workflow_node_transition_evaluation_node_id

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
