from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkflowStartNodeModelInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkflowStartNodeModelInput(Lazy):
    """Attributes:
    type_ (Literal['start'] | Unset):  Default: 'start'.
    position (PositionInput | Unset):
    edge_order (list[str] | Unset): The ids of outgoing edges in the order they should be evaluated.
    """

    type_: Literal["start"] | Unset = _attrs_field(
        default="start",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowStartNodeModelInput", "type", "start"),
    )

    position: PositionInput | Unset = UNSET

    edge_order: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "start")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        position: Any
        try:
            position = UNSET
            if not isinstance(self.position, Unset):
                position = self.position.to_dict()
        except (AttributeError, TypeError):
            position = self.position

        edge_order: Any
        try:
            edge_order = UNSET
            if not isinstance(self.edge_order, Unset):
                edge_order = self.edge_order

        except (AttributeError, TypeError):
            edge_order = self.edge_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if position is not UNSET:
            field_dict["position"] = position
        if edge_order is not UNSET:
            field_dict["edge_order"] = edge_order
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workflow_start_node_model_input = cls.__new__(cls)
        workflow_start_node_model_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workflow_start_node_model_input

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


def _read_type_(cls: type[WorkflowStartNodeModelInput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["start"] | Unset, type__raw)
    if type_ != "start" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'start', got '{type_}'")

    return type_


def _read_position(cls: type[WorkflowStartNodeModelInput], d: Mapping[str, Any]) -> Any:
    position_raw = d.get("position", UNSET)
    try:
        _position = position_raw
        position: PositionInput | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = PositionInput.from_dict(_position)
    except (KeyError, TypeError, ValueError, AttributeError):
        position = deviating_field(cls, "position", position_raw)

    return position


_read_edge_order = plain_reader("edge_order", (list,), "an array", False, ((str,), "a string"))


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "position",
        "edge_order",
    )
)


def _read_additional_properties(cls: type[WorkflowStartNodeModelInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkflowStartNodeModelInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    if "position" in known:
        position = known["position"]
    else:
        position = d.get("position", UNSET)
        if position is not UNSET:
            position = _read_position(cls, d)

    edge_order = d.get("edge_order", UNSET)
    if edge_order.__class__ is not list and edge_order is not UNSET:
        edge_order = _read_edge_order(cls, d)
    elif edge_order.__class__ is list and edge_order:
        check_items(cls, "edge_order", edge_order, (str,), "a string")

    return {
        "type_": type_,
        "position": position,
        "edge_order": edge_order,
        "additional_properties": _read_additional_properties(cls, d),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowStartNodeModelInput, type_="type")

set_readers(
    WorkflowStartNodeModelInput,
    _all_fields,
    {
        "type_": _read_type_,
        "position": _read_position,
        "edge_order": _read_edge_order,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.position_input import PositionInput
