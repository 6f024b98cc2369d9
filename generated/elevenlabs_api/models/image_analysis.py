from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ImageAnalysisStatusType0
from ..types import (
    ANY,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class ImageAnalysis(Lazy, AdditionalProperties[Any]):
    status: ImageAnalysisStatusType0 | str

    data: ImageAnalysisResult | None = None

    updated_at_ms: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("status", "status", union(literal("ImageAnalysisStatusType0"), STR), required=True),
        Field("data", "data", union(object_of("ImageAnalysisResult"), NULL), required=True),
        Field("updated_at_ms", "updated_at_ms", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.image_analysis_result import ImageAnalysisResult
