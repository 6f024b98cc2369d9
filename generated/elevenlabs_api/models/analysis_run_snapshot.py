from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
    unexpected_type,
)

T = TypeVar("T", bound="AnalysisRunSnapshot")


@_attrs_define
class AnalysisRunSnapshot:
    """LLM cost of the most recent post-call analysis pass on this conversation.

    Attributes:
        price (float | Unset):  Default: 0.0.
        charge (int | Unset):  Default: 0.
        price_per_feature (AnalysisRunSnapshotPricePerFeature | Unset):
        charge_per_feature (AnalysisRunSnapshotChargePerFeature | Unset):
    """

    price: float | Unset = 0.0

    charge: int | Unset = 0

    price_per_feature: AnalysisRunSnapshotPricePerFeature | Unset = UNSET

    charge_per_feature: AnalysisRunSnapshotChargePerFeature | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = self.price

        charge = self.charge

        price_per_feature: Any
        try:
            price_per_feature = UNSET
            if not isinstance(self.price_per_feature, Unset):
                price_per_feature = self.price_per_feature.to_dict()
        except (AttributeError, TypeError):
            price_per_feature = self.price_per_feature

        charge_per_feature: Any
        try:
            charge_per_feature = UNSET
            if not isinstance(self.charge_per_feature, Unset):
                charge_per_feature = self.charge_per_feature.to_dict()
        except (AttributeError, TypeError):
            charge_per_feature = self.charge_per_feature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if price is not UNSET:
            field_dict["price"] = price
        if charge is not UNSET:
            field_dict["charge"] = charge
        if price_per_feature is not UNSET:
            field_dict["price_per_feature"] = price_per_feature
        if charge_per_feature is not UNSET:
            field_dict["charge_per_feature"] = charge_per_feature
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        price = d.pop("price", UNSET)
        if price.__class__ is not float and price.__class__ is not int and price is not UNSET:
            price = unexpected_type(cls, "price", price, "a number")

        charge = d.pop("charge", UNSET)
        if charge.__class__ is not int and charge is not UNSET:
            charge = unexpected_type(cls, "charge", charge, "an integer")

        price_per_feature_raw = d.pop("price_per_feature", UNSET)
        try:
            _price_per_feature = price_per_feature_raw
            price_per_feature: AnalysisRunSnapshotPricePerFeature | Unset
            if isinstance(_price_per_feature, Unset):
                price_per_feature = UNSET
            else:
                price_per_feature = AnalysisRunSnapshotPricePerFeature.from_dict(_price_per_feature)
        except (KeyError, TypeError, ValueError, AttributeError):
            price_per_feature = deviating_field(cls, "price_per_feature", price_per_feature_raw)

        charge_per_feature_raw = d.pop("charge_per_feature", UNSET)
        try:
            _charge_per_feature = charge_per_feature_raw
            charge_per_feature: AnalysisRunSnapshotChargePerFeature | Unset
            if isinstance(_charge_per_feature, Unset):
                charge_per_feature = UNSET
            else:
                charge_per_feature = AnalysisRunSnapshotChargePerFeature.from_dict(_charge_per_feature)
        except (KeyError, TypeError, ValueError, AttributeError):
            charge_per_feature = deviating_field(cls, "charge_per_feature", charge_per_feature_raw)

        analysis_run_snapshot = cls(
            price=price,
            charge=charge,
            price_per_feature=price_per_feature,
            charge_per_feature=charge_per_feature,
        )
        analysis_run_snapshot.additional_properties = d
        return analysis_run_snapshot

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.analysis_run_snapshot_charge_per_feature import AnalysisRunSnapshotChargePerFeature
from ..models.analysis_run_snapshot_price_per_feature import AnalysisRunSnapshotPricePerFeature
