from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, FLOAT, AdditionalProperties, Field, Lazy, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationTurnMetrics(Lazy, AdditionalProperties[Any]):
    metrics: ConversationTurnMetricsMetrics | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("metrics", "metrics", object_of("ConversationTurnMetricsMetrics")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationTurnMetricsMetrics(Lazy, AdditionalProperties["MetricRecord"]):
    additional_properties: dict[str, MetricRecord] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("MetricRecord"))),
    )


@_attrs_define(slots=False)
class MetricRecord(Lazy, AdditionalProperties[Any]):
    elapsed_time: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("elapsed_time", "elapsed_time", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
