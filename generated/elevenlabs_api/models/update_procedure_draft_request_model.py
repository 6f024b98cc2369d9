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
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="UpdateProcedureDraftRequestModel")


@_attrs_define
class UpdateProcedureDraftRequestModel:
    """Attributes:
    name (str): Procedure name
    content (str): Procedure content
    type_ (ProcedureType):
    trigger (None | str | Unset): When the agent should use this procedure. Empty string means this is a sub-
        procedure that should only start when another procedure references it. If omitted or null, the trigger is
        derived from the content instead. Also accepts `description` as an alias.
    """

    name: str

    content: str

    type_: ProcedureType

    trigger: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content = self.content

        type_: Any
        try:
            type_ = self.type_
        except (AttributeError, TypeError):
            type_ = self.type_

        trigger: Any
        try:
            trigger = self.trigger

        except (AttributeError, TypeError):
            trigger = self.trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if content is not None or "content" not in self._missing_fields:
            field_dict["content"] = content
        if type_ is not None or "type" not in self._missing_fields:
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

        type__raw = d.pop("type", MISSING)
        if type__raw is MISSING:
            type_ = missing_field(cls, "type")
            _missing += ("type",)
        else:
            try:
                type_ = check_procedure_type(type__raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                type_ = deviating_field(cls, "type", type__raw)

        trigger = d.pop("trigger", UNSET)
        if trigger.__class__ is not str and trigger is not None and trigger is not UNSET:
            trigger = unexpected_type(cls, "trigger", trigger, "a string or null")

        update_procedure_draft_request_model = cls(
            name=name,
            content=content,
            type_=type_,
            trigger=trigger,
        )
        if _missing:
            update_procedure_draft_request_model._missing_fields = _missing
        update_procedure_draft_request_model.additional_properties = d
        return update_procedure_draft_request_model

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
