from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.procedure_type import ProcedureType
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ProcedureListItemResponseModel")


@_attrs_define
class ProcedureListItemResponseModel:
    """Example:
        {'has_draft': False, 'name': 'Customer Support Procedure', 'procedure_id':
        'agtprc_6qbpwdq8n01bxhk44bgjy6f10ck3', 'trigger': 'When the customer asks for support', 'type': 'free_form',
        'version_id': 'agtprcv_7rbqxer9o12cyxi55ckw6sgz1dl4'}

    Attributes:
        procedure_id (str): Procedure ID
        has_draft (bool): True when the procedure has unpublished draft changes on this branch (a newly created or
            edited procedure not yet published). When true, the name, type, and trigger reflect that draft.
        version_id (None | str | Unset): Version ID of a version of the procedure. None for a procedure never versioned.
        name (str | Unset): Procedure name Default: ''.
        type_ (ProcedureType | str | Unset): Procedure type Default: 'free_form'.
        trigger (str | Unset): When the agent should use this procedure. Empty string means this is a sub-procedure that
            should only start when another procedure references it. Default: ''.
    """

    procedure_id: str

    has_draft: bool

    version_id: None | str | Unset = UNSET

    name: str | Unset = ""

    type_: ProcedureType | str | Unset = "free_form"

    trigger: str | Unset = ""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        procedure_id = self.procedure_id

        has_draft = self.has_draft

        version_id: Any
        try:
            version_id = self.version_id

        except (AttributeError, TypeError):
            version_id = self.version_id

        name = self.name

        type_: Any
        try:
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        trigger = self.trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if procedure_id is not None or "procedure_id" not in self._missing_fields:
            field_dict["procedure_id"] = procedure_id
        if has_draft is not None or "has_draft" not in self._missing_fields:
            field_dict["has_draft"] = has_draft
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
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

        has_draft = d.pop("has_draft", MISSING)
        if has_draft.__class__ is not bool:
            if has_draft is MISSING:
                has_draft = missing_field(cls, "has_draft")
                _missing += ("has_draft",)
            else:
                has_draft = unexpected_type(cls, "has_draft", has_draft, "a boolean")

        version_id = d.pop("version_id", UNSET)
        if version_id.__class__ is not str and version_id is not None and version_id is not UNSET:
            version_id = unexpected_type(cls, "version_id", version_id, "a string or null")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            name = unexpected_type(cls, "name", name, "a string")

        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str and type_ is not UNSET:
            type_ = unexpected_type(cls, "type", type_, "a string")

        trigger = d.pop("trigger", UNSET)
        if trigger.__class__ is not str and trigger is not UNSET:
            trigger = unexpected_type(cls, "trigger", trigger, "a string")

        procedure_list_item_response_model = cls(
            procedure_id=procedure_id,
            has_draft=has_draft,
            version_id=version_id,
            name=name,
            type_=type_,
            trigger=trigger,
        )
        if _missing:
            procedure_list_item_response_model._missing_fields = _missing
        procedure_list_item_response_model.additional_properties = d
        return procedure_list_item_response_model

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
