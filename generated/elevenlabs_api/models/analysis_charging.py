from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class AnalysisCharging(Lazy, AdditionalProperties[Any]):
    """Cost of running post-call analysis on this conversation.
    Present once an analysis pass has run, billed or not.

    Attributes:
        total: Cumulative LLM cost of running post-call analysis on this conversation.
        last_run: LLM cost of the most recent post-call analysis pass on this conversation.
    """

    total: AnalysisRunningTotal

    last_run: AnalysisRunSnapshot

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("total", "total", object_of("AnalysisRunningTotal"), required=True),
        Field("last_run", "last_run", object_of("AnalysisRunSnapshot"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.analysis_run_snapshot import AnalysisRunSnapshot
from ..models.analysis_running_total import AnalysisRunningTotal
