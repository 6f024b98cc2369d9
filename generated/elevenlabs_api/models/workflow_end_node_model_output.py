from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    check_items,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="WorkflowEndNodeModelOutput")


@_attrs_define
class WorkflowEndNodeModelOutput:
    """Attributes:
    type_ (Literal['end']):  Default: 'end'.
    position (PositionOutput):
    edge_order (list[str]): The ids of outgoing edges in the order they should be evaluated.
    """

    position: PositionOutput

    edge_order: list[str]

    type_: Literal["end"] = "end"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "end")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        position: Any
        try:
            position = self.position.to_dict()
        except (AttributeError, TypeError):
            position = self.position

        edge_order: Any
        try:
            edge_order = self.edge_order

        except (AttributeError, TypeError):
            edge_order = self.edge_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if position is not None or "position" not in self._missing_fields:
            field_dict["position"] = position
        if edge_order is not None or "edge_order" not in self._missing_fields:
            field_dict["edge_order"] = edge_order
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", MISSING)
        if type__raw is MISSING:
            type__raw = missing_field(cls, "type")
        type_ = cast(Literal["end"], type__raw)
        if type_ != "end":
            raise ValueError(f"type must match const 'end', got '{type_}'")

        position_raw = d.pop("position", MISSING)
        if position_raw is MISSING:
            position = missing_field(cls, "position")
            _missing += ("position",)
        else:
            try:
                position = PositionOutput.from_dict(position_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                position = deviating_field(cls, "position", position_raw)

        edge_order = d.pop("edge_order", MISSING)
        if edge_order.__class__ is not list:
            if edge_order is MISSING:
                edge_order = missing_field(cls, "edge_order")
                _missing += ("edge_order",)
            else:
                edge_order = unexpected_type(cls, "edge_order", edge_order, "an array")
        elif edge_order.__class__ is list and edge_order:
            check_items(cls, "edge_order", edge_order, (str,), "a string")

        workflow_end_node_model_output = cls(
            type_=type_,
            position=position,
            edge_order=edge_order,
        )
        if _missing:
            workflow_end_node_model_output._missing_fields = _missing
        workflow_end_node_model_output.additional_properties = d
        return workflow_end_node_model_output

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
from ..models.position_output import PositionOutput
