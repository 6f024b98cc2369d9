from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    DATETIME,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    union,
)
from ..models._literals import ColumnFilterOperation


@_attrs_define(slots=False)
class ColumnFilter(Lazy, AdditionalProperties[Any]):
    column: str

    operation: ColumnFilterOperation

    values: list[bool | datetime.datetime | float | int | None | str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("column", "column", STR, required=True),
        Field("operation", "operation", literal("ColumnFilterOperation"), required=True),
        Field("values", "values", list_of(union(STR, INT, FLOAT, DATETIME, BOOL, NULL)), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
