from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, FLOAT, INT, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of


@_attrs_define(slots=False)
class UsageCharactersResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'time': [1738252091000, 1739404800000], 'usage': {'All': [49, 1053]}}

    Attributes:
        time: The time axis with unix timestamps for each day.
        usage: The usage of each breakdown type along the time axis.
    """

    time: list[int]

    usage: UsageCharactersResponseModelUsage

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("time", "time", list_of(INT), required=True),
        Field("usage", "usage", object_of("UsageCharactersResponseModelUsage"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UsageCharactersResponseModelUsage(Lazy, AdditionalProperties["list[float]"]):
    """The usage of each breakdown type along the time axis."""

    additional_properties: dict[str, list[float]] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(list_of(FLOAT))),)
