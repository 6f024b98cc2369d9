from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class DataCollectionResultCommonModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    value: Any type
    """

    data_collection_id: str

    rationale: str

    value: Any | Unset = UNSET

    json_schema: LiteralJsonSchemaProperty | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("data_collection_id", "data_collection_id", STR, required=True),
        Field("rationale", "rationale", STR, required=True),
        Field("value", "value", ANY),
        Field("json_schema", "json_schema", union(object_of("LiteralJsonSchemaProperty"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.literal_json_schema_property import LiteralJsonSchemaProperty
