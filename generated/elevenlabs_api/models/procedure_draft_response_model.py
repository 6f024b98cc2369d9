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

T = TypeVar("T", bound="ProcedureDraftResponseModel")


@_attrs_define
class ProcedureDraftResponseModel:
    """Example:
        {'content': '# Customer Support Procedure\\n\\n1. Greet the customer...', 'name': 'Customer Support Procedure',
        'procedure_id': 'agtprc_6qbpwdq8n01bxhk44bgjy6f10ck3', 'trigger': 'When the customer asks for support', 'type':
        'free_form'}

    Attributes:
        procedure_id (str): Procedure ID
        name (str): Procedure name
        content (str): Procedure content
        type_ (ProcedureType | str | Unset): Procedure type Default: 'free_form'.
        trigger (str | Unset): When the agent should use this procedure. Empty string means this is a sub-procedure that
            should only start when another procedure references it. Default: ''.
    """

    procedure_id: str

    name: str

    content: str

    type_: ProcedureType | str | Unset = "free_form"

    trigger: str | Unset = ""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        procedure_id = self.procedure_id

        name = self.name

        content = self.content

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
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if content is not None or "content" not in self._missing_fields:
            field_dict["content"] = content
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

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        content = d.pop("content", MISSING)
        if content.__class__ is not str:
            if content is MISSING:
                content = missing_field(cls, "content")
                _missing += ("content",)
            else:
                content = unexpected_type(cls, "content", content, "a string")

        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str and type_ is not UNSET:
            type_ = unexpected_type(cls, "type", type_, "a string")

        trigger = d.pop("trigger", UNSET)
        if trigger.__class__ is not str and trigger is not UNSET:
            trigger = unexpected_type(cls, "trigger", trigger, "a string")

        procedure_draft_response_model = cls(
            procedure_id=procedure_id,
            name=name,
            content=content,
            type_=type_,
            trigger=trigger,
        )
        if _missing:
            procedure_draft_response_model._missing_fields = _missing
        procedure_draft_response_model.additional_properties = d
        return procedure_draft_response_model

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
