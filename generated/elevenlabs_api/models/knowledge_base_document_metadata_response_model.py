from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class KnowledgeBaseDocumentMetadataResponseModel(Lazy, AdditionalProperties[Any]):
    created_at_unix_secs: int

    last_updated_at_unix_secs: int

    size_bytes: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("created_at_unix_secs", "created_at_unix_secs", INT, required=True),
        Field("last_updated_at_unix_secs", "last_updated_at_unix_secs", INT, required=True),
        Field("size_bytes", "size_bytes", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
