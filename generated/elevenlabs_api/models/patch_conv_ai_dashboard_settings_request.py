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
    expect_array,
    parse_strictly,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PatchConvAiDashboardSettingsRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PatchConvAiDashboardSettingsRequest(Lazy):
    """Attributes:
    charts (list[DashboardCallSuccessChartModel | DashboardCriteriaChartModel | DashboardDataCollectionChartModel] |
        Unset):
    """

    charts: (
        list[DashboardCallSuccessChartModel | DashboardCriteriaChartModel | DashboardDataCollectionChartModel] | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        charts: Any
        try:
            charts = UNSET
            if not isinstance(self.charts, Unset):
                charts = []
                for charts_item_data in self.charts:
                    charts_item: dict[str, Any]
                    if (
                        isinstance(charts_item_data, DashboardCallSuccessChartModel)
                        or isinstance(charts_item_data, DashboardCriteriaChartModel)
                        or isinstance(charts_item_data, DashboardDataCollectionChartModel)
                    ):
                        charts_item = charts_item_data.to_dict()
                    else:
                        charts_item = charts_item_data

                    charts.append(charts_item)

        except (AttributeError, TypeError):
            charts = self.charts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if charts is not UNSET:
            field_dict["charts"] = charts
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        patch_conv_ai_dashboard_settings_request = cls.__new__(cls)
        patch_conv_ai_dashboard_settings_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return patch_conv_ai_dashboard_settings_request

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


def _read_charts(cls: type[PatchConvAiDashboardSettingsRequest], d: Mapping[str, Any]) -> Any:
    charts_raw = d.get("charts", UNSET)
    try:
        expect_array("charts", charts_raw)
        _charts = charts_raw
        charts: (
            list[DashboardCallSuccessChartModel | DashboardCriteriaChartModel | DashboardDataCollectionChartModel]
            | Unset
        ) = UNSET
        if _charts is not UNSET:
            charts = []
            for charts_item_data in _charts:

                def _parse_charts_item(
                    data: object,
                ) -> DashboardCallSuccessChartModel | DashboardCriteriaChartModel | DashboardDataCollectionChartModel:
                    return parse_strictly(_parse_charts_item_member, data)

                def _parse_charts_item_member(
                    data: object,
                ) -> DashboardCallSuccessChartModel | DashboardCriteriaChartModel | DashboardDataCollectionChartModel:
                    if isinstance(data, dict):
                        for known in (
                            DashboardCallSuccessChartModel,
                            DashboardCriteriaChartModel,
                            DashboardDataCollectionChartModel,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        charts_item_type_0 = DashboardCallSuccessChartModel.from_dict(data)

                        return charts_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        charts_item_type_1 = DashboardCriteriaChartModel.from_dict(data)

                        return charts_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    charts_item_type_2 = DashboardDataCollectionChartModel.from_dict(data)

                    return charts_item_type_2

                charts_item = _parse_charts_item(charts_item_data)

                charts.append(charts_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        charts = deviating_field(cls, "charts", charts_raw)

    return charts


_FIELDS: frozenset[str] = frozenset(("charts",))


def _read_additional_properties(cls: type[PatchConvAiDashboardSettingsRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[PatchConvAiDashboardSettingsRequest], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "charts" in known:
        charts = known["charts"]
    else:
        charts = d.get("charts", UNSET)
        if charts is not UNSET:
            charts = _read_charts(cls, d)

    return {
        "charts": charts,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    PatchConvAiDashboardSettingsRequest,
    _all_fields,
    {
        "charts": _read_charts,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dashboard_call_success_chart_model import DashboardCallSuccessChartModel
from ..models.dashboard_criteria_chart_model import DashboardCriteriaChartModel
from ..models.dashboard_data_collection_chart_model import DashboardDataCollectionChartModel
