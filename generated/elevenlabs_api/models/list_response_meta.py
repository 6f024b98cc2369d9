from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    INT,
    NULL,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class ListResponseMeta(Lazy, AdditionalProperties[Any]):
    total: int | None | Unset = UNSET

    page: int | None | Unset = UNSET

    page_size: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("total", "total", union(INT, NULL)),
        Field("page", "page", union(INT, NULL)),
        Field("page_size", "page_size", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
