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
)


@_attrs_define(slots=False)
class ToolUsageStatsResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    total_calls: The total number of calls to the tool Defaults to 0 on the server.
    """

    avg_latency_secs: float

    total_calls: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("avg_latency_secs", "avg_latency_secs", FLOAT, required=True),
        Field("total_calls", "total_calls", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )
