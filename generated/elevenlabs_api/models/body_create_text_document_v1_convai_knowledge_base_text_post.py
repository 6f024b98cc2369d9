from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, missing_field

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
        if text is not None:
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
        text = d.pop("text", MISSING)
        if text is MISSING:
            text = missing_field(cls, "text")

        name = d.pop("name", UNSET)

        parent_folder_id = d.pop("parent_folder_id", UNSET)

        body_create_text_document_v1_convai_knowledge_base_text_post = cls(
            text=text,
            name=name,
            parent_folder_id=parent_folder_id,
        )
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
