from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="AnalysisCharging")


@_attrs_define
class AnalysisCharging:
    """Cost of running post-call analysis on this conversation.
    Present once an analysis pass has run, billed or not.

    Attributes:
        total (AnalysisRunningTotal): Cumulative LLM cost of running post-call analysis on this conversation.
        last_run (AnalysisRunSnapshot): LLM cost of the most recent post-call analysis pass on this conversation.
    """

    total: AnalysisRunningTotal

    last_run: AnalysisRunSnapshot

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        total: Any
        try:
            total = self.total.to_dict()
        except (AttributeError, TypeError):
            total = self.total

        last_run: Any
        try:
            last_run = self.last_run.to_dict()
        except (AttributeError, TypeError):
            last_run = self.last_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total is not None or "total" not in self._missing_fields:
            field_dict["total"] = total
        if last_run is not None or "last_run" not in self._missing_fields:
            field_dict["last_run"] = last_run
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        total_raw = d.pop("total", MISSING)
        if total_raw is MISSING:
            total = missing_field(cls, "total")
            _missing += ("total",)
        else:
            try:
                total = AnalysisRunningTotal.from_dict(total_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                total = deviating_field(cls, "total", total_raw)

        last_run_raw = d.pop("last_run", MISSING)
        if last_run_raw is MISSING:
            last_run = missing_field(cls, "last_run")
            _missing += ("last_run",)
        else:
            try:
                last_run = AnalysisRunSnapshot.from_dict(last_run_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                last_run = deviating_field(cls, "last_run", last_run_raw)

        analysis_charging = cls(
            total=total,
            last_run=last_run,
        )
        if _missing:
            analysis_charging._missing_fields = _missing
        analysis_charging.additional_properties = d
        return analysis_charging

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
from ..models.analysis_run_snapshot import AnalysisRunSnapshot
from ..models.analysis_running_total import AnalysisRunningTotal
