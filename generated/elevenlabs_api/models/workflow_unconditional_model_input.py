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
class WorkflowUnconditionalModelInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    label: Optional human-readable label for the condition used throughout the UI.
    type_:  Default: 'unconditional'.
    """

    label: None | str | Unset = UNSET

    type_: Literal["unconditional"] | Unset = _attrs_field(
        default="unconditional",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowUnconditionalModelInput", "type", "unconditional"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("label", "label", union(STR, NULL)),
        Field("type_", "type", const("unconditional")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowUnconditionalModelInput, type_="type")
