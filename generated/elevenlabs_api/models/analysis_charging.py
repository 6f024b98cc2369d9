from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, FLOAT, INT, AdditionalProperties, Field, Lazy, dict_of, object_of
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class AnalysisRunSnapshot(Lazy, AdditionalProperties[Any]):
    """LLM cost of the most recent post-call analysis pass on this conversation.

    Attributes:
        price: Defaults to 0.0 on the server.
        charge: Defaults to 0 on the server.
    """

    price: float | Unset = UNSET

    charge: int | Unset = UNSET

    price_per_feature: AnalysisRunSnapshotPricePerFeature | Unset = UNSET

    charge_per_feature: AnalysisRunSnapshotChargePerFeature | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("price", "price", FLOAT),
        Field("charge", "charge", INT),
        Field("price_per_feature", "price_per_feature", object_of("AnalysisRunSnapshotPricePerFeature")),
        Field("charge_per_feature", "charge_per_feature", object_of("AnalysisRunSnapshotChargePerFeature")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AnalysisRunSnapshotChargePerFeature(Lazy, AdditionalProperties["int"]):
    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(INT)),)


@_attrs_define(slots=False)
class AnalysisRunSnapshotPricePerFeature(Lazy, AdditionalProperties["float"]):
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(FLOAT)),)


@_attrs_define(slots=False)
class AnalysisRunningTotal(Lazy, AdditionalProperties[Any]):
    """Cumulative LLM cost of running post-call analysis on this conversation.

    Attributes:
        price: Defaults to 0.0 on the server.
        charge: Defaults to 0 on the server.
        runs: Defaults to 0 on the server.
    """

    price: float | Unset = UNSET

    charge: int | Unset = UNSET

    runs: int | Unset = UNSET

    price_per_feature: AnalysisRunningTotalPricePerFeature | Unset = UNSET

    charge_per_feature: AnalysisRunningTotalChargePerFeature | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("price", "price", FLOAT),
        Field("charge", "charge", INT),
        Field("runs", "runs", INT),
        Field("price_per_feature", "price_per_feature", object_of("AnalysisRunningTotalPricePerFeature")),
        Field("charge_per_feature", "charge_per_feature", object_of("AnalysisRunningTotalChargePerFeature")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AnalysisRunningTotalChargePerFeature(Lazy, AdditionalProperties["int"]):
    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(INT)),)


@_attrs_define(slots=False)
class AnalysisRunningTotalPricePerFeature(Lazy, AdditionalProperties["float"]):
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(FLOAT)),)
