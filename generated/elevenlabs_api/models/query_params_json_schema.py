from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    STR,
    UNSET,
    Field,
    Lazy,
    Unset,
    list_of,
    object_of,
)


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class QueryParamsJsonSchema(Lazy):
    """Attributes:
    properties (QueryParamsJsonSchemaProperties):
    required (list[str] | Unset):
    """

    properties: QueryParamsJsonSchemaProperties

    required: list[str] | Unset = UNSET

    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("properties", "properties", object_of("QueryParamsJsonSchemaProperties"), required=True),
        Field("required", "required", list_of(STR)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.query_params_json_schema_properties import QueryParamsJsonSchemaProperties
