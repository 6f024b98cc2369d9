from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    FLOAT,
    INT,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import Unset


@_attrs_define(slots=False)
class WorkflowToolMaxIterationsExceededStepModel(Lazy, AdditionalProperties[Any]):
    step_latency_secs: float

    max_iterations: int

    type_: Literal["max_iterations_exceeded"] | Unset = _attrs_field(
        default="max_iterations_exceeded",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowToolMaxIterationsExceededStepModel", "type", "max_iterations_exceeded"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("step_latency_secs", "step_latency_secs", FLOAT, required=True),
        Field("max_iterations", "max_iterations", INT, required=True),
        Field("type_", "type", const("max_iterations_exceeded")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowToolMaxIterationsExceededStepModel, type_="type")
