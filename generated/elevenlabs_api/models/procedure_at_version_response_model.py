from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import ProcedureType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ProcedureAtVersionResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'content': '# Customer Support Procedure\\n\\n1. Greet the customer...', 'name': 'Customer Support Procedure',
        'procedure_id': 'agtprc_6qbpwdq8n01bxhk44bgjy6f10ck3', 'trigger': 'When the customer asks for support', 'type':
        'free_form', 'version_id': 'agtprcv_7rbqxer9o12cyxi55ckw6sgz1dl4'}

    Attributes:
        procedure_id: Procedure ID
        name: Procedure name
        content: Procedure content
        version_id: Version ID of a version of the procedure. None for a procedure never versioned.
        type_: Procedure type Defaults to 'free_form' on the server.
        trigger: When the agent should use this procedure. Empty string means this is a sub-procedure that should only
            start when another procedure references it. Defaults to empty on the server.
    """

    procedure_id: str

    name: str

    content: str

    version_id: None | str | Unset = UNSET

    type_: ProcedureType | str | Unset = UNSET

    trigger: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("procedure_id", "procedure_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("content", "content", STR, required=True),
        Field("version_id", "version_id", union(STR, NULL)),
        Field("type_", "type", union(literal("ProcedureType"), STR)),
        Field("trigger", "trigger", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )
