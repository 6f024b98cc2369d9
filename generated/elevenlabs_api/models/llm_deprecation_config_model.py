from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class LlmDeprecationConfigModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'fallback_complete_days': 7, 'fallback_complete_percentage': 100, 'fallback_start_days': 14,
        'fallback_start_percentage': 25, 'warning_start_days': 30}

    Attributes:
        warning_start_days: Number of days before the provider deprecation date when warnings start being shown.
        fallback_start_days: Number of days before the provider deprecation date when traffic starts being routed to the
            replacement model.
        fallback_complete_days: Number of days before the provider deprecation date when all traffic is routed to the
            replacement model.
        fallback_start_percentage: Percentage of traffic routed to the replacement model when fallback begins.
        fallback_complete_percentage: Percentage of traffic routed to the replacement model when fallback is complete.
    """

    warning_start_days: int

    fallback_start_days: int

    fallback_complete_days: int

    fallback_start_percentage: int

    fallback_complete_percentage: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("warning_start_days", "warning_start_days", INT, required=True),
        Field("fallback_start_days", "fallback_start_days", INT, required=True),
        Field("fallback_complete_days", "fallback_complete_days", INT, required=True),
        Field("fallback_start_percentage", "fallback_start_percentage", INT, required=True),
        Field("fallback_complete_percentage", "fallback_complete_percentage", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
