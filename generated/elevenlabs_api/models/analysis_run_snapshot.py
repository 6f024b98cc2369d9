from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    FLOAT,
    INT,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.analysis_run_snapshot_charge_per_feature import AnalysisRunSnapshotChargePerFeature
from ..models.analysis_run_snapshot_price_per_feature import AnalysisRunSnapshotPricePerFeature
