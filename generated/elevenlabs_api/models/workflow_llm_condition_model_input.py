from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
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
class WorkflowLlmConditionModelInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    condition: Condition to evaluate
    label: Optional human-readable label for the condition used throughout the UI.
    type_:  Default: 'llm'.
    """

    condition: str

    label: None | str | Unset = UNSET

    type_: Literal["llm"] | Unset = _attrs_field(
        default="llm",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowLlmConditionModelInput", "type", "llm"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("condition", "condition", STR, required=True),
        Field("label", "label", union(STR, NULL)),
        Field("type_", "type", const("llm")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowLlmConditionModelInput, type_="type")
