from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, FLOAT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SegmentCreatePayload(Lazy, AdditionalProperties[Any]):
    start_time: float

    end_time: float

    text: None | str | Unset = UNSET

    translations: None | SegmentCreatePayloadTranslationsType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("start_time", "start_time", FLOAT, required=True),
        Field("end_time", "end_time", FLOAT, required=True),
        Field("text", "text", union(STR, NULL)),
        Field("translations", "translations", union(object_of("SegmentCreatePayloadTranslationsType0"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SegmentCreatePayloadTranslationsType0(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)
