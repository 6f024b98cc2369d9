from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.procedure_type import ProcedureType, check_procedure_type
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content = self.content

        type_: str = self.type_

        trigger: None | str | Unset = self.trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = name
        field_dict["content"] = content
        field_dict["type"] = type_
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        content = d.pop("content")

        type_ = check_procedure_type(d.pop("type"))

        trigger = d.pop("trigger", UNSET)

        update_procedure_draft_request_model = cls(
            name=name,
            content=content,
            type_=type_,
            trigger=trigger,
        )
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
