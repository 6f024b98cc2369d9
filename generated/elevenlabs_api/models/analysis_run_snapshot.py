from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AnalysisRunSnapshot")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AnalysisRunSnapshot(Lazy):
    """LLM cost of the most recent post-call analysis pass on this conversation.

    Attributes:
        price (float | Unset): Defaults to 0.0 on the server.
        charge (int | Unset): Defaults to 0 on the server.
        price_per_feature (AnalysisRunSnapshotPricePerFeature | Unset):
        charge_per_feature (AnalysisRunSnapshotChargePerFeature | Unset):
    """

    price: float | Unset = UNSET

    charge: int | Unset = UNSET

    price_per_feature: AnalysisRunSnapshotPricePerFeature | Unset = UNSET

    charge_per_feature: AnalysisRunSnapshotChargePerFeature | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        analysis_run_snapshot = cls.__new__(cls)
        analysis_run_snapshot.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_price = plain_reader(
    "price",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_charge = plain_reader("charge", (int,), "an integer", False)


def _read_price_per_feature(cls: type[AnalysisRunSnapshot], d: Mapping[str, Any]) -> Any:
    price_per_feature_raw = d.get("price_per_feature", UNSET)
    try:
        _price_per_feature = price_per_feature_raw
        price_per_feature: AnalysisRunSnapshotPricePerFeature | Unset
        if isinstance(_price_per_feature, Unset):
            price_per_feature = UNSET
        else:
            price_per_feature = AnalysisRunSnapshotPricePerFeature.from_dict(_price_per_feature)
    except (KeyError, TypeError, ValueError, AttributeError):
        price_per_feature = deviating_field(cls, "price_per_feature", price_per_feature_raw)

    return price_per_feature


def _read_charge_per_feature(cls: type[AnalysisRunSnapshot], d: Mapping[str, Any]) -> Any:
    charge_per_feature_raw = d.get("charge_per_feature", UNSET)
    try:
        _charge_per_feature = charge_per_feature_raw
        charge_per_feature: AnalysisRunSnapshotChargePerFeature | Unset
        if isinstance(_charge_per_feature, Unset):
            charge_per_feature = UNSET
        else:
            charge_per_feature = AnalysisRunSnapshotChargePerFeature.from_dict(_charge_per_feature)
    except (KeyError, TypeError, ValueError, AttributeError):
        charge_per_feature = deviating_field(cls, "charge_per_feature", charge_per_feature_raw)

    return charge_per_feature


_FIELDS: frozenset[str] = frozenset(
    (
        "price",
        "charge",
        "price_per_feature",
        "charge_per_feature",
    )
)


def _read_additional_properties(cls: type[AnalysisRunSnapshot], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AnalysisRunSnapshot], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    price = d.get("price", UNSET)
    if price.__class__ is not float and price.__class__ is not int and price is not UNSET:
        price = _read_price(cls, d)

    charge = d.get("charge", UNSET)
    if charge.__class__ is not int and charge is not UNSET:
        charge = _read_charge(cls, d)

    if "price_per_feature" in known:
        price_per_feature = known["price_per_feature"]
    else:
        price_per_feature = d.get("price_per_feature", UNSET)
        if price_per_feature is not UNSET:
            price_per_feature = _read_price_per_feature(cls, d)

    if "charge_per_feature" in known:
        charge_per_feature = known["charge_per_feature"]
    else:
        charge_per_feature = d.get("charge_per_feature", UNSET)
        if charge_per_feature is not UNSET:
            charge_per_feature = _read_charge_per_feature(cls, d)

    return {
        "price": price,
        "charge": charge,
        "price_per_feature": price_per_feature,
        "charge_per_feature": charge_per_feature,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AnalysisRunSnapshot,
    _all_fields,
    {
        "price": _read_price,
        "charge": _read_charge,
        "price_per_feature": _read_price_per_feature,
        "charge_per_feature": _read_charge_per_feature,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.analysis_run_snapshot_charge_per_feature import AnalysisRunSnapshotChargePerFeature
from ..models.analysis_run_snapshot_price_per_feature import AnalysisRunSnapshotPricePerFeature
