from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


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
