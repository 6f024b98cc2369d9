from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.column_filter_operation import ColumnFilterOperation
from ..types import (
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


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ColumnFilter(Lazy, AdditionalProperties[Any]):
    """Attributes:
    column (str):
    operation (ColumnFilterOperation):
    values (list[bool | datetime.datetime | float | int | None | str]):
    """

    column: str

    operation: ColumnFilterOperation

    values: list[bool | datetime.datetime | float | int | None | str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("column", "column", STR, required=True),
        Field("operation", "operation", literal("ColumnFilterOperation"), required=True),
        Field("values", "values", list_of(union(STR, INT, FLOAT, DATETIME, BOOL, NULL)), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
