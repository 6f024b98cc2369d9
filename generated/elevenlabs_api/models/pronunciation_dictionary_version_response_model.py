from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    PronunciationDictionaryVersionResponseModelPermissionOnResourceType0,
)
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
    union,
)


@_attrs_define(slots=False)
class PronunciationDictionaryVersionResponseModel(Lazy, AdditionalProperties[Any]):
    version_id: str

    version_rules_num: int

    pronunciation_dictionary_id: str

    dictionary_name: str

    version_name: str

    permission_on_resource: None | PronunciationDictionaryVersionResponseModelPermissionOnResourceType0 | str = (
        _attrs_field(default=None, kw_only=True)
    )

    created_by: str

    creation_time_unix: int

    archived_time_unix: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("version_id", "version_id", STR, required=True),
        Field("version_rules_num", "version_rules_num", INT, required=True),
        Field("pronunciation_dictionary_id", "pronunciation_dictionary_id", STR, required=True),
        Field("dictionary_name", "dictionary_name", STR, required=True),
        Field("version_name", "version_name", STR, required=True),
        Field(
            "permission_on_resource",
            "permission_on_resource",
            union(literal("PronunciationDictionaryVersionResponseModelPermissionOnResourceType0"), NULL, STR),
            required=True,
        ),
        Field("created_by", "created_by", STR, required=True),
        Field("creation_time_unix", "creation_time_unix", INT, required=True),
        Field("archived_time_unix", "archived_time_unix", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
