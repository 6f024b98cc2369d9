from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import ProcedureType
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class ProcedureListItemResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'has_draft': False, 'name': 'Customer Support Procedure', 'procedure_id':
        'agtprc_6qbpwdq8n01bxhk44bgjy6f10ck3', 'trigger': 'When the customer asks for support', 'type': 'free_form',
        'version_id': 'agtprcv_7rbqxer9o12cyxi55ckw6sgz1dl4'}

    Attributes:
        procedure_id: Procedure ID
        has_draft: True when the procedure has unpublished draft changes on this branch (a newly created or edited
            procedure not yet published). When true, the name, type, and trigger reflect that draft.
        version_id: Version ID of a version of the procedure. None for a procedure never versioned.
        name: Procedure name Defaults to empty on the server.
        type_: Procedure type Defaults to 'free_form' on the server.
        trigger: When the agent should use this procedure. Empty string means this is a sub-procedure that should only
            start when another procedure references it. Defaults to empty on the server.
    """

    procedure_id: str

    has_draft: bool

    version_id: None | str | Unset = UNSET

    name: str | Unset = UNSET

    type_: ProcedureType | str | Unset = UNSET

    trigger: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("procedure_id", "procedure_id", STR, required=True),
        Field("has_draft", "has_draft", BOOL, required=True),
        Field("version_id", "version_id", union(STR, NULL)),
        Field("name", "name", STR),
        Field("type_", "type", union(literal("ProcedureType"), STR)),
        Field("trigger", "trigger", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )
