from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class ProjectVideoThumbnailSheetResponseModel(Lazy, AdditionalProperties[Any]):
    start_thumbnail_index: int

    thumbnail_count: int

    signed_cloud_url: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("start_thumbnail_index", "start_thumbnail_index", INT, required=True),
        Field("thumbnail_count", "thumbnail_count", INT, required=True),
        Field("signed_cloud_url", "signed_cloud_url", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
