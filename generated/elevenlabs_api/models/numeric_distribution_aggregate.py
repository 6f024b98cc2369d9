from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    FLOAT,
    INT,
    NULL,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class NumericDistributionAggregate(Lazy, AdditionalProperties[Any]):
    """Attributes:
    count: Defaults to 0 on the server.
    sum_: Defaults to 0.0 on the server.
    """

    count: int | Unset = UNSET

    sum_: float | Unset = UNSET

    min_: float | None | Unset = UNSET

    max_: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("count", "count", INT),
        Field("sum_", "sum", FLOAT),
        Field("min_", "min", union(FLOAT, NULL)),
        Field("max_", "max", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
