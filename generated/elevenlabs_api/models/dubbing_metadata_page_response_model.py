from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class DubbingMetadataPageResponseModel(Lazy, AdditionalProperties[Any]):
    dubs: list[DubbingMetadataResponse]

    next_cursor: None | str = _attrs_field(default=None, kw_only=True)

    has_more: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("dubs", "dubs", list_of(object_of("DubbingMetadataResponse")), required=True),
        Field("next_cursor", "next_cursor", union(STR, NULL), required=True),
        Field("has_more", "has_more", BOOL, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_metadata_response import DubbingMetadataResponse
