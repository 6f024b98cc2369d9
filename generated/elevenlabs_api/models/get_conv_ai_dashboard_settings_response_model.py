from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetConvAiDashboardSettingsResponseModel(Lazy, AdditionalProperties[Any]):
    charts: (
        list[
            DashboardCallSuccessChartModel
            | DashboardCriteriaChartModel
            | DashboardDataCollectionChartModel
            | UnknownVariant
        ]
        | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "charts",
            "charts",
            list_of(
                union(
                    object_of("DashboardCallSuccessChartModel"),
                    object_of("DashboardCriteriaChartModel"),
                    object_of("DashboardDataCollectionChartModel"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dashboard_call_success_chart_model import DashboardCallSuccessChartModel
from ..models.dashboard_criteria_chart_model import DashboardCriteriaChartModel
from ..models.dashboard_data_collection_chart_model import DashboardDataCollectionChartModel
from ..models.unknown_variant import UnknownVariant
