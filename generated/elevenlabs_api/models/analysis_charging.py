from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AnalysisCharging")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AnalysisCharging(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "total",
        "last_run",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        analysis_charging = cls.__new__(cls)
        analysis_charging.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


def _read_total(cls: type[AnalysisCharging], d: Mapping[str, Any]) -> Any:
    total_raw = d.get("total", MISSING)
    if total_raw is MISSING:
        total = missing_field(cls, "total")
    else:
        try:
            total = AnalysisRunningTotal.from_dict(total_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            total = deviating_field(cls, "total", total_raw)

    return total


def _read_last_run(cls: type[AnalysisCharging], d: Mapping[str, Any]) -> Any:
    last_run_raw = d.get("last_run", MISSING)
    if last_run_raw is MISSING:
        last_run = missing_field(cls, "last_run")
    else:
        try:
            last_run = AnalysisRunSnapshot.from_dict(last_run_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            last_run = deviating_field(cls, "last_run", last_run_raw)

    return last_run


_FIELDS: frozenset[str] = frozenset(
    (
        "total",
        "last_run",
    )
)


def _read_additional_properties(cls: type[AnalysisCharging], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AnalysisCharging], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "total" in known:
        total = known["total"]
    else:
        total = _read_total(cls, d)

    if "last_run" in known:
        last_run = known["last_run"]
    else:
        last_run = _read_last_run(cls, d)

    return {
        "total": total,
        "last_run": last_run,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AnalysisCharging,
    _all_fields,
    {
        "total": _read_total,
        "last_run": _read_last_run,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.analysis_run_snapshot import AnalysisRunSnapshot
from ..models.analysis_running_total import AnalysisRunningTotal
