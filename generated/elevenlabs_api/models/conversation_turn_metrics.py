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
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationTurnMetrics")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationTurnMetrics(Lazy):
    """Attributes:
    metrics (ConversationTurnMetricsMetrics | Unset):
    """

    metrics: ConversationTurnMetricsMetrics | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        metrics: Any
        try:
            metrics = UNSET
            if not isinstance(self.metrics, Unset):
                metrics = self.metrics.to_dict()
        except (AttributeError, TypeError):
            metrics = self.metrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_turn_metrics = cls.__new__(cls)
        conversation_turn_metrics.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_turn_metrics

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


def _read_metrics(cls: type[ConversationTurnMetrics], d: Mapping[str, Any]) -> Any:
    metrics_raw = d.get("metrics", UNSET)
    try:
        _metrics = metrics_raw
        metrics: ConversationTurnMetricsMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = ConversationTurnMetricsMetrics.from_dict(_metrics)
    except (KeyError, TypeError, ValueError, AttributeError):
        metrics = deviating_field(cls, "metrics", metrics_raw)

    return metrics


_FIELDS: frozenset[str] = frozenset(("metrics",))


def _read_additional_properties(cls: type[ConversationTurnMetrics], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ConversationTurnMetrics], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "metrics" in known:
        metrics = known["metrics"]
    else:
        metrics = d.get("metrics", UNSET)
        if metrics is not UNSET:
            metrics = _read_metrics(cls, d)

    return {
        "metrics": metrics,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationTurnMetrics,
    _all_fields,
    {
        "metrics": _read_metrics,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_turn_metrics_metrics import ConversationTurnMetricsMetrics
