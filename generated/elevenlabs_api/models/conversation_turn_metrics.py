from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
)

T = TypeVar("T", bound="ConversationTurnMetrics")


@_attrs_define
class ConversationTurnMetrics:
    """Attributes:
    metrics (ConversationTurnMetricsMetrics | Unset):
    """

    metrics: ConversationTurnMetricsMetrics | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        metrics_raw = d.pop("metrics", UNSET)
        try:
            _metrics = metrics_raw
            metrics: ConversationTurnMetricsMetrics | Unset
            if isinstance(_metrics, Unset):
                metrics = UNSET
            else:
                metrics = ConversationTurnMetricsMetrics.from_dict(_metrics)
        except (KeyError, TypeError, ValueError, AttributeError):
            metrics = deviating_field(cls, "metrics", metrics_raw)

        conversation_turn_metrics = cls(
            metrics=metrics,
        )
        conversation_turn_metrics.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_turn_metrics_metrics import ConversationTurnMetricsMetrics
