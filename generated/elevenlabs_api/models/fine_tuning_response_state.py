from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    FineTuningResponseStateAdditionalPropertyType0,
)
from ..types import (
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)


@_attrs_define(slots=False)
class FineTuningResponseState(Lazy, AdditionalProperties["FineTuningResponseStateAdditionalPropertyType0 | str"]):
    """The state of the fine-tuning process for each model."""

    additional_properties: dict[str, FineTuningResponseStateAdditionalPropertyType0 | str] = _attrs_field(
        init=False, factory=dict
    )

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "additional_properties",
            None,
            dict_of(union(literal("FineTuningResponseStateAdditionalPropertyType0"), STR)),
        ),
    )
