from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    INT,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class TopicSentimentAggregate(Lazy, AdditionalProperties[Any]):
    """Attributes:
    positive_count: Defaults to 0 on the server.
    neutral_count: Defaults to 0 on the server.
    negative_count: Defaults to 0 on the server.
    """

    sentiment: NumericDistributionAggregate | Unset = UNSET

    frustration: NumericDistributionAggregate | Unset = UNSET

    positive_count: int | Unset = UNSET

    neutral_count: int | Unset = UNSET

    negative_count: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("sentiment", "sentiment", object_of("NumericDistributionAggregate")),
        Field("frustration", "frustration", object_of("NumericDistributionAggregate")),
        Field("positive_count", "positive_count", INT),
        Field("neutral_count", "neutral_count", INT),
        Field("negative_count", "negative_count", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.numeric_distribution_aggregate import NumericDistributionAggregate
