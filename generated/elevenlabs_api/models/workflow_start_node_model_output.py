from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class WorkflowStartNodeModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'start'.
    edge_order: The ids of outgoing edges in the order they should be evaluated.
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("start"), required=True),
        Field("position", "position", object_of("PositionOutput"), required=True),
        Field("edge_order", "edge_order", list_of(STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowStartNodeModelOutput, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.position_output import PositionOutput
