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
)


@_attrs_define(slots=False)
class CreateProcedureResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'procedure_id': 'agtprc_6qbpwdq8n01bxhk44bgjy6f10ck3'}

    Attributes:
        procedure_id: ID of the created procedure
    """

    procedure_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("procedure_id", "procedure_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
