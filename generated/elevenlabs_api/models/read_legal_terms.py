from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class ReadLegalTerms(Lazy, AdditionalProperties[Any]):
    terms: None | str | Unset = UNSET

    start_date: None | str | Unset = UNSET

    end_date: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("terms", "terms", union(STR, NULL)),
        Field("start_date", "start_date", union(STR, NULL)),
        Field("end_date", "end_date", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
