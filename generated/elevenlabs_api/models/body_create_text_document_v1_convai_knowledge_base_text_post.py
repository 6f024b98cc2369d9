from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyCreateTextDocumentV1ConvaiKnowledgeBaseTextPost")


@_attrs_define
class BodyCreateTextDocumentV1ConvaiKnowledgeBaseTextPost:
    """Attributes:
    text (str): Text content to be added to the knowledge base.
    name (None | str | Unset): A custom, human-readable name for the document.
    parent_folder_id (None | str | Unset): If set, the created document or folder will be placed inside the given
        folder.
    """

    text: str

    name: None | str | Unset = UNSET

    parent_folder_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        name: Any
        try:
            name = self.name

        except (AttributeError, TypeError):
            name = self.name

        parent_folder_id: Any
        try:
            parent_folder_id = self.parent_folder_id

        except (AttributeError, TypeError):
            parent_folder_id = self.parent_folder_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if name is not UNSET:
            field_dict["name"] = name
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        text = d.pop("text", MISSING)
        if text.__class__ is not str:
            if text is MISSING:
                text = missing_field(cls, "text")
                _missing += ("text",)
            else:
                text = unexpected_type(cls, "text", text, "a string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not None and name is not UNSET:
            name = unexpected_type(cls, "name", name, "a string or null")

        parent_folder_id = d.pop("parent_folder_id", UNSET)
        if parent_folder_id.__class__ is not str and parent_folder_id is not None and parent_folder_id is not UNSET:
            parent_folder_id = unexpected_type(cls, "parent_folder_id", parent_folder_id, "a string or null")

        body_create_text_document_v1_convai_knowledge_base_text_post = cls(
            text=text,
            name=name,
            parent_folder_id=parent_folder_id,
        )
        if _missing:
            body_create_text_document_v1_convai_knowledge_base_text_post._missing_fields = _missing
        body_create_text_document_v1_convai_knowledge_base_text_post.additional_properties = d
        return body_create_text_document_v1_convai_knowledge_base_text_post

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
