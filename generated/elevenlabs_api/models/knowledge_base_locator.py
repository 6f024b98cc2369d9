from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_usage_mode_enum import DocumentUsageModeEnum
from ..models.knowledge_base_document_type import KnowledgeBaseDocumentType
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="KnowledgeBaseLocator")


@_attrs_define
class KnowledgeBaseLocator:
    """Example:
        {'id': '123', 'name': 'My Knowledge Base', 'type': 'file', 'usage_mode': 'auto'}

    Attributes:
        type_ (KnowledgeBaseDocumentType | str): The type of the knowledge base
        name (str): The name of the knowledge base
        id (str): The ID of the knowledge base
        usage_mode (DocumentUsageModeEnum | str | Unset): The usage mode of the knowledge base Default: 'auto'.
    """

    type_: KnowledgeBaseDocumentType | str

    name: str

    id: str

    usage_mode: DocumentUsageModeEnum | str | Unset = "auto"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: Any
        try:
            if isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        name = self.name

        id = self.id

        usage_mode: Any
        try:
            if isinstance(self.usage_mode, Unset):
                usage_mode = UNSET
            elif isinstance(self.usage_mode, str):
                usage_mode = self.usage_mode
            else:
                usage_mode = self.usage_mode

        except (AttributeError, TypeError):
            usage_mode = self.usage_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not None or "type" not in self._missing_fields:
            field_dict["type"] = type_
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if usage_mode is not UNSET:
            field_dict["usage_mode"] = usage_mode
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type_ = d.pop("type", MISSING)
        if type_.__class__ is not str:
            if type_ is MISSING:
                type_ = missing_field(cls, "type")
                _missing += ("type",)
            else:
                type_ = unexpected_type(cls, "type", type_, "a string")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        usage_mode = d.pop("usage_mode", UNSET)
        if usage_mode.__class__ is not str and usage_mode is not UNSET:
            usage_mode = unexpected_type(cls, "usage_mode", usage_mode, "a string")

        knowledge_base_locator = cls(
            type_=type_,
            name=name,
            id=id,
            usage_mode=usage_mode,
        )
        if _missing:
            knowledge_base_locator._missing_fields = _missing
        knowledge_base_locator.additional_properties = d
        return knowledge_base_locator

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
