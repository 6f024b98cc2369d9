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
    object_of,
    union,
)
from ..models._literals import ProcedureType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ProcedureAtVersionOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    procedure_id: Procedure ID
    name: Procedure name
    content: Procedure content
    agent_id: Agent ID of the procedure
    type_: Defaults to 'free_form' on the server.
    trigger: When the agent should use this procedure. Empty string means this is a sub-procedure that should only
        start when another procedure references it. Defaults to empty on the server.
    referenced_tool_ids: Tool IDs referenced in the procedure content
    referenced_kb_ids: Knowledge base IDs referenced in the procedure content
    referenced_procedure_ids: Procedure IDs referenced in the procedure content
    referenced_dynamic_variables: Dynamic variable names used in the procedure content
    version_id: Version ID of a version of the procedure. None for a procedure never versioned.
    """

    procedure_id: str

    name: str

    content: str

    agent_id: str

    type_: ProcedureType | str | Unset = UNSET

    trigger: str | Unset = UNSET

    referenced_tool_ids: list[str] | Unset = UNSET

    referenced_kb_ids: list[str] | Unset = UNSET

    referenced_procedure_ids: list[str] | Unset = UNSET

    referenced_dynamic_variables: list[str] | Unset = UNSET

    guardrails: list[CustomGuardrailConfig] | Unset = UNSET

    version_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("procedure_id", "procedure_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("content", "content", STR, required=True),
        Field("agent_id", "agent_id", STR, required=True),
        Field("type_", "type", union(literal("ProcedureType"), STR)),
        Field("trigger", "trigger", STR),
        Field("referenced_tool_ids", "referenced_tool_ids", list_of(STR)),
        Field("referenced_kb_ids", "referenced_kb_ids", list_of(STR)),
        Field("referenced_procedure_ids", "referenced_procedure_ids", list_of(STR)),
        Field("referenced_dynamic_variables", "referenced_dynamic_variables", list_of(STR)),
        Field("guardrails", "guardrails", list_of(object_of("CustomGuardrailConfig"))),
        Field("version_id", "version_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.custom_guardrail_config import CustomGuardrailConfig
