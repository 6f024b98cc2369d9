from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FLOAT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class AnalysisRunSnapshotPricePerFeature(Lazy, AdditionalProperties["float"]):
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(FLOAT)),)
