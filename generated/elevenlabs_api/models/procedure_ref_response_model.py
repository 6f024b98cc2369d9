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
    list_of,
    literal,
    union,
)
from ..models._literals import ProcedureType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ProcedureRefResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'name': 'Customer Support Procedure', 'procedure_id': 'agtprc_6qbpwdq8n01bxhk44bgjy6f10ck3',
        'referenced_dynamic_variables': ['customer_id'], 'referenced_kb_ids': ['kb_123'], 'referenced_procedure_ids':
        ['agtprc_other'], 'referenced_tool_ids': ['tool_123'], 'trigger': 'When the customer asks for support', 'type':
        'free_form', 'version_id': 'agtprcv_7rbqxer9o12cyxi55ckw6sgz1dl4'}

    Attributes:
        procedure_id: Procedure ID
        version_id: Version ID of a version of the procedure. None for a procedure never versioned.
        name: Procedure name Defaults to empty on the server.
        trigger: When the agent should use this procedure. Empty string means this is a sub-procedure that should only
            start when another procedure references it. Defaults to empty on the server.
        referenced_tool_ids: Tool IDs referenced in the procedure content
        referenced_kb_ids: Knowledge base IDs referenced in the procedure content
        referenced_procedure_ids: Procedure IDs referenced in the procedure content
        referenced_dynamic_variables: Dynamic variable names used in the procedure content
    """

    procedure_id: str

    version_id: None | str | Unset = UNSET

    name: str | Unset = UNSET

    type_: ProcedureType | Unset = UNSET

    trigger: str | Unset = UNSET

    referenced_tool_ids: list[str] | Unset = UNSET

    referenced_kb_ids: list[str] | Unset = UNSET

    referenced_procedure_ids: list[str] | Unset = UNSET

    referenced_dynamic_variables: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("procedure_id", "procedure_id", STR, required=True),
        Field("version_id", "version_id", union(STR, NULL)),
        Field("name", "name", STR),
        Field("type_", "type", literal("ProcedureType")),
        Field("trigger", "trigger", STR),
        Field("referenced_tool_ids", "referenced_tool_ids", list_of(STR)),
        Field("referenced_kb_ids", "referenced_kb_ids", list_of(STR)),
        Field("referenced_procedure_ids", "referenced_procedure_ids", list_of(STR)),
        Field("referenced_dynamic_variables", "referenced_dynamic_variables", list_of(STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
