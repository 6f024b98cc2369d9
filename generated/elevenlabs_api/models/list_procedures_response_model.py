from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class ListProceduresResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'procedures': [{'has_draft': False, 'name': 'Customer Support Procedure', 'procedure_id':
        'agtprc_6qbpwdq8n01bxhk44bgjy6f10ck3', 'trigger': 'When the customer asks for support', 'type': 'free_form',
        'version_id': 'agtprcv_7rbqxer9o12cyxi55ckw6sgz1dl4'}]}

    Attributes:
        procedures: Procedures on the branch with their draft-aware metadata.
    """

    procedures: list[ProcedureListItemResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("procedures", "procedures", list_of(object_of("ProcedureListItemResponseModel")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.procedure_list_item_response_model import ProcedureListItemResponseModel
