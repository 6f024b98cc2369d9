from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    check_items,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkflowStartNodeModelOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkflowStartNodeModelOutput(Lazy):
    """Attributes:
    type_ (Literal['start']):  Default: 'start'.
    position (PositionOutput):
    edge_order (list[str]): The ids of outgoing edges in the order they should be evaluated.
    """

    position: PositionOutput

    edge_order: list[str]

    type_: Literal["start"] = _attrs_field(
        default="start",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowStartNodeModelOutput", "type", "start"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "position",
        "edge_order",
    )
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workflow_start_node_model_output = cls.__new__(cls)
        workflow_start_node_model_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workflow_start_node_model_output

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


def _read_type_(cls: type[WorkflowStartNodeModelOutput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["start"], type__raw)
    if type_ != "start":
        raise ValueError(f"type must match const 'start', got '{type_}'")

    return type_


def _read_position(cls: type[WorkflowStartNodeModelOutput], d: Mapping[str, Any]) -> Any:
    position_raw = d.get("position", MISSING)
    if position_raw is MISSING:
        position = missing_field(cls, "position")
    else:
        try:
            position = PositionOutput.from_dict(position_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            position = deviating_field(cls, "position", position_raw)

    return position


_read_edge_order = plain_reader("edge_order", (list,), "an array", True, ((str,), "a string"))


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "position",
        "edge_order",
    )
)


def _read_additional_properties(cls: type[WorkflowStartNodeModelOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkflowStartNodeModelOutput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    if "position" in known:
        position = known["position"]
    else:
        position = _read_position(cls, d)

    edge_order = d.get("edge_order", MISSING)
    if edge_order.__class__ is not list:
        edge_order = _read_edge_order(cls, d)
    elif edge_order.__class__ is list and edge_order:
        check_items(cls, "edge_order", edge_order, (str,), "a string")

    return {
        "type_": type_,
        "position": position,
        "edge_order": edge_order,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowStartNodeModelOutput, type_="type")

set_readers(
    WorkflowStartNodeModelOutput,
    _all_fields,
    {
        "type_": _read_type_,
        "position": _read_position,
        "edge_order": _read_edge_order,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.position_output import PositionOutput
