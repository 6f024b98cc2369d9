from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class WorkflowEndNodeModelInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'end'.
    edge_order: The ids of outgoing edges in the order they should be evaluated.
    """

    type_: Literal["end"] | Unset = _attrs_field(
        default="end",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowEndNodeModelInput", "type", "end"),
    )

    position: PositionInput | Unset = UNSET

    edge_order: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("end")),
        Field("position", "position", object_of("PositionInput")),
        Field("edge_order", "edge_order", list_of(STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowEndNodeModelInput, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.position_input import PositionInput
