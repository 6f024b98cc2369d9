from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class HistoryAlignmentsResponseModel(Lazy, AdditionalProperties[Any]):
    alignment: HistoryAlignmentResponseModel

    normalized_alignment: HistoryAlignmentResponseModel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("alignment", "alignment", object_of("HistoryAlignmentResponseModel"), required=True),
        Field(
            "normalized_alignment", "normalized_alignment", object_of("HistoryAlignmentResponseModel"), required=True
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.history_alignment_response_model import HistoryAlignmentResponseModel
