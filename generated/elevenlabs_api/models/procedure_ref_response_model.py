from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.procedure_type import ProcedureType, check_procedure_type
from ..types import (
    MISSING,
    UNSET,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ProcedureRefResponseModel")


@_attrs_define
class ProcedureRefResponseModel:
    """Example:
        {'name': 'Customer Support Procedure', 'procedure_id': 'agtprc_6qbpwdq8n01bxhk44bgjy6f10ck3',
        'referenced_dynamic_variables': ['customer_id'], 'referenced_kb_ids': ['kb_123'], 'referenced_procedure_ids':
        ['agtprc_other'], 'referenced_tool_ids': ['tool_123'], 'trigger': 'When the customer asks for support', 'type':
        'free_form', 'version_id': 'agtprcv_7rbqxer9o12cyxi55ckw6sgz1dl4'}

    Attributes:
        procedure_id (str): Procedure ID
        version_id (None | str | Unset): Version ID of a version of the procedure. None for a procedure never versioned.
        name (str | Unset): Procedure name Default: ''.
        type_ (ProcedureType | Unset):
        trigger (str | Unset): When the agent should use this procedure. Empty string means this is a sub-procedure that
            should only start when another procedure references it. Default: ''.
        referenced_tool_ids (list[str] | Unset): Tool IDs referenced in the procedure content
        referenced_kb_ids (list[str] | Unset): Knowledge base IDs referenced in the procedure content
        referenced_procedure_ids (list[str] | Unset): Procedure IDs referenced in the procedure content
        referenced_dynamic_variables (list[str] | Unset): Dynamic variable names used in the procedure content
    """

    procedure_id: str

    version_id: None | str | Unset = UNSET

    name: str | Unset = ""

    type_: ProcedureType | Unset = UNSET

    trigger: str | Unset = ""

    referenced_tool_ids: list[str] | Unset = UNSET

    referenced_kb_ids: list[str] | Unset = UNSET

    referenced_procedure_ids: list[str] | Unset = UNSET

    referenced_dynamic_variables: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        procedure_id = self.procedure_id

        version_id: Any
        try:
            version_id = self.version_id

        except (AttributeError, TypeError):
            version_id = self.version_id

        name = self.name

        type_: Any
        try:
            type_ = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        trigger = self.trigger

        referenced_tool_ids: Any
        try:
            referenced_tool_ids = UNSET
            if not isinstance(self.referenced_tool_ids, Unset):
                referenced_tool_ids = self.referenced_tool_ids

        except (AttributeError, TypeError):
            referenced_tool_ids = self.referenced_tool_ids

        referenced_kb_ids: Any
        try:
            referenced_kb_ids = UNSET
            if not isinstance(self.referenced_kb_ids, Unset):
                referenced_kb_ids = self.referenced_kb_ids

        except (AttributeError, TypeError):
            referenced_kb_ids = self.referenced_kb_ids

        referenced_procedure_ids: Any
        try:
            referenced_procedure_ids = UNSET
            if not isinstance(self.referenced_procedure_ids, Unset):
                referenced_procedure_ids = self.referenced_procedure_ids

        except (AttributeError, TypeError):
            referenced_procedure_ids = self.referenced_procedure_ids

        referenced_dynamic_variables: Any
        try:
            referenced_dynamic_variables = UNSET
            if not isinstance(self.referenced_dynamic_variables, Unset):
                referenced_dynamic_variables = self.referenced_dynamic_variables

        except (AttributeError, TypeError):
            referenced_dynamic_variables = self.referenced_dynamic_variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if procedure_id is not None or "procedure_id" not in self._missing_fields:
            field_dict["procedure_id"] = procedure_id
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if referenced_tool_ids is not UNSET:
            field_dict["referenced_tool_ids"] = referenced_tool_ids
        if referenced_kb_ids is not UNSET:
            field_dict["referenced_kb_ids"] = referenced_kb_ids
        if referenced_procedure_ids is not UNSET:
            field_dict["referenced_procedure_ids"] = referenced_procedure_ids
        if referenced_dynamic_variables is not UNSET:
            field_dict["referenced_dynamic_variables"] = referenced_dynamic_variables
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        procedure_id = d.pop("procedure_id", MISSING)
        if procedure_id.__class__ is not str:
            if procedure_id is MISSING:
                procedure_id = missing_field(cls, "procedure_id")
                _missing += ("procedure_id",)
            else:
                procedure_id = unexpected_type(cls, "procedure_id", procedure_id, "a string")

        version_id = d.pop("version_id", UNSET)
        if version_id.__class__ is not str and version_id is not None and version_id is not UNSET:
            version_id = unexpected_type(cls, "version_id", version_id, "a string or null")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = unexpected_type(cls, "name", name, "a string")

        type__raw = d.pop("type", UNSET)
        try:
            _type_ = type__raw
            type_: ProcedureType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_procedure_type(_type_)
        except (KeyError, TypeError, ValueError, AttributeError):
            type_ = deviating_field(cls, "type", type__raw)

        trigger = d.pop("trigger", UNSET)
        if trigger.__class__ is not str and trigger is not UNSET:
            trigger = unexpected_type(cls, "trigger", trigger, "a string")

        referenced_tool_ids = d.pop("referenced_tool_ids", UNSET)
        if referenced_tool_ids.__class__ is not list and referenced_tool_ids is not UNSET:
            referenced_tool_ids = unexpected_type(cls, "referenced_tool_ids", referenced_tool_ids, "an array")
        elif referenced_tool_ids.__class__ is list and referenced_tool_ids:
            check_items(cls, "referenced_tool_ids", referenced_tool_ids, (str,), "a string")

        referenced_kb_ids = d.pop("referenced_kb_ids", UNSET)
        if referenced_kb_ids.__class__ is not list and referenced_kb_ids is not UNSET:
            referenced_kb_ids = unexpected_type(cls, "referenced_kb_ids", referenced_kb_ids, "an array")
        elif referenced_kb_ids.__class__ is list and referenced_kb_ids:
            check_items(cls, "referenced_kb_ids", referenced_kb_ids, (str,), "a string")

        referenced_procedure_ids = d.pop("referenced_procedure_ids", UNSET)
        if referenced_procedure_ids.__class__ is not list and referenced_procedure_ids is not UNSET:
            referenced_procedure_ids = unexpected_type(
                cls, "referenced_procedure_ids", referenced_procedure_ids, "an array"
            )
        elif referenced_procedure_ids.__class__ is list and referenced_procedure_ids:
            check_items(cls, "referenced_procedure_ids", referenced_procedure_ids, (str,), "a string")

        referenced_dynamic_variables = d.pop("referenced_dynamic_variables", UNSET)
        if referenced_dynamic_variables.__class__ is not list and referenced_dynamic_variables is not UNSET:
            referenced_dynamic_variables = unexpected_type(
                cls, "referenced_dynamic_variables", referenced_dynamic_variables, "an array"
            )
        elif referenced_dynamic_variables.__class__ is list and referenced_dynamic_variables:
            check_items(cls, "referenced_dynamic_variables", referenced_dynamic_variables, (str,), "a string")

        procedure_ref_response_model = cls(
            procedure_id=procedure_id,
            version_id=version_id,
            name=name,
            type_=type_,
            trigger=trigger,
            referenced_tool_ids=referenced_tool_ids,
            referenced_kb_ids=referenced_kb_ids,
            referenced_procedure_ids=referenced_procedure_ids,
            referenced_dynamic_variables=referenced_dynamic_variables,
        )
        if _missing:
            procedure_ref_response_model._missing_fields = _missing
        procedure_ref_response_model.additional_properties = d
        return procedure_ref_response_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
