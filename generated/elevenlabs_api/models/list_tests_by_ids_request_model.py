from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
)


@_attrs_define(slots=False)
class ListTestsByIdsRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    test_ids: List of test IDs to fetch. No duplicates allowed. Prefer at most 1000 IDs per request.
    """

    test_ids: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("test_ids", "test_ids", list_of(STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
