from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    union,
)


@_attrs_define(slots=False)
class PendingExternalAudiosMetadataModel(Lazy, AdditionalProperties[Any]):
    target_global_offset_ms: int | None = _attrs_field(default=None, kw_only=True)

    external_audio_ids: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("target_global_offset_ms", "target_global_offset_ms", union(INT, NULL), required=True),
        Field("external_audio_ids", "external_audio_ids", list_of(STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
