from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.referenced_tool_common_model_type_type_0 import (
    ReferencedToolCommonModelTypeType0,
)
from ..types import MISSING, missing_field

T = TypeVar("T", bound="ReferencedToolCommonModel")


@_attrs_define
class ReferencedToolCommonModel:
    """Reference to a tool for unit test evaluation.

    Attributes:
        id (str): The ID of the tool
        type_ (ReferencedToolCommonModelTypeType0 | str): The type of the tool
    """

    id: str

    type_: ReferencedToolCommonModelTypeType0 | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: Any
        try:
            if isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None:
            field_dict["id"] = id
        if type_ is not None:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", MISSING)
        if id is MISSING:
            id = missing_field(cls, "id")

        type_ = d.pop("type", MISSING)
        if type_ is MISSING:
            type_ = missing_field(cls, "type")

        referenced_tool_common_model = cls(
            id=id,
            type_=type_,
        )
        referenced_tool_common_model.additional_properties = d
        return referenced_tool_common_model

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
