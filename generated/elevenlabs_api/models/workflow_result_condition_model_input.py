from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    BOOL,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class WorkflowResultConditionModelInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    successful: Whether all tools in the previously executed tool node were executed successfully.
    label: Optional human-readable label for the condition used throughout the UI.
    type_:  Default: 'result'.
    """

    successful: bool

    label: None | str | Unset = UNSET

    type_: Literal["result"] | Unset = _attrs_field(
        default="result",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowResultConditionModelInput", "type", "result"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("successful", "successful", BOOL, required=True),
        Field("label", "label", union(STR, NULL)),
        Field("type_", "type", const("result")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowResultConditionModelInput, type_="type")
